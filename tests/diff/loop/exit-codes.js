// process.exitCode and process.exit(code) with exit listeners.
process.exitCode = 3;
process.on('exit', (c) => { console.log('exit listener', c, process.exitCode); });
setTimeout(() => { console.log('in timer'); process.exit(7); console.log('not printed'); }, 1);
