'use strict';
// node:v8 — heap statistics mapped from the QuickJS allocator; the V8-specific features
// (flags, serialization, snapshots, coverage, promise hooks) throw ERR_NOT_IMPLEMENTED.

const errors = require('node/internal/errors');
const stub = require('node/internal/stub');

let peakMalloc = 0;
const kDefaultLimit = 2 ** 32;

function getHeapStatistics() {
  const mu = binding.memoryUsage();
  const total = mu.mallocSize;
  const used = mu.memoryUsedSize;
  const limit = mu.mallocLimit > 0 ? mu.mallocLimit : kDefaultLimit;
  if (total > peakMalloc) peakMalloc = total;
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, limit - total),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: total,
    peak_malloced_memory: peakMalloc,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: mu.arrayBufferSize,
  };
}

// A stable tag for this engine build (V8 hashes its version and flags the same way).
function cachedDataVersionTag() {
  const id = 'quickjs 2025-04-26';
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const fn = (name) => stub.fn(`v8.${name}`, name);

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: fn('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics: fn('getHeapSpaceStatistics'),
  getHeapCodeStatistics: fn('getHeapCodeStatistics'),
  setFlagsFromString: fn('setFlagsFromString'),
  Serializer: stub.cls('v8.Serializer', 'Serializer'),
  Deserializer: stub.cls('v8.Deserializer', 'Deserializer'),
  DefaultSerializer: stub.cls('v8.DefaultSerializer', 'DefaultSerializer'),
  DefaultDeserializer: stub.cls('v8.DefaultDeserializer', 'DefaultDeserializer'),
  deserialize: fn('deserialize'),
  takeCoverage: fn('takeCoverage'),
  stopCoverage: fn('stopCoverage'),
  serialize: fn('serialize'),
  writeHeapSnapshot: fn('writeHeapSnapshot'),
  promiseHooks: stub.fns({}, 'v8.promiseHooks', ['createHook', 'onInit', 'onBefore', 'onAfter', 'onSettled']),
  queryObjects: fn('queryObjects'),
  startupSnapshot: {
    addDeserializeCallback: stub.fn('v8.startupSnapshot.addDeserializeCallback'),
    addSerializeCallback: stub.fn('v8.startupSnapshot.addSerializeCallback'),
    setDeserializeMainFunction: stub.fn('v8.startupSnapshot.setDeserializeMainFunction'),
    isBuildingSnapshot() { return 0; }, // Node 20 returns the flag as a number
  },
  setHeapSnapshotNearHeapLimit: fn('setHeapSnapshotNearHeapLimit'),
  GCProfiler: stub.cls('v8.GCProfiler', 'GCProfiler'),
};
