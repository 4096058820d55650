// args: --foo bar -v pos1 -- --not-an-option
// util.parseArgs with no `args` reads process.argv after the script.
const { parseArgs } = require('util');
const r = parseArgs({
  options: { foo: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
  allowPositionals: true,
  tokens: true,
});
console.log(JSON.stringify(r));
try { parseArgs({ options: { foo: { type: 'string' } } }); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(parseArgs({ strict: false })));
