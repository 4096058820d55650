'use strict';
// node:child_process — not implemented yet (process spawning arrives in a later issue).

const stub = require('node/internal/stub');
const EventEmitter = require('events');

module.exports = stub.fns({}, 'child_process', [
  '_forkChild',
]);
module.exports.ChildProcess = stub.cls('child_process.ChildProcess', 'ChildProcess', EventEmitter);
stub.fns(module.exports, 'child_process', [
  'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync',
]);
