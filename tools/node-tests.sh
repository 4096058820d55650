#!/usr/bin/env bash
# Runs Node.js's own test/parallel files under build/unode, file by file (a file passes when
# it exits 0), and prints per-module and total counts. Node's tests come from Debian's
# nodejs source package (trixie), fetched like QuickJS; they are never committed.
# Usage: [UNODE=binary] [FAILURES=file] tools/node-tests.sh [module-prefix ...]
#   (default: the modules of the core issue)
set -uo pipefail
cd "$(dirname "$0")/.."
out=build/node-src
version=20.19.2+dfsg-1+deb13u2
if [ ! -d "$out/test/parallel" ]; then
  work="$out/apt"; mkdir -p "$work/lists/partial" "$work/parts"
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || { echo "node-tests: no Debian mirror configured" >&2; exit 1; }
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/sources.list"
  opts=(-o "Dir::Etc::sourcelist=$PWD/$work/sources.list" -o "Dir::Etc::sourceparts=$PWD/$work/parts" -o "Dir::State::Lists=$PWD/$work/lists")
  apt-get "${opts[@]}" update >/dev/null
  (cd "$work" && apt-get "${opts[@]}" source --download-only "nodejs=$version" >/dev/null 2>&1)
  tar -xJf "$work"/nodejs_*.orig.tar.xz -C "$out" --strip-components=1 --wildcards '*/test/common/*' '*/test/parallel/*' '*/test/fixtures/*' 'node-v*/lib/*'
fi
modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(buffer util events event-target stream path url querystring string-decoder
  timers assert process console punycode abort structuredclone whatwg-url module require next-tick promise
  microtask queue-microtask error)
unode=$(realpath "${UNODE:-build/unode}")
failures=$(realpath -m "${FAILURES:-$out/node-tests-failures.txt}")   # the files that failed
cd "$out/test/parallel"
: > "$failures"
total_pass=0; total=0
for m in "${modules[@]}"; do
  p=0; n=0
  for f in test-"$m"*.js; do
    [ -e "$f" ] || continue
    grep -q '^// Flags:.*--expose.internals' "$f" && continue   # needs Node's internals
    flags=$(sed -n 's#^// Flags: ##p' "$f" | head -1)
    n=$((n+1))
    if timeout 30 "$unode" $flags "$f" >/dev/null 2>&1 </dev/null; then p=$((p+1)); else echo "$f" >> "$failures"; fi
  done
  [ $n -gt 0 ] && printf '%-16s %4d / %4d\n' "$m" "$p" "$n"
  total_pass=$((total_pass+p)); total=$((total+n))
done
echo "node test/parallel: $total_pass of $total files pass (files needing --expose-internals are not counted)"
echo "failing files: $failures"
