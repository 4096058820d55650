'use strict';
// Linux errno numbers with the names and messages Node reports (libuv's wording), and the
// conversion of a negative syscall result into Node's SystemError-style Error.

// [errno, code, message]; the same numbers on x86_64 and aarch64.
const table = [
  [1, 'EPERM', 'operation not permitted'], [2, 'ENOENT', 'no such file or directory'],
  [3, 'ESRCH', 'no such process'], [4, 'EINTR', 'interrupted system call'],
  [5, 'EIO', 'i/o error'], [6, 'ENXIO', 'no such device or address'],
  [7, 'E2BIG', 'argument list too long'], [9, 'EBADF', 'bad file descriptor'],
  [11, 'EAGAIN', 'resource temporarily unavailable'], [12, 'ENOMEM', 'not enough memory'],
  [13, 'EACCES', 'permission denied'], [14, 'EFAULT', 'bad address in system call argument'],
  [16, 'EBUSY', 'resource busy or locked'], [17, 'EEXIST', 'file already exists'],
  [18, 'EXDEV', 'cross-device link not permitted'], [19, 'ENODEV', 'no such device'],
  [20, 'ENOTDIR', 'not a directory'], [21, 'EISDIR', 'illegal operation on a directory'],
  [22, 'EINVAL', 'invalid argument'], [23, 'ENFILE', 'file table overflow'],
  [24, 'EMFILE', 'too many open files'], [25, 'ENOTTY', 'inappropriate ioctl for device'],
  [26, 'ETXTBSY', 'text file is busy'], [27, 'EFBIG', 'file too large'],
  [28, 'ENOSPC', 'no space left on device'], [29, 'ESPIPE', 'invalid seek'],
  [30, 'EROFS', 'read-only file system'], [31, 'EMLINK', 'too many links'],
  [32, 'EPIPE', 'broken pipe'], [34, 'ERANGE', 'result too large'],
  [36, 'ENAMETOOLONG', 'name too long'], [38, 'ENOSYS', 'function not implemented'],
  [39, 'ENOTEMPTY', 'directory not empty'], [40, 'ELOOP', 'too many symbolic links encountered'],
  [49, 'EUNATCH', 'protocol driver not attached'], [61, 'ENODATA', 'no data available'],
  [64, 'ENONET', 'machine is not on the network'], [71, 'EPROTO', 'protocol error'],
  [75, 'EOVERFLOW', 'value too large for defined data type'], [84, 'EILSEQ', 'illegal byte sequence'],
  [88, 'ENOTSOCK', 'socket operation on non-socket'], [89, 'EDESTADDRREQ', 'destination address required'],
  [90, 'EMSGSIZE', 'message too long'], [91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [92, 'ENOPROTOOPT', 'protocol not available'], [93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [94, 'ESOCKTNOSUPPORT', 'socket type not supported'], [95, 'ENOTSUP', 'operation not supported on socket'],
  [97, 'EAFNOSUPPORT', 'address family not supported'], [98, 'EADDRINUSE', 'address already in use'],
  [99, 'EADDRNOTAVAIL', 'address not available'], [100, 'ENETDOWN', 'network is down'],
  [101, 'ENETUNREACH', 'network is unreachable'], [103, 'ECONNABORTED', 'software caused connection abort'],
  [104, 'ECONNRESET', 'connection reset by peer'], [105, 'ENOBUFS', 'no buffer space available'],
  [106, 'EISCONN', 'socket is already connected'], [107, 'ENOTCONN', 'socket is not connected'],
  [108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [110, 'ETIMEDOUT', 'connection timed out'], [111, 'ECONNREFUSED', 'connection refused'],
  [112, 'EHOSTDOWN', 'host is down'], [113, 'EHOSTUNREACH', 'host is unreachable'],
  [114, 'EALREADY', 'connection already in progress'], [115, 'EINPROGRESS', 'operation in progress'],
  [121, 'EREMOTEIO', 'remote I/O error'], [125, 'ECANCELED', 'operation canceled'],
];

// libuv's own codes, which have no kernel errno.
const uvOnly = [
  [-4095, 'EOF', 'end of file'], [-4094, 'UNKNOWN', 'unknown error'],
  [-4080, 'ECHARSET', 'invalid Unicode character'], [-4028, 'EFTYPE', 'inappropriate file type or format'],
];

let byErrno;
// Map of negative errno -> [code, message], as util.getSystemErrorMap() returns.
function errnoNames() {
  if (byErrno === undefined) {
    byErrno = new Map();
    for (const [n, code, msg] of table) byErrno.set(-n, [code, msg]);
    for (const [n, code, msg] of uvOnly) byErrno.set(n, [code, msg]);
  }
  return byErrno;
}

// A Node-style system error for a failed syscall: message "CODE: text, syscall 'path' -> 'dest'".
function errnoException(negErrno, syscall, path, dest) {
  const entry = errnoNames().get(negErrno) || ['UNKNOWN', 'unknown error'];
  let message = `${entry[0]}: ${entry[1]}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = negErrno;
  err.code = entry[0];
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

module.exports = { table, errnoNames, errnoException };
