// tty.WriteStream.prototype.getColorDepth/hasColors over explicit env objects; isatty edges
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen' },
  { TERM: 'linux' }, { TERM: 'vt100' }, { TERM: 'rxvt-unicode-24bit' }, { TERM: 'unknown' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit', TERM: 'xterm' }, { COLORTERM: 'yes' },
  { NO_COLOR: '1', TERM: 'xterm-256color' }, { NODE_DISABLE_COLORS: '1' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'junk' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: '1', TRAVIS: '1' },
  { CI: '1', CI_NAME: 'codeship' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' },
];
for (const env of envs) {
  const d = getColorDepth.call({}, env);
  const h = hasColors.call({ getColorDepth }, 256, env);
  console.log(JSON.stringify(env), d, h);
}
console.log(hasColors.call({ getColorDepth }, { TERM: 'xterm' }), hasColors.call({ getColorDepth }, 2 ** 24, { COLORTERM: 'truecolor' }));
for (const bad of ['x', 1.5, 1]) {
  try { hasColors.call({ getColorDepth }, bad, {}); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
for (const fd of [-1, 1.5, 2 ** 31, '0', null, 100]) console.log('isatty', String(fd), tty.isatty(fd));
for (const fd of [-1, 'x']) {
  try { new tty.WriteStream(fd); } catch (e) { console.log(e.name, e.code, e.message); }
}
