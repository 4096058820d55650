'use strict';
// What unode does not implement in node:test throws ERR_NOT_IMPLEMENTED; checked without
// running any test so the output is the same under node (where they exist).
const test = require('node:test');
console.log(typeof test.run, typeof test.before, typeof test.after, typeof test.beforeEach);
console.log(typeof test.skip, typeof test.todo, typeof test.only, typeof test.describe.skip, typeof test.it.todo);
console.log(Object.keys(require('node:test')).includes('mock'));
try { require('test'); } catch (e) { console.log(e.code); }
