// ES modules: builtins, CommonJS interop, packages with conditions, import.meta, dynamic import, TLA.
import path, { basename } from 'node:path';
import * as fsNs from 'fs';
import pe, { kind } from './fixtures/node_modules/pkg-exports/lib/index.mjs';
import cjs from './fixtures/node_modules/pkg-main/src/entry.js';
import hello, { value } from './fixtures/esm-pkg/mod.js';
import data from './fixtures/data.json' with { type: 'json' };
console.log(basename(import.meta.url), path.basename(import.meta.filename), path.basename(import.meta.dirname));
console.log(pe, kind, cjs, hello(), value, data);
console.log(typeof fsNs.readFileSync, typeof fsNs.default);
const dyn = await import('./fixtures/cycle/a.js');
console.log(dyn.default.done, Object.keys(dyn).includes('default'));
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
console.log(require('./fixtures/data.json').n);
try { await import('./fixtures/missing.mjs'); } catch (e) { console.log(e.code); }
console.log(import.meta.resolve('./x.js').endsWith('/modules/x.js'));
