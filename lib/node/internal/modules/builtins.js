'use strict';
// The builtin modules user code may require: every lib/node/<name>.js outside internal/.

// Node's builtins that exist only with the node: prefix.
const prefixOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);

let names;
function list() {
  if (names === undefined) {
    names = [];
    for (const id of require.ids()) {
      if (id.startsWith('node/') && !id.startsWith('node/internal/')) {
        const name = id.slice(5);
        if (!prefixOnly.has(name)) names.push(name);
      }
    }
    names.sort();
  }
  return names.slice();
}

let set;
function canBeRequiredByUsers(id) {
  if (set === undefined) set = new Set(list());
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return set.has(bare) || (prefixOnly.has(bare) && require.has(`node/${bare}`));
  }
  return set.has(id);
}

function load(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  return require(`node/${id}`);
}

module.exports = { list, canBeRequiredByUsers, load };
