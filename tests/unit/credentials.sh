#!/usr/bin/env bash
# process.setuid and friends compared with node. A unit test rather than a differential one:
# changing credentials makes the process non-dumpable, which LeakSanitizer cannot work in.
set -u
bin=$1
cd "$(dirname "$0")/fixtures"
expected=$(node credentials.js 2>&1)
actual=$(ASAN_OPTIONS=detect_leaks=0 "$OLDPWD/$bin" credentials.js 2>&1)
[ "$expected" = "$actual" ] || { diff <(echo "$expected") <(echo "$actual"); exit 1; }
