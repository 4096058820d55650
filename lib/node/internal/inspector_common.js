'use strict';
// node:inspector and node:inspector/promises: no inspector is ever active, so url() is
// undefined, waitForDebugger throws ERR_INSPECTOR_NOT_ACTIVE, and inspector.console and
// inspector.Network (which only report to an attached inspector) do nothing;
// opening one or a Session throws ERR_NOT_IMPLEMENTED.

const stub = require('node/internal/stub');

function build(prefix) {
  const consoleMethods = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace',
    'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
    'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context'];
  const inspectorConsole = {};
  for (const name of consoleMethods) inspectorConsole[name] = { [name]() {} }[name];
  return {
    open: stub.fn(`${prefix}.open`, 'open'),
    // Closing an inspector that is not open does nothing, as in Node.
    close() {},
    url() { return undefined; },
    waitForDebugger() {
      throw new (require('node/internal/errors').codes.ERR_INSPECTOR_NOT_ACTIVE)();
    },
    console: inspectorConsole,
    Session: stub.cls(`${prefix}.Session`, 'Session', require('events')),
    // Network events are only broadcast to an attached inspector.
    Network: {
      requestWillBeSent() {}, responseReceived() {}, loadingFinished() {}, loadingFailed() {},
    },
  };
}

module.exports = { build };
