'use strict';
// DNS messages (RFC 1035): building a query and parsing an answer into records. Input from
// the network is untrusted: every read is bounds-checked, compression pointers must point
// backwards, names stay within 255 bytes, and any violation throws a WireError.

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  OPT: 41, ANY: 255, CAA: 257,
};
const TYPE_NAMES = {};
for (const k of Object.keys(TYPES)) TYPE_NAMES[TYPES[k]] = k;

class WireError extends Error {}

function fail(what) { throw new WireError(what); }

// Name -> label bytes, or throws WireError('EBADNAME'). A trailing dot is allowed.
function encodeName(name, out) {
  if (name.endsWith('.')) name = name.slice(0, -1);
  let total = 0;
  if (name !== '') {
    for (const label of name.split('.')) {
      const bytes = binding.utf8Encode(label);
      if (bytes.length === 0 || bytes.length > 63) fail('EBADNAME');
      out.push(bytes.length, ...bytes);
      total += bytes.length + 1;
    }
  }
  out.push(0);
  if (total + 1 > 255) fail('EBADNAME');
}

// A query message: Uint8Array. With edns, an OPT record advertises a 1232-byte UDP payload
// (off by default, as Node's c-ares sends plain queries; answers over 512 bytes come by TCP).
function buildQuery(id, name, type, edns = false) {
  const out = [id >> 8, id & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, edns ? 1 : 0];
  encodeName(name, out);
  out.push(type >> 8, type & 0xff, 0, 1);
  if (edns) out.push(0, 0, 41, 0x04, 0xd0, 0, 0, 0, 0, 0, 0);
  return Uint8Array.from(out);
}

class Reader {
  constructor(u8) {
    this.u8 = u8;
    this.pos = 0;
  }

  need(n) { if (this.pos + n > this.u8.length) fail('EBADRESP'); }
  u8at() { this.need(1); return this.u8[this.pos++]; }
  u16() { this.need(2); const v = (this.u8[this.pos] << 8) | this.u8[this.pos + 1]; this.pos += 2; return v; }
  u32() { this.need(4); const v = ((this.u8[this.pos] << 24) >>> 0) + (this.u8[this.pos + 1] << 16) + (this.u8[this.pos + 2] << 8) + this.u8[this.pos + 3]; this.pos += 4; return v; }
  bytes(n) { this.need(n); const b = this.u8.subarray(this.pos, this.pos + n); this.pos += n; return b; }

  // A possibly compressed name; pointers must go strictly backwards, so reading ends.
  name() {
    const u8 = this.u8;
    let pos = this.pos;
    let jumped = false;
    let limit = pos;
    const labels = [];
    let length = 0;
    for (;;) {
      if (pos >= u8.length) fail('EBADRESP');
      const len = u8[pos];
      if ((len & 0xc0) === 0xc0) {
        if (pos + 1 >= u8.length) fail('EBADRESP');
        const target = ((len & 0x3f) << 8) | u8[pos + 1];
        if (!jumped) this.pos = pos + 2;
        if (target >= limit) fail('EBADRESP');
        jumped = true;
        limit = target;
        pos = target;
        continue;
      }
      if ((len & 0xc0) !== 0) fail('EBADRESP');
      if (len === 0) {
        if (!jumped) this.pos = pos + 1;
        break;
      }
      if (pos + 1 + len > u8.length) fail('EBADRESP');
      length += len + 1;
      if (length > 255) fail('EBADRESP');
      labels.push(labelText(u8, pos + 1, pos + 1 + len));
      pos += 1 + len;
    }
    return labels.join('.');
  }
}

// Label bytes as c-ares shows them: printable ASCII as is, '.' and '\\' escaped, others \DDD.
function labelText(u8, start, end) {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = u8[i];
    if (c === 0x2e || c === 0x5c) s += `\\${String.fromCharCode(c)}`;
    else if (c > 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += `\\${String(c).padStart(3, '0')}`;
  }
  return s;
}

function format4(b) { return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`; }

function charString(r, end) {
  if (r.pos >= end) fail('EBADRESP');
  const len = r.u8at();
  if (r.pos + len > end) fail('EBADRESP');
  return r.bytes(len);
}

function latin1(b) { return binding.latin1Decode(b, 0, b.length); }
function utf8(b) { return binding.utf8Decode(b, 0, b.length); }

// One record's data as an object keyed by type.
function parseRdata(r, type, rdlen) {
  const end = r.pos + rdlen;
  r.need(rdlen);
  let data;
  switch (type) {
    case TYPES.A:
      if (rdlen !== 4) fail('EBADRESP');
      data = { address: format4(r.bytes(4)) };
      break;
    case TYPES.AAAA:
      if (rdlen !== 16) fail('EBADRESP');
      data = { address: require('node/internal/dgram/sockaddr').format6(r.bytes(16)) };
      break;
    case TYPES.CNAME: case TYPES.NS: case TYPES.PTR:
      data = { value: r.name() };
      break;
    case TYPES.MX:
      data = { priority: r.u16(), exchange: r.name() };
      break;
    case TYPES.TXT: {
      const entries = [];
      while (r.pos < end) entries.push(utf8(charString(r, end)));
      data = { entries };
      break;
    }
    case TYPES.SRV:
      data = { priority: r.u16(), weight: r.u16(), port: r.u16(), name: r.name() };
      break;
    case TYPES.SOA:
      data = {
        nsname: r.name(), hostmaster: r.name(), serial: r.u32(), refresh: r.u32(), retry: r.u32(),
        expire: r.u32(), minttl: r.u32(),
      };
      break;
    case TYPES.NAPTR:
      data = {
        order: r.u16(), preference: r.u16(), flags: latin1(charString(r, end)),
        service: latin1(charString(r, end)), regexp: latin1(charString(r, end)), replacement: r.name(),
      };
      break;
    case TYPES.CAA: {
      const flags = r.u8at();
      const tag = latin1(charString(r, end));
      if (r.pos > end) fail('EBADRESP');
      const value = latin1(r.bytes(end - r.pos));
      data = { critical: flags, tag, value };
      break;
    }
    default:
      r.bytes(rdlen);
      data = {};
  }
  if (r.pos !== end) fail('EBADRESP');
  return data;
}

// { id, flags, rcode, tc, question: {name, type}|null, answers: [{name, type, ttl, data}] }.
function parseResponse(u8) {
  const r = new Reader(u8);
  const id = r.u16();
  const flags = r.u16();
  const qd = r.u16();
  const an = r.u16();
  r.u16();
  r.u16();
  if ((flags & 0x8000) === 0) fail('EBADRESP');
  const out = { id, flags, rcode: flags & 0xf, tc: (flags & 0x0200) !== 0, question: null, answers: [] };
  if (out.tc) return out;
  for (let i = 0; i < qd; i++) {
    const name = r.name();
    const type = r.u16();
    r.u16();
    if (i === 0) out.question = { name, type };
  }
  for (let i = 0; i < an; i++) {
    const name = r.name();
    const type = r.u16();
    const cls = r.u16();
    const ttl = r.u32();
    const rdlen = r.u16();
    const data = parseRdata(r, type, rdlen);
    if (cls !== 1) continue;
    out.answers.push({ name, type, ttl: ttl > 0x7fffffff ? 0 : ttl, data });
  }
  return out;
}

module.exports = { TYPES, TYPE_NAMES, WireError, buildQuery, parseResponse, encodeName };
