// ESM imports of node:assert and node:assert/strict (default and named exports).
import assert, { strictEqual, deepStrictEqual } from 'node:assert';
import strict from 'node:assert/strict';
import * as ns from 'assert/strict';
console.log(typeof assert, typeof strictEqual, strict === assert.strict, typeof ns.default, typeof ns.equal);
try { strict.equal(1, '1'); } catch (e) { console.log(e.message); }
try { assert(0); } catch (e) { console.log(e.message); }
