#!/usr/bin/env python3
"""Measure what the site costs its readers and its builders, and compare with the budgets.

    python scripts/measure.py                      every part (builds, Chromium, Lighthouse)
    python scripts/measure.py --runs 5             median of 5 runs for the timed figures and Lighthouse
    python scripts/measure.py --no-lighthouse      every part but Lighthouse (which needs `npm ci`)
    python scripts/measure.py --parts bytes,cpu    only these parts (build, bytes, cpu, lighthouse)
    python scripts/measure.py --site-dir DIR ...   measure a site built already instead of building one

Parts: build, the two-language build time (median); bytes, what a first visit transfers (every
resource the page loads in a phone-sized Chromium with an empty cache until the network has been idle
for IDLE_SECONDS, gzip-compressed as GitHub Pages serves it, headers excluded) for the home page and an
agency page in both languages, and the search index per language (gzip), which a first visit does not
fetch (search loads when it is used: plan_site/outputs/search_index.py); cpu, the CPU time of the
fidelity check and of rendering the Akoma Ntoso files, in this process; lighthouse, the mobile
Lighthouse scores of the Vietnamese home and agency pages (npm lighthouse, pinned; Debian's Chromium).
The budgets are scripts/budgets.py's. Prints the figures and writes the parts measured to
docs/maintainers/figures.md (through scripts/figures.py; the parts not measured keep their previous
figures). Exit status 1 if a byte budget is broken or a first visit fetches search.
tests/e2e/test_budgets.py checks the same byte budgets with the same functions, and that a first visit
does not fetch search.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import budgets  # noqa: E402
import figures as figures_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
AGENCY = "agencies/so-lao-dong-thuong-binh-va-xa-hoi/"
PAGES = {"home, vi": "", "agency, vi": AGENCY, "home, en": "en/", "agency, en": "en/" + AGENCY}
LIGHTHOUSE_PAGES = {"home": "", "agency": AGENCY}
IDLE_SECONDS = 3  # a first visit is counted until the network has been this long without a request
# What a first visit must not fetch: search loads when the reader first reaches for it.
SEARCH_ON_USE = ("search/search_index.json", "assets/javascripts/search-worker.js")

PARTS = ("build", "bytes", "cpu", "lighthouse")

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


def search_index_bytes(site: Path) -> dict[str, int]:
    """gzip bytes of each language's search index (everything under its search/ folder)."""
    roots = {"vi": site / "search", "en": site / "en" / "search"}
    return {lang: sum(gzip_size(f.read_bytes()) for f in sorted(root.rglob("*")) if f.is_file())
            for lang, root in roots.items()}


def byte_figures(site: Path, browser=None, visits: dict[str, dict[str, int]] | None = None) -> dict[str, int]:
    """Every figure that has a byte budget (budgets.BYTES), measured on a built site (or from first visits
    measured already)."""
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


def cpu_milliseconds(runs: int) -> dict[str, float]:
    """Median CPU milliseconds, in this process, of the fidelity check on the real data (building the model
    included, as validation runs it) and of rendering both languages' Akoma Ntoso files."""
    sys.path.insert(0, str(ROOT))
    from plan_site.model.build import build_plan
    from plan_site.outputs.akn import akn_xml
    from plan_site.source.load import DATA_FILE, load_plan
    from plan_site.source.validate import check_fidelity
    from plan_site.source.yaml_source import read_yaml

    data, source, problems = read_yaml(DATA_FILE)
    plan = load_plan()  # raises unless the data is valid
    if problems or check_fidelity(plan, source):
        raise SystemExit("data/duties.yaml is not valid: run scripts/plan.py validate")

    def median_cpu(work) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(runs):
            start = time.process_time()
            work()
            times.append((time.process_time() - start) * 1000)
        return statistics.median(times)

    return {"fidelity": median_cpu(lambda: check_fidelity(build_plan(data), source)),
            "akn": median_cpu(lambda: [akn_xml(plan, lang) for lang in ("vi", "en")])}


