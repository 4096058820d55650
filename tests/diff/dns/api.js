'use strict';
// dns: argument validation, servers, IP literals, /etc/hosts names and the module shapes.
const dns=require('dns');
// Callbacks from the thread pool come in any order under node: print them sorted at exit.
const late = [];
const log = (...a) => late.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
process.on('exit', () => console.log(late.sort().join('\n')));
const t=(f)=>{try{console.log('ok',f())}catch(e){console.log(e.name,e.code,e.message)}};
t(()=>dns.lookup(5,()=>{}));
t(()=>dns.lookup('a',{family:5},()=>{}));
t(()=>dns.lookup('a',5,()=>{}));
t(()=>dns.lookup('a',{hints:-1},()=>{}));
t(()=>dns.lookup('a',{}));
t(()=>dns.lookup('a',{all:1},()=>{}));
t(()=>dns.lookup('a',{order:'x'},()=>{}));
t(()=>dns.lookupService('x',22,()=>{}));
t(()=>dns.lookupService('127.0.0.1',-1,()=>{}));
t(()=>dns.lookupService('127.0.0.1',22));
t(()=>dns.lookupService('127.0.0.1'));
t(()=>dns.resolve4(5,()=>{}));
t(()=>dns.resolve4('a'));
t(()=>dns.resolve('a','XX',()=>{}));
t(()=>dns.resolve('a',5,()=>{}));
t(()=>dns.setServers('x'));
t(()=>dns.setServers(['x']));
t(()=>dns.setServers([5]));
t(()=>dns.setServers(['1.2.3.4:99','[::1]:53','::2','[::3]','5.6.7.8:53']));
t(()=>dns.getServers());
t(()=>dns.promises.getServers());
t(()=>new dns.Resolver({timeout:'x'}));
t(()=>new dns.Resolver({tries:0}));
t(()=>new dns.Resolver().setLocalAddress('x'));
t(()=>new dns.Resolver().setLocalAddress('::1'));
t(()=>new dns.Resolver().setLocalAddress('1.2.3.4','1.2.3.4'));
dns.lookup('1.2.3.4',(e,a,f)=>log('lit',e,a,f));
dns.lookup('::1',{all:true},(e,a)=>log('lit6',e,a));
dns.lookup('',{all:true},(e,a,f)=>log('emptyall',e,a,f));
dns.lookup('LocalHost',(e,a,f)=>log('lh',e,a,f));
dns.lookupService('127.0.0.1',12345,(e,h,s)=>log('ls',e,h,s));
dns.promises.lookup('1.2.3.4').then(r=>log('p',r));
dns.promises.lookupService('127.0.0.1',80).then(r=>log('p',r));
console.log(Object.keys(dns).join(','));
console.log(Object.keys(dns.promises).join(','));
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).join(','));
dns.lookup('localhost', { all: true, family: 4 }, (e, a) => log('lh all', e, a));
dns.promises.lookup('127.0.0.1', { all: true }).then((r) => log('p all', r));
dns.lookup('::ffff:1.2.3.4', (e, a, f) => log('mapped', e, a, f));
dns.lookup('1.2.3.4', { family: 6 }, (e, a, f) => log('lit fam6', e, a, f));
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder());
try { dns.setDefaultResultOrder('x'); } catch (e) { console.log(e.code, e.message); }
const pr = new dns.promises.Resolver({ timeout: 100, tries: 2 });
console.log(pr.getServers().length > 0, typeof pr.cancel, typeof pr.setLocalAddress);
try { pr.resolve('a', 'XX'); } catch (e) { console.log(e.code, e.message); }
pr.reverse('nope').catch((e) => log(e.code, e.message, e.syscall, e.hostname, e.errno));
try { dns.reverse('nope', () => {}); } catch (e) { console.log(e.code, e.message, e.syscall, e.hostname, e.errno); }
dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, (e, a, f) => log('v4mapped', e, a, f));
dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true }, (e, a) => log('v4mapped all', e, a));
dns.lookup('1.2.3.4', { family: 6, hints: dns.V4MAPPED }, (e, a, f) => log('v4mapped literal', e, a, f));
