// CLI and file-system packages: yargs, glob, rimraf.
const yargs = require('yargs/yargs');
const argv = yargs(['--name', 'x', '-v', 'cmd']).option('verbose', { alias: 'v', type: 'boolean' }).parse();
console.log(argv.name, argv.verbose, argv._);
const glob = require('glob');
console.log(glob.sync('node_modules/ms/*.js').sort());
glob('node_modules/ms/*.json', (err, files) => console.log('glob cb', err, files));
const rimraf = require('rimraf');
const victim = require('path').join(__dirname, `rmme-${process.pid}`);
require('fs').mkdirSync(`${victim}/a/b`, { recursive: true });
rimraf(victim, (err) => console.log('rimraf', err, require('fs').existsSync(victim)));
