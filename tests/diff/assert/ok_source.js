'use strict';
// assert(value) / assert.ok without a message: Node quotes the failing call's source text.
const assert = require('assert');

function t(fn) {
  try {
    fn();
    console.log('pass');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, String(e.actual), e.expected);
  }
}

t(() => assert(false));
t(() => assert.ok(0 === 1));
t(() => assert.ok(typeof 123 === 'string'));
t(() => {
  assert.ok(
    null,
    undefined
  );
});
t(() => assert.strict(''));
t(() => assert.strict.ok(NaN, null));
t(() => { const a = []; assert(a.length > 0 && "x)(" === '('); });
t(() => assert(/\)/.test('a') ));
t(() => assert(`${1}` === '2'));
t(() => assert(false, undefined));
t(() => assert(false, new TypeError('boom')));
t(() => assert(false, 'custom'));
t(() => assert(0, 0));
t(() => assert());
t(() => assert.ok());
t(() => assert(1));
  t(() => assert((() => {
        return false;
      })()));
t(() => assert.ok(false) /* ) */);
t(() => assert(false /* ) */));
t(() => assert(false // )
));
const { ok } = assert;
t(() => ok(null));
t(() => assert(`a${'b'}c` === 'x'));
t(() => assert([1, 2].includes(3)));
t(() => assert({ a: 1 }.b));
t(() => require('assert').ok(0 > 1));
t(() => { return assert(false); });
t(() => { if (true) assert.ok(''); });
t(() => [assert][0](0));
t(() => assert
  .ok(false));
t(() => void assert(null));
t(() => assert?.(0));
t(() => assert.ok?.(0));
