"""In Chromium: the help line is visible without pushing the text down, the side-by-side page becomes
pairs on a phone (its print is tested in test_print.py), and the parents' guide leads from the Plan's
folded text to each duty on its agency page. (axe over every page, and the byte budgets, are in their own tests.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect


def _box(page: Page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(("path", "name"), [("", "Trẻ em cần giúp đỡ? Gọi 111"), ("en/", "Child needs help? Call 111")])
def test_the_hotline_is_in_the_header_without_pushing_the_text_down(browser: Browser, base_url: str, width: int,
                                                                     path: str, name: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 600)
    page = context.new_page()
    page.goto(base_url + path + "agencies/cong-an-tinh/")
    call = page.get_by_role("link", name=name, exact=True)
    expect(call).to_be_visible()
    assert call.get_attribute("href") == "tel:111"
    header, link = _box(page, "header.md-header"), call.bounding_box()
    assert header["y"] <= link["y"] and link["y"] + link["height"] <= header["y"] + header["height"]
    assert link["x"] >= 0 and link["x"] + link["width"] <= width
    top = _box(page, "article h1")["y"]
    page.evaluate("document.querySelector('.help-call-option').remove()")
    assert _box(page, "article h1")["y"] == top, "the header's help line moves the page's text"
    context.close()


@pytest.fixture
def phone_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_side_by_side_columns_become_pairs_on_a_phone(page: Page, phone_page: Page, base_url: str) -> None:
    for tab, paired in ((page, False), (phone_page, True)):
        tab.goto(base_url + "en/parallel/#iii-7-3")
        vi, en = _box(tab, '#iii-7-3 > [lang="vi"]'), _box(tab, '#iii-7-3 > [lang="en"]')
        if paired:
            assert vi["y"] + vi["height"] <= en["y"], "on a phone the Vietnamese comes first, above the English"
        else:
            assert vi["x"] + vi["width"] <= en["x"] and abs(vi["y"] - en["y"]) < 2, "two columns side by side"
    expect(page.locator("#iii-7-3 .parallel-permalink")).to_be_in_viewport()


def test_the_parents_guide_opens_the_plans_text_and_leads_to_the_duty_on_its_agency_page(browser: Browser,
                                                                                          base_url: str) -> None:
    """Steps first; the Plan's words are folded, and each leads to the duty on its agency page."""
    page = browser.new_page()
    page.goto(base_url + "en/guides/parents-and-teachers/")
    folded = page.locator("details.guide-plan")
    duty_link = folded.get_by_role("link", name="III.7.1 · Provincial Police")
    expect(duty_link).to_be_hidden()
    expect(page.locator(".guide-steps li").first).to_be_visible()
    folded.locator("summary").click()
    duty_link.click()
    page.wait_for_url("**/en/agencies/cong-an-tinh/#iii-7-1")
    expect(page.locator("#iii-7-1")).to_be_in_viewport()
    page.close()
