"""Browser tests: the built site served on localhost, driven in Debian's Chromium by Playwright.

`playwright install` cannot download browsers here, so Playwright launches /usr/bin/chromium.
Every request a page makes is recorded, so tests can prove nothing leaves the site.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

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


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone-sized tab with touch, for mobile layout tests."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    tab = context.new_page()
    yield tab
    context.close()
