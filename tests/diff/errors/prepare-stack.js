// Error.prepareStackTrace formats ordinary errors' stacks from CallSites (the callsites and
// parent-module packages rely on it).
function callsites() {
  const prepare = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_, stack) => stack;
    return new Error().stack.slice(1);
  } finally {
    Error.prepareStackTrace = prepare;
  }
}
function whoCalledMe() { return callsites()[1]; }
function caller() { return whoCalledMe(); }
const site = caller();
console.log(site.getFileName() === __filename, site.getFunctionName(), typeof site.getLineNumber());
Error.prepareStackTrace = (err, sites) => `${err.name}|${err.message}|${sites.length > 0}|${typeof sites[0].getFileName()}`;
console.log(new TypeError('custom').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
Error.prepareStackTrace = () => { throw new Error('prepare threw'); };
try { void new Error('x').stack; } catch (e) { console.log('caught', e.message); }
Error.prepareStackTrace = undefined;
