#!/usr/bin/env python3
"""Time from saving one entry to the reload events that `almanac serve` sends.

usage: serve_latency.py ALMANAC SITE_DIR [RUNS]

Starts `ALMANAC serve --site SITE_DIR --port 0`, listens on its event stream
like an open browser tab, then edits one entry's body RUNS times and reports,
from the end of each write:
  - page: the reload event that names the edited page (what its open tab waits for);
  - all:  the `settled` event: the pages that link to it, the listings and
          the search index have caught up.
The entry is restored afterwards.
"""
import glob
import json
import os
import re
import select
import signal
import socket
import statistics
import subprocess
import sys
import time


class Events:
    """The server-sent events of one connection, parsed as they arrive."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.buffer = b""

    def next(self, timeout):
        """(name, data, arrival time) of the next event, or None after `timeout` seconds of silence."""
        while b"\n\n" not in self.buffer:
            ready, _, _ = select.select([self.sock], [], [], timeout)
            if not ready:
                return None
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("event stream closed")
            self.buffer += chunk
        arrived = time.perf_counter()
        block, self.buffer = self.buffer.split(b"\n\n", 1)
        fields = dict(line.split(": ", 1) for line in block.decode().splitlines() if ": " in line)
        return fields.get("event"), json.loads(fields.get("data", "{}")) if fields.get("data", "").startswith("{") else {}, arrived


def start_server(almanac, site):
    """`almanac serve` on a free loopback port: the process and its port."""
    server = subprocess.Popen([almanac, "serve", "--site", site, "--port", "0"], stderr=subprocess.PIPE, text=True)
    for line in server.stderr:
        m = re.search(r"Serving at http://127\.0\.0\.1:(\d+)/", line)
        if m:
            return server, int(m.group(1))
    sys.exit("serve did not start")


def main():
    almanac, site = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    server, port = start_server(almanac, site)
    target = sorted(glob.glob(os.path.join(site, "content", "*", "*.md")))[0]
    page = os.path.relpath(target, os.path.join(site, "content"))[:-3] + "/index.html"
    original = open(target).read()
    events = Events(port)
    while True:
        event = events.next(60)
        if event is None or event[0] == "status":
            break
    first, last = [], []
    try:
        for i in range(runs):
            with open(target, "w") as f:
                f.write(original + f"\nEdited for the benchmark, run {i}.\n")
            start = time.perf_counter()
            reloaded = False
            while True:
                event = events.next(120)
                if event is None:
                    raise SystemExit("no event for two minutes")
                name, data, arrived = event
                if name == "failed":
                    raise SystemExit(f"rebuild failed: {data}")
                if name == "reload" and not reloaded and (data.get("paths") is None or page in data["paths"]):
                    first.append((arrived - start) * 1000)
                    reloaded = True
                if name == "settled" and reloaded:
                    last.append((arrived - start) * 1000)
                    break
            time.sleep(0.2)
    finally:
        with open(target, "w") as f:
            f.write(original)
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    count = len(glob.glob(os.path.join(site, "content", "**", "*.md"), recursive=True))
    print(f"save → reload, {count} entries, {runs} edits of {os.path.relpath(target, site)}:")
    print(f"  page  median {statistics.median(first):.1f} ms, min {min(first):.1f} ms, max {max(first):.1f} ms")
    print(f"  all   median {statistics.median(last):.1f} ms, min {min(last):.1f} ms, max {max(last):.1f} ms")


if __name__ == "__main__":
    main()
