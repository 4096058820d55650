// unhandledRejection listeners receive reason and promise; handled-later emits rejectionHandled.
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
Promise.reject(new Error('first'));
const late = Promise.reject(42);
setTimeout(() => { late.catch(() => console.log('caught late')); }, 5);
new Promise((_, rej) => rej('handled')).catch((v) => console.log('caught', v));
