'use strict';
// node:stream/consumers — drain a readable (any async or sync iterable of chunks) into one
// value: bytes (ArrayBuffer, Buffer, Blob), text, or parsed JSON.

// The decoder's native-side complaint in Node, which has a fixed message.
function notBytes() {
  const err = new TypeError(
    'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function isArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// Anything for-await accepts; otherwise fail with the message V8 gives for `stream`.
function checkIterable(source) {
  if (source != null) {
    const boxed = Object(source);
    if (typeof boxed[Symbol.asyncIterator] === 'function' || typeof boxed[Symbol.iterator] === 'function') return;
  }
  throw new TypeError('stream is not async iterable');
}

// One chunk as bytes, the way a Blob part is converted: views and buffers by content,
// strings as UTF-8, Blobs by their bytes, anything else by its string form.
async function chunkBytes(chunk) {
  if (typeof chunk === 'string') return binding.utf8Encode(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (isArrayBuffer(chunk)) return new Uint8Array(chunk);
  const { Blob } = require('buffer');
  if (chunk instanceof Blob) return new Uint8Array(await chunk.arrayBuffer());
  return binding.utf8Encode(String(chunk));
}

async function arrayBuffer(source) {
  checkIterable(source);
  const pieces = [];
  let total = 0;
  for await (const piece of source) {
    const bytes = await chunkBytes(piece);
    // Copy now: the producer may reuse its buffer after handing it over.
    pieces.push(bytes.slice());
    total += bytes.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const bytes of pieces) {
    out.set(bytes, at);
    at += bytes.byteLength;
  }
  return out.buffer;
}

async function buffer(source) {
  const bytes = await arrayBuffer(source);
  return require('buffer').Buffer.from(bytes);
}

async function blob(source) {
  checkIterable(source);
  const parts = [];
  for await (const piece of source) parts.push(piece);
  const { Blob } = require('buffer');
  return new Blob(parts);
}

async function text(source) {
  checkIterable(source);
  const { TextDecoder } = require('node/internal/encoding');
  const decoder = new TextDecoder();
  let result = '';
  for await (const piece of source) {
    if (typeof piece === 'string') result += piece;
    else if (ArrayBuffer.isView(piece) || isArrayBuffer(piece)) result += decoder.decode(piece, { stream: true });
    else throw notBytes();
  }
  return result + decoder.decode();
}

async function json(source) {
  return JSON.parse(await text(source));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
