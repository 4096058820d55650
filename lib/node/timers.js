'use strict';
// node:timers: the timer functions, also installed as globals.

const t = require('node/internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  get promises() { return require('timers/promises'); },
  active(timer) { if (timer && typeof timer.refresh === 'function') timer.refresh(); },
  unenroll(timer) { t.clearTimeout(timer); },
  enroll() { throw require('node/internal/errors').notImplemented('timers.enroll'); },
};
