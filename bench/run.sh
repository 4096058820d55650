#!/usr/bin/env bash
# Runs every benchmark: unode against node and the bare qjs built from the same QuickJS.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 bench/startup.py "${RUNS:-40}"
