'use strict';
// node:constants (deprecated): os.constants (dlopen, errno, priority, signals), fs.constants and
// crypto.constants flattened into one frozen object, in Node's order. As in Node,
// defaultCipherList is included only when node:crypto was loaded first (it adds it).

const os = require('os').constants;
const fs = require('node/internal/fs_constants');
const crypto = require('node/internal/crypto_constants').constants;

const constants = Object.create(Object.create(null));
Object.assign(constants, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
module.exports = Object.freeze(constants);
