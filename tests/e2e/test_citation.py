"""Citing a duty in a real browser: the copy button puts the formal citation and its address on the clipboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from plan_site.model.citation import duty_citation, with_url

ISSUE_CITATION_VI = ("gạch đầu dòng thứ 3, mục 7, phần III Kế hoạch ban hành kèm theo Quyết định số 145/QĐ-UBND "
                     "ngày 02/02/2021 của UBND tỉnh Bắc Kạn")
ISSUE_CITATION_EN = ("third indent, item 7, Part III of the Plan issued with Decision No. 145/QĐ-UBND of "
                     "2 February 2021 of the Bắc Kạn Provincial People's Committee")


@pytest.fixture
def clipboard_page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A tab allowed to write and read the clipboard on the local site's origin."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    tab = context.new_page()
    tab.requests = []  # type: ignore[attr-defined]  # every request, as the shared `page` fixture records them
    tab.on("request", lambda request: tab.requests.append(request.url))  # type: ignore[attr-defined]
    yield tab
    context.close()


def permalink(page: Page, anchor: str) -> str:
    return page.locator('link[rel="canonical"]').get_attribute("href").split("#")[0] + "#" + anchor


@pytest.mark.parametrize(("path", "expected"), [("", ISSUE_CITATION_VI), ("en/", ISSUE_CITATION_EN)])
def test_copy_citation_button_copies_the_citation_and_permalink(
    clipboard_page: Page, base_url: str, plan, path: str, expected: str
) -> None:
    page = clipboard_page
    page.goto(base_url + path + "agencies/cong-an-tinh/#iii-7-3")
    button = page.locator('button.cite-copy[data-cite="cite-iii-7-3"]')
    expect(button).to_be_visible()
    page.requests.clear()  # type: ignore[attr-defined]
    button.click()
    expect(page.locator("#iii-7-3 + .duty + .duty-cite .cite-status")).not_to_be_empty()
    copied = page.evaluate("navigator.clipboard.readText()")
    lang = "en" if path else "vi"
    assert copied == with_url(duty_citation(plan, plan.duty_index["III.7.3"], lang), permalink(page, "iii-7-3"))
    assert copied.startswith(expected + ", ")
    assert copied.endswith("/" + path + "agencies/cong-an-tinh/#iii-7-3")
    assert page.requests == [], "copying makes no request"  # type: ignore[attr-defined]


def test_copy_citation_works_from_the_keyboard(clipboard_page: Page, base_url: str, plan) -> None:
    page = clipboard_page
    page.goto(base_url + "agencies/ban-dan-toc-tinh/")
    page.locator('a.duty-permalink[href="#iii-8-1"]').focus()
    page.keyboard.press("Tab")
    expect(page.locator('button.cite-copy[data-cite="cite-iii-8-1"]')).to_be_focused()
    page.keyboard.press("Enter")
    status = page.locator("#iii-8-1 + .duty + .duty-cite .cite-status")
    expect(status).to_have_text("Đã sao chép trích dẫn")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("mục 8, phần III Kế hoạch ban hành kèm theo Quyết định số 145/QĐ-UBND")
    assert copied.endswith("/agencies/ban-dan-toc-tinh/#iii-8-1")


def test_without_javascript_the_citation_is_visible_text(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "agencies/cong-an-tinh/")
    expect(page.locator('button.cite-copy[data-cite="cite-iii-7-3"]')).to_be_hidden()
    expect(page.locator("#cite-iii-7-3")).to_be_visible()
    expect(page.locator("#cite-iii-7-3 .cite-text__value")).to_have_text(ISSUE_CITATION_VI)
    expect(page.locator('a.duty-permalink[href="#iii-7-3"]')).to_be_visible()
    context.close()


def test_printed_checklist_is_a_clean_table(page: Page, base_url: str, plan) -> None:
    page.goto(base_url + "en/checklists/cong-an-tinh/")
    expect(page.locator("button.print-page")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator("button.print-page")).to_be_hidden()
    expect(page.locator(".checklist table")).to_be_visible()
    police = plan.assignment_by_slug("cong-an-tinh")
    part_iv = [p for part in plan.document.parts for p in part.paragraphs if any(set(r.to) - set(police.bodies) for r in p.reports)]
    expect(page.locator(".checklist tbody tr")).to_have_count(len(police.duties) + len(part_iv))  # then Part IV's reporting
    border = page.locator(".checklist td").first.evaluate("cell => getComputedStyle(cell).borderTopStyle")
    assert border == "solid"


def test_agency_page_prints_the_citation_without_its_controls(page: Page, base_url: str) -> None:
    page.goto(base_url + "agencies/cong-an-tinh/")
    expect(page.locator("#iii-7-3 + .duty + .duty-cite button.cite-copy")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("#iii-7-3 + .duty + .duty-cite .cite-text")).to_be_visible()
    expect(page.locator("#iii-7-3 + .duty + .duty-cite button.cite-copy")).to_be_hidden()
    expect(page.locator("#iii-7-3 + .duty + .duty-cite .duty-permalink")).to_be_hidden()
    expect(page.locator("#iii-7-3")).to_be_visible()
