#!/usr/bin/env python3
"""Time from saving one entry to the reload event that `almanac serve` sends.

usage: serve_latency.py ALMANAC SITE_DIR [RUNS]

Starts `ALMANAC serve --site SITE_DIR --port 0`, listens on its event stream
like an open browser tab, then edits one entry's body RUNS times and reports
the median, min and max time from the end of the write to the `reload` event.
The entry is restored afterwards.
"""
import glob
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time


def main():
    almanac, site = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    server = subprocess.Popen([almanac, "serve", "--site", site, "--port", "0"], stderr=subprocess.PIPE, text=True)
    port = None
    for line in server.stderr:
        m = re.search(r"Serving at http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("serve did not start")
    target = sorted(glob.glob(os.path.join(site, "content", "*", "*.md")))[0]
    original = open(target).read()
    events = socket.create_connection(("127.0.0.1", port))
    events.sendall(f"GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    buffer = b""

    def wait_for(marker):
        nonlocal buffer
        while marker not in buffer:
            chunk = events.recv(65536)
            if not chunk:
                raise SystemExit("event stream closed")
            buffer += chunk
        buffer = buffer[buffer.index(marker) + len(marker):]

    wait_for(b"event: status")
    samples = []
    try:
        for i in range(runs):
            time.sleep(0.3)
            with open(target, "w") as f:
                f.write(original + f"\nEdited for the benchmark, run {i}.\n")
            start = time.perf_counter()
            wait_for(b"event: reload")
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        with open(target, "w") as f:
            f.write(original)
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    count = len(glob.glob(os.path.join(site, "content", "**", "*.md"), recursive=True))
    print(f"save → reload, {count} entries, {runs} edits of {os.path.relpath(target, site)}: "
          f"median {statistics.median(samples):.1f} ms, min {min(samples):.1f} ms, max {max(samples):.1f} ms")


if __name__ == "__main__":
    main()
