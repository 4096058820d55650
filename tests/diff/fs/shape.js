// The shape of node:fs and node:fs/promises: export keys, types, constants, descriptors.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs).map((k) => `${k}:${typeof fs[k]}`).join(' '));
console.log(Object.keys(fsp).join(' '));
console.log(Object.keys(fsp).map((k) => `${k}:${typeof fsp[k]}`).join(' '));
console.log(require('node:fs') === fs, require('node:fs/promises') === fsp, fs.promises === fsp);
console.log(Object.keys(fs.constants).join(' '));
console.log(Object.values(fs.constants).join(' '));
console.log(Object.getPrototypeOf(fs.constants), fsp.constants === fs.constants);
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK', 'constants']) {
  const d = Object.getOwnPropertyDescriptor(fs, k);
  console.log(k, d.writable, d.enumerable, d.configurable, typeof d.value);
}
const pd = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log('promises', typeof pd.get, pd.enumerable, pd.configurable);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(fs.ReadStream === fs.FileReadStream, fs.WriteStream === fs.FileWriteStream);
console.log(typeof fs.realpathSync.native, typeof fs.realpath.native);
console.log(Object.getOwnPropertyNames(fs.Stats.prototype).sort().join(' '));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)).sort().join(' '));
console.log(Object.getOwnPropertyNames(fs.Dirent.prototype).sort().join(' '));
const d = new fs.Dirent('n', 2, '/x');
console.log(d.name, d.path, d.parentPath, d.isDirectory(), d.isFile());
console.log(fs._toUnixTimestamp(5), fs._toUnixTimestamp('7'), fs._toUnixTimestamp(new Date(3000)));
console.log(typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs);
