"""Browser tests: the built site served on localhost, driven in Debian's Chromium by Playwright.

`playwright install` cannot download browsers here, so Playwright launches /usr/bin/chromium.
Every request a page makes is recorded, so tests can prove nothing leaves the site.

Every page of both languages is loaded once per run (``every_page``): that one pass runs axe-core and
records every request, for the accessibility and the privacy tests alike. Under pytest-xdist the first
worker that needs a language's pass makes it and leaves it in the run's shared folder for the other.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import ROOT, built_once
from tests.site.html import pages

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _PagesHandler(_QuietHandler):
    """GitHub Pages' way: the site lives under `prefix`; any missing address gets the root 404.html."""

    prefix = "/"

    def send_head(self):  # type: ignore[override]
        path = urlsplit(self.path).path
        if path.startswith(self.prefix):
            target = Path(self.directory, path[len(self.prefix):])
            if target.is_dir() and not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.end_headers()
                return None
            if target.is_file() or (target / "index.html").is_file():
                return super().send_head()
        page = Path(self.directory, "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        return super().translate_path("/" + path[len(self.prefix):] if path.startswith(self.prefix) else path)


@contextlib.contextmanager
def serve_like_pages(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve a built site on a free localhost port under `prefix`, as GitHub Pages would; yields its address."""
    handler = functools.partial(type("Handler", (_PagesHandler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The built site served over HTTP on a free localhost port, as GitHub Pages would serve it."""
    with serve_like_pages(site) as address:
        yield address


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser tab; `page.requests` lists every URL it asked for."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []  # type: ignore[attr-defined]
    tab.on("request", lambda request: tab.requests.append(request.url))  # type: ignore[attr-defined]
    yield tab
    context.close()


# Counts the queries Material's search box sends to the search worker and the results it gets back, so a
# test waits for the answer to the last keystroke instead of for time to pass. Material renders a result
# list while it handles the worker's message; the count goes up after that (setTimeout).
WATCH_WORKER = """(() => {
  const QUERY = 2, RESULT = 3;  // Material's SearchMessageType, as the site's search worker speaks it
  const search = window.__search = {asked: 0, answered: 0, last: null};
  window.Worker = class extends window.Worker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', ({data}) => {
        if (data && data.type === RESULT) setTimeout(() => search.answered++);
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === QUERY) { search.asked++; search.last = message.data; }
      return super.postMessage(message, ...rest);
    }
  };
})()"""


@pytest.fixture
def searcher(page: Page) -> Page:
    """A tab whose search worker's questions and answers are counted (see ``search`` in test_search.py)."""
    page.add_init_script(WATCH_WORKER)
    return page


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone-sized tab with touch, for mobile layout tests."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    tab = context.new_page()
    yield tab
    context.close()


# ---------------------------------------------------------------- one pass over every page

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SCHEMES = {"light": "default", "dark": "slate"}  # browser preference -> Material palette it selects

RUN_AXE = """options => axe.run(document, options).then(result => result.violations.map(v =>
  `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | ')}`))"""

# The palette a page shows: Material's, or (on the 404 page, which has its own style) the browser preference's.
PALETTE = """() => document.getElementById('__config') ? document.body.dataset.mdColorScheme
  : matchMedia('(prefers-color-scheme: dark)').matches ? 'slate' : 'default'"""


def site_paths(site: Path, lang: str | None = None) -> list[str]:
    """Every page (of one language, or of both), as paths below the site root (directory URLs)."""
    paths = [p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site)]
    if lang is None:
        return paths
    return [path for path in paths if path.startswith("en/") == (lang == "en")]


def axe_tab(browser: Browser, scheme: str = "light") -> Page:
    """A tab preferring a colour scheme, with axe-core injected before the page's own scripts."""
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (scripts/test.sh does)")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    context.add_init_script(path=str(AXE))
    return context.new_page()


def run_axe(tab: Page, base_url: str, paths: list[str], scheme: str, options: dict) -> tuple[list[str], list[str]]:
    """Open each path in the tab and run axe there: the violations, and the paths not in the scheme's palette."""
    violations, wrong_palette = [], []
    for path in paths:
        tab.goto(base_url + path)
        if tab.evaluate(PALETTE) != SCHEMES[scheme]:
            wrong_palette.append(path)
        violations += [f"/{path}: {v}" for v in tab.evaluate(RUN_AXE, options)]
    return violations, wrong_palette


@dataclass(frozen=True)
class Visits:
    """What one language's pages showed in one pass, in the light palette."""

    base_url: str  # where the site was served for the pass
    paths: list[str]  # every page of the language, 404 page included
    violations: list[str]  # axe-core's findings (WCAG 2.1 AA and best practice)
    wrong_palette: list[str]  # pages that did not show the light palette
    requests: list[tuple[str, str]]  # (the page the tab showed, the address it asked for)


def _visit(browser: Browser, site: Path, base_url: str, lang: str) -> Visits:
    tab = axe_tab(browser, "light")
    requests: list[tuple[str, str]] = []
    tab.on("request", lambda request: requests.append((tab.url, request.url)))
    paths = site_paths(site, lang)
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    violations, wrong_palette = run_axe(tab, base_url, paths, "light", options)
    tab.wait_for_load_state("networkidle")  # what the last page still asks for
    tab.context.close()
    return Visits(base_url, paths, violations, wrong_palette, requests)


@pytest.fixture(scope="session")
def every_page(browser: Browser, site: Path, base_url: str,
               tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Visits]:
    """The pass over every page of a language: made once per run, by whichever test (and worker) asks first."""
    done: dict[str, Visits] = {}

    def visits(lang: str) -> Visits:
        def make(folder: Path) -> None:
            (folder / "visits.json").write_text(json.dumps(asdict(_visit(browser, site, base_url, lang))))
        if lang not in done:
            seen = json.loads((built_once(tmp_path_factory, f"every-page-{lang}", make) / "visits.json").read_text())
            done[lang] = Visits(**{**seen, "requests": [tuple(request) for request in seen["requests"]]})
        return done[lang]
    return visits
