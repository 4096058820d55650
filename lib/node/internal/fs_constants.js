'use strict';
// fs.constants on Linux, in Node's key order (the open flags that differ on aarch64 come
// from lib/sys/constants).

const { open, mode } = require('sys/constants');

const fsConstants = Object.create(null);
Object.assign(fsConstants, {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: open.O_RDONLY, O_WRONLY: open.O_WRONLY, O_RDWR: open.O_RDWR,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: mode.S_IFMT, S_IFREG: mode.S_IFREG, S_IFDIR: mode.S_IFDIR, S_IFCHR: mode.S_IFCHR,
  S_IFBLK: mode.S_IFBLK, S_IFIFO: mode.S_IFIFO, S_IFLNK: mode.S_IFLNK, S_IFSOCK: mode.S_IFSOCK,
  O_CREAT: open.O_CREAT, O_EXCL: open.O_EXCL, UV_FS_O_FILEMAP: 0, O_NOCTTY: open.O_NOCTTY,
  O_TRUNC: open.O_TRUNC, O_APPEND: open.O_APPEND, O_DIRECTORY: open.O_DIRECTORY,
  O_NOATIME: open.O_NOATIME, O_NOFOLLOW: open.O_NOFOLLOW, O_SYNC: open.O_SYNC,
  O_DSYNC: open.O_DSYNC, O_DIRECT: open.O_DIRECT, O_NONBLOCK: open.O_NONBLOCK,
  S_IRWXU: mode.S_IRWXU, S_IRUSR: mode.S_IRUSR, S_IWUSR: mode.S_IWUSR, S_IXUSR: mode.S_IXUSR,
  S_IRWXG: mode.S_IRWXG, S_IRGRP: mode.S_IRGRP, S_IWGRP: mode.S_IWGRP, S_IXGRP: mode.S_IXGRP,
  S_IRWXO: mode.S_IRWXO, S_IROTH: mode.S_IROTH, S_IWOTH: mode.S_IWOTH, S_IXOTH: mode.S_IXOTH,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

module.exports = fsConstants;
