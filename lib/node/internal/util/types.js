'use strict';
// util.types predicates. They ask the engine for an object's internal class
// (binding.classOf), so a forged Symbol.toStringTag cannot fool them.

function classOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return '';
  return binding.classOf(value);
}

function is(name) {
  return (value) => classOf(value) === name;
}

const typedArrayNames = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array',
]);

function isTypedArray(value) {
  return typedArrayNames.has(classOf(value)) && ArrayBuffer.isView(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  const c = classOf(value);
  return c === 'ArrayBuffer' || c === 'SharedArrayBuffer';
}

function isBoxedPrimitive(value) {
  const c = classOf(value);
  return typeof value === 'object' &&
    (c === 'Number' || c === 'String' || c === 'Boolean' || c === 'BigInt' || c === 'Symbol');
}

function isAsyncFunction(value) {
  const c = classOf(value);
  return typeof value === 'function' && (c === 'AsyncFunction' || c === 'AsyncGeneratorFunction');
}

function isGeneratorFunction(value) {
  const c = classOf(value);
  return typeof value === 'function' && (c === 'GeneratorFunction' || c === 'AsyncGeneratorFunction');
}

function isGeneratorObject(value) {
  const c = classOf(value);
  return c === 'Generator' || c === 'AsyncGenerator';
}

function isArgumentsObject(value) {
  return classOf(value) === 'Arguments';
}

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return binding.proxyDetails(value) !== undefined;
}

function isBoxed(name) {
  return (value) => typeof value === 'object' && classOf(value) === name;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

function isExternal() {
  return false;
}

module.exports = {
  isExternal,
  isDate: is('Date'),
  isArgumentsObject,
  isBigIntObject: isBoxed('BigInt'),
  isBooleanObject: isBoxed('Boolean'),
  isNumberObject: isBoxed('Number'),
  isStringObject: isBoxed('String'),
  isSymbolObject: isBoxed('Symbol'),
  isNativeError: is('Error'),
  isRegExp: is('RegExp'),
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise: is('Promise'),
  isMap: is('Map'),
  isSet: is('Set'),
  isMapIterator: is('Map Iterator'),
  isSetIterator: is('Set Iterator'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isArrayBuffer: is('ArrayBuffer'),
  isDataView: is('DataView'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isProxy,
  isModuleNamespaceObject: is('Module'),
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: is('Uint8Array'),
  isUint8ClampedArray: is('Uint8ClampedArray'),
  isUint16Array: is('Uint16Array'),
  isUint32Array: is('Uint32Array'),
  isInt8Array: is('Int8Array'),
  isInt16Array: is('Int16Array'),
  isInt32Array: is('Int32Array'),
  isFloat32Array: is('Float32Array'),
  isFloat64Array: is('Float64Array'),
  isBigInt64Array: is('BigInt64Array'),
  isBigUint64Array: is('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
