// MessagePort as an emitter-flavoured EventTarget: on/once/off/emit, hasRef/ref/unref,
// close ordering, MessageEvent construction and brand checks.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

function show(fn) {
  try {
    console.log('ok', fn());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const { port1, port2 } = new MessageChannel();
console.log(port1.hasRef(), port2.hasRef());
port1.unref();
console.log(port1.hasRef());
port1.ref();
console.log(port1.hasRef());
port1.unref();
console.log(port1.hasRef());

port1.on('foo', (...a) => console.log('on foo', a));
port1.addEventListener('foo', (e) => console.log('ael foo', e.constructor.name, e.detail, e.type));
console.log(port1.emit('foo', 1, 2), port1.emit('bar'));
port1.once('message', (m) => console.log('once', m));
port1.on('message', (m) => console.log('on', m));
console.log(port1.hasRef(), port1.listenerCount('message'));
const f = () => {};
console.log(port1.off('message', f) === port1, port1.removeAllListeners('foo') === port1, port1.listenerCount('foo'));
show(() => port1.start());
show(() => MessagePort.prototype.start.call({}));
show(() => MessagePort.prototype.postMessage.call({}, 1));

port2.postMessage({ x: 1 });
port2.postMessage([1, 2]);
port1.on('close', (...a) => console.log('close1', a.length, a[0].constructor.name, port1.hasRef(), port2.hasRef()));
port2.addEventListener('close', (e) => console.log('close2', e.type));

const mc = new MessageChannel();
mc.port1.onmessage = (e) => {
  console.log('onmessage', e.data, e.ports.length, e.ports[0] === moved.port1);
  mc.port1.close();
  // The last step waits for delivery instead of racing a timer against it (slow ASan builds).
  setTimeout(finish, 0);
};
const moved = new MessageChannel();
show(() => mc.port2.postMessage('x', [mc.port2]));
mc.port2.postMessage('with port', [moved.port1]);
moved.port2.close();

// MessageEvent
show(() => new MessageEvent('m', { source: 5 }));
show(() => new MessageEvent('m', { ports: [1] }));
const me = new MessageEvent('m', { data: { a: 1 }, origin: 'o', lastEventId: 'id' });
console.log(me.data, me.origin, me.lastEventId, me.source, me.ports, me instanceof Event);
for (const k of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  show(() => Reflect.get(MessageEvent.prototype, k, {}));
}

function finish() {
  port2.postMessage('bye');
  port2.close();
  console.log('after close call', port1.hasRef(), port2.hasRef(), receiveMessageOnPort(port1));
}
