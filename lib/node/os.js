'use strict';
// node:os — system facts read from /proc, /sys, /etc/passwd and a few syscalls (uname,
// getpriority, sched_getaffinity), with the values and errors Node reports on Linux.

const sys = require('sys/core');
const { readFileUtf8 } = require('node/internal/modules/fsutil');
const { validateInt32 } = require('node/internal/validators');

function env() { return require('process').env; }

function readText(path) {
  try {
    return readFileUtf8(path);
  } catch {
    return undefined;
  }
}

// struct utsname: six NUL-terminated fields of 65 bytes.
function uname() {
  const buf = new Uint8Array(65 * 6);
  const r = sys.call('uname', buf);
  if (r < 0) throw require('node/internal/system_error').systemErrorFromErrno(r, 'uv_os_uname');
  const out = [];
  for (let i = 0; i < 6; i++) {
    const start = i * 65;
    let end = start;
    while (end < start + 65 && buf[end] !== 0) end++;
    out.push(binding.utf8Decode(buf, start, end));
  }
  return { sysname: out[0], nodename: out[1], release: out[2], version: out[3], machine: out[4] };
}

function hostname() { return uname().nodename; }
function type() { return uname().sysname; }
function release() { return uname().release; }
function version() { return uname().version; }
function machine() { return uname().machine; }
function arch() { return binding.arch; }
function platform() { return 'linux'; }

function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
}

function uptime() {
  const text = readText('/proc/uptime');
  if (text !== undefined) {
    const v = parseFloat(text);
    if (Number.isFinite(v)) return v;
  }
  // CLOCK_BOOTTIME
  return Number(sys.clockNs(7) / 10000000n) / 100;
}

function loadavg() {
  const text = readText('/proc/loadavg');
  if (text === undefined) return [0, 0, 0];
  const parts = text.split(' ');
  return [parseFloat(parts[0]) || 0, parseFloat(parts[1]) || 0, parseFloat(parts[2]) || 0];
}

function meminfo(field) {
  const text = readText('/proc/meminfo');
  if (text === undefined) return 0;
  const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text);
  return m === null ? 0 : Number(m[1]) * 1024;
}

function totalmem() { return meminfo('MemTotal'); }
function freemem() { return meminfo('MemAvailable'); }

function availableParallelism() {
  const mask = new Uint8Array(1024);
  const n = sys.call('sched_getaffinity', 0, mask.byteLength, mask);
  if (n <= 0) return Math.max(1, cpuLines().length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let b = mask[i]; b !== 0; b &= b - 1) count++;
  }
  return Math.max(1, count);
}

// The per-CPU lines of /proc/stat: [index, user, nice, sys, idle, iowait, irq].
function cpuLines() {
  const text = readText('/proc/stat');
  if (text === undefined) return [];
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (m === null) continue;
    out.push([Number(m[1]), ...m[2].trim().split(/\s+/).map(Number)]);
  }
  return out;
}

function cpus() {
  const lines = cpuLines();
  const info = readText('/proc/cpuinfo') || '';
  const models = [];
  for (const m of info.matchAll(/^(?:model name|Processor|cpu model)\s*:\s*(.*)$/gm)) models.push(m[1]);
  // The kernel reports clock ticks of USER_HZ (100 per second); Node reports milliseconds.
  const mult = 10;
  const result = [];
  for (let i = 0; i < lines.length; i++) {
    const [idx, user, nice, system, idle, , irq] = lines[i];
    let speed = 0;
    const freq = readText(`/sys/devices/system/cpu/cpu${idx}/cpufreq/scaling_cur_freq`);
    if (freq !== undefined) speed = Math.floor(Number(freq) / 1000) || 0;
    result.push({
      model: models[i] ?? models[models.length - 1] ?? 'unknown',
      speed,
      times: {
        user: user * mult, nice: nice * mult, sys: system * mult, idle: idle * mult, irq: (irq || 0) * mult,
      },
    });
  }
  return result;
}

