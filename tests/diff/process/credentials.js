// process.setuid and friends: argument validation, name lookup, and the legacy errno errors.
function t(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.errno, e.syscall)}}
t(()=>process.setuid('nosuchuser'));
t(()=>process.setgid('nosuchgroup'));
t(()=>process.setuid({}));
t(()=>process.setuid(-1));
t(()=>process.setuid(1.5));
t(()=>process.setgroups([0,'root']));
t(()=>process.setgroups('x'));
t(()=>process.setgroups(['nosuchgroup']));
t(()=>process.initgroups('nosuchuser', 0));
t(()=>process.initgroups('root'));
t(()=>process.initgroups('root', 'nosuchg'));
t(()=>process.setegid('root'));
t(()=>process.seteuid(0));
t(()=>process.setgid(0));
t(()=>process.setuid(0));
t(()=>process.getgroups());
t(()=>process.setgroups([0]));
t(()=>process.getgroups());
t(()=>process.seteuid(2**31));
t(()=>process.setgroups([{}]));
t(()=>process.setgroups([-1]));
t(()=>process.setgroups([1.5]));
t(()=>process.initgroups({}, 0));
t(()=>process.initgroups(0, {}));
t(()=>process.initgroups(12345, 0));
