'use strict';
// assert's shape: exports, the strict variant, assert/strict, AssertionError fields, CallTracker.
const assert = require('assert');
const strictMod = require('assert/strict');
const util = require('util');

console.log(Object.keys(assert).join(','));
console.log(Object.keys(assert.strict).join(','));
console.log(typeof assert, assert.ok === assert, assert.strict.strict === assert.strict, strictMod === assert.strict);
console.log(assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual);
console.log(assert.strict.notEqual === assert.notStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(assert.strict.ok === assert.ok, assert.strict.AssertionError === assert.AssertionError);
console.log(assert.name, assert.strict.name, assert.length, assert.strict.length);
for (const k of Object.keys(assert)) console.log(k, typeof assert[k], assert[k].name, assert[k].length);

try {
  strictMod.equal(1, '1');
} catch (e) {
  console.log('strict.equal:', e.operator, JSON.stringify(e.message));
}
try {
  strictMod.deepEqual({ a: 1 }, { a: '1' });
} catch (e) {
  console.log('strict.deepEqual:', e.operator, JSON.stringify(e.message));
}
try {
  strictMod(false, 'falsy');
} catch (e) {
  console.log('strict():', e.operator, e.message);
}

// AssertionError
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof assert.AssertionError, e.name, e.code);
console.log(Object.keys(e).join(','));
console.log(e.stack.split('\n')[0]);
console.log(e.toString());
console.log(Object.prototype.propertyIsEnumerable.call(e, 'name'), Object.prototype.hasOwnProperty.call(e, 'name'));
console.log(Object.prototype.propertyIsEnumerable.call(e, 'message'));
const e2 = new assert.AssertionError({ message: 'given', actual: 'a', expected: 'b', operator: 'x' });
console.log(e2.message, e2.generatedMessage, e2.actual, e2.expected, e2.operator);
const e3 = new assert.AssertionError({ message: '', actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(e3.message), e3.generatedMessage);
const e4 = new assert.AssertionError({ message: '', actual: 1, expected: 2, operator: 'equal' });
console.log(JSON.stringify(e4.message), e4.generatedMessage);
for (const bad of [undefined, null, 'str', 1]) {
  try { new assert.AssertionError(bad); } catch (err) { console.log(err.code, err.message); }
}
console.log(JSON.stringify(new assert.AssertionError({ actual: [1], expected: [1], operator: 'strictEqual' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: new Error('x'), expected: new Error('y'), operator: 'deepStrictEqual' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 1, operator: 'fail' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 'a'.repeat(600), expected: 'b', operator: '==' }).message.length));

// inspect of AssertionError hides long strings
try { assert.strictEqual('x'.repeat(20), 'y'); } catch (err) {
  const s = util.inspect(err);
  console.log(s.split('\n').filter((l) => !l.includes('    at ')).join('\n'));
}

// CallTracker
const tracker = new assert.CallTracker();
console.log(tracker instanceof assert.CallTracker, typeof tracker.calls);
function foo(a, b) { return a + b; }
const tracked = tracker.calls(foo, 2);
console.log(tracked(1, 2), tracked.name, tracked.length);
console.log(JSON.stringify(tracker.getCalls(tracked)));
const report = tracker.report();
console.log(report.length, report[0].message, report[0].actual, report[0].expected, report[0].operator, report[0].stack instanceof Error);
try { tracker.verify(); } catch (err) { console.log(err.code, err.message, Object.keys(err).join(',')); }
tracked(3, 4);
tracker.verify();
console.log('verified');
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
const noop1 = tracker.calls();
const noop2 = tracker.calls(3);
noop1();
try { tracker.verify(); } catch (err) { console.log(err.message, err['message 0'], err['operator 1']); }
tracker.reset();
try { tracker.calls(foo, 0); } catch (err) { console.log(err.code, err.message); }
try { tracker.getCalls(foo); } catch (err) { console.log(err.code, err.message); }
try { tracker.calls(foo, 1.5); } catch (err) { console.log(err.code, err.message); }

// two errors are compared through stack-less copies, which the error keeps
const ea = new Error('a');
const eb = new Error('b');
try { assert.deepStrictEqual(ea, eb); } catch (err) {
  console.log(err.actual === ea, err.expected === eb, err.actual instanceof Error, err.actual.message, Object.keys(err.actual));
}
try { assert.deepStrictEqual(ea, eb, 'custom'); } catch (err) {
  console.log(err.actual === ea, err.expected === eb);
}

// ifError stack splicing keeps the original frames
try {
  assert.ifError(new Error('orig'));
} catch (err) {
  console.log(err.stack.split('\n')[0], err.actual.message, err.expected, err.operator);
}
