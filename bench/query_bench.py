#!/usr/bin/env python3
"""The cost of queries: the generated wiki with one ```query block on each of
QUERIES entries, against the same wiki without them, built in turn in one run.

usage: query_bench.py ALMANAC [ENTRIES] [QUERIES]   (defaults 10000, 1000)

Prints the median wall and CPU seconds of RUNS builds (default 5) of each,
interleaved so that a noisy machine slows both alike, and their ratio.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from benchmark import timed  # noqa: E402

RUNS = int(os.environ.get("RUNS", "5"))


def main():
    almanac = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    q = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    work = tempfile.mkdtemp(prefix="almanac-query-bench-")
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else work
    sites = {}
    for name, count in (("plain", 0), ("queries", q)):
        sites[name] = os.path.join(work, name)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), sites[name], str(count)], check=True)
    times = {name: [] for name in sites}
    for _ in range(RUNS):
        for name, site in sites.items():
            out = os.path.join(shm, f"almanac-query-bench-out-{name}")
            shutil.rmtree(out, ignore_errors=True)
            times[name].append(timed([almanac, "build", "--site", site, "--output", out]))
            shutil.rmtree(out, ignore_errors=True)
    wall = {name: statistics.median(t[0] for t in runs) for name, runs in times.items()}
    cpu = {name: statistics.median(t[2] for t in runs) for name, runs in times.items()}
    print(f"{n} entries, {q} with a query, {RUNS} builds each: "
          f"without {wall['plain']:.2f} s ({cpu['plain']:.1f} CPU-s) · with {wall['queries']:.2f} s ({cpu['queries']:.1f} CPU-s) · "
          f"ratio {wall['queries'] / wall['plain']:.3f} wall, {cpu['queries'] / cpu['plain']:.3f} CPU")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
