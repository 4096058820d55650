// require() of a native addon fails with a clear error instead of crashing.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'unode-addon-'));
const file = path.join(dir, 'x.node');
fs.writeFileSync(file, '\x7fELF not really');
assert.throws(() => require(file), (e) => e.code === 'ERR_DLOPEN_FAILED' && /native addon/.test(e.message));
fs.rmSync(dir, { recursive: true });
