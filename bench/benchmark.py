#!/usr/bin/env python3
"""Almanac against references, in one run, as ratios.

usage: benchmark.py ALMANAC [SIZES...]   (default sizes: 1000 10000)

For each size: generate a deterministic wiki (generate.py), then take the
median of RUNS wall times (LARGE_RUNS at 100,000 entries and more; default
RUNS) and the peak memory of
  - `almanac build` into a RAM-backed folder (/dev/shm), and the same on disk,
  - `almanac check`,
  - the `cmark-gfm` command rendering all bodies concatenated (the floor:
    Markdown alone, one stream, no graph, no templates),
  - `hugo` on the same bodies, when hugo is installed.
Prints the ratios the performance issue asks for and writes bench/out/chart.svg.
Beside each wall time it prints the CPU seconds (user + system, workers
included) of the same runs: on a shared machine wall time moves with the
neighbours' load, CPU time much less, and it is what a core count divides.
"""
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = int(os.environ.get("RUNS", "3"))
# Runs for wikis of 100,000 entries or more, which take minutes each.
LARGE_RUNS = int(os.environ.get("LARGE_RUNS", str(RUNS)))


def timed(cmd, cwd=None, env=None):
    """Wall seconds, peak RSS (MiB) and CPU seconds of one run; the last two
    via GNU time when present (its CPU counts the children waited for)."""
    gnu_time = shutil.which("time") and os.path.exists("/usr/bin/time")
    full = (["/usr/bin/time", "-f", "%M %U %S"] if gnu_time else []) + cmd
    start = time.perf_counter()
    done = subprocess.run(full, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    if not gnu_time:
        return wall, float("nan"), float("nan")
    rss, user, system = done.stderr.strip().splitlines()[-1].split()
    return wall, int(rss) / 1024, float(user) + float(system)


def median_of(cmd, runs_wanted=None, fresh=None, **kw):
    """Median wall seconds, largest peak RSS, median CPU seconds. `fresh` is
    a folder removed before each run, so that every run is a first build
    (a rebuild links the files that did not change instead of writing them)."""
    runs = []
    for _ in range(runs_wanted or RUNS):
        if fresh:
            shutil.rmtree(fresh, ignore_errors=True)
        runs.append(timed(cmd, **kw))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), statistics.median(r[2] for r in runs)


def bodies(site):
    out = os.path.join(site, "all-bodies.md")
    with open(out, "w") as f:
        for path in sorted(glob.glob(os.path.join(site, "content", "*", "*.md"))):
            text = open(path).read()
            f.write(text.split("\n---\n", 1)[-1] + "\n\n")
    return out


