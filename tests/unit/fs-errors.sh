#!/usr/bin/env bash
# fs error paths that need a special process: EACCES (run as the unprivileged user nobody,
# through setpriv or runuser; skipped when neither works) and EMFILE (a low `ulimit -n`: the
# process must survive running out of descriptors, report EMFILE from the sync, callback and
# promise APIs, and work again once descriptors are freed). Output compared with node.
set -u
bin=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"

cat > "$dir/eacces.js" <<'JS'
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const clean = (v) => (typeof v === 'string' ? v.split(dir).join('DIR') : v);
const show = (label, e) => console.log(label, e ? [e.code, e.errno, e.syscall, clean(e.path), clean(e.message)].join(' | ') : 'ok');
const secret = path.join(dir, 'secret');
const ro = path.join(dir, 'ro');
try { fs.readFileSync(secret); show('readFileSync'); } catch (e) { show('readFileSync', e); }
try { fs.writeFileSync(path.join(ro, 'x'), 'x'); show('writeFileSync'); } catch (e) { show('writeFileSync', e); }
try { fs.accessSync(secret, fs.constants.R_OK); } catch (e) { show('accessSync', e); }
fs.readFile(secret, (e) => {
  show('readFile', e);
  fs.mkdir(path.join(ro, 'sub'), (e2) => {
    show('mkdir', e2);
    fs.promises.open(secret, 'r+').catch((e3) => {
      show('promises.open', e3);
      fs.rm(path.join(ro, 'keep'), (e4) => {
        show('rm', e4);
        fs.promises.readdir(path.join(dir, 'closed')).catch((e5) => show('promises.readdir', e5));
      });
    });
  });
});
JS
echo top > "$dir/secret"; chmod 600 "$dir/secret"
mkdir "$dir/ro" && echo k > "$dir/ro/keep" && chmod 555 "$dir/ro"
mkdir "$dir/closed" && chmod 700 "$dir/closed"
chmod 644 "$dir/eacces.js"

as_nobody=""
if [ "$(id -u)" = 0 ]; then
  if setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
  elif runuser -u nobody -- true 2>/dev/null; then
    as_nobody="runuser -u nobody --"
  fi
fi
fail=0
if [ -n "$as_nobody" ] && $as_nobody "$bin" -e 0 2>/dev/null; then
  want=$($as_nobody node "$dir/eacces.js" "$dir" 2>&1)
  got=$(ASAN_OPTIONS=detect_leaks=0 $as_nobody "$bin" "$dir/eacces.js" "$dir" 2>&1)
  if [ "$want" != "$got" ]; then
    echo "EACCES differs from node:"; diff <(echo "$want") <(echo "$got"); fail=1
  fi
else
  echo "fs-errors: EACCES part skipped (no way to run as nobody)"
fi

cat > "$dir/emfile.js" <<'JS'
const fs = require('fs');
const held = [];
let err;
try {
  for (;;) held.push(fs.openSync(__filename, 'r'));
} catch (e) {
  err = e;
}
console.log('sync', err.code, err.errno, err.syscall, held.length > 0);
fs.open(__filename, 'r', (e) => {
  console.log('callback', e && e.code, e && e.syscall);
  fs.promises.readFile(__filename).catch((e2) => {
    console.log('promise', e2.code, e2.syscall);
    for (const fd of held) fs.closeSync(fd);
    fs.readFile(__filename, 'utf8', (e3, text) => {
      console.log('after closing', e3, text.length > 0);
    });
  });
});
JS
want=$(bash -c 'ulimit -n 64; exec node "$0"' "$dir/emfile.js" 2>&1)
got=$(bash -c 'ulimit -n 64; exec "$1" "$0"' "$dir/emfile.js" "$bin" 2>&1)
if [ "$want" != "$got" ]; then
  echo "EMFILE differs from node:"; diff <(echo "$want") <(echo "$got"); fail=1
fi
exit $fail
