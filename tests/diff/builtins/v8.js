// v8: heap statistics shape and relations (no machine-dependent numbers).
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join());
console.log(Object.values(s).every((v) => typeof v === 'number' && v >= 0));
console.log(s.used_heap_size <= s.total_heap_size, s.total_heap_size <= s.heap_size_limit);
console.log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag(), Number.isInteger(v8.cachedDataVersionTag()));
console.log(v8.startupSnapshot.isBuildingSnapshot());
console.log(Object.keys(v8.promiseHooks).join(), Object.keys(v8.startupSnapshot).join());
