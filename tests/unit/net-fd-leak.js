'use strict';
// Opens and closes 10,000 connections to a local server (50 at a time) and checks that the
// process has as many fds open afterwards as before (/proc/self/fd).
const net = require('net');
const fs = require('fs');
const assert = require('assert');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;
const TOTAL = 10000;
const PARALLEL = 50;

const server = net.createServer((c) => {
  c.on('data', () => {});
  c.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const before = fdCount();
  const { port } = server.address();
  let started = 0;
  let finished = 0;
  let errors = 0;
  function one() {
    started++;
    const c = net.connect(port, '127.0.0.1');
    c.on('error', () => { errors++; });
    c.resume();
    c.on('close', () => {
      finished++;
      if (started < TOTAL) one();
      else if (finished === TOTAL) done();
    });
  }
  function done() {
    server.close(() => {
      const after = fdCount();
      assert.strictEqual(errors, 0);
      assert.strictEqual(after, before - 1, `fds before ${before} (with the listener), after ${after}`);
      console.log('ok', TOTAL, 'connections, fds', before - 1, '->', after);
    });
  }
  for (let i = 0; i < PARALLEL; i++) one();
});
