'use strict';
// The old-style Stream base class (an EventEmitter) and its simple data/end pipe().

const EventEmitter = require('events');

function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// Adds fn in front of the other listeners, also on emitters without prependListener.
function addFirst(target, name, fn) {
  if (typeof target.prependListener === 'function') {
    target.prependListener(name, fn);
    return;
  }
  const table = target._events;
  const current = table && table[name];
  if (!current) target.on(name, fn);
  else if (Array.isArray(current)) current.unshift(fn);
  else table[name] = [fn, current];
}

Stream.prototype.pipe = function pipe(dest, options) {
  const src = this;
  let ended = false;
  const handlers = [];
  const listen = (target, name, fn) => { target.on(name, fn); handlers.push([target, name, fn]); };

  listen(src, 'data', (chunk) => {
    if (dest.writable && dest.write(chunk) === false && src.pause) src.pause();
  });
  listen(dest, 'drain', () => {
    if (src.readable && src.resume) src.resume();
  });
  if (!dest._isStdio && (!options || options.end !== false)) {
    listen(src, 'end', () => {
      if (ended) return;
      ended = true;
      dest.end();
    });
    listen(src, 'close', () => {
      if (ended) return;
      ended = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    });
  }
  function detach() {
    for (const [target, name, fn] of handlers) target.removeListener(name, fn);
    handlers.length = 0;
  }
  function failed(err) {
    detach();
    if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', err);
  }
  addFirst(src, 'error', failed);
  addFirst(dest, 'error', failed);
  handlers.push([src, 'error', failed], [dest, 'error', failed]);
  listen(src, 'end', detach);
  listen(src, 'close', detach);
  listen(dest, 'close', detach);
  dest.emit('pipe', src);
  return dest;
};

module.exports = { Stream, addFirst };
