#!/usr/bin/env python3
"""Measure search and the duty finder, per language, in Chromium against the built site.

    python scripts/bench_search.py [--site-dir DIR] [--runs N]

Prints: the size of search/search_index.json (raw and gzip -9); the search worker's one-off
preparation of the index (median); the time from the last keystroke
in Material's search box to the last change of the result list (median over queries and runs);
the duty finder's time to filter all duties on one input event, layout included (median). Builds
the site into a temporary directory unless --site-dir points at a built one. Not a test: times
depend on the machine; tests check sizes only (tests/site/test_search_index.py, tests/e2e/test_budgets.py).
Writes the figures, with the budgets of scripts/budgets.py, to docs/maintainers/figures.md
(scripts/figures.py).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figures  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
QUERIES = {
    "vi": ["xam hai", "tảo hôn", "moi truong mang", "1472/QĐ-TTg", "bao ve hinh anh", "tre em"],
    "en": ["child abuse", "online", "Decree 56/2017", "school", "report", "protection"],
}
FINDER_TEXT = {"vi": ["tao hon", "bao cao", "tre em", "x", ""], "en": ["child marriage", "report", "child", "x", ""]}
PREFIX = {"vi": "", "en": "en/"}

# In the page: remember when the result list last changed.
WATCH_RESULTS = """() => {
  window.__lastChange = 0;
  new MutationObserver(() => { window.__lastChange = performance.now() })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}"""

# In the page: the worker's one-off preparation of the index (folding every word), message to READY.
WORKER_SETUP = """async () => {
  const index = await (await fetch('search/search_index.json')).json();
  const worker = new Worker('assets/javascripts/search-worker.js');
  await new Promise(resolve => setTimeout(resolve, 200));
  const start = performance.now();
  worker.postMessage({type: 0, data: index});
  await new Promise(resolve => { worker.onmessage = resolve });
  worker.terminate();
  return performance.now() - start;
}"""

FILTER_ONCE = """(value) => {
  const form = document.getElementById('duty-finder-form'), box = document.getElementById('duty-finder-text');
  const start = performance.now();
  box.value = value;
  form.dispatchEvent(new Event('input', {bubbles: true}));
  document.body.offsetHeight;  // include style and layout of the shown and hidden rows
  return performance.now() - start;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def build(site_dir: Path) -> None:
    """Build both languages with the project's own command."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "build", "--site-dir", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def index_sizes(site: Path, lang: str) -> tuple[int, int]:
    """Bytes of the search index, raw and gzipped (as a server would send it)."""
    raw = (site / PREFIX[lang] / "search" / "search_index.json").read_bytes()
    return len(raw), len(gzip.compress(raw, compresslevel=9))


def keystroke_to_results(page, base: str, lang: str, runs: int) -> list[float]:
    """Milliseconds from the last keystroke of each query to the last change of the result list."""
    page.goto(base + PREFIX[lang])
    box = page.locator("input.md-search__input")
    box.click()
    page.wait_for_timeout(500)  # the worker has loaded the index
    page.evaluate(WATCH_RESULTS)
    times = []
    for _ in range(runs):
        for query in QUERIES[lang]:
            box.fill("")
            box.press_sequentially(query[:-1], delay=20)
            page.wait_for_timeout(300)
            start = page.evaluate("() => performance.now()")
            box.press_sequentially(query[-1])
            page.wait_for_timeout(400)
            last = page.evaluate("() => window.__lastChange")
            if last > start:
                times.append(last - start)
    return times


def worker_setup(page, base: str, lang: str, runs: int) -> list[float]:
    """Milliseconds for the search worker to prepare the index, once per page that searches."""
    page.goto(base + PREFIX[lang])
    return [page.evaluate(WORKER_SETUP) for _ in range(runs)]


def finder_filter(page, base: str, lang: str, runs: int) -> list[float]:
    """Milliseconds to filter all duties on one input event (the finder's whole work), layout included."""
    page.goto(base + PREFIX[lang] + "finder/")
    page.wait_for_selector("#duty-finder-form:not([hidden])")
    return [page.evaluate(FILTER_ONCE, value) for _ in range(runs) for value in FINDER_TEXT[lang]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=None, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site_dir or Path(tmp) / "site"
        if args.site_dir is None:
            build(site)
        handler = functools.partial(_Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            print(f"{'':4}{'index raw':>11}{'index gzip':>12}{'worker setup':>14}{'keystroke→results':>20}"
                  f"{'finder filter':>15}  (median ms, n)")
            rows, counts = [], {}
            for lang in ("vi", "en"):
                raw, packed = index_sizes(site, lang)
                typed = keystroke_to_results(page, base, lang, args.runs)
                filtered = finder_filter(page, base, lang, args.runs)
                setup = worker_setup(page, base, lang, args.runs)
                counts[lang] = (len(setup), len(typed), len(filtered))
                print(f"{lang:4}{raw:>11,}{packed:>12,}{statistics.median(setup):>8.1f} (n={len(setup)})"
                      f"{statistics.median(typed):>14.1f} (n={len(typed)})"
                      f"{statistics.median(filtered):>9.2f} (n={len(filtered)})")
                rows.append([{"vi": "Vietnamese", "en": "English"}[lang], f"{raw / 1000:.0f} kB", f"{packed / 1000:.1f} kB",
                             figures.cell(statistics.median(setup), "SEARCH[worker setup]"),
                             figures.cell(statistics.median(typed), "SEARCH[keystroke to results]"),
                             figures.cell(statistics.median(filtered), "SEARCH[finder filter]")])
            browser.close()
        server.shutdown()
    samples = "; ".join(f"{lang}: {a}, {b}, {c}" for lang, (a, b, c) in counts.items())
    written = figures.record("bench_search", {"search": {
        "title": "Search and the duty finder", "rows": rows,
        "columns": ["", "index raw", "index gzip -9", "worker setup, once (budget)",
                    "last keystroke → results (budget)", "finder: filter all duties (budget)"],
        "about": "In Chromium against the built site; medians (samples for setup, keystrokes and filters: "
                 f"{samples}). The keystroke time runs from the last key to the last change of the result "
                 "list, rendering included. The index's download budget is the search-index figure of "
                 "`scripts/measure.py`."}})
    print(f"written: {written.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