// The /etc/passwd entry for uid: { username, homedir, shell } as byte arrays, or null.
function passwdEntry(uid) {
  let bytes;
  try {
    bytes = require('node/internal/modules/fsutil').readFileBytes('/etc/passwd');
  } catch {
    return null;
  }
  const text = binding.latin1Decode(bytes, 0, bytes.length);
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length >= 7 && Number(f[2]) === uid && f[2] !== '') {
      const latin1 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
      return { username: latin1(f[0]), homedir: latin1(f[5]), shell: latin1(f[6]) };
    }
  }
  return null;
}

function decodeBytes(u8, encoding) {
  const { Buffer } = require('buffer');
  const buf = Buffer.from(u8);
  if (encoding === 'buffer') return buf;
  return buf.toString(encoding === undefined || encoding === null ? 'utf8' : encoding);
}

function userInfo(options = undefined) {
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const uid = sys.call('getuid');
  const gid = sys.call('getgid');
  const entry = passwdEntry(uid);
  if (entry === null) {
    throw require('node/internal/system_error').systemError({
      errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'uv_os_get_passwd',
    });
  }
  const out = { __proto__: null, uid, gid };
  out.username = decodeBytes(entry.username, encoding);
  out.homedir = decodeBytes(entry.homedir, encoding);
  out.shell = decodeBytes(entry.shell, encoding);
  return out;
}

function homedir() {
  const home = env().HOME;
  if (home) return home;
  const entry = passwdEntry(sys.call('getuid'));
  if (entry === null) {
    throw require('node/internal/system_error').systemError({
      errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'uv_os_homedir',
    });
  }
  return decodeBytes(entry.homedir, 'utf8');
}

function tmpdir() {
  const e = env();
  let path = e.TMPDIR || e.TMP || e.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

const PRIO_PROCESS = 0;

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const r = sys.call('getpriority', PRIO_PROCESS, pid);
  if (r < 0) throw require('node/internal/system_error').systemErrorFromErrno(r, 'uv_os_getpriority');
  // The raw syscall returns 20 - nice, so that it is never negative.
  return 20 - r;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const r = sys.call('setpriority', PRIO_PROCESS, pid, priority);
  if (r < 0) throw require('node/internal/system_error').systemErrorFromErrno(r, 'uv_os_setpriority');
}

// ---- networkInterfaces over a NETLINK_ROUTE socket ----

const NL = {
  AF_NETLINK: 16, SOCK_RAW: 3, SOCK_CLOEXEC: 0o2000000, NETLINK_ROUTE: 0,
  NLMSG_ERROR: 2, NLMSG_DONE: 3, NLM_F_REQUEST: 1, NLM_F_DUMP: 0x300,
  RTM_NEWLINK: 16, RTM_GETLINK: 18, RTM_NEWADDR: 20, RTM_GETADDR: 22,
  IFLA_ADDRESS: 1, IFLA_IFNAME: 3, IFA_ADDRESS: 1, IFA_LOCAL: 2, IFA_LABEL: 3,
  IFF_UP: 1, IFF_LOOPBACK: 8, IFF_RUNNING: 0x40,
};

// Sends one dump request and calls onMessage(type, view, offset, length) for each reply.
function netlinkDump(fd, type, seq, onMessage) {
  const req = new Uint8Array(32);
  const dv = new DataView(req.buffer);
  dv.setUint32(0, req.length, true);
  dv.setUint16(4, type, true);
  dv.setUint16(6, NL.NLM_F_REQUEST | NL.NLM_F_DUMP, true);
  dv.setUint32(8, seq, true);
  // ifinfomsg/ifaddrmsg family: AF_UNSPEC (0) for everything.
  let r = sys.retry(() => sys.call('sendto', fd, req, req.length, 0, null, 0));
  if (r < 0) return r;
  const buf = new Uint8Array(65536);
  const view = new DataView(buf.buffer);
  for (;;) {
    r = sys.retry(() => sys.call('recvfrom', fd, buf, buf.length, 0, null, null));
    if (r < 0) return r;
    if (r === 0) return -5;
    let off = 0;
    while (off + 16 <= r) {
      const len = view.getUint32(off, true);
      const mtype = view.getUint16(off + 4, true);
      if (len < 16 || off + len > r) return -5;
      if (view.getUint32(off + 8, true) === seq) {
        if (mtype === NL.NLMSG_DONE) return 0;
        if (mtype === NL.NLMSG_ERROR) return view.getInt32(off + 16, true) || -5;
        onMessage(mtype, view, off + 16, len - 16);
      }
      off += (len + 3) & ~3;
    }
  }
}

