'use strict';
// assert.rejects / doesNotReject with promises and async functions.
const assert = require('assert');

async function t(label, fn) {
  try {
    await fn();
    console.log(`${label}: pass`);
  } catch (e) {
    if (e instanceof assert.AssertionError) {
      console.log(`${label}: AssertionError op=${e.operator} gen=${e.generatedMessage}`);
      console.log(JSON.stringify(e.message));
    } else {
      console.log(`${label}: ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
    }
  }
}

(async () => {
  await t('rejects ok', () => assert.rejects(Promise.reject(new TypeError('x')), TypeError));
  await t('rejects fn ok', () => assert.rejects(async () => { throw new Error('boom'); }, /boom/));
  await t('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await t('rejects resolved msg', () => assert.rejects(Promise.resolve(1), 'must reject'));
  await t('rejects resolved class', () => assert.rejects(async () => 1, RangeError));
  await t('rejects wrong class', () => assert.rejects(Promise.reject(new TypeError('x')), RangeError));
  await t('rejects obj', () => assert.rejects(Promise.reject(new TypeError('x')), { message: 'x', name: 'TypeError' }));
  await t('rejects obj mismatch', () => assert.rejects(Promise.reject(new TypeError('x')), { message: 'y' }));
  await t('rejects not promise fn', () => assert.rejects(() => 5));
  await t('rejects bad arg', () => assert.rejects(5));
  await t('rejects thenable', () => assert.rejects({ then(res, rej) { rej(new Error('t')); }, catch() {} }, /t/));
  await t('rejects sync throw fn', () => assert.rejects(() => { throw new Error('sync'); }));
  await t('rejects returns promise', () => {
    const p = assert.rejects(Promise.reject(new Error('x')));
    console.log('  is promise:', p instanceof Promise);
    return p;
  });
  await t('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await t('doesNotReject fn ok', () => assert.doesNotReject(async () => 2));
  await t('doesNotReject fails', () => assert.doesNotReject(Promise.reject(new Error('bad'))));
  await t('doesNotReject fails msg', () => assert.doesNotReject(async () => { throw new Error('bad'); }, 'ctx'));
  await t('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new TypeError('bad')), RangeError));
  await t('doesNotReject class', () => assert.doesNotReject(Promise.reject(new TypeError('bad')), TypeError));
  await t('doesNotReject not promise', () => assert.doesNotReject(() => 1));
  await t('doesNotReject bad arg', () => assert.doesNotReject('x'));
  await t('strict rejects', () => assert.strict.rejects(Promise.resolve()));
  console.log('done');
})();
