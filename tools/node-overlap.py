#!/usr/bin/env python3
"""Measures how much of unode's library repeats Node.js's own lib/ line for line: the share of
substantive lines (25+ characters, not comments) that also appear in Node's lib/. Our rule is
to write our own code from Node's documentation and behaviour; this finds where that slipped.
Node's lib/ comes with tools/node-tests.sh (build/node-src/lib). Usage:
  tools/node-overlap.py [--min PERCENT] [files...]   (default: every lib/**/*.js)"""
import glob, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NODE_LIB = os.path.join(ROOT, 'build/node-src/lib')

def substantive(path):
    out = []
    with open(path, errors='replace') as f:
        for line in f:
            line = line.strip()
            if len(line) < 25 or line.startswith(('//', '*', '/*')):
                continue
            out.append(line)
    return out

def main():
    args = sys.argv[1:]
    minimum = 0.0
    if args[:1] == ['--min']:
        minimum = float(args[1])
        args = args[2:]
    if not os.path.isdir(NODE_LIB):
        sys.exit('node-overlap: run tools/node-tests.sh once to fetch Node.js sources')
    node = set()
    for p in glob.glob(os.path.join(NODE_LIB, '**/*.js'), recursive=True):
        node.update(substantive(p))
    files = args or sorted(glob.glob(os.path.join(ROOT, 'lib/**/*.js'), recursive=True))
    rows = []
    for p in files:
        lines = substantive(p)
        if len(lines) < 15:
            continue
        same = sum(1 for l in lines if l in node)
        rows.append((100.0 * same / len(lines), same, len(lines), os.path.relpath(p, ROOT)))
    for pct, same, n, p in sorted(rows, reverse=True):
        if pct >= minimum:
            print(f'{pct:5.1f}% {same:4d}/{n:4d} {p}')

main()
