'use strict';
// KeyObject for secret (symmetric) keys: createSecretKey, export as a buffer or a JWK, equals.
// Public and private keys need OpenSSL key handling that unode does not have yet.

const Buffer = require('buffer').Buffer;
const errors = require('node/internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errors.codes;

// The symbols' descriptions show in util.inspect, as Node's do.
const kKeyType = Symbol('kKeyType'), kHandle = Symbol('kHandle');
const kMake = Symbol('make');

class KeyObject {
  constructor(kind, made) {
    if (!['secret', 'public', 'private'].includes(kind)) throw new ERR_INVALID_ARG_VALUE('type', kind);
    if (made === null || typeof made !== 'object' || made[kMake] !== true) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', made);
    }
    this[kKeyType] = kind;
    Object.defineProperty(this, kHandle, { value: made.bytes, writable: false, enumerable: false, configurable: false });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kHandle];
    const b = otherKeyObject[kHandle];
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }

  static from(cryptoKey) {
    // There is no CryptoKey in unode yet, so nothing qualifies.
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', cryptoKey);
  }
}

const SecretKeyObject = class SecretKeyObject extends KeyObject {
  constructor(made) {
    super('secret', made);
  }

  get symmetricKeySize() {
    return this[kHandle].length;
  }

  export(options = undefined) {
    const opts = options;
    if (opts !== undefined) {
      if (opts === null || typeof opts !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', opts);
      const { format } = opts;
      if (format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kHandle]).toString('base64url') };
      if (format !== undefined && format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kHandle]);
  }
};
for (const C of [KeyObject, SecretKeyObject]) {
  for (const name of Object.getOwnPropertyNames(C.prototype)) {
    if (name === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

function createSecretKey(material, enc) {
  let bytes;
  if (typeof material === 'string') {
    bytes = Buffer.from(material, enc === undefined || enc === 'buffer' ? 'utf8' : enc);
  } else if (ArrayBuffer.isView(material)) {
    bytes = new Uint8Array(material.buffer, material.byteOffset, material.byteLength);
  } else if (material instanceof ArrayBuffer || binding.classOf(material) === 'SharedArrayBuffer') {
    bytes = new Uint8Array(material);
  } else {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], material);
  }
  return new SecretKeyObject({ [kMake]: true, bytes: Uint8Array.from(bytes) });
}

// The key bytes of a secret KeyObject, or undefined for anything else.
function secretBytes(key) {
  return key instanceof SecretKeyObject ? key[kHandle] : undefined;
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, secretBytes };
