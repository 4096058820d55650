// Ordering of nextTick, microtasks, timers, immediates, as Node's loop runs them.
const log = [];
const p = (s) => log.push(s);
setTimeout(() => {
  p('timeout1');
  process.nextTick(() => p('tick-in-timeout1'));
  Promise.resolve().then(() => p('micro-in-timeout1'));
}, 0);
setTimeout(() => p('timeout2'), 0);
setImmediate(() => {
  p('immediate1');
  setImmediate(() => {
    p('immediate-nested');
    // Scheduled here, not at start-up, so that the order never depends on how long start-up took.
    setTimeout(() => {
      setTimeout(() => p('timeout-in-timeout'), 0);
      setImmediate(() => p('immediate-in-timeout'));
    }, 5);
  });
  process.nextTick(() => p('tick-in-immediate'));
});
setImmediate(() => p('immediate2'));
process.nextTick(() => {
  p('tick1');
  process.nextTick(() => p('tick-nested'));
  Promise.resolve().then(() => p('micro-from-tick'));
});
Promise.resolve().then(() => {
  p('micro1');
  process.nextTick(() => p('tick-from-micro'));
  Promise.resolve().then(() => p('micro-nested'));
});
queueMicrotask(() => p('queueMicrotask'));
(async () => { p('async-start'); await null; p('async-after-await'); })();
p('sync');
// Spin past the timers' 1 ms so they are due when the loop starts: otherwise whether the
// first timers or the first immediates run first depends on start-up time, in Node too.
const spinUntil = Date.now() + 5;
while (Date.now() < spinUntil);
process.on('beforeExit', () => {
  if (log.includes('beforeExit')) return;
  p('beforeExit');
  setTimeout(() => p('timeout-from-beforeExit'), 0);
});
process.on('exit', (code) => { p(`exit ${code}`); console.log(log.join('\n')); });
