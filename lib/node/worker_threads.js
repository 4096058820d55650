'use strict';
// node:worker_threads as seen from the one and only thread unode runs: message channels work
// in-process; spawning workers and cross-thread broadcast are not available.

const { notImplemented } = require('node/internal/errors');
const ports = require('node/internal/message_port');

// Values shared with workers spawned later (there never are any, but the API still stores them).
const environment = new Map();

function setEnvironmentData(name, data) {
  if (data === undefined) environment.delete(name);
  else environment.set(name, data);
}

function getEnvironmentData(name) {
  return environment.get(name);
}

class Worker {
  constructor(filename, options = {}) {
    throw notImplemented('worker_threads.Worker');
  }
}

class BroadcastChannel {
  constructor(name) {
    throw notImplemented('worker_threads.BroadcastChannel');
  }
}

// Length 0, like Node's.
function moveMessagePortToContext() {
  throw notImplemented('worker_threads.moveMessagePortToContext');
}

// Node's version is async: failures come back as a rejected promise.
async function postMessageToThread(id, message, transfer, ms) {
  throw notImplemented('worker_threads.postMessageToThread');
}

module.exports = {
  isMainThread: true,
  MessagePort: ports.MessagePort,
  MessageChannel: ports.MessageChannel,
  markAsUntransferable: ports.markAsUntransferable,
  moveMessagePortToContext: moveMessagePortToContext,
  receiveMessageOnPort: ports.receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
