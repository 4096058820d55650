// flags: --allow-syscall
// binding.utf8Valid and binding.utf8Tail against a plain reference decoder: every 1- and
// 2-byte input, every 3-byte input with a lead from 0xE0-0xF4, sampled 4-byte inputs, and
// bad arguments.
const assert = require('assert');
const { binding } = unodeInternals;

// Reference: the length of the valid sequence at i, 0 if invalid, -1 if cut short by end.
function seq(u8, i, end) {
  const b = u8[i];
  if (b < 0x80) return 1;
  let need, lo = 0x80, hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
  else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return -1;
    const c = u8[i + k];
    if (c < lo || c > hi) return 0;
    lo = 0x80; hi = 0xbf;
  }
  return need + 1;
}
function valid(u8) {
  for (let i = 0; i < u8.length;) { const k = seq(u8, i, u8.length); if (k <= 0) return false; i += k; }
  return true;
}
function tail(u8) {
  for (let back = 1; back <= 3 && back <= u8.length; back++) {
    const b = u8[u8.length - back];
    if (b < 0x80) return 0;
    if (b < 0xc0) continue;
    return seq(u8, u8.length - back, u8.length) === -1 ? back : 0;
  }
  return 0;
}
function check(bytes) {
  const u8 = Uint8Array.from(bytes);
  assert.strictEqual(binding.utf8Valid(u8), valid(u8), `valid ${bytes}`);
  assert.strictEqual(binding.utf8Tail(u8), tail(u8), `tail ${bytes}`);
}
for (let a = 0; a < 256; a++) {
  check([a]);
  for (let b = 0; b < 256; b++) check([a, b]);
}
for (let a = 0xe0; a <= 0xf4; a++) for (let b = 0x70; b < 0xd0; b++) for (const c of [0x41, 0x80, 0x9f, 0xa0, 0xbf, 0xc0]) check([a, b, c]);
for (const a of [0xf0, 0xf1, 0xf4, 0xf5]) for (const b of [0x80, 0x8f, 0x90, 0xbf]) for (const c of [0x80, 0xbf, 0x41]) for (const d of [0x80, 0xbf, 0x41]) check([a, b, c, d]);
// ranges: start/end select a window, and are clamped
const u8 = Uint8Array.from([0x41, 0xe2, 0x82, 0xac, 0xe2, 0x82]);
assert.strictEqual(binding.utf8Valid(u8, 0, 4), true);
assert.strictEqual(binding.utf8Valid(u8, 0, 6), false);
assert.strictEqual(binding.utf8Tail(u8, 0, 6), 2);
assert.strictEqual(binding.utf8Tail(u8, 0, 4), 0);
assert.strictEqual(binding.utf8Tail(u8, 2, 3), 0);
assert.strictEqual(binding.utf8Valid(u8, 2, 100), false);
assert.strictEqual(binding.utf8Valid(new Uint8Array(0)), true);
assert.strictEqual(binding.utf8Tail(new Uint8Array(0)), 0);
for (const bad of [undefined, null, 'str', {}, 5]) {
  assert.throws(() => binding.utf8Valid(bad), TypeError);
  assert.throws(() => binding.utf8Tail(bad), TypeError);
}
