'use strict';
// http.Agent as a plain record of its options, so that libraries can construct and subclass
// agents at load time; every operation that needs sockets throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { notImplemented } = require('node/internal/errors');

class Agent extends EventEmitter {
  static defaultMaxSockets = Infinity;

  constructor(options = undefined) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
  }

  createConnection() { throw notImplemented('http.Agent.createConnection'); }
  getName() { throw notImplemented('http.Agent.getName'); }
  addRequest() { throw notImplemented('http.Agent.addRequest'); }
  createSocket() { throw notImplemented('http.Agent.createSocket'); }
  removeSocket() { throw notImplemented('http.Agent.removeSocket'); }
  keepSocketAlive() { throw notImplemented('http.Agent.keepSocketAlive'); }
  reuseSocket() { throw notImplemented('http.Agent.reuseSocket'); }
  // No socket is ever opened, so there is nothing to destroy.
  destroy() {}
}

class HttpsAgent extends Agent {
  constructor(options = undefined) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    this._sessionCache = { map: {}, list: [] };
  }
}
Object.defineProperty(HttpsAgent, 'name', { value: 'Agent' });

let globalAgent;
let httpsGlobalAgent;
function getGlobalAgent() {
  return globalAgent ??= new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
}
function getHttpsGlobalAgent() {
  return httpsGlobalAgent ??= new HttpsAgent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
}
function setGlobalAgent(v) { globalAgent = v; }

module.exports = { Agent, HttpsAgent, getGlobalAgent, getHttpsGlobalAgent, setGlobalAgent };
