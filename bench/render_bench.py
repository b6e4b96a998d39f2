#!/usr/bin/env python3
"""The render micro-benchmark: one entry page's template render, its values
and its neighbourhood SVG, per entry (medians), with swift-mustache rendering
the same templates over the same values as the reference, in the same run.

usage: render_bench.py [BENCH_BINARY] [SITE_OR_SIZE] [ENTRIES] [ROUNDS]

BENCH_BINARY defaults to .build/release/almanac-render-bench (built with
`swift build -c release --product almanac-render-bench`). SITE_OR_SIZE is a
site folder, or a number of entries for a wiki made by generate.py (default
10000, in /dev/shm when it exists).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    args = sys.argv[1:]
    binary = args[0] if args else os.path.join(HERE, "..", ".build", "release", "almanac-render-bench")
    target = args[1] if len(args) > 1 else "10000"
    entries = args[2] if len(args) > 2 else "500"
    rounds = args[3] if len(args) > 3 else "5"
    if target.isdigit():
        base = "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp"
        site = os.path.join(base, f"almanac-render-bench-{target}")
        if not os.path.isdir(os.path.join(site, "content")):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), target, site], check=True, stdout=subprocess.DEVNULL)
    else:
        site = target
    sys.exit(subprocess.run([binary, site, entries, rounds]).returncode)


if __name__ == "__main__":
    main()
