#!/usr/bin/env bash
# os, dgram and dns workloads (bench/osdns.js) under node and unode in one run; prints each
# figure in ms and the ratio node/unode (>= 1.0 means unode is as fast).
cd "$(dirname "$0")/.."
unode=${UNODE:-build/unode}
n=$(mktemp); u=$(mktemp)
node bench/osdns.js > "$n"
"$unode" bench/osdns.js > "$u"
printf '%-24s %10s %10s %7s\n' workload node_ms unode_ms ratio
join <(sort "$n") <(sort "$u") | while read -r name a b; do
  awk -v n="$name" -v a="$a" -v b="$b" 'BEGIN { printf "%-24s %10.1f %10.1f %7.2f\n", n, a, b, a / b }'
done
rm -f "$n" "$u"
