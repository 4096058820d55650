const { URL } = require("url");
const t = (b, p, v) => { const u = new URL(b); try { u[p] = v; } catch (e) { console.log('ERR'); } console.log(b, p, JSON.stringify(v), u.href); };
try { console.log(new URL('foo://:80/').href); } catch (e) { console.log('fail'); }
t('foo://host/p', 'host', ':abc'); t('foo://host/p', 'host', ':'); t('foo://host:5/p', 'host', ':80');
t('foo://host/p', 'hostname', ':80'); t('foo://host/p', 'host', '');t('foo://host:5/p', 'host', '');
t('foo:/p', 'host', 'x:'); t('foo:/p', 'hostname', 'x'); t('foo:/p', 'host', 'x:8/y'); t('foo:p', 'host', 'x');
t('foo:/p', 'port', '8'); t('foo:///p', 'port', '8'); t('foo:///p', 'host', 'x:9');
t('http://h/', 'host', ':80'); t('foo://u@h:9/', 'host', 'z:');
