'use strict';
// assert.throws / doesNotThrow with classes, RegExps, validation functions, objects, messages.
const assert = require('assert');

function t(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    if (e instanceof assert.AssertionError) {
      console.log(`${label}: AssertionError op=${e.operator} gen=${e.generatedMessage}`);
      console.log(JSON.stringify(e.message));
      if (e.actual instanceof Error) console.log('  actual is error:', e.actual.message);
      else console.log('  actual:', typeof e.actual, e.actual === undefined ? '' : JSON.stringify(String(e.actual)));
    } else {
      console.log(`${label}: ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
    }
  }
}

const thrower = (err) => () => { throw err; };
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; this.code = 'E_MINE'; }
}

t('no error', () => assert.throws(() => {}));
t('no error msg', () => assert.throws(() => {}, 'should throw'));
t('no error class', () => assert.throws(() => {}, TypeError));
t('no error class msg', () => assert.throws(() => {}, TypeError, 'wanted'));
t('no error obj', () => assert.throws(() => {}, { message: 'x' }));
t('any error', () => assert.throws(thrower(new Error('x'))));
t('class match', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('class base match', () => assert.throws(thrower(new TypeError('x')), Error));
t('class mismatch', () => assert.throws(thrower(new TypeError('boom')), RangeError));
t('class mismatch nomsg', () => assert.throws(thrower(new TypeError('')), RangeError));
t('class same name diff proto', () => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, 'name', { value: 'TypeError' });
  assert.throws(thrower(new TypeError('q')), TypeError2);
});
t('class mismatch non-error', () => assert.throws(thrower('str'), RangeError));
t('class mismatch obj', () => assert.throws(thrower({ a: { b: { c: 1 } } }), RangeError));
t('custom class', () => assert.throws(thrower(new MyError('m')), MyError));
t('regexp match', () => assert.throws(thrower(new Error('hello world')), /world/));
t('regexp mismatch', () => assert.throws(thrower(new Error('hello world')), /^bye/));
t('regexp on string', () => assert.throws(thrower('plain string'), /plain/));
t('regexp mismatch msg', () => assert.throws(thrower(new Error('a')), /b/, 'my msg'));
t('validate fn ok', () => assert.throws(thrower(new Error('a')), (e) => e.message === 'a'));
t('validate fn false', () => assert.throws(thrower(new Error('a')), function check(e) { return false; }));
t('validate fn anon undefined', () => assert.throws(thrower(new Error('a')), (e) => { }));
t('validate fn non-error', () => assert.throws(thrower(42), function v(e) { return 'yes'; }));
t('validate fn throws', () => assert.throws(thrower(new Error('a')), () => { throw new Error('inner'); }));
t('object match', () => assert.throws(thrower(new MyError('m')), { name: 'MyError', code: 'E_MINE' }));
t('object regexp match', () => assert.throws(thrower(new MyError('some message')), { message: /message/, code: 'E_MINE' }));
t('object mismatch', () => assert.throws(thrower(new MyError('m')), { name: 'MyError', code: 'E_OTHER' }));
t('object mismatch regexp', () => assert.throws(thrower(new MyError('m')), { message: /zzz/, code: 'E_MINE' }));
t('object missing key', () => assert.throws(thrower(new Error('m')), { code: 'E_X' }));
t('object mismatch msg', () => assert.throws(thrower(new MyError('m')), { code: 'E_OTHER' }, 'oops'));
t('object nested', () => assert.throws(thrower(Object.assign(new Error('m'), { info: { a: [1, 2] } })), { info: { a: [1, 2] } }));
t('object nested mismatch', () => assert.throws(thrower(Object.assign(new Error('m'), { info: { a: [1, 2] } })), { info: { a: [1, 3] } }));
t('object empty', () => assert.throws(thrower(new Error('m')), {}));
t('error instance match', () => assert.throws(thrower(new TypeError('m')), new TypeError('m')));
t('error instance mismatch', () => assert.throws(thrower(new TypeError('m')), new TypeError('n')));
t('error instance name mismatch', () => assert.throws(thrower(new TypeError('m')), new RangeError('m')));
t('object on primitive', () => assert.throws(thrower('str'), { message: 'x' }));
t('object on null', () => assert.throws(thrower(null), { message: 'x' }));
t('object on undefined', () => assert.throws(thrower(undefined), { message: 'x' }));
t('string error arg', () => assert.throws(thrower(new Error('m')), 'message only'));
t('ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
t('ambiguous prim', () => assert.throws(thrower('same'), 'same'));
t('string + msg', () => assert.throws(thrower(new Error('m')), 'a', 'b'));
t('bad error arg', () => assert.throws(thrower(new Error('m')), 123));
t('bad fn', () => assert.throws('notfn'));
t('bad fn obj', () => assert.throws({}));
t('arrow class-ish', () => assert.throws(thrower(new Error('m')), () => true));
t('error msg arg', () => assert.throws(() => {}, TypeError, new RangeError('given')));
t('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
t('doesNotThrow fails', () => assert.doesNotThrow(thrower(new Error('bad'))));
t('doesNotThrow fails msg', () => assert.doesNotThrow(thrower(new Error('bad')), 'context'));
t('doesNotThrow class match', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
t('doesNotThrow class nomatch', () => assert.doesNotThrow(thrower(new TypeError('bad')), RangeError));
t('doesNotThrow regexp', () => assert.doesNotThrow(thrower(new TypeError('bad')), /bad/, 'm'));
t('doesNotThrow regexp nomatch', () => assert.doesNotThrow(thrower(new TypeError('bad')), /good/));
t('doesNotThrow fn', () => assert.doesNotThrow(thrower(new TypeError('bad')), () => true));
t('doesNotThrow obj', () => assert.doesNotThrow(thrower(new TypeError('bad')), { message: 'bad' }));
t('doesNotThrow string', () => assert.doesNotThrow(thrower('str')));
t('doesNotThrow bad fn', () => assert.doesNotThrow(5));
t('strict.throws', () => assert.strict.throws(() => {}));
