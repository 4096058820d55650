// A rejected top-level await is fatal with exit code 1, after earlier output.
console.log('before');
await Promise.reject(new Error('tla boom'));
console.log('never');
