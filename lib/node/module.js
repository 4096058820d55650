'use strict';
// node:module: the CommonJS Module class and its statics (createRequire, builtinModules...).

module.exports = require('node/internal/modules/cjs').Module;
