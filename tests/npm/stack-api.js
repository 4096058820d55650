// Packages built on V8's stack API: callsites, and import-fresh (via parent-module).
const path = require('path');
const fs = require('fs');
const callsites = require('callsites');
function f() { return callsites()[0].getFileName() === __filename; }
console.log(f());
const importFresh = require('import-fresh');
const file = path.join(__dirname, `fresh-${process.pid}.js`);
fs.writeFileSync(file, 'module.exports = { loadedAt: Symbol("x") };');
const a = importFresh(file);
const b = importFresh(file);
console.log(a !== b, typeof a.loadedAt);
fs.unlinkSync(file);
