#!/usr/bin/env python3
"""Start-up benchmark: runs each case under unode, node and the bare qjs in one run, and
prints median wall time and peak RSS with unode's ratios, as a Markdown table.
Usage: bench/startup.py [runs]. Children are started by build/bench-spawn (bench/spawn.c)."""
import os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = sys.argv[1] if len(sys.argv) > 1 else '40'
SPAWN = os.path.join(ROOT, 'build/bench-spawn')
UNODE = os.path.join(ROOT, 'build/unode')
QJS = os.path.join(ROOT, 'build/quickjs/qjs')
NODE = shutil.which('node')
CASES = [
    ('hello world', 'bench/cases/hello.js', True),
    ('require ten core modules', 'bench/cases/ten_modules.js', False),
]

def measure(binary, script):
    out = subprocess.check_output([SPAWN, RUNS, binary, os.path.join(ROOT, script)]).decode().split()
    return float(out[0]), int(out[1]) / 1024

print(f'runs per case: {RUNS}; median wall time, largest peak RSS')
print('| case | unode ms | node ms | qjs ms | unode/node time | unode/qjs time | unode MB | node MB | qjs MB |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for name, script, with_qjs in CASES:
    u = measure(UNODE, script)
    n = measure(NODE, script)
    q = measure(QJS, script) if with_qjs else None
    print(f'| {name} | {u[0]:.2f} | {n[0]:.2f} | {q[0]:.2f} | {u[0] / n[0]:.3f} | {u[0] / q[0]:.2f} | {u[1]:.1f} | {n[1]:.1f} | {q[1]:.1f} |'
          if q else
          f'| {name} | {u[0]:.2f} | {n[0]:.2f} | - | {u[0] / n[0]:.3f} | - | {u[1]:.1f} | {n[1]:.1f} | - |')
