// uncaughtException handlers keep the process alive; the loop continues.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('still running'), 3);
Promise.reject(new Error('from promise'));
throw new Error('from main');
