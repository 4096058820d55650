// The enumerable globals, their order, and the non-enumerable ones Node has.
console.log(Object.keys(globalThis).join());
for (const name of ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'DOMException', 'structuredClone', 'atob', 'btoa',
  'performance', 'queueMicrotask', 'setTimeout', 'crypto', 'MessageChannel', 'Blob', 'global']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d ? d.enumerable : 'missing');
}
console.log(global === globalThis, typeof require, typeof module, typeof exports, typeof __filename);
console.log(structuredClone(new Map([[1, { a: [1n] }]])), atob(btoa('hé'.normalize())), typeof performance.now());
console.log(crypto.getRandomValues(new Uint8Array(4)).length, crypto.randomUUID().length);