// Calls fn(type, start, length) for each rtattr in [off, end).
function eachAttr(view, off, end, fn) {
  while (off + 4 <= end) {
    const len = view.getUint16(off, true);
    if (len < 4 || off + len > end) return;
    fn(view.getUint16(off + 2, true), off + 4, len - 4);
    off += (len + 3) & ~3;
  }
}

function cString(view, off, len) {
  const u8 = new Uint8Array(view.buffer, off, len);
  let end = 0;
  while (end < len && u8[end] !== 0) end++;
  return binding.utf8Decode(u8, 0, end);
}

function hex2(n) { return n.toString(16).padStart(2, '0'); }

function maskText(family, prefix) {
  const bytes = new Uint8Array(family === 4 ? 4 : 16);
  for (let i = 0; i < bytes.length; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    bytes[i] = bits === 0 ? 0 : (0xff << (8 - bits)) & 0xff;
  }
  const sa = require('node/internal/dgram/sockaddr');
  return family === 4 ? sa.format4(bytes) : sa.format6(bytes);
}

function networkInterfaces() {
  const sa = require('node/internal/dgram/sockaddr');
  const fd = sys.call('socket', NL.AF_NETLINK, NL.SOCK_RAW | NL.SOCK_CLOEXEC, NL.NETLINK_ROUTE);
  if (fd < 0) throw require('node/internal/system_error').systemErrorFromErrno(fd, 'uv_interface_addresses');
  const links = new Map(); // index -> { name, flags, mac }
  const addrs = [];
  try {
    let r = netlinkDump(fd, NL.RTM_GETLINK, 1, (type, view, off, len) => {
      if (type !== NL.RTM_NEWLINK || len < 16) return;
      const index = view.getInt32(off + 4, true);
      const link = { name: '', flags: view.getUint32(off + 8, true), mac: '00:00:00:00:00:00' };
      eachAttr(view, off + 16, off + len, (at, start, alen) => {
        if (at === NL.IFLA_IFNAME) link.name = cString(view, start, alen);
        else if (at === NL.IFLA_ADDRESS && alen === 6) {
          const m = [];
          for (let i = 0; i < 6; i++) m.push(hex2(view.getUint8(start + i)));
          link.mac = m.join(':');
        }
      });
      links.set(index, link);
    });
    if (r === 0) {
      r = netlinkDump(fd, NL.RTM_GETADDR, 2, (type, view, off, len) => {
        if (type !== NL.RTM_NEWADDR || len < 8) return;
        const fam = view.getUint8(off);
        if (fam !== sa.AF_INET && fam !== sa.AF_INET6) return;
        const a = { fam, prefix: view.getUint8(off + 1), index: view.getUint32(off + 4, true), local: null, address: null, label: null };
        eachAttr(view, off + 8, off + len, (at, start, alen) => {
          const bytes = new Uint8Array(view.buffer.slice(start, start + alen));
          if (at === NL.IFA_ADDRESS) a.address = bytes;
          else if (at === NL.IFA_LOCAL) a.local = bytes;
          else if (at === NL.IFA_LABEL) a.label = cString(view, start, alen);
        });
        addrs.push(a);
      });
    }
    if (r < 0) throw require('node/internal/system_error').systemErrorFromErrno(r, 'uv_interface_addresses');
  } finally {
    sys.close(fd);
  }
  const out = {};
  for (const a of addrs) {
    const link = links.get(a.index);
    if (link === undefined) continue;
    if ((link.flags & (NL.IFF_UP | NL.IFF_RUNNING)) !== (NL.IFF_UP | NL.IFF_RUNNING)) continue;
    const v4 = a.fam === sa.AF_INET;
    const bytes = v4 ? (a.local || a.address) : (a.address || a.local);
    if (bytes === null || bytes.length !== (v4 ? 4 : 16)) continue;
    const name = v4 && a.label ? a.label : link.name;
    const address = v4 ? sa.format4(bytes) : sa.format6(bytes);
    const entry = {
      address,
      netmask: maskText(v4 ? 4 : 6, a.prefix),
      family: v4 ? 'IPv4' : 'IPv6',
      mac: link.mac,
      internal: (link.flags & NL.IFF_LOOPBACK) !== 0,
      cidr: `${address}/${a.prefix}`,
    };
    if (!v4) {
      const linkLocal = bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80;
      const mcLinkLocal = bytes[0] === 0xff && (bytes[1] & 0x0f) === 0x02;
      entry.scopeid = linkLocal || mcLinkLocal ? a.index : 0;
    }
    (out[name] || (out[name] = [])).push(entry);
  }
  return out;
}