def hugo_site(site):
    """The same bodies as a Hugo site with a minimal layout (wiki links as plain links)."""
    root = os.path.join(site, "hugo")
    os.makedirs(os.path.join(root, "layouts", "_default"), exist_ok=True)
    open(os.path.join(root, "config.toml"), "w").write('baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    open(os.path.join(root, "layouts", "_default", "single.html"), "w").write("<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>")
    open(os.path.join(root, "layouts", "_default", "list.html"), "w").write("<html><body>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>")
    for path in glob.glob(os.path.join(site, "content", "*", "*.md")):
        rel = os.path.relpath(path, os.path.join(site, "content"))
        target = os.path.join(root, "content", rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        text = open(path).read()
        front, body = text[4:].split("\n---\n", 1)
        title = next((l[7:] for l in front.splitlines() if l.startswith("title: ")), "x")
        import re
        body = re.sub(r"\[\[([^\]|]+)\|?([^\]]*)\]\]", lambda m: f"[{m.group(2) or m.group(1)}](/x/)", body)
        open(target, "w").write(f"---\ntitle: \"{title}\"\n---\n{body}")
    return root


def main():
    almanac = os.path.abspath(sys.argv[1])
    sizes = [int(s) for s in sys.argv[2:]] or [1000, 10000]
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
    rows = []
    for n in sizes:
        work = tempfile.mkdtemp(prefix=f"almanac-bench-{n}-")
        site = os.path.join(work, "site")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), site], check=True)
        out_ram = os.path.join(shm, f"almanac-bench-out-{n}")
        out_disk = os.path.join(work, "public")
        k = LARGE_RUNS if n >= 100_000 else RUNS
        build, build_rss, build_cpu = median_of([almanac, "build", "--site", site, "--output", out_ram], k, fresh=out_ram)
        disk, _, _ = median_of([almanac, "build", "--site", site, "--output", out_disk], k, fresh=out_disk)
        check, _, _ = median_of([almanac, "check", "--site", site], k)
        all_bodies = bodies(site)
        cmark_out = os.path.join(shm, f"cmark-{n}.html")
        cmark, cmark_rss, cmark_cpu = median_of(["sh", "-c", f"cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist {all_bodies} > {cmark_out}"], k)
        row = {"n": n, "build": build, "build_rss": build_rss, "build_cpu": build_cpu, "disk": disk, "check": check,
               "cmark": cmark, "cmark_rss": cmark_rss, "cmark_cpu": cmark_cpu, "hugo": None}
        if shutil.which("hugo"):
            hugo_root = hugo_site(site)
            hugo_out = os.path.join(shm, f"hugo-out-{n}")
            row["hugo"], row["hugo_rss"], row["hugo_cpu"] = median_of(["hugo", "--quiet", "-s", hugo_root, "-d", hugo_out], k, fresh=hugo_out)
            shutil.rmtree(hugo_out, ignore_errors=True)
        rows.append(row)
        shutil.rmtree(out_ram, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
        print(f"{n:>7} entries: build {build:.2f} s ({build_rss:.0f} MiB, {build_cpu:.1f} CPU-s) · on disk {disk:.2f} s · check {check:.2f} s · "
              f"cmark-gfm alone {cmark:.2f} s ({cmark_cpu:.1f} CPU-s) · build/cmark {build / cmark:.2f}× · check/build {check / build:.2f}"
              + (f" · hugo {row['hugo']:.2f} s ({row['hugo_cpu']:.1f} CPU-s) · hugo/build {row['hugo'] / build:.2f}× (CPU {row['hugo_cpu'] / build_cpu:.2f}×)"
                 if row["hugo"] else " · hugo not installed"), flush=True)
    chart(rows)


def chart(rows):
    """Build time against entries, Almanac beside the references."""
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    w, h, pad = 640, 360, 50
    series = [("Almanac build", "build", "#1a56b0"), ("cmark-gfm alone", "cmark", "#8a5a00"), ("Hugo", "hugo", "#b3261e")]
    top = max(max(r[k] or 0 for _, k, _ in series) for r in rows) or 1
    xs = [r["n"] for r in rows]
    def x(n): return pad + (w - 2 * pad) * (xs.index(n) / max(1, len(xs) - 1))
    def y(v): return h - pad - (h - 2 * pad) * v / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">',
             f'<text x="{pad}" y="20">Wall time (s) by entries</text>',
             f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#888"/>']
    for n in xs:
        parts.append(f'<text x="{x(n):.0f}" y="{h - pad + 18}" text-anchor="middle">{n}</text>')
    for i, (label, key, colour) in enumerate(series):
        points = [(x(r["n"]), y(r[key])) for r in rows if r.get(key)]
        if not points:
            continue
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in points)}"/>')
        for (a, b), r in zip(points, [r for r in rows if r.get(key)]):
            parts.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/><text x="{a + 5:.1f}" y="{b - 5:.1f}" fill="{colour}">{r[key]:.2f}</text>')
        parts.append(f'<text x="{w - pad - 120}" y="{40 + 16 * i}" fill="{colour}">{label}</text>')
    parts.append("</svg>")
    open(os.path.join(HERE, "out", "chart.svg"), "w").write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
