#!/usr/bin/env bash
# process.stdin from a pipe, a regular file and /dev/null: 'data', setEncoding, 'end',
# readline over stdin, and a paused stdin that lets the process exit.
# Usage: tests/unit/stdin-pipe.sh path/to/unode
set -u
unode=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
check() { # name expected actual
  if [ "$2" != "$3" ]; then echo "stdin-pipe: $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}
cat > "$dir/count.js" <<'JS'
let bytes = 0;
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { bytes += d.length; if (typeof d !== 'string') console.log('not a string'); });
process.stdin.on('end', () => console.log('end', bytes));
JS
check pipe 'end 12' "$(printf 'héllo\nworld\n' | "$unode" "$dir/count.js")"
seq 1 100000 > "$dir/nums"
check file 'end 588895' "$("$unode" "$dir/count.js" < "$dir/nums")"
check big-pipe 'end 588895' "$(cat "$dir/nums" | "$unode" "$dir/count.js")"
check devnull 'end 0' "$("$unode" "$dir/count.js" < /dev/null)"

cat > "$dir/lines.js" <<'JS'
const rl = require('readline').createInterface({ input: process.stdin });
let n = 0; let last;
rl.on('line', (l) => { n++; last = l; });
rl.on('close', () => console.log(n, last));
JS
check readline-pipe '100000 100000' "$(cat "$dir/nums" | "$unode" "$dir/lines.js")"
check readline-file '100000 100000' "$("$unode" "$dir/lines.js" < "$dir/nums")"

# A paused stdin does not keep the process alive (the writer stays open for 5 s).
start=$(date +%s)
out=$("$unode" -e "process.stdin.on('data', () => {}); process.stdin.pause(); console.log('paused')" < <(sleep 5))
end=$(date +%s)
check paused paused "$out"
[ $((end - start)) -lt 4 ] || { echo "stdin-pipe: paused stdin kept the process alive"; fails=$((fails + 1)); }

# Reading from stdin then pausing on the first line.
out=$("$unode" -e "process.stdin.once('data', (d) => { console.log('got', String(d).trim()); process.stdin.pause(); })" < <(echo hi; sleep 5))
check pause-after-data 'got hi' "$out"
[ "$fails" -eq 0 ] && echo "stdin-pipe: ok"
exit "$fails"
