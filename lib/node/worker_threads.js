'use strict';
// node:worker_threads — the main thread's view (no workers yet: Worker and BroadcastChannel
// throw ERR_NOT_IMPLEMENTED), with working in-process MessageChannel/MessagePort and the
// environment data map.

const errors = require('node/internal/errors');
const ports = require('node/internal/message_port');
const stub = require('node/internal/stub');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function moveMessagePortToContext() {
  throw errors.notImplemented('worker_threads.moveMessagePortToContext');
}

const EventEmitter = require('events');

module.exports = {
  isMainThread: true,
  MessagePort: ports.MessagePort,
  MessageChannel: ports.MessageChannel,
  markAsUntransferable: ports.markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort: ports.receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread: stub.fn('worker_threads.postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: stub.cls('worker_threads.Worker', 'Worker', EventEmitter),
  parentPort: null,
  workerData: null,
  BroadcastChannel: stub.cls('worker_threads.BroadcastChannel', 'BroadcastChannel', require('node/internal/event_target').EventTarget),
  setEnvironmentData,
  getEnvironmentData,
};
