// util.inspect of stream objects, prototype shapes and enumerable members.
const util = require('util');
new ReadableStream({ type: 'bytes', start(c) { console.log(c); }, pull(c) { console.log(c.byobRequest); c.byobRequest.respond(1); c.close(); c.byobRequest?.respond(0); } }).getReader({ mode: 'byob' }).read(new Uint8Array(2)).then((r) => console.log(r));
new ReadableStream({ start(c) { console.log(c); } });
console.log(new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));

console.log(util.inspect(new ReadableStream(), { depth: 0 }), [new ReadableStream()]);
const it = new ReadableStream().values(); console.log(it, Object.prototype.toString.call(it));
console.log(Object.getOwnPropertyNames(WritableStream.prototype), Object.getOwnPropertyNames(ReadableStreamBYOBReader.prototype));
console.log(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').enumerable, Object.keys(ReadableStream.prototype));
for (const C of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream, Headers, Response, FormData]) {
  console.log(C.name, Object.keys(C.prototype).join(','), C.length, C.prototype[Symbol.toStringTag]);
}
