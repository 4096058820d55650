// emitWarning emits a 'warning' event with Node's shapes (stderr output is not compared).
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.code));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'C2', detail: 'more' });
process.emitWarning(new Error('an error object'));
try { process.emitWarning(5); } catch (e) { console.log(e.code); }
console.log('sync done');
