#!/usr/bin/env python3
"""Measure what the site costs its readers and its builders, and compare with the budgets.

    python scripts/measure.py                  all figures (builds, Chromium, Lighthouse)
    python scripts/measure.py --runs 5         median of 5 runs for the build time and Lighthouse
    python scripts/measure.py --no-lighthouse  skip Lighthouse (needs `npm ci`)

Figures: the two-language build time (median); the bytes a first visit transfers (every resource
the page loads in a phone-sized Chromium with an empty cache until the network has been idle for
IDLE_SECONDS, gzip-compressed as GitHub Pages serves it, headers excluded) for the home page and an
agency page in both languages; the search index per language (gzip), which a first visit does not
fetch (search loads when it is used: hooks/search_index.py); the mobile Lighthouse scores of the
Vietnamese home and agency pages (npm lighthouse, pinned; Debian's Chromium). Exit status 1 if a
byte budget is broken. tests/e2e/test_budgets.py checks the same byte budgets with the same
functions, and that a first visit does not fetch search.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
AGENCY = "agencies/so-lao-dong-thuong-binh-va-xa-hoi/"
PAGES = {"home, vi": "", "agency, vi": AGENCY, "home, en": "en/", "agency, en": "en/" + AGENCY}
LIGHTHOUSE_PAGES = {"home": "", "agency": AGENCY}
IDLE_SECONDS = 3  # a first visit is counted until the network has been this long without a request
# What a first visit must not fetch: search loads when the reader first reaches for it.
SEARCH_ON_USE = ("search/search_index.json", "assets/javascripts/search-worker.js")

# Byte budgets (gzip bytes): tests fail above them (tests/e2e/test_budgets.py).
FIRST_VISIT_BUDGET = 85_000  # every page kind measured, both languages
SEARCH_INDEX_BUDGET = 40_000  # fetched when search is first used
BUDGETS = {f"first visit: {name}": FIRST_VISIT_BUDGET for name in PAGES} | {
    f"search index: {lang}": SEARCH_INDEX_BUDGET for lang in ("vi", "en")}
BUILD_SECONDS_BUDGET = 5  # reported, not enforced by tests
# Score aims (Lighthouse, mobile): reported, not enforced by tests (times vary from machine to machine).
SCORE_AIMS = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}

_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def gzip_size(data: bytes) -> int:
    """Bytes after gzip at the level static hosts use."""
    return len(gzip.compress(data, compresslevel=6, mtime=0))


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as GitHub Pages does: text gzip-compressed when the browser accepts it."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to the slash form
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file() \
                or not kind.startswith(_COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: object) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site on a free localhost port, gzip-compressed like GitHub Pages; yields its URL."""
    handler = functools.partial(_GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def first_visit(base_url: str, path: str, browser) -> dict[str, int]:
    """gzip bytes of every resource one page loads on a first visit, by address relative to the site:
    a phone-sized tab with an empty cache, until the network has been idle for IDLE_SECONDS."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    responses: list = []
    pending: set = set()
    last = [time.monotonic()]

    def started(request) -> None:
        pending.add(request)
        last[0] = time.monotonic()

    def ended(request) -> None:
        pending.discard(request)
        last[0] = time.monotonic()

    tab.on("request", started)
    tab.on("requestfinished", ended)
    tab.on("requestfailed", ended)
    tab.on("response", lambda response: responses.append(response))
    tab.goto(base_url + path, wait_until="load")
    deadline = time.monotonic() + 60
    while (pending or time.monotonic() - last[0] < IDLE_SECONDS) and time.monotonic() < deadline:
        tab.wait_for_timeout(100)
    sizes: dict[str, int] = {}
    for response in responses:
        if response.status >= 300:
            continue
        body = response.body()
        kind = response.headers.get("content-type", "")
        url = response.url.removeprefix(base_url)
        sizes[url] = sizes.get(url, 0) + (gzip_size(body) if kind.startswith(_COMPRESSIBLE) else len(body))
    context.close()
    return sizes


def first_visits(base_url: str, paths: dict[str, str], browser=None) -> dict[str, dict[str, int]]:
    """Each page's first visit (first_visit), in Chromium. Pass a running Playwright browser to reuse
    it (the tests do); otherwise one is launched."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                return first_visits(base_url, paths, launched)
            finally:
                launched.close()
    return {name: first_visit(base_url, path, browser) for name, path in paths.items()}


def first_visit_bytes(base_url: str, paths: dict[str, str], browser=None) -> dict[str, int]:
    """gzip bytes of every resource each page loads on a first visit (empty cache), in Chromium."""
    return {name: sum(sizes.values()) for name, sizes in first_visits(base_url, paths, browser).items()}


def search_index_bytes(site: Path) -> dict[str, int]:
    """gzip bytes of each language's search index (everything under its search/ folder)."""
    roots = {"vi": site / "search", "en": site / "en" / "search"}
    return {lang: sum(gzip_size(f.read_bytes()) for f in sorted(root.rglob("*")) if f.is_file())
            for lang, root in roots.items()}


def byte_figures(site: Path, browser=None, visits: dict[str, dict[str, int]] | None = None) -> dict[str, int]:
    """Every figure that has a byte budget, measured on a built site (or from first visits measured)."""
    if visits is None:
        with serve(site) as base_url:
            visits = first_visits(base_url, PAGES, browser)
    figures = {f"first visit: {name}": sum(sizes.values()) for name, sizes in visits.items()}
    figures.update({f"search index: {lang}": size for lang, size in search_index_bytes(site).items()})
    return figures


def build_seconds(runs: int) -> tuple[float, Path]:
    """Median wall time of the full two-language build (a fresh process each run); the last site."""
    times = []
    out = Path(tempfile.mkdtemp(prefix="measure-site-"))
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "build", "--site-dir", str(out)],
                       cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def lighthouse_scores(url: str, runs: int) -> dict[str, int]:
    """Median mobile Lighthouse scores (0-100) of one page."""
    if not LIGHTHOUSE.exists():
        raise SystemExit("node_modules/.bin/lighthouse is missing: run `npm ci`")
    results: dict[str, list[float]] = {}
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.json"
            subprocess.run(
                [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                 "--chrome-flags=--headless --no-sandbox --disable-gpu",
                 "--only-categories=performance,accessibility,best-practices,seo"],
                check=True, env=env, capture_output=True, timeout=300,
            )
            categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
        for key, category in categories.items():
            results.setdefault(key, []).append(category["score"] * 100)
    return {key: round(statistics.median(values)) for key, values in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timed figure (median)")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")

    seconds, site = build_seconds(args.runs)
    print(f"{'build, both languages (median of ' + str(args.runs) + ')':44} {seconds:8.2f} s    "
          f"budget {BUILD_SECONDS_BUDGET:6.1f} s   {'ok' if seconds <= BUILD_SECONDS_BUDGET else 'OVER BUDGET'}")
    broken = []
    with serve(site) as base_url:
        visits = first_visits(base_url, PAGES)
    for name, sizes in visits.items():
        early = [url for url in sizes if url.endswith(SEARCH_ON_USE)]
        broken += [f"first visit: {name} fetched {', '.join(early)}"] if early else []
    for name, size in byte_figures(site, visits=visits).items():
        budget = BUDGETS[name]
        flag = "ok" if size <= budget else "OVER BUDGET"
        broken += [name] if size > budget else []
        print(f"{name + ' (gzip)':44} {size / 1000:8.1f} kB   budget {budget / 1000:6.1f} kB  {flag}")
    if not args.no_lighthouse:
        with serve(site) as base_url:
            for name, path in LIGHTHOUSE_PAGES.items():
                scores = lighthouse_scores(base_url + path, args.runs)
                shown = "  ".join(f"{k} {v}" for k, v in scores.items())
                print(f"{'Lighthouse mobile: ' + name:44} {shown}   (aims: "
                      + ", ".join(f"{k} {v}" for k, v in SCORE_AIMS.items()) + ")")
    shutil.rmtree(site, ignore_errors=True)
    if broken:
        print(f"budget broken: {'; '.join(broken)}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
