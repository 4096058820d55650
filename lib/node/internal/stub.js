'use strict';
// Placeholders for Node APIs unode does not have yet: functions and classes that exist with
// Node's names and throw ERR_NOT_IMPLEMENTED naming the API when called or constructed.

const { notImplemented } = require('node/internal/errors');

// A function named `name` that throws notImplemented(api).
function fn(api, name = api.slice(api.lastIndexOf('.') + 1)) {
  const f = { [name]() { throw notImplemented(api); } }[name];
  return f;
}

// A class named `name` whose constructor throws notImplemented(api).
function cls(api, name = api.slice(api.lastIndexOf('.') + 1), Base = undefined) {
  let C;
  if (Base === undefined) {
    C = class { constructor() { throw notImplemented(api); } };
  } else {
    C = class extends Base { constructor() { throw notImplemented(api); super(); } };
  }
  Object.defineProperty(C, 'name', { value: name });
  return C;
}

// Adds a throwing function for each name to target, as `${prefix}.${name}`.
function fns(target, prefix, names) {
  for (const name of names) target[name] = fn(`${prefix}.${name}`, name);
  return target;
}

function classes(target, prefix, names) {
  for (const name of names) target[name] = cls(`${prefix}.${name}`, name);
  return target;
}

module.exports = { fn, cls, fns, classes };
