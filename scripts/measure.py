#!/usr/bin/env python3
"""Measure what the site costs its readers and its builders, and compare with the budgets.

    python scripts/measure.py                  all figures (builds, Chromium, Lighthouse)
    python scripts/measure.py --runs 5         median of 5 runs for the build time and Lighthouse
    python scripts/measure.py --no-lighthouse  skip Lighthouse (needs `npm ci`)

Figures: the two-language build time (median); the bytes a first visit transfers (every resource
the page loads in Chromium, gzip-compressed as GitHub Pages serves it, headers excluded) for the
home page and an agency page; the search index per language (gzip); the mobile Lighthouse scores
of the same two pages (npm lighthouse, pinned; Debian's Chromium). Exit status 1 if a byte budget
is broken. tests/e2e/test_budgets.py checks the same byte budgets with the same functions.
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
PAGES = {"home": "", "agency": "agencies/so-lao-dong-thuong-binh-va-xa-hoi/"}

# Byte budgets (gzip bytes). The README lists them with the measured values; tests fail above them.
BUDGETS = {
    "first visit: home": 140_000,
    "first visit: agency": 145_000,
    "search index: vi": 50_000,
    "search index: en": 45_000,
}
BUILD_SECONDS_BUDGET = 10  # reported, not enforced by tests
# Score aims (Lighthouse, mobile): reported, not enforced by tests (times vary from machine to machine).
SCORE_AIMS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}

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


def first_visit_bytes(base_url: str, paths: dict[str, str], browser=None) -> dict[str, int]:
    """gzip bytes of every resource each page loads on a first visit (empty cache), in Chromium.

    Pass a running Playwright browser to reuse it (the tests do); otherwise one is launched."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                return first_visit_bytes(base_url, paths, launched)
            finally:
                launched.close()
    sizes = {}
    for name, path in paths.items():
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        tab = context.new_page()
        responses: list = []
        tab.on("response", lambda response, into=responses: into.append(response))
        tab.goto(base_url + path, wait_until="networkidle")
        total = 0
        for response in responses:
            if response.status >= 300:
                continue
            body = response.body()
            kind = response.headers.get("content-type", "")
            total += gzip_size(body) if kind.startswith(_COMPRESSIBLE) else len(body)
        sizes[name] = total
        context.close()
    return sizes


def search_index_bytes(site: Path) -> dict[str, int]:
    """gzip bytes of each language's search index (everything under its search/ folder)."""
    roots = {"vi": site / "search", "en": site / "en" / "search"}
    return {lang: sum(gzip_size(f.read_bytes()) for f in sorted(root.rglob("*")) if f.is_file())
            for lang, root in roots.items()}


def byte_figures(site: Path, browser=None) -> dict[str, int]:
    """Every figure that has a byte budget, measured on a built site."""
    with serve(site) as base_url:
        visits = first_visit_bytes(base_url, PAGES, browser)
    figures = {f"first visit: {name}": size for name, size in visits.items()}
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
    for name, size in byte_figures(site).items():
        budget = BUDGETS[name]
        flag = "ok" if size <= budget else "OVER BUDGET"
        broken += [name] if size > budget else []
        print(f"{name + ' (gzip)':44} {size / 1000:8.1f} kB   budget {budget / 1000:6.1f} kB  {flag}")
    if not args.no_lighthouse:
        with serve(site) as base_url:
            for name, path in PAGES.items():
                scores = lighthouse_scores(base_url + path, args.runs)
                shown = "  ".join(f"{k} {v}" for k, v in scores.items())
                print(f"{'Lighthouse mobile: ' + name:44} {shown}   (aims: "
                      + ", ".join(f"{k} {v}" for k, v in SCORE_AIMS.items()) + ")")
    shutil.rmtree(site, ignore_errors=True)
    if broken:
        print(f"byte budget broken: {', '.join(broken)}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
