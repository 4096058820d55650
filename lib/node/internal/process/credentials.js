'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups. Names are looked up in
// /etc/passwd and /etc/group; the change itself goes through binding.setCredentials, which
// applies it to every thread of the process (the worker pool's too).

const sys = require('sys/core');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL } } = require('node/internal/errors');
const { validateUint32, validateArray } = require('node/internal/validators');

const KIND = { setuid: 0, setgid: 1, seteuid: 2, setegid: 3 };
// glibc's strerror wording, which these legacy-style errors carry ("EPERM, Operation not permitted").
const STRERROR = { EPERM: 'Operation not permitted', EINVAL: 'Invalid argument', ENOMEM: 'Cannot allocate memory' };

function readTable(path) {
  let text;
  try {
    text = require('fs').readFileSync(path, 'latin1');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line && line[0] !== '#').map((line) => line.split(':'));
}

function userEntry(user) {
  return readTable('/etc/passwd').find((f) => (typeof user === 'number' ? Number(f[2]) === user : f[0] === user));
}

function groupId(group) {
  if (typeof group === 'number') return group;
  const entry = readTable('/etc/group').find((f) => f[0] === group);
  return entry === undefined ? undefined : Number(entry[2]);
}

// An id argument: a uint32, or a name resolved through the table.
function resolveId(id, name, type) {
  if (typeof id === 'number') {
    validateUint32(id, name);
    return id;
  }
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  const n = type === 'User' ? userEntry(id)?.[2] : groupId(id);
  if (n === undefined) throw new ERR_UNKNOWN_CREDENTIAL(type, id);
  return Number(n);
}

function fail(r, syscall) {
  const entry = sys.errnoException(r, syscall);
  const err = new Error(`${entry.code}, ${STRERROR[entry.code] || entry.message}`);
  err.errno = -r;
  err.code = entry.code;
  err.syscall = syscall;
  return err;
}

function apply(kind, ids, syscall) {
  const r = binding.setCredentials(kind, ids);
  if (r < 0) throw fail(r, syscall);
}

function setter(syscall, type) {
  return { [syscall](id) { apply(KIND[syscall], resolveId(id, 'id', type), syscall); } }[syscall];
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  const ids = groups.map((g, i) => resolveId(g, `groups[${i}]`, 'Group'));
  apply(4, ids, 'setgroups');
}

function initgroups(user, extraGroup) {
  if (typeof user !== 'number' && typeof user !== 'string') throw new ERR_INVALID_ARG_TYPE('user', ['number', 'string'], user);
  if (typeof extraGroup !== 'number' && typeof extraGroup !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('extraGroup', ['number', 'string'], extraGroup);
  }
  // A numeric user needs its name; an unknown name simply has no supplementary groups.
  const name = typeof user === 'string' ? user : userEntry(user)?.[0];
  if (name === undefined) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  const extra = resolveId(extraGroup, 'extraGroup', 'Group');
  const ids = [extra];
  for (const f of readTable('/etc/group')) {
    const members = (f[3] || '').split(',');
    if (members.includes(name) && !ids.includes(Number(f[2]))) ids.push(Number(f[2]));
  }
  apply(4, ids, 'initgroups');
}

module.exports = {
  setuid: setter('setuid', 'User'),
  setgid: setter('setgid', 'Group'),
  seteuid: setter('seteuid', 'User'),
  setegid: setter('setegid', 'Group'),
  setgroups,
  initgroups,
};
