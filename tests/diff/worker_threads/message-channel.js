// worker_threads on the main thread: MessageChannel delivery, events, close, receiveMessageOnPort.
const wt = require('worker_threads');
const { MessageChannel, MessagePort, receiveMessageOnPort } = wt;

console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits, String(wt.SHARE_ENV));
console.log(wt.getEnvironmentData('a'), wt.setEnvironmentData('a', 1), wt.getEnvironmentData('a'));
wt.setEnvironmentData('a', undefined);
console.log(wt.getEnvironmentData('a'));

const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof EventTarget, port1 instanceof MessagePort, typeof port1.on, typeof port1.emit);
console.log(Object.keys(new MessageChannel()), port1.onmessage, port1.onmessageerror, port1.hasRef());
process.nextTick(() => console.log('tick'));
port1.on('message', (m) => console.log('on', m));
port1.addEventListener('message', (e) => console.log('ev', e.constructor.name, e.data, e.ports, JSON.stringify(e.origin), e.lastEventId, e.source, e.type));
console.log('hasRef after on', port1.hasRef(), port2.hasRef());
const obj = { a: 1, nested: [1, 2, { b: new Map([[1, 2]]) }] };
port2.postMessage(obj);
obj.a = 2;
port2.postMessage('second');
console.log('posted');

const c2 = new MessageChannel();
c2.port2.postMessage(5);
c2.port2.postMessage(6);
console.log(receiveMessageOnPort(c2.port1), receiveMessageOnPort(c2.port1), receiveMessageOnPort(c2.port1));
c2.port1.close();

port1.on('close', () => console.log('close1'));
port2.on('close', () => console.log('close2'));
// Started after c4 has closed (below), so the order never depends on start-up time.
function sendLast() {
  setTimeout(() => {
    port2.postMessage('last');
    port2.close();
    port2.postMessage('after');
  }, 10);
}

try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
try { port2.postMessage(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { port2.postMessage(Symbol('s')); } catch (e) { console.log(e.name, e.code, e.message); }
try { receiveMessageOnPort({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { port2.postMessage(1, 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { port2.postMessage(); } catch (e) { console.log(e.name, e.code, e.message); }

const c3 = new MessageChannel();
const ab = new ArrayBuffer(8);
c3.port1.postMessage({ ab }, [ab]);
console.log('transferred', ab.byteLength);
const kept = new ArrayBuffer(4);
wt.markAsUntransferable(kept);
c3.port1.postMessage(kept, [kept]);
console.log('untransferable', kept.byteLength);
c3.port1.postMessage(1, { transfer: [] });
const r1 = receiveMessageOnPort(c3.port2);
console.log(r1.message.ab.byteLength, receiveMessageOnPort(c3.port2).message.byteLength, receiveMessageOnPort(c3.port2));
c3.port1.close();

const c4 = new MessageChannel();
c4.port1.onmessage = (e) => {
  console.log('onmessage', e.data, e.target === c4.port1, typeof c4.port1.onmessage);
  c4.port1.close();
};
c4.port2.postMessage('hi');
c4.port2.on('close', () => { console.log('c4 close2'); sendLast(); });

console.log(wt.MessagePort.prototype.constructor === MessagePort, typeof wt.Worker, typeof wt.BroadcastChannel);
