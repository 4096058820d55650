// CommonJS loading: resolution, package.json main/exports/imports, JSON, cycles, cache.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(__filename), rel(__dirname), module.id, require.main === module);
console.log(require('./fixtures/data.json'), require('./fixtures/data'));
const pe = require('./fixtures/node_modules/pkg-exports/lib/index.js');
console.log(pe);
const Module = require('module');
const req = Module.createRequire(path.join(__dirname, 'fixtures', 'x.js'));
console.log(req('pkg-exports'), req('pkg-exports/feature'), req('pkg-exports/sub/util'));
console.log(rel(req.resolve('pkg-exports/package.json')));
for (const spec of ['pkg-exports/lib/feature.js', 'pkg-exports/private/x', 'pkg-exports/missing', 'no-such-pkg', './nope']) {
  try { req(spec); console.log('loaded', spec); } catch (e) { console.log(spec, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>')); }
}
console.log(req('pkg-main'));
console.log(require('./fixtures/cycle/a'));
const key = require.resolve('./fixtures/data.json');
console.log(rel(key), key in require.cache);
delete require.cache[key];
console.log(require('./fixtures/data.json') !== require.cache[key] ? 'reloaded' : 'same');
try { require('./fixtures/throws'); } catch (e) { console.log('threw', e.message, rel(require.resolve('./fixtures/throws')) in require.cache); }
console.log(require('node:path') === path, require('path') === require('node:path'));
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('nope'), Module.builtinModules.includes('path'));
console.log(typeof Module.wrap, Module.wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
console.log(require.resolve.paths('x')[0] === path.join(__dirname, 'node_modules'));
try { require('./fixtures/esm-pkg/mod.js'); } catch (e) { console.log('esm', e.code); }
