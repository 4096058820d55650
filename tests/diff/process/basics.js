// process properties and methods with stable values.
console.log(process.platform, process.arch === require('os').arch ? 'arch-ok' : typeof process.arch);
console.log(typeof process.pid, process.pid > 0, typeof process.ppid, process.title.length > 0);
console.log(process.argv.length, process.argv0.length > 0, typeof process.execPath, Array.isArray(process.execArgv));
console.log(process.version.startsWith('v20.'), typeof process.versions.node, process.release.name);
console.log(process.cwd() === __dirname || process.cwd().length > 0);
const hr = process.hrtime(); console.log(hr.length, typeof hr[0], typeof process.hrtime.bigint());
const d = process.hrtime(hr); console.log(d[0] >= 0, d[1] >= 0);
try { process.hrtime(1); } catch (e) { console.log(e.code); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
const m = process.memoryUsage();
console.log(Object.keys(m).join(), m.rss > 0, typeof process.memoryUsage.rss());
console.log(process.uptime() >= 0, typeof process.umask(), process.umask().toString(8).length > 0);
const cu = process.cpuUsage(); console.log(Object.keys(cu).join(), cu.user >= 0);
console.log(Object.keys(process.resourceUsage()).length);
console.log(typeof process.getuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
process.env.UNODE_TEST_VAR = 42;
console.log(process.env.UNODE_TEST_VAR, typeof process.env.UNODE_TEST_VAR, 'UNODE_TEST_VAR' in process.env);
delete process.env.UNODE_TEST_VAR;
console.log(process.env.UNODE_TEST_VAR, process.env.PATH !== undefined);
const old = process.cwd(); process.chdir('..'); console.log(process.cwd() === require('path').dirname(old)); process.chdir(old);
try { process.chdir('/no/such/dir'); } catch (e) { console.log(e.code, e.syscall, e.message.replace(old, '<cwd>')); }
console.log(process.kill(process.pid, 0));
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof process.nextTick, typeof process.emitWarning, process.config !== undefined, typeof process.features);
try { process.exitCode = 'x'; } catch (e) { console.log(e.code); }
console.log(Object.prototype.toString.call(process), process instanceof require('events'));
console.log(typeof process.stdout.write, process.stdout.writable, typeof process.stderr.write, typeof process.stdin.on);
process.stdout.write('written\n');
process.stdout.write(Buffer.from('buffer written\n'));
process.stdout.write('cb written\n', () => console.log('write callback'));
