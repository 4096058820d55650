// events.once() and events.on() (async iterator), with signals, errors and EventTargets.
const EventEmitter = require('events');
const { once, on, addAbortListener, getEventListeners } = EventEmitter;
const process = require('process');

async function main() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 2));
  console.log('once args', await once(ee, 'ready'));
  console.log('listeners left', ee.listenerCount('ready'), ee.listenerCount('error'));

  process.nextTick(() => ee.emit('error', new Error('bad')));
  try {
    await once(ee, 'ready');
  } catch (err) {
    console.log('once rejected', err.message, ee.listenerCount('ready'), ee.listenerCount('error'));
  }

  // waiting for 'error' itself resolves with it
  process.nextTick(() => ee.emit('error', 'e1'));
  console.log('once error', await once(ee, 'error'));

  // signals
  const ac = new AbortController();
  const pending = once(ee, 'never', { signal: ac.signal });
  console.log('abort listeners', getEventListeners(ac.signal, 'abort').length);
  ac.abort();
  try {
    await pending;
  } catch (err) {
    console.log('aborted', err.name, err.code, err.message, err.cause.name, ee.listenerCount('never'));
  }
  try {
    await once(ee, 'x', { signal: AbortSignal.abort('pre') });
  } catch (err) {
    console.log('pre-aborted', err.name, err.cause);
  }
  for (const bad of [{ signal: 'no' }, { signal: null }, { signal: {} }]) {
    try {
      await once(ee, 'x', bad);
    } catch (err) {
      console.log('bad options', err.code, err.message);
    }
  }
  try {
    await once({}, 'x');
  } catch (err) {
    console.log('bad emitter', err.code, err.message);
  }

  // EventTarget
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('event target once', ev.type, ev instanceof Event);

  // events.on
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('data', 'a');
    src.emit('data', 'b', 'c');
    src.emit('data');
  });
  let n = 0;
  for await (const value of on(src, 'data')) {
    console.log('on value', value);
    if (++n === 3) break;
  }
  console.log('after break', src.listenerCount('data'), src.listenerCount('error'));

  // error ends iteration with a rejection
  const src2 = new EventEmitter();
  process.nextTick(() => {
    src2.emit('data', 1);
    src2.emit('error', new Error('stream broke'));
  });
  try {
    for await (const value of on(src2, 'data')) console.log('on2 value', value);
  } catch (err) {
    console.log('on2 error', err.message, src2.listenerCount('data'));
  }

  // close events end the iteration
  const src3 = new EventEmitter();
  process.nextTick(() => {
    src3.emit('data', 'x');
    src3.emit('end');
    src3.emit('data', 'y');
  });
  for await (const value of on(src3, 'data', { close: ['end'] })) console.log('on3 value', value);
  console.log('on3 done', src3.listenerCount('data'), src3.listenerCount('end'));

  // abort
  const ac2 = new AbortController();
  const src4 = new EventEmitter();
  process.nextTick(() => {
    src4.emit('data', 1);
    ac2.abort('stop');
  });
  try {
    for await (const value of on(src4, 'data', { signal: ac2.signal })) console.log('on4 value', value);
  } catch (err) {
    console.log('on4 error', err.name, err.cause, src4.listenerCount('data'));
  }
  try {
    on(src4, 'data', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('on pre-aborted', err.name, err.code);
  }

  // manual iterator protocol
  const src5 = new EventEmitter();
  const it = on(src5, 'v');
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  src5.emit('v', 1);
  src5.emit('v', 2);
  console.log(await it.next(), await it.next());
  const waiting = it.next();
  src5.emit('v', 3);
  console.log(await waiting);
  console.log(await it.return(), await it.next());
  try {
    it.throw('not an error');
  } catch (err) {
    console.log('throw', err.code, err.message);
  }
  const it2 = on(src5, 'v');
  const w2 = it2.next();
  it2.throw(new Error('thrown in'));
  try {
    await w2;
  } catch (err) {
    console.log('it2', err.message);
  }
  console.log(await it2.next());

  // highWaterMark pauses, lowWaterMark resumes
  const src6 = new EventEmitter();
  src6.pause = () => console.log('paused');
  src6.resume = () => console.log('resumed');
  const it6 = on(src6, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  src6.emit('d', 1);
  src6.emit('d', 2);
  src6.emit('d', 3);
  console.log(await it6.next());
  console.log(await it6.next());
  console.log(await it6.next());
  await it6.return();

  // on() over an EventTarget
  const et2 = new EventTarget();
  const it7 = on(et2, 'foo');
  et2.dispatchEvent(new Event('foo'));
  const r7 = await it7.next();
  console.log('et on', r7.done, r7.value[0].type);
  await it7.return();

  // addAbortListener
  const ac3 = new AbortController();
  const disp = addAbortListener(ac3.signal, () => console.log('abort listener ran', ac3.signal.reason));
  console.log(Object.getPrototypeOf(disp), typeof disp[Symbol.dispose || Symbol.for('nodejs.dispose')]);
  ac3.abort('why');
  const ac4 = new AbortController();
  const d4 = addAbortListener(ac4.signal, () => console.log('should not run'));
  d4[Symbol.dispose || Symbol.for('nodejs.dispose')]();
  ac4.abort();
  addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
  console.log('after already-aborted');
  await null;
  await null;
  console.log('done');
}

main();
