// Every Node 20 builtin loads; prints each module's type and, for the modules that are still
// partly stubs, their export names with the type of each plain (non-getter) property.
const names = ["_http_agent","_http_client","_http_common","_http_incoming","_http_outgoing","_http_server","_stream_duplex","_stream_passthrough","_stream_readable","_stream_transform","_stream_wrap","_stream_writable","_tls_common","_tls_wrap","assert","assert/strict","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","dns/promises","domain","events","fs","fs/promises","http","http2","https","inspector","inspector/promises","module","net","os","path","path/posix","path/win32","perf_hooks","process","punycode","querystring","readline","readline/promises","repl","stream","stream/consumers","stream/promises","stream/web","string_decoder","sys","timers","timers/promises","tls","trace_events","tty","url","util","util/types","v8","vm","wasi","worker_threads","zlib"];

const detailed = new Set(['child_process', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'dns/promises',
  'zlib', 'cluster', 'inspector', 'inspector/promises', 'repl', 'readline', 'readline/promises', 'trace_events',
  'wasi', 'domain', '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_tls_common', '_tls_wrap', '_stream_wrap', 'crypto', 'vm', 'v8', 'async_hooks',
  'worker_threads', 'diagnostics_channel', 'os', 'tty', 'stream/consumers']);

function describe(exp) {
  const out = [];
  for (const key of Object.keys(exp).sort()) {
    const d = Object.getOwnPropertyDescriptor(exp, key);
    out.push(d.get ? `${key}:get` : `${key}:${d.value === null ? 'null' : typeof d.value}`);
  }
  return out.join(' ');
}

const skip = new Set(['fs/promises', 'stream/web', 'module', 'fs']);
for (const name of names) {
  if (skip.has(name)) continue;
  const exp = require(name);
  console.log(`${name}: ${typeof exp}`);
  // (tls is listed by name only: Node itself leaves two of its exports undefined when
  // _tls_common is loaded first.)
  if (name === 'tls') console.log(`  ${Object.keys(exp).sort().join(' ')}`);
  else if (detailed.has(name)) console.log(`  ${describe(exp)}`);
  if (require(`node:${name}`) !== exp) console.log('  node: prefix gives another object');
}
const t = require('node:test');
console.log('node:test', typeof t, Object.keys(t).sort().join());
try { require('test'); } catch (e) { console.log(e.code); }
