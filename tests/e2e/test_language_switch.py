"""The language switch keeps the reader's place: the same page, the same #section, the same finder filters,
also when the filters were changed after the page loaded; without JavaScript, the same page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect


def switch_to(page: Page, lang: str) -> None:
    """Open the header's language list and follow the link to `lang`, as a reader does."""
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.wait_for_load_state("load")


def finder_state(page: Page) -> dict:
    """The finder's filters as its form shows them, and how many duties it shows."""
    return page.evaluate("""() => {
      const form = document.getElementById('duty-finder-form');
      const names = ['agency', 'task', 'theme', 'role', 'text'];
      const fields = Object.fromEntries(names.map(n => [n, form.elements[n].value]));
      return {fields, shown: document.querySelectorAll('#duty-finder-list li[data-duty]:not([hidden])').length,
              all: document.querySelectorAll('#duty-finder-list li[data-duty]').length};
    }""")


def test_from_a_section_of_the_original_to_the_same_section_in_english_and_back(page: Page, base_url: str) -> None:
    page.goto(base_url + "original/#iii-7")
    expect(page.locator("#iii-7")).to_be_in_viewport()
    switch_to(page, "en")
    expect(page).to_have_url(base_url + "en/original/#iii-7")
    expect(page.locator("#iii-7")).to_be_in_viewport()
    assert page.evaluate("scrollY") > 1000, "the English page did not scroll to the section"
    switch_to(page, "vi")
    expect(page).to_have_url(base_url + "original/#iii-7")
    expect(page.locator("#iii-7")).to_be_in_viewport()


def test_a_filtered_finder_stays_filtered_in_the_other_language(page: Page, base_url: str) -> None:
    page.goto(base_url + "finder/?role=bao-cao")
    vietnamese = finder_state(page)
    assert vietnamese["fields"]["role"] == "bao-cao" and 0 < vietnamese["shown"] < vietnamese["all"], vietnamese
    switch_to(page, "en")
    expect(page).to_have_url(base_url + "en/finder/?role=bao-cao")
    english = finder_state(page)
    assert english == vietnamese


def test_filters_chosen_after_the_page_loaded_are_kept(page: Page, base_url: str) -> None:
    """finder.js writes the filters to the address as they change; the switch reads it when followed."""
    page.goto(base_url + "en/finder/?role=bao-cao")
    agency = page.locator("#duty-finder-agency option").nth(1).get_attribute("value")
    page.select_option("#duty-finder-agency", agency)
    page.fill("#duty-finder-form input[name=text]", "report")
    chosen = finder_state(page)["fields"]
    switch_to(page, "vi")
    assert page.url.startswith(base_url + "finder/?")
    # The words typed are English: they would find no Vietnamese duty, so the switch leaves them behind.
    assert finder_state(page)["fields"] == {**chosen, "text": ""}
    assert "text=" not in page.url


@pytest.fixture
def no_script_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_without_javascript_the_switch_still_leads_to_the_same_page(no_script_page: Page, base_url: str) -> None:
    page = no_script_page
    page.goto(base_url + "agencies/cong-an-tinh/#iii-7-3")
    switch_to(page, "en")
    expect(page).to_have_url(base_url + "en/agencies/cong-an-tinh/")
