// DOMException: names, messages, legacy codes, constants, prototype chain, brand checks.
const d = new DOMException('x', 'AbortError');
console.log(d.name, d.message, d.code, d instanceof Error, d instanceof DOMException);
console.log(Object.prototype.toString.call(d), String(d), Error.prototype.toString.call(d));
console.log(typeof d.stack, d.stack.split('\n')[0]);
console.log(Object.keys(d), JSON.stringify(d), Object.getOwnPropertyNames(d));
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
  Object.getPrototypeOf(DOMException) === Function.prototype, DOMException.length, DOMException.name);

const plain = new DOMException();
console.log(JSON.stringify([plain.name, plain.message, plain.code]));
const m = new DOMException('only message');
console.log(m.name, m.message, m.code, String(m));
const n = new DOMException(null, null);
console.log(JSON.stringify([n.name, n.message, n.code]));
const u = new DOMException(undefined, undefined);
console.log(JSON.stringify([u.name, u.message]));
const o = new DOMException('with options', { name: 'TimeoutError', cause: 'the cause' });
console.log(o.name, o.code, o.cause, Object.getOwnPropertyNames(o).includes('cause'),
  Object.getOwnPropertyDescriptor(o, 'cause').enumerable);
const o2 = new DOMException('no name', {});
console.log(o2.name, 'cause' in o2);
const o3 = new DOMException(42, 'SyntaxError');
console.log(o3.message, o3.code);

const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
  'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'TransactionInactiveError',
  'ReadOnlyError', 'VersionError', 'OperationError', 'NotAllowedError', 'abortError'];
console.log(names.map((name) => new DOMException('', name).code).join(','));

const constants = Object.keys(DOMException);
console.log(constants.length, constants.join(','));
console.log(constants.every((k) => DOMException.prototype[k] === DOMException[k]));
const desc = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
console.log(desc.value, desc.writable, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4));
for (const k of ['name', 'message', 'code']) {
  const pd = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  console.log(k, typeof pd.get, pd.set, pd.enumerable, pd.configurable);
}
const tag = Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);

for (const k of ['name', 'message', 'code']) {
  try {
    console.log(DOMException.prototype[k]);
  } catch (err) {
    console.log(k, err.name, err.code, err.message);
  }
}
try {
  DOMException('x');
} catch (err) {
  console.log(err.name);
}
try {
  new DOMException(Symbol('s'));
} catch (err) {
  console.log(err.name);
}

class Sub extends DOMException {
  constructor(msg) { super(msg, 'NotFoundError'); }
}
const s = new Sub('sub');
console.log(s.name, s.message, s.code, s instanceof DOMException, s instanceof Error, s.constructor.name);

// thrown and caught like any error
try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  console.log(err.name, err.message, err.code);
}
// the default abort reason
const ac = new AbortController();
ac.abort();
console.log(ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code,
  ac.signal.reason.stack.split('\n')[0]);
