'use strict';
// Kernel struct layouts with explicit byte offsets and sizes, per architecture, and readers
// for them. tests/c checks every number here against the C headers.

const x86_64 = {
  stat: {
    size: 144,
    fields: {
      dev: [0, 'u64'], ino: [8, 'u64'], nlink: [16, 'u64'], mode: [24, 'u32'], uid: [28, 'u32'],
      gid: [32, 'u32'], rdev: [40, 'u64'], size: [48, 'i64'], blksize: [56, 'i64'],
      blocks: [64, 'i64'], atime_sec: [72, 'i64'], atime_nsec: [80, 'i64'],
      mtime_sec: [88, 'i64'], mtime_nsec: [96, 'i64'], ctime_sec: [104, 'i64'], ctime_nsec: [112, 'i64'],
    },
  },
  // The kernel declares epoll_event packed on x86_64 only.
  epoll_event: { size: 12, fields: { events: [0, 'u32'], data: [4, 'u64'] } },
  timespec: { size: 16, fields: { sec: [0, 'i64'], nsec: [8, 'i64'] } },
  kernel_sigaction: { size: 32, fields: { handler: [0, 'u64'], flags: [8, 'u64'], restorer: [16, 'u64'], mask: [24, 'u64'] } },
  winsize: { size: 8, fields: { row: [0, 'u16'], col: [2, 'u16'], xpixel: [4, 'u16'], ypixel: [6, 'u16'] } },
  utsname: { size: 390, fields: { sysname: [0, 'char65'], nodename: [65, 'char65'], release: [130, 'char65'], version: [195, 'char65'], machine: [260, 'char65'] } },
  rusage: {
    size: 144,
    fields: {
      utime_sec: [0, 'i64'], utime_usec: [8, 'i64'], stime_sec: [16, 'i64'], stime_usec: [24, 'i64'],
      maxrss: [32, 'i64'], minflt: [64, 'i64'], majflt: [72, 'i64'], inblock: [88, 'i64'], oublock: [96, 'i64'],
      nvcsw: [128, 'i64'], nivcsw: [136, 'i64'],
    },
  },
  // Socket addresses; ports and IPv4/IPv6 addresses are in network byte order.
  sockaddr_in: { size: 16, fields: { family: [0, 'u16'], port: [2, 'u16be'], addr: [4, 'u8[4]'] } },
  sockaddr_in6: { size: 28, fields: { family: [0, 'u16'], port: [2, 'u16be'], flowinfo: [4, 'u32be'], addr: [8, 'u8[16]'], scope_id: [24, 'u32'] } },
  sockaddr_un: { size: 110, fields: { family: [0, 'u16'], path: [2, 'char108'] } },
  linger: { size: 8, fields: { onoff: [0, 'i32'], linger: [4, 'i32'] } },
  iovec: { size: 16, fields: { base: [0, 'u64'], len: [8, 'u64'] } },
};

const aarch64 = {
  ...x86_64,
  stat: {
    size: 128,
    fields: {
      dev: [0, 'u64'], ino: [8, 'u64'], mode: [16, 'u32'], nlink: [20, 'u32'], uid: [24, 'u32'],
      gid: [28, 'u32'], rdev: [32, 'u64'], size: [48, 'i64'], blksize: [56, 'i32'],
      blocks: [64, 'i64'], atime_sec: [72, 'i64'], atime_nsec: [80, 'i64'],
      mtime_sec: [88, 'i64'], mtime_nsec: [96, 'i64'], ctime_sec: [104, 'i64'], ctime_nsec: [112, 'i64'],
    },
  },
  epoll_event: { size: 16, fields: { events: [0, 'u32'], data: [8, 'u64'] } },
};

function layoutsFor(arch) { return arch === 'arm64' ? aarch64 : x86_64; }

// Reads one field as a Number (64-bit values above 2^53 lose precision; use readBig for those).
function read(dv, layout, name, base = 0) {
  const [off, type] = layout.fields[name];
  switch (type) {
    case 'u16': return dv.getUint16(base + off, true);
    case 'u32': return dv.getUint32(base + off, true);
    case 'i32': return dv.getInt32(base + off, true);
    case 'u64': return Number(dv.getBigUint64(base + off, true));
    case 'i64': return Number(dv.getBigInt64(base + off, true));
    default: throw new TypeError(`structs.read: ${type} is not a number field`);
  }
}

function readBig(dv, layout, name, base = 0) {
  const [off, type] = layout.fields[name];
  return type[0] === 'u' ? dv.getBigUint64(base + off, true) : dv.getBigInt64(base + off, true);
}

module.exports = { x86_64, aarch64, layoutsFor, read, readBig };
