'use strict';
// node:cluster — the primary's view (isPrimary true); forking workers needs child_process,
// which is not implemented yet.

const EventEmitter = require('events');
const stub = require('node/internal/stub');

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = stub.cls('cluster.Worker', 'Worker', EventEmitter);
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = 2;
cluster.setupPrimary = stub.fn('cluster.setupPrimary');
cluster.setupMaster = stub.fn('cluster.setupMaster');
cluster.fork = stub.fn('cluster.fork');
cluster.disconnect = stub.fn('cluster.disconnect');

module.exports = cluster;
