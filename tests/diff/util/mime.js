// util.MIMEType and util.MIMEParams: parsing, serialization, setters and errors
const { MIMEType, MIMEParams, inspect } = require('util');
const m = new MIMEType(' Text/HTML ;  Charset="utf-8" ; q="a\\"b"; x; =y; z=; bad@=1; ok=tok ');
console.log(String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m));
console.log(inspect(m), inspect(m.params), String(m.params));
m.type = 'application'; m.subtype = 'JSON'; m.params.set('a', 'b c'); m.params.delete('ok');
console.log(String(m), m.params.has('a'), m.params.get('zz'), [...m.params.keys()], [...m.params.values()]);
for (const s of ['', 'text', 'text/', '/x', 'te xt/html', 'text/ht ml', 'a/b;c="unterminated', 'a/b;c="x\\', 'a/b;C=1;c=2', 'a/b;x="q"junk;y=1']) {
  try { console.log(String(new MIMEType(s))); } catch (e) { console.log(e.code, e.message); }
}
try { m.type = 'a b'; } catch (e) { console.log(e.code, e.message); }
try { m.subtype = ''; } catch (e) { console.log(e.code, e.message); }
try { m.params.set('a b', 'x'); } catch (e) { console.log(e.code, e.message); }
try { m.params.set('a', '\u0100'); } catch (e) { console.log(e.code, e.message); }
console.log(String(new MIMEType('a/b;x="";y="q\\\\"')), inspect(new MIMEParams()));
const p = new MIMEParams(); p.set('k', ''); p.set('e', 'x;y'); console.log(p.toString(), JSON.stringify({ p }));
