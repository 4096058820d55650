// util.format / formatWithOptions placeholders and argument joining
const util = require('util');
const f = (...a) => console.log(JSON.stringify(util.format(...a)));
f('plain');
f('%s', 'str');
f('%s %s', 'a');
f('%s', 42, 'extra', 7);
f('%s', -0);
f('%s', 12n);
f('%s', null, undefined);
f('%s', Symbol('sy'));
f('%s', { a: { b: { c: 1 } } });
f('%s', [1, [2, [3]]]);
f('%s', { toString() { return 'custom'; } });
class T { toString() { return 'T!'; } }
f('%s', new T());
class U {}
f('%s', new U());
f('%s', new Date(0));
f('%s', () => 1);
f('%d', '42');
f('%d', 1.5);
f('%d', 10n);
f('%d', Symbol('x'));
f('%d', {});
f('%d', -0);
f('%i', '42.9abc');
f('%i', 7n);
f('%i', Symbol('x'));
f('%f', '1.25xyz');
f('%f', Symbol('x'));
f('%j', { a: [1, 'b'] });
const circ = {}; circ.c = circ;
f('%j', circ);
f('%j', undefined);
f('%o', { a: [1, 2], f() {} });
f('%O', { a: { b: { c: { d: 1 } } } });
f('%c styled', 'color: red');
f('100%% sure %s', 'yes');
f('%% %s');
f('%x %s', 'a');
f('trailing %');
f('%s:%s', 'a', 'b', 'c', { d: 1 });
f(1, 2, 'three', { four: 4 });
f({ a: 1 }, 'b');
f();
f('%s');
f('a', 'b');
f('%s', 'a\nb');
f('%O', 'str');
f('%o', 'str');
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 5)));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })));
try { util.formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
try { util.stripVTControlCharacters(1); } catch (e) { console.log(e.code, e.message); }
