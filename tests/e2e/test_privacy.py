"""Privacy: reading the site asks no other host for anything.

Chromium records every request while each page of both languages loads (the pass over every page that
the accessibility tests share, ``every_page`` in conftest.py) and while a reader searches (which is when
search loads: its worker and index), switches palette and language. What the built pages and style
sheets name is read without a browser (tests/site/test_privacy.py); the publishing workflow's permissions are in tests/site/test_publishing.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import Visits
from tests.site.html import LANGS


def _outside(url: str, base_url: str) -> bool:
    """A request that leaves the site (data: and blob: URLs never leave the browser)."""
    return not url.startswith((base_url, "data:", "blob:", "about:"))


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_asks_another_host(every_page: Callable[[str], Visits], lang: str) -> None:
    visits = every_page(lang)
    base_url = visits.base_url
    shown = {page.removeprefix(base_url) for page, _ in visits.requests}
    assert shown >= set(visits.paths), f"pages whose requests were not seen: {sorted(set(visits.paths) - shown)}"
    outside = sorted({f"{page} -> {url}" for page, url in visits.requests if _outside(url, base_url)})
    assert outside == []


def test_searching_and_switching_stay_on_the_site(page: Page, base_url: str) -> None:
    """Search loads when it is used (a page visit fetches neither its worker nor its index): search once,
    so the worker and the index are among the requests checked."""
    page.goto(base_url + "agencies/so-y-te/")
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type("trẻ em")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    asked = page.requests  # type: ignore[attr-defined]
    assert base_url + "search/search_index.json" in asked, "the search index was not seen"
    assert base_url + "assets/javascripts/search-worker.js" in asked, "the search worker was not seen"
    page.keyboard.press("Escape")
    page.locator("form[data-md-component='palette'] label:not([hidden])").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    expect(page).to_have_url(base_url + "en/agencies/so-y-te/")
    page.wait_for_load_state("networkidle")
    outside = [url for url in page.requests if _outside(url, base_url)]  # type: ignore[attr-defined]
    assert outside == []
    assert len(page.requests) > 10  # type: ignore[attr-defined]


def test_the_privacy_checks_see_an_outside_request(browser: Browser, base_url: str) -> None:
    """A page that loads a font from another host is caught, so the checks above can fail."""
    context = browser.new_context()
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(base_url)
    with tab.expect_request("https://fonts.googleapis.com/css?family=Roboto"):
        tab.evaluate("""() => { const l = document.createElement('link'); l.rel = 'stylesheet';
          l.href = 'https://fonts.googleapis.com/css?family=Roboto'; document.head.append(l); }""")
    context.close()
    assert [url for url in requests if _outside(url, base_url)] == ["https://fonts.googleapis.com/css?family=Roboto"]
