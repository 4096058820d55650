'use strict';
// readline/promises internals: question() as a promise, and Readline, a buffer of cursor
// and erase commands written to a stream on commit().

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('node/internal/errors');
const { validateAbortSignal, validateBoolean, validateInteger } = require('node/internal/validators');

function aborted(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// question() as a promise; an abort signal cancels the question and rejects.
function askPromise(iface, query, options) {
  const opts = options !== null && typeof options === 'object' ? options : {};
  const sig = opts.signal;
  if (sig !== undefined) validateAbortSignal(sig, 'options.signal');
  if (sig !== undefined && sig.aborted) return Promise.reject(aborted(sig));
  const { promise, resolve, reject } = deferred();
  let stop = null;
  if (sig !== undefined) {
    const cancel = () => {
      iface._cancelQuestion();
      reject(aborted(sig));
    };
    sig.addEventListener('abort', cancel, { once: true });
    stop = () => sig.removeEventListener('abort', cancel);
  }
  iface._question(query, (answer) => {
    if (stop !== null) stop();
    resolve(answer);
  });
  return promise;
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const CSI = '\x1b[';

class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, opts = undefined) {
    if (typeof stream?.write !== 'function') throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    const auto = opts?.autoCommit;
    if (auto !== undefined) validateBoolean(auto, 'options.autoCommit');
    this.#autoCommit = auto === true;
  }

  #add(seq) {
    if (this.#autoCommit) require('process').nextTick(() => this.#stream.write(seq));
    else this.#todo.push(seq);
    return this;
  }

  cursorTo(x, y) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this.#add(y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      for (const [v, name] of [[dx, 'dx'], [dy, 'dy']]) validateInteger(v, name);
      let seq = '';
      if (dx < 0) seq += `${CSI}${-dx}D`;
      else if (dx > 0) seq += `${CSI}${dx}C`;
      if (dy < 0) seq += `${CSI}${-dy}A`;
      else if (dy > 0) seq += `${CSI}${dy}B`;
      this.#add(seq);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, +1);
    return this.#add(`${CSI}${dir < 0 ? 1 : dir > 0 ? 0 : 2}K`);
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(data, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { askPromise, Readline };
