#!/usr/bin/env python3
"""Measure search and the duty finder, per language, in Chromium against the built site.

    python scripts/bench_search.py [--site-dir DIR] [--runs N]

Prints: the size of search/search_index.json (raw and gzip -9); the search worker's one-off
preparation of the index (median); search from a cold page: the time from the first keystroke in
Material's search box to the first results, on a page just opened with an empty cache, so the
index and the worker load when the reader clicks into the box and starts typing (median over
queries and runs; with --slow-network also over a throttled network like Lighthouse's mobile
one); warm: the time from the last keystroke to the last change of the result list once search
has loaded (median over queries and runs); the duty finder's time to filter all duties on one
input event, layout included (median). The site is served gzip-compressed as GitHub Pages serves
it (scripts/measure.py). Builds the site into a temporary directory unless --site-dir points at a
built one. Not a test: times depend on the machine; tests check sizes only
(tests/site/test_search_index.py, tests/e2e/test_budgets.py). Writes the figures, with the budgets
of scripts/budgets.py, to docs/maintainers/figures.md (scripts/figures.py).
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figures  # noqa: E402
import measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
QUERIES = {
    "vi": ["xam hai", "tảo hôn", "moi truong mang", "1472/QĐ-TTg", "bao ve hinh anh", "tre em"],
    "en": ["child abuse", "online", "Decree 56/2017", "school", "report", "protection"],
}
# Lighthouse's mobile network (slow 4G): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
SLOW_NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1_638_400 / 8, "uploadThroughput": 750_000 / 8}
FINDER_TEXT = {"vi": ["tao hon", "bao cao", "tre em", "x", ""], "en": ["child marriage", "report", "child", "x", ""]}
PREFIX = {"vi": "", "en": "en/"}

# In the page: remember when the result list last changed.
WATCH_RESULTS = """() => {
  window.__lastChange = 0;
  new MutationObserver(() => { window.__lastChange = performance.now() })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}"""

# In the page, before the reader types: when the first key goes down, when the first result shows.
WATCH_COLD = """() => {
  window.__firstKey = 0; window.__firstResult = 0;
  addEventListener('keydown', () => { window.__firstKey ||= performance.now() }, true);
  new MutationObserver(() => {
    if (!window.__firstResult && document.querySelector('.md-search-result__item'))
      window.__firstResult = performance.now();
  }).observe(document.querySelector('.md-search-result'), {childList: true, subtree: true});
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


def build(site_dir: Path) -> None:
    """Build both languages with the project's own command."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "build", "--site-dir", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def index_sizes(site: Path, lang: str) -> tuple[int, int]:
    """Bytes of the search index, raw and gzipped (as a server would send it)."""
    raw = (site / PREFIX[lang] / "search" / "search_index.json").read_bytes()
    return len(raw), len(gzip.compress(raw, compresslevel=9))


def cold_search(browser, base: str, lang: str, runs: int, slow: bool = False) -> list[float]:
    """Milliseconds from the first keystroke to the first results, on a page opened with an empty
    cache: the reader clicks into the search box and types at once, so the worker and the index load
    while they type (typing at 8 keys a second)."""
    times = []
    for _ in range(runs):
        for query in QUERIES[lang]:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            if slow:
                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", SLOW_NETWORK)
            page.goto(base + PREFIX[lang], wait_until="networkidle")
            page.evaluate(WATCH_COLD)
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially(query, delay=125)
            page.wait_for_function("() => window.__firstResult > 0", timeout=60_000)
            times.append(page.evaluate("() => window.__firstResult - window.__firstKey"))
            context.close()
    return times


def keystroke_to_results(page, base: str, lang: str, runs: int) -> list[float]:
    """Milliseconds from the last keystroke of each query to the last change of the result list,
    once search has loaded (a first query has been answered)."""
    page.goto(base + PREFIX[lang])
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(QUERIES[lang][0])
    page.locator(".md-search-result__item").first.wait_for()
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
    parser.add_argument("--slow-network", action="store_true",
                        help="also time search from a cold page over Lighthouse's mobile network (slow 4G)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site_dir or Path(tmp) / "site"
        if args.site_dir is None:
            build(site)
        with measure.serve(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            slow = "cold, slow 4G" if args.slow_network else ""
            print(f"{'':4}{'index raw':>11}{'index gzip':>12}{'worker setup':>18}{'cold: 1st key→results':>24}"
                  f"{slow:>22}{'warm: key→results':>22}{'finder filter':>18}  (median ms, n)")
            rows, counts = [], {}
            for lang in ("vi", "en"):
                raw, packed = index_sizes(site, lang)
                cold = cold_search(browser, base, lang, args.runs)
                throttled = cold_search(browser, base, lang, 1, slow=True) if args.slow_network else []
                typed = keystroke_to_results(page, base, lang, args.runs)
                filtered = finder_filter(page, base, lang, args.runs)
                setup = worker_setup(page, base, lang, args.runs)
                counts[lang] = (len(setup), len(cold), len(typed), len(filtered))
                shown = f"{statistics.median(throttled):>14.1f} (n={len(throttled)})" if throttled else ""
                print(f"{lang:4}{raw:>11,}{packed:>12,}{statistics.median(setup):>12.1f} (n={len(setup)})"
                      f"{statistics.median(cold):>16.1f} (n={len(cold)}){shown:>22}"
                      f"{statistics.median(typed):>14.1f} (n={len(typed)})"
                      f"{statistics.median(filtered):>10.2f} (n={len(filtered)})")
                rows.append([{"vi": "Vietnamese", "en": "English"}[lang], f"{raw / 1000:.0f} kB", f"{packed / 1000:.1f} kB",
                             figures.cell(statistics.median(setup), "SEARCH[worker setup]"),
                             figures.cell(statistics.median(cold), "SEARCH[cold: first key to results]"),
                             *([f"{statistics.median(throttled):.0f} ms"] if throttled else []),
                             figures.cell(statistics.median(typed), "SEARCH[keystroke to results]"),
                             figures.cell(statistics.median(filtered), "SEARCH[finder filter]")])
            browser.close()
    samples = "; ".join(f"{lang}: {', '.join(map(str, n))}" for lang, n in counts.items())
    written = figures.record("bench_search", {"search": {
        "title": "Search and the duty finder", "rows": rows,
        "columns": ["", "index raw", "index gzip -9", "worker setup, once (budget)",
                    "cold page: first key → first results (budget)",
                    *(["cold page, slow 4G (no budget)"] if args.slow_network else []),
                    "warm: last keystroke → results (budget)", "finder: filter all duties (budget)"],
        "about": "In Chromium against the built site, served gzip-compressed; medians (samples for setup, cold "
                 f"searches, warm keystrokes and filters: {samples}). Search loads when it is used: the cold time "
                 "runs from the first key typed into the search box of a page just opened with an empty cache "
                 "(typing at 8 keys a second) to the first result shown, the worker and the index loading "
                 "meanwhile. The warm time runs from the last key to the last change of the result list once "
                 "search has loaded, rendering included. The index's download budget is the search-index figure "
                 "of `scripts/measure.py`."}})
    print(f"written: {written.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
