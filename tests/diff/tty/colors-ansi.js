// tty: isatty on non-terminals, fd validation, colour depth from an explicit env, ANSI output.
const tty = require('tty');
const readline = require('readline');

for (const fd of [-1, '1', 1.5, 99, 2 ** 31, 0, 1, 2]) console.log('isatty', fd, tty.isatty(fd));
for (const fd of ['x', -1, 1.5]) {
  try { new tty.WriteStream(fd); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new tty.ReadStream(fd); } catch (e) { console.log(e.name, e.code, e.message); }
}

const proto = tty.WriteStream.prototype;
console.log(proto.isTTY, typeof proto.getWindowSize, typeof tty.ReadStream.prototype.setRawMode);
const depth = (env) => proto.getColorDepth.call({}, env);
const terms = ['xterm-256color', 'screen-256color', 'xterm', 'XTERM-256color', 'xterm-truecolor', 'mosh',
  'st', 'rxvt-unicode-24bit', 'terminator', 'xterm-kitty', 'eterm', 'Eterm', 'linux', 'direct', 'vt100',
  'vt220', 'ansi', 'con80x25', 'foo', 'screen', 'dumb', 'tmux-256color', 'cons25', 'console', 'cygwin',
  'dtterm', 'gnome', 'hurd', 'jfbterm', 'konsole', 'kterm', 'mlterm', 'rxvt', 'colorful', 'MOSH', 'putty'];
console.log(terms.map((t) => `${t}=${depth({ TERM: t })}`).join(' '));
const envs = [{}, { COLORTERM: 'x' }, { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { TMUX: '1' },
  { CI: '1' }, { CI: '' }, { CI: '', TERM: 'xterm' }, { CI: '1', GITHUB_ACTIONS: '' }, { CI: '1', TRAVIS: '1' },
  { CI: '1', GITLAB_CI: '1' }, { CI: '1', CI_NAME: 'codeship' }, { CI: '1', GITEA_ACTIONS: '1' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.1' }, { TEAMCITY_VERSION: '10.0' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'MacTerm' },
  { FORCE_COLOR: '2' }, { FORCE_COLOR: 'x' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '0' },
  { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1' }, { TERM: 'dumb', COLORTERM: 'truecolor' }, { TMUX: '1', CI: '1' }];
console.log(envs.map(depth).join(' '));

const fake = { getColorDepth: proto.getColorDepth };
const has = (...a) => proto.hasColors.call(fake, ...a);
console.log(has({ TERM: 'xterm-256color' }), has(256, { TERM: 'xterm-256color' }), has(2 ** 24, { COLORTERM: 'truecolor' }),
  has(16, {}), has(2, {}), has(17, { TERM: 'xterm' }));
for (const a of [['x'], [0], [1.5], [null, {}], [{}, {}], [undefined, {}]]) {
  try { console.log(has(...a)); } catch (e) { console.log(e.code, e.message); }
}

const out = [];
const sink = { write(data, cb) { out.push(JSON.stringify(data) + (cb ? '+cb' : '')); return true; } };
proto.cursorTo.call(sink, 3);
proto.cursorTo.call(sink, 3, 4);
proto.cursorTo.call(sink, 0, () => {});
proto.moveCursor.call(sink, -2, 5);
proto.moveCursor.call(sink, 2, -5);
proto.moveCursor.call(sink, 0, 0);
proto.clearLine.call(sink, -1);
proto.clearLine.call(sink, 1);
proto.clearLine.call(sink, 0);
proto.clearScreenDown.call(sink);
readline.cursorTo(sink, 7);
readline.moveCursor(sink, 1, 1);
readline.clearLine(sink, 0);
readline.clearScreenDown(sink);
console.log(out.join(' '));
console.log(readline.cursorTo(null, 1), readline.cursorTo(sink), readline.clearLine(undefined, 1));
for (const f of [() => readline.cursorTo(sink, NaN), () => readline.cursorTo(sink, 1, NaN),
  () => readline.cursorTo(sink, undefined, 2), () => readline.cursorTo(sink, 1, 2, 'x'),
  () => readline.moveCursor(sink, 1, 1, 5), () => readline.clearScreenDown(sink, {})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
readline.cursorTo(null, 1, () => console.log('cursorTo callback'));
