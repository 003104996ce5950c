"""The site as a reader uses it: the language switch, a duty's anchor, the phone layout."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_language_switch_keeps_the_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "agencies/cong-an-tinh/")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    expect(page).to_have_url(base_url + "en/agencies/cong-an-tinh/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="vi"]').click()
    expect(page).to_have_url(base_url + "agencies/cong-an-tinh/")


def test_duty_permalink_scrolls_to_the_duty(page: Page, base_url: str) -> None:
    page.goto(base_url + "agencies/cong-an-tinh/#iii-7-3")
    heading = page.locator("#iii-7-3")
    expect(heading).to_be_in_viewport()
    expect(heading).to_contain_text("III.7.3")


def test_agency_page_fits_a_phone(phone: Page, base_url: str) -> None:
    phone.goto(base_url + "agencies/so-lao-dong-thuong-binh-va-xa-hoi/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px screen"
    expect(phone.locator("#iii-1-1")).to_be_attached()