const errnoList = [
  ['E2BIG', 7], ['EACCES', 13], ['EADDRINUSE', 98], ['EADDRNOTAVAIL', 99], ['EAFNOSUPPORT', 97],
  ['EAGAIN', 11], ['EALREADY', 114], ['EBADF', 9], ['EBADMSG', 74], ['EBUSY', 16],
  ['ECANCELED', 125], ['ECHILD', 10], ['ECONNABORTED', 103], ['ECONNREFUSED', 111],
  ['ECONNRESET', 104], ['EDEADLK', 35], ['EDESTADDRREQ', 89], ['EDOM', 33], ['EDQUOT', 122],
  ['EEXIST', 17], ['EFAULT', 14], ['EFBIG', 27], ['EHOSTUNREACH', 113], ['EIDRM', 43],
  ['EILSEQ', 84], ['EINPROGRESS', 115], ['EINTR', 4], ['EINVAL', 22], ['EIO', 5],
  ['EISCONN', 106], ['EISDIR', 21], ['ELOOP', 40], ['EMFILE', 24], ['EMLINK', 31],
  ['EMSGSIZE', 90], ['EMULTIHOP', 72], ['ENAMETOOLONG', 36], ['ENETDOWN', 100],
  ['ENETRESET', 102], ['ENETUNREACH', 101], ['ENFILE', 23], ['ENOBUFS', 105], ['ENODATA', 61],
  ['ENODEV', 19], ['ENOENT', 2], ['ENOEXEC', 8], ['ENOLCK', 37], ['ENOLINK', 67], ['ENOMEM', 12],
  ['ENOMSG', 42], ['ENOPROTOOPT', 92], ['ENOSPC', 28], ['ENOSR', 63], ['ENOSTR', 60],
  ['ENOSYS', 38], ['ENOTCONN', 107], ['ENOTDIR', 20], ['ENOTEMPTY', 39], ['ENOTSOCK', 88],
  ['ENOTSUP', 95], ['ENOTTY', 25], ['ENXIO', 6], ['EOPNOTSUPP', 95], ['EOVERFLOW', 75],
  ['EPERM', 1], ['EPIPE', 32], ['EPROTO', 71], ['EPROTONOSUPPORT', 93], ['EPROTOTYPE', 91],
  ['ERANGE', 34], ['EROFS', 30], ['ESPIPE', 29], ['ESRCH', 3], ['ESTALE', 116], ['ETIME', 62],
  ['ETIMEDOUT', 110], ['ETXTBSY', 26], ['EWOULDBLOCK', 11], ['EXDEV', 18],
];

function table(entries) {
  const o = Object.create(null);
  for (const [k, v] of entries) o[k] = v;
  return o;
}

const constants = Object.create(null);
constants.UV_UDP_REUSEADDR = 4;
constants.dlopen = table([
  ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_DEEPBIND', 8],
]);
constants.errno = table(errnoList);
constants.signals = table(Object.entries(sys.C.signals));
constants.priority = table([
  ['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
  ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20],
]);

// Node converts these to strings when coerced (`${os.arch}` gives the value).
for (const fn of [arch, endianness, homedir, hostname, platform, release, tmpdir, type, version, machine, uptime, totalmem, freemem, availableParallelism]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
