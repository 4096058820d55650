'use strict';
// The WebIDL pair iterator that Headers and FormData hand out from keys(), values() and
// entries(): one prototype per interface, walking a fresh [name, value] list on each step.

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// Returns makeIterator(target, kind) for the interface `tag`; listOf(target) gives the pairs,
// illegal() the error for next() called on anything else.
function pairIterator(tag, listOf, illegal) {
  const kIter = Symbol('kIter');
  const proto = Object.create(IteratorPrototype);
  Object.defineProperties(proto, {
    next: {
      value: function next() {
        const st = this?.[kIter];
        if (st === undefined) throw illegal();
        const list = listOf(st.target);
        if (st.index >= list.length) return { value: undefined, done: true };
        const [key, value] = list[st.index++];
        if (st.kind === 'key') return { value: key, done: false };
        if (st.kind === 'value') return { value, done: false };
        return { value: [key, value], done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: `${tag} Iterator`, configurable: true },
  });
  return function makeIterator(target, kind) {
    const it = Object.create(proto);
    Object.defineProperty(it, kIter, { value: { target, kind, index: 0 } });
    return it;
  };
}

module.exports = { pairIterator };
