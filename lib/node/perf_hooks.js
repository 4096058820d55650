'use strict';
// node:perf_hooks: performance.now() on the monotonic clock, marks and measures.

const sys = require('sys/core');
const { notImplemented, codes: { ERR_INVALID_ARG_TYPE } } = require('node/internal/errors');

const originMs = sys.clockMs(sys.C.CLOCK_MONOTONIC);
const timeOrigin = sys.clockMs(sys.C.CLOCK_REALTIME);
const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail = null) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

function now() {
  return sys.clockMs(sys.C.CLOCK_MONOTONIC) - originMs;
}

function markTime(name) {
  if (name === undefined) return 0;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('node/internal/domexception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const performance = {
  now,
  timeOrigin,
  mark(name, options = {}) {
    if (typeof name !== 'string') name = String(name);
    const startTime = options.startTime !== undefined ? options.startTime : now();
    const m = new PerformanceMark(name, 'mark', startTime, 0, options.detail ?? null);
    entries.push(m);
    return m;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end) : now();
      detail = startOrOptions.detail ?? null;
    } else {
      start = markTime(startOrOptions);
      end = endMark !== undefined ? markTime(endMark) : now();
    }
    const m = new PerformanceMeasure(String(name), 'measure', start, end - start, detail);
    entries.push(m);
    return m;
  },
  clearMarks(name) { remove('mark', name); },
  clearMeasures(name) { remove('measure', name); },
  getEntries() { return entries.slice(); },
  getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); },
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); },
  timerify() { throw notImplemented('performance.timerify'); },
  eventLoopUtilization() { throw notImplemented('performance.eventLoopUtilization'); },
  toJSON() { return { timeOrigin, nodeTiming: undefined, eventLoopUtilization: undefined }; },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

function remove(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    throw notImplemented('PerformanceObserver');
  }
}

module.exports = {
  performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  monitorEventLoopDelay() { throw notImplemented('perf_hooks.monitorEventLoopDelay'); },
  createHistogram() { throw notImplemented('perf_hooks.createHistogram'); },
  constants: { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16 },
};
