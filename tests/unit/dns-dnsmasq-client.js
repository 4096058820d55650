'use strict';
// Client half of tests/unit/dns-dnsmasq.sh: asks a dnsmasq on 127.0.0.1:PORT for every record
// type and prints the answers (sorted where a server may reorder). Run alone, it does nothing.
const dns = require('dns');
const port = process.argv[2];
if (port === undefined) process.exit(0);

const r = new dns.Resolver({ timeout: 2000, tries: 2 });
r.setServers([`127.0.0.1:${port}`]);
const sortJson = (v) => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)).sort().join(' ') : JSON.stringify(v));
const steps = [
  ['resolve4', 'h.test'], ['resolve4', 'h.test', { ttl: true }], ['resolve6', 'h.test'],
  ['resolve6', 'h.test', { ttl: true }], ['resolve4', 'x.a.test'], ['resolveMx', 'mx.test'],
  ['resolveTxt', 'txt.test'], ['resolveSrv', '_sip._tcp.srv.test'], ['resolveCname', 'alias.test'],
  ['resolve4', 'alias.test'], ['resolvePtr', '4.3.2.1.in-addr.arpa'], ['reverse', '1.2.3.4'],
  ['reverse', '10.0.0.1'], ['reverse', 'fd00::1'], ['resolveCaa', 'caa.test'], ['resolveNaptr', 'naptr.test'],
  ['resolveSoa', 'soa.test'], ['resolveNs', 'ns.test'], ['resolveAny', 'h.test'], ['resolveAny', 'mx.test'],
  ['resolve', 'mx.test', 'MX'], ['resolve', 'h.test'], ['resolve', 'txt.test', 'TXT'],
  ['resolve4', 'nonexistent.test'], ['resolveMx', 'h.test'], ['resolve4', 'mx.test'],
  ['resolveTxt', 'big.test'], ['resolve4', 'bad..name'], ['resolve4', `${'x'.repeat(64)}.test`],
  ['reverse', '9.9.9.9'],
];
let i = 0;
function next() {
  if (i >= steps.length) return promisesPart();
  const [m, ...args] = steps[i++];
  r[m](...args, (err, res) => {
    if (err) console.log(m, args[0], 'ERR', err.code, err.message, err.syscall, err.hostname, err.errno);
    else if (m === 'resolveTxt' && args[0] === 'big.test') console.log(m, args[0], res.length, res.flat().sort().join(','));
    else console.log(m, args[0], sortJson(res));
    next();
  });
}

async function promisesPart() {
  const p = new dns.promises.Resolver();
  p.setServers([`127.0.0.1:${port}`]);
  console.log((await p.resolve4('h.test')).sort(), sortJson(await p.resolveMx('mx.test')));
  console.log(sortJson(await p.resolve('srv.test', 'ANY').catch((e) => e.code)));
  try { await p.resolve4('nonexistent.test'); } catch (e) { console.log('p', e.code, e.message); }
  // lookup ignores setServers (it is getaddrinfo); localhost comes from /etc/hosts.
  dns.setServers([`127.0.0.1:${port}`]);
  console.log(dns.getServers().length, await dns.promises.lookup('localhost', { family: 4 }));
  const canceled = new dns.Resolver();
  canceled.setServers([`127.0.0.1:${port}`]);
  canceled.resolve4('h.test', (e) => {
    console.log('cancel', e.code, e.message);
    const dead = new dns.Resolver({ timeout: 500, tries: 1 });
    dead.setServers(['127.0.0.1:1']);
    dead.resolve4('h.test', (err) => {
      console.log('dead', err.code, err.message);
      // A server that never answers: ETIMEOUT after timeout x tries.
      const silent = require('dgram').createSocket('udp4');
      let asked = 0;
      silent.on('message', () => asked++);
      silent.bind(0, '127.0.0.1', () => {
        const slow = new dns.promises.Resolver({ timeout: 150, tries: 2 });
        slow.setServers([`127.0.0.1:${silent.address().port}`]);
        slow.resolveTxt('t.test').catch((e) => {
          console.log('silent', e.code, e.message, asked);
          silent.close();
        });
      });
    });
  });
  canceled.cancel();
}
next();
