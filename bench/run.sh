#!/usr/bin/env bash
# Runs every benchmark: unode against node (and, for start-up, the bare qjs built from the same
# QuickJS), each script in one run so that ratios compare like with like. Figures go to
# docs/performance.md. `bench/run.sh startup fs` runs only the named ones.
set -uo pipefail
cd "$(dirname "$0")/.."
all=(startup fs spawn readline net http osdns crypto-zlib webstreams)
chosen=("$@"); [ ${#chosen[@]} -eq 0 ] && chosen=("${all[@]}")
for b in "${chosen[@]}"; do
  echo "=== $b"
  case "$b" in
    startup) python3 bench/startup.py "${RUNS:-40}" ;;
    *) bash "bench/$b.sh" || echo "bench $b failed (exit $?)" ;;
  esac
done
