// fs.cpSync, fs.cp and fs.promises.cp: trees, symlinks, filters (sync and async), the
// option checks and Node's SystemErrors for the refused cases.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-cp-'));
process.chdir(root);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a', 'a');
fs.writeFileSync('src/sub/b', 'b');
fs.symlinkSync('a', 'src/link');
const clean = (v) => (typeof v === 'string' ? v.split(root).join('ROOT') : v);
const show = (l, e) => console.log(l, e ? [e.code, e.errno, e.syscall, e.path, clean(e.message), Object.keys(e).join()].join(' | ') : 'ok');
const tree = (d) => fs.readdirSync(d, { recursive: true }).sort();
try { fs.cpSync('src', 'd1'); } catch (e) { show('dir norec', e); }
try { fs.cpSync('src', 'src/sub/x', { recursive: true }); } catch (e) { show('into self', e); }
try { fs.cpSync('nope', 'd2'); } catch (e) { show('missing', e); }
fs.cpSync('src', 'd3', { recursive: true });
console.log(tree('d3'), clean(fs.readlinkSync('d3/link')), fs.readFileSync('d3/sub/b', 'utf8'));
try { fs.cpSync('src/a', 'd3/a', { errorOnExist: true, force: false }); } catch (e) { show('exist', e); }
fs.cpSync('src/a', 'd3/a', { force: false });
try { fs.cpSync('src/a', 'd3'); } catch (e) { show('file to dir', e); }
try { fs.cpSync('src', 'd3/a', { recursive: true }); } catch (e) { show('dir to file', e); }
fs.cpSync('src', 'd4', { recursive: true, filter: (s) => !s.endsWith('b') });
console.log(tree('d4'));
try { fs.cpSync('src', 'd5', { filter: 1 }); } catch (e) { show('filter type', e); }
try { fs.cpSync('src', 'd5', { recursive: 1 }); } catch (e) { show('rec type', e); }
try { fs.cpSync('src/a', 'src/a'); } catch (e) { show('same', e); }
try { fs.cpSync('src', 'd9', { mode: 'x' }); } catch (e) { show('mode', e); }
fs.cpSync('src', 'd6', { recursive: true, dereference: true });
console.log(fs.lstatSync('d6/link').isSymbolicLink());
fs.cpSync('src', 'd10', { recursive: true, verbatimSymlinks: true });
console.log(fs.readlinkSync('d10/link'));
fs.utimesSync('src/a', 1000, 2000);
fs.cpSync('src/a', 'd11', { preserveTimestamps: true });
console.log(fs.statSync('d11').mtimeMs);
fs.cp('src', 'd7', { recursive: true }, (e) => {
  show('cb', e);
  console.log(tree('d7'));
  fs.cp('src', 'd7b', (e2) => {
    show('cb dir norec', e2);
    fs.promises.cp('src', 'd8', { recursive: true, filter: async (s) => !s.endsWith('sub') }).then(() => {
      console.log(tree('d8'));
      process.chdir(os.tmpdir());
      fs.rmSync(root, { recursive: true });
    });
  });
});