def _row(label: str, *cells: dict) -> list:
    """A row of the figures file, printed as it is recorded."""
    print(f"{label:52} " + "   ".join(figures_file._show(item) for item in cells))
    return [label, *cells]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timed figure (median)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)}")
    parser.add_argument("--no-lighthouse", action="store_true", help="leave out the lighthouse part")
    parser.add_argument("--site-dir", type=Path, default=None, help="a built site to measure (default: build one)")
    args = parser.parse_args(argv)
    parts = [part for part in args.parts.split(",") if part and not (args.no_lighthouse and part == "lighthouse")]
    if unknown := set(parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    measured: dict[str, dict] = {}
    broken = []
    site, built = args.site_dir, None

    if "build" in parts:
        seconds, built = build_seconds(args.runs)
        measured["build"] = {
            "title": "Build", "columns": ["Figure", "Measured (budget)"],
            "about": f"Wall time of `scripts/plan.py build`, both languages, a fresh process each run; median of "
                     f"{args.runs} runs.",
            "rows": [_row("build, both languages", figures_file.cell(seconds, "BUILD"))]}
    if site is None and {"bytes", "lighthouse"} & set(parts):
        if built is None:
            _, built = build_seconds(1)
        site = built

    if "bytes" in parts:
        rows = []
        with serve(site) as base_url:
            visits = first_visits(base_url, PAGES)
        for name, sizes in visits.items():
            early = [url for url in sizes if url.endswith(SEARCH_ON_USE)]
            broken += [f"first visit: {name} fetched {', '.join(early)}"] if early else []
        for name, size in byte_figures(site, visits=visits).items():
            broken += [] if budgets.BYTES[name].met(size) else [name]
            shown = f"{name} (`/{PAGES[name.split(': ')[1]]}`)" if name.startswith("first visit") else name
            rows.append(_row(shown, figures_file.cell(size, f"BYTES[{name}]")))
        measured["bytes"] = {
            "title": "Bytes", "columns": ["Figure", "Measured (budget)"], "rows": rows,
            "about": "A first visit: every resource the page loads in a phone-sized Chromium tab with an empty "
                     f"cache until the network has been idle for {IDLE_SECONDS} s (page, styles, scripts, icons; "
                     "not the search worker and index, which load when search is used), gzip-compressed as GitHub "
                     "Pages serves it, headers excluded. A search index: everything under the language's "
                     "`search/`, gzip, fetched when the reader first reaches for search."}

    if "cpu" in parts:
        runs = max(args.runs, 10)
        cpu = cpu_milliseconds(runs)
        measured["cpu"] = {
            "title": "CPU time in the build", "columns": ["Figure", "Measured (budget)"],
            "about": f"CPU time in one Python process; median of {runs} runs.",
            "rows": [_row("fidelity check, real data (model built included)", figures_file.cell(cpu["fidelity"], "FIDELITY_CPU")),
                     _row("Akoma Ntoso, both languages' files", figures_file.cell(cpu["akn"], "AKN_CPU"))]}

    if "lighthouse" in parts:
        rows = []
        categories = list(budgets.LIGHTHOUSE)
        with serve(site) as base_url:
            for name, path in LIGHTHOUSE_PAGES.items():
                scores = lighthouse_scores(base_url + path, args.runs)
                rows.append(_row(f"{name} (`/{path}`)",
                                 *(figures_file.cell(scores[key], f"LIGHTHOUSE[{key}]") for key in categories)))
        measured["lighthouse"] = {
            "title": "Lighthouse, mobile", "columns": ["Page", *categories], "rows": rows,
            "about": f"npm lighthouse (pinned in package.json) with Debian's Chromium, served gzip-compressed; "
                     f"median of {args.runs} runs."}

    if built is not None:
        shutil.rmtree(built, ignore_errors=True)
    print(f"written: {figures_file.record('measure', measured).relative_to(ROOT)}")
    if broken:
        print(f"budget broken: {'; '.join(broken)}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
