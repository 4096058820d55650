// An uncaught exception exits with 1 after 'exit' listeners run; later timers never run.
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
setTimeout(() => console.log('never'), 50);
console.log('before');
setTimeout(() => { null.x; }, 1);
