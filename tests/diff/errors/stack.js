// V8 stack API: captureStackTrace, stackTraceLimit, prepareStackTrace, lazy headers.
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(new MyError('boom').stack.split('\n')[0]);
const e = new Error('x'); e.message = 'changed'; console.log(e.stack.split('\n')[0]);
const o = {}; Error.captureStackTrace(o); console.log(typeof o.stack, o.stack.split('\n')[0]);
const withMsg = { name: 'Custom', message: 'hi' }; Error.captureStackTrace(withMsg); console.log(withMsg.stack.split('\n')[0]);
function inner() { const x = {}; Error.captureStackTrace(x, inner); return x.stack; }
function outer() { return inner(); }
console.log(outer().split('\n')[1].includes('outer'));
console.log(Error.stackTraceLimit);
Error.stackTraceLimit = 2;
function deep(n) { return n === 0 ? new Error('deep').stack : deep(n - 1); }
console.log(deep(10).split('\n').length);
Error.stackTraceLimit = 10;
// depd-style call-site inspection
function callSites() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const obj = {};
  Error.captureStackTrace(obj, callSites);
  const stack = obj.stack;
  Error.prepareStackTrace = prep;
  return stack;
}
function caller() { return callSites(); }
const sites = caller();
console.log(Array.isArray(sites), typeof sites[0].getFileName(), sites[0].getFileName() === __filename,
  typeof sites[0].getLineNumber(), typeof sites[0].getColumnNumber(), sites[0].getFunctionName());
console.log(Object.getOwnPropertyDescriptor(new Error('q'), 'stack') !== undefined);
const err = new TypeError('t'); err.stack = 'custom'; console.log(err.stack);
try { Error.captureStackTrace(1); } catch (x) { console.log(x.name); }
console.log(require('util').inspect(new RangeError('r')).split('\n')[0]);
