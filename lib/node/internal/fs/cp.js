'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: copy a file, a symlink or (recursive) a directory
// tree, with the options of Node's docs. One walk, written once as a generator that yields
// the filesystem steps it needs: cpSync runs each step at once, cp runs file copies on the
// worker pool and awaits filters that return promises.

const { Buffer } = require('buffer');
const U = require('node/internal/fs/utils');
const S = require('node/internal/fs/sync');
const { systemError } = require('node/internal/system_error');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('node/internal/validators');

let pathMod;
const P = () => pathMod ?? (pathMod = require('path'));

function cpError(key, prefix, code, errno, message, path) {
  return systemError({ message, path, syscall: 'cp', errno, code }, key, prefix);
}

function cpOptions(options) {
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, mode: 0,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    if (options[k] !== undefined) {
      validateBoolean(options[k], `options.${k}`);
      o[k] = options[k];
    }
  }
  if (options.filter !== undefined) {
    validateFunction(options.filter, 'options.filter');
    o.filter = options.filter;
  }
  if (options.mode !== undefined) {
    validateInteger(options.mode, 'mode', 0, 7);
    o.mode = options.mode;
  }
  return o;
}

function pathOf(p, name) {
  p = U.getValidatedPath(p, name);
  return typeof p === 'string' ? p : Buffer.from(p).toString();
}

const isInside = (parent, child) => {
  const rel = P().relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !P().isAbsolute(rel);
};

// The walk. Yields ['filter', src, dest] (answer: boolean) and ['copyFile', src, dest, mode]
// (answer ignored); everything else is done inline with the sync core.
function* walk(src, dest, o, top) {
  if (o.filter !== undefined) {
    const keep = yield ['filter', src, dest];
    if (!keep) return;
  }
  const srcStat = o.dereference ? S.statSync(src) : S.lstatSync(src);
  const destStat = S.lstatSync(dest, { throwIfNoEntry: false });
  if (destStat !== undefined && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
      'src and dest cannot be the same', dest);
  }
  if (srcStat.isDirectory() && destStat !== undefined && !destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
      'EISDIR', 21, `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
  }
  if (!srcStat.isDirectory() && destStat?.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
      'ENOTDIR', 20, `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
  }
  if (top && srcStat.isDirectory() && isInside(P().resolve(src), P().resolve(dest))) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (srcStat.isDirectory()) {
    if (!o.recursive) {
      // Node's sync form reports errno 22 here, its async form 21.
    throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', o.sync ? 22 : 21,
        `${src} is a directory (not copied)`, src);
    }
    if (destStat === undefined) S.mkdirSync(dest);
    for (const name of S.readdirSync(src)) {
      yield* walk(P().join(src, name), P().join(dest, name), o, false);
    }
    if (destStat === undefined) S.chmodSync(dest, srcStat.mode & 0o7777);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat !== undefined) {
      if (!o.force) {
        if (o.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17,
            `${dest} already exists`, dest);
        }
        return;
      }
      S.unlinkSync(dest);
    }
    yield ['copyFile', src, dest, o.mode];
    if (o.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) S.chmodSync(dest, srcStat.mode | 0o200);
      S.utimesSync(dest, srcStat.atime, srcStat.mtime);
      if ((srcStat.mode & 0o200) === 0) S.chmodSync(dest, srcStat.mode & 0o7777);
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = S.readlinkSync(src);
    if (!o.verbatimSymlinks && !P().isAbsolute(target)) target = P().resolve(P().dirname(src), target);
    if (destStat !== undefined) S.unlinkSync(dest);
    S.symlinkSync(target, dest);
    return;
  }
  if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', 'EINVAL', 22,
      `cannot copy a FIFO pipe: ${dest}`, dest);
  }
  if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', 'EINVAL', 22,
      `cannot copy a socket file: ${dest}`, dest);
  }
  throw cpError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', 'EINVAL', 22,
    `cannot copy an unknown file type: ${dest}`, dest);
}

function cpSync(src, dest, options) {
  const o = cpOptions(options);
  o.sync = true;
  src = pathOf(src, 'src');
  dest = pathOf(dest, 'dest');
  const it = walk(src, dest, o, true);
  let step = it.next();
  while (!step.done) {
    const [what, a, b, mode] = step.value;
    let answer;
    if (what === 'filter') answer = Boolean(o.filter(a, b));
    else S.copyFileSync(a, b, mode);
    step = it.next(answer);
  }
}

// The asynchronous form: filters may return promises; file bodies copy on the pool.
async function cpAsync(src, dest, options) {
  const o = cpOptions(options);
  src = pathOf(src, 'src');
  dest = pathOf(dest, 'dest');
  const A = require('node/internal/fs/async');
  const it = walk(src, dest, o, true);
  let step = it.next();
  while (!step.done) {
    const [what, a, b, mode] = step.value;
    let answer;
    if (what === 'filter') {
      answer = Boolean(await o.filter(a, b));
    } else {
      await new Promise((resolve, reject) => A.copyFile((err) => (err ? reject(err) : resolve()), a, b, mode));
    }
    step = it.next(answer);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  // Argument errors are thrown now, as Node does; the rest reach the callback.
  cpOptions(options);
  pathOf(src, 'src');
  pathOf(dest, 'dest');
  cpAsync(src, dest, options).then(() => callback(null), (err) => callback(err));
}

module.exports = { cp, cpSync, cpAsync };
