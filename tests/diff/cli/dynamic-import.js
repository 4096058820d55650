// import() from CommonJS: builtins, ES modules and CommonJS.
(async () => {
  const path = await import('node:path');
  console.log(typeof path.join, typeof path.default.join);
  const esm = await import('../modules/fixtures/esm-pkg/mod.js');
  console.log(esm.value, esm.default());
  const cjs = await import('../modules/fixtures/data.json', { with: { type: 'json' } }).catch((e) => ({ default: e.code }));
  console.log(typeof cjs.default);
})();
