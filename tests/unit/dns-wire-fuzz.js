// flags: --allow-syscall
// The DNS wire parser on hostile input: random packets, mutations of valid answers,
// compression loops and truncations. It must only ever return a result or throw WireError.
'use strict';
const assert = require('assert');
const wire = unodeInternals.require('node/internal/dns/wire');

// A deterministic generator so failures reproduce.
let seed = 0x12345678;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}

function name(s) {
  const out = [];
  for (const l of s.split('.')) out.push(l.length, ...Buffer.from(l));
  out.push(0);
  return out;
}
function rr(nameBytes, type, rdata, ttl = 300) {
  return [...nameBytes, type >> 8, type & 255, 0, 1, ttl >>> 24, (ttl >> 16) & 255, (ttl >> 8) & 255, ttl & 255,
    rdata.length >> 8, rdata.length & 255, ...rdata];
}
const ptr = [0xc0, 12];
const q = name('example.org');
const answers = [
  rr(ptr, 1, [1, 2, 3, 4]),
  rr(ptr, 28, new Array(16).fill(0).map((_, i) => i)),
  rr(ptr, 5, name('alias.example.org')),
  rr(ptr, 15, [0, 10, ...ptr]),
  rr(ptr, 16, [5, ...Buffer.from('hello'), 3, ...Buffer.from('abc')]),
  rr(ptr, 33, [0, 1, 0, 2, 0x13, 0xc4, ...name('sip.example.org')]),
  rr(ptr, 6, [...name('ns1.example.org'), ...ptr, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5]),
  rr(ptr, 35, [0, 10, 0, 20, 1, 85, 7, ...Buffer.from('E2U+sip'), 0, ...ptr]),
  rr(ptr, 257, [0, 5, ...Buffer.from('issue'), ...Buffer.from('ca.example')]),
];
const valid = Uint8Array.from([0x12, 0x34, 0x81, 0x80, 0, 1, 0, answers.length, 0, 0, 0, 0,
  ...q, 0, 255, 0, 1, ...answers.flat()]);

const parsed = wire.parseResponse(valid);
assert.strictEqual(parsed.answers.length, answers.length);
assert.strictEqual(parsed.question.name, 'example.org');
assert.deepStrictEqual(parsed.answers[0].data, { address: '1.2.3.4' });
assert.deepStrictEqual(parsed.answers[3].data, { priority: 10, exchange: 'example.org' });
assert.deepStrictEqual(parsed.answers[4].data, { entries: ['hello', 'abc'] });
assert.strictEqual(parsed.answers[6].data.minttl, 5);

let ok = 0;
let rejected = 0;
function attempt(u8) {
  try {
    wire.parseResponse(u8);
    ok++;
  } catch (e) {
    assert.ok(e instanceof wire.WireError, `unexpected ${e && e.stack}`);
    rejected++;
  }
}

// Compression loops and forward pointers.
const loop = Uint8Array.from([0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1]);
assert.throws(() => wire.parseResponse(loop), wire.WireError);
const forward = Uint8Array.from([0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 14, 0, 0, 1, 0, 1]);
assert.throws(() => wire.parseResponse(forward), wire.WireError);
// Two pointers bouncing between each other.
const bounce = Uint8Array.from([0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 1, 97, 0xc0, 16, 0xc0, 12, 0, 1, 0, 1]);
attempt(bounce);
// Every truncation of the valid packet.
for (let n = 0; n < valid.length; n++) attempt(valid.subarray(0, n));
// Random mutations of the valid packet (more run in a loop with UNODE_FUZZ_ROUNDS).
const rounds = Number(process.env.UNODE_FUZZ_ROUNDS) || 1500;
for (let i = 0; i < rounds; i++) {
  const m = valid.slice();
  const edits = 1 + rnd(4);
  for (let k = 0; k < edits; k++) m[rnd(m.length)] = rnd(256);
  attempt(m);
}
// Pure noise with a plausible header.
for (let i = 0; i < 500; i++) {
  const m = new Uint8Array(12 + rnd(200));
  for (let k = 0; k < m.length; k++) m[k] = rnd(256);
  m[2] |= 0x80;
  attempt(m);
}
assert.ok(ok > 0 && rejected > 0);

// Names that cannot be encoded.
assert.throws(() => wire.buildQuery(1, 'a..b', 1), wire.WireError);
assert.throws(() => wire.buildQuery(1, `${'x'.repeat(64)}.org`, 1), wire.WireError);
assert.throws(() => wire.buildQuery(1, Array(130).fill('a').join('.'), 1), wire.WireError);
assert.strictEqual(wire.buildQuery(1, 'example.org.', 1).length, 12 + 13 + 4);
console.log('ok', ok, 'rejected', rejected);
