// A rejection nobody handles is fatal (exit 1) in the default mode.
process.on('exit', (code) => console.log('exit', code));
console.log('start');
Promise.reject(new TypeError('nope'));
setTimeout(() => console.log('never'), 20);
