// util.parseArgs argument validation errors.
const { parseArgs } = require('util');
const t = (cfg) => {
  try { console.log(JSON.stringify(parseArgs(cfg))); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
};
t({ args: 'x' });
t({ args: [], strict: 'yes' });
t({ args: [], allowPositionals: 1 });
t({ args: [], tokens: null });
t({ args: [], allowNegative: 0 });
t({ args: [], options: [] });
t({ args: [], options: 'x' });
t({ args: [], options: { foo: null } });
t({ args: [], options: { foo: {} } });
t({ args: [], options: { foo: { type: 'number' } } });
t({ args: [], options: { foo: { type: 'string', short: '' } } });
t({ args: [], options: { foo: { type: 'string', short: 5 } } });
t({ args: [], options: { foo: { type: 'string', multiple: 'yes' } } });
t({ args: [], options: { foo: { type: 'boolean', default: 'x' } } });
t({ args: [], options: { foo: { type: 'boolean', multiple: true, default: true } } });
t({ args: [], options: { foo: { type: 'boolean', multiple: true, default: [true, 1] } } });
t({ args: [], options: { foo: { type: 'string', default: undefined } } });
t({ args: ['--bar'], options: { foo: { type: 'string' } } });
t({ args: ['--bar'], options: { foo: { type: 'string' } }, allowPositionals: true });
t({ args: ['-b'], options: {} });
t({ args: ['--foo'], options: { foo: { type: 'string', short: 'f' } } });
t({ args: ['--foo=1'], options: { foo: { type: 'boolean', short: 'f' } } });
t({ args: ['-f1'], options: { foo: { type: 'boolean', short: 'f' } } });
t({ args: ['-f', '-1'], options: { foo: { type: 'string', short: 'f' } } });
t({ args: ['--foo', '--'], options: { foo: { type: 'string' } } });
t({ args: ['x'], options: {} });
t({ args: ['--', 'x'], options: {} });
const e = (() => { try { parseArgs({ args: ['--nope'] }); } catch (err) { return err; } })();
console.log(e instanceof TypeError, e.code, Object.keys(e).join(','));
