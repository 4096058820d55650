// Shape of the path module: posix is the default, both flavours cross-link.
const path = require('path');
const posix = require('path/posix');
const win32 = require('path/win32');
console.log(path === path.posix, path.posix === posix, path.win32 === win32);
console.log(path.win32.win32 === path.win32, path.win32.posix === path.posix, path.posix.posix === path.posix);
console.log(Object.keys(path).join(','));
console.log(Object.keys(path.win32).join(','));
for (const k of Object.keys(path)) {
  if (typeof path[k] === 'function') console.log(k, path[k].name, path[k].length, typeof path.win32[k]);
}
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
console.log(require('node:path') === path, require('node:path/win32') === win32);
