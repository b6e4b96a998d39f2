#!/usr/bin/env python3
"""Page requests answered while `almanac serve` rebuilds the whole site.

usage: serve_requests.py ALMANAC SITE_DIR [REBUILDS]

Starts `ALMANAC serve --site SITE_DIR --port 0` and requests one entry page
over and over from one client (a new connection each time, as a browser tab
opening pages would), first for 3 s with nothing to do (the reference, same
run), then while a change to almanac.yml makes it rebuild every page, until
the rebuild's reload event; REBUILDS times (default 3). Prints how many
requests were answered and their latency (median, p99, max) in both phases.
almanac.yml is restored afterwards.
"""
import http.client
import os
import signal
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_latency import Events, start_server  # noqa: E402


def hammer(port, path, stop, out):
    while not stop.is_set():
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        response = conn.getresponse()
        response.read()
        conn.close()
        if response.status != 200:
            raise SystemExit(f"{path}: {response.status}")
        out.append((time.perf_counter() - start) * 1000)


def phase(port, path, until):
    """Latencies of requests made until `until()` returns."""
    stop, out = threading.Event(), []
    worker = threading.Thread(target=hammer, args=(port, path, stop, out))
    worker.start()
    until()
    stop.set()
    worker.join()
    return out


def summary(name, times, seconds):
    times = sorted(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"  {name:<9} {len(times):>5} requests in {seconds:5.1f} s · median {statistics.median(times):6.2f} ms · p99 {p99:6.2f} ms · max {times[-1]:7.2f} ms")
    return p99


def main():
    almanac, site = sys.argv[1], sys.argv[2]
    rebuilds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    server, port = start_server(almanac, site)
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
    config = os.path.join(site, "almanac.yml")
    original = open(config).read() if os.path.exists(config) else None
    events = Events(port)
    while True:
        event = events.next(60)
        if event is None or event[0] == "status":
            break
    folders = sorted(d for d in os.listdir(os.path.join(site, "content")) if os.path.isdir(os.path.join(site, "content", d)))
    first = sorted(f for f in os.listdir(os.path.join(site, "content", folders[0])) if f.endswith(".md"))[0]
    path = f"/{folders[0]}/{first[:-3]}/index.html"
    idle, busy, seconds_idle, seconds_busy = [], [], 0.0, 0.0
    try:
        for i in range(rebuilds):
            start = time.perf_counter()
            idle += phase(port, path, lambda: time.sleep(3))
            seconds_idle += time.perf_counter() - start

            def rebuild():
                with open(config, "w") as f:
                    f.write((original or "") + f"\n# rebuild {i} for the benchmark\n")
                while True:
                    event = events.next(300)
                    if event is None:
                        raise SystemExit("no reload for five minutes")
                    if event[0] == "failed":
                        raise SystemExit(f"rebuild failed: {event[1]}")
                    if event[0] == "reload":
                        return
            start = time.perf_counter()
            busy += phase(port, path, rebuild)
            seconds_busy += time.perf_counter() - start
    finally:
        if original is None:
            os.remove(config)
        else:
            with open(config, "w") as f:
                f.write(original)
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    count = sum(len([f for f in os.listdir(os.path.join(site, "content", d)) if f.endswith(".md")]) for d in folders)
    print(f"requests for {path}, {count} entries, {rebuilds} full rebuilds:")
    quiet = summary("idle", idle, seconds_idle)
    loaded = summary("rebuild", busy, seconds_busy)
    print(f"  p99 while rebuilding ÷ p99 idle: {loaded / quiet:.1f}")


if __name__ == "__main__":
    main()
