"""Search loads when it is used: a page fetches neither the search index nor the search worker until
the reader reaches for search (the search box, the search keys, the search icon on a phone), then
fetches both once; the query typed meanwhile is answered as soon as the index arrives, and the result
count line, a live region, says that search is loading (or that it could not load) in the page's
language. plan_site/outputs/search_index.py, overrides/assets/javascripts/search-on-use.js.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from plan_site.outputs.search_index import search_state_words
from tests.e2e.test_search import holds, matches, search

INDEX = "search/search_index.json"
WORKER = "assets/javascripts/search-worker.js"
AGENCY = "agencies/so-y-te/"


def search_requests(page: Page) -> list[str]:
    return [url for url in page.requests if url.endswith((INDEX, WORKER))]  # type: ignore[attr-defined]


def open_and_wait(page: Page, url: str) -> None:
    """Load the page and leave it open: no search request, however long it stays."""
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(2000)
    assert search_requests(page) == [], "search loaded before the reader reached for it"


@pytest.mark.parametrize("start", ["", "en/"])
def test_the_search_box_loads_search_once_and_finds(searcher: Page, base_url: str, start: str) -> None:
    page = searcher
    open_and_wait(page, base_url + start + AGENCY)
    query = "tre em" if start == "" else "child"
    hits = matches(search(page, query))
    assert hits and all(holds(h.title + " " + h.text, query) for h in hits)
    assert sorted(url.removeprefix(base_url + start) for url in search_requests(page)) == [WORKER, INDEX]
    page.keyboard.press("Escape")
    search(page, query + " x")  # searching again loads nothing again
    assert len(search_requests(page)) == 2


@pytest.mark.parametrize("key", ["/", "s"])
def test_the_search_keys_load_search(page: Page, base_url: str, key: str) -> None:
    open_and_wait(page, base_url + AGENCY)
    page.locator("body").press(key)
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("tre em")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert len(search_requests(page)) == 2


def test_a_tap_on_the_search_icon_loads_search_on_a_phone(phone: Page, base_url: str) -> None:
    phone.requests = []  # type: ignore[attr-defined]
    phone.on("request", lambda request: phone.requests.append(request.url))  # type: ignore[attr-defined]
    open_and_wait(phone, base_url + AGENCY)
    phone.locator('label.md-header__button[for="__search"]').tap()
    expect(phone.locator(".md-search__inner")).to_be_visible()
    expect(phone.locator(".md-search-result__item")).to_have_count(0)
    phone.keyboard.type("y te")
    expect(phone.locator(".md-search-result__item").first).to_be_visible()
    assert len(search_requests(phone)) == 2


def hold_index(page: Page) -> list[Route]:
    """Keep every request for the index waiting until the test lets it go."""
    held: list[Route] = []
    page.route(f"**/{INDEX}", lambda route: held.append(route))
    return held


@pytest.mark.parametrize(("start", "lang", "query"), [("", "vi", "xam hai"), ("en/", "en", "child marriage")])
def test_a_query_typed_while_search_loads_is_answered_when_the_index_arrives(
        searcher: Page, base_url: str, start: str, lang: str, query: str) -> None:
    page = searcher
    held = hold_index(page)
    open_and_wait(page, base_url + start + AGENCY)
    status = page.locator(".md-search-result__meta")
    assert status.get_attribute("role") == "status", "the result count line is not a live region"
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    expect(status).to_have_text(search_state_words(lang)["loading"])
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    page.wait_for_timeout(300)
    assert len(held) == 1, "the index was not asked for once"
    held.pop().continue_()
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    expect(status).not_to_have_text(search_state_words(lang)["loading"])
    first = [link.get_attribute("href") for link in page.locator("a.md-search-result__link").all()]
    page.unroute(f"**/{INDEX}")
    again = [h.href for h in search(page, query)]  # the same query, typed once the index is there
    assert first and [page.evaluate("h => new URL(h, location.href).href", h) for h in first] == again[:len(first)]


def test_an_index_that_cannot_load_is_said_and_retried(page: Page, base_url: str) -> None:
    failing = {"on": True}

    def index(route: Route) -> None:
        if failing["on"]:
            route.abort()
        else:
            route.continue_()

    page.route(f"**/{INDEX}", index)
    open_and_wait(page, base_url + AGENCY)
    status = page.locator(".md-search-result__meta")
    page.locator("input.md-search__input").click()
    expect(status).to_have_text(search_state_words("vi")["failed"])
    page.wait_for_timeout(500)  # the focus and the overlay opening may each have tried
    failed = len([url for url in search_requests(page) if url.endswith(INDEX)])
    failing["on"] = False
    page.keyboard.press("Escape")
    page.locator("input.md-search__input").click()
    page.keyboard.type("tre em")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    asked = [url for url in search_requests(page) if url.endswith(INDEX)]
    assert len(asked) == failed + 1, f"the index was asked for {len(asked)} times: {search_requests(page)}"

