"""Agency pages lead with duties, on a 390 × 844 phone in Chromium (readers' testing, issue 21): where the work
sits today and the duties at a glance are on the first screen, and one tap on a duty there brings its full
text into view. Both languages; every agency page, and a tap on the police page and on a page for a body
that no longer exists."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.site.html import LANGS

SCREEN = 844  # the phone fixture's viewport height (conftest.py)


def top_and_bottom(page: Page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["y"], box["y"] + box["height"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_agency_page_shows_where_the_work_sits_and_its_first_duty_on_the_first_screen(
        phone: Page, base_url: str, plan, lang: str) -> None:
    for assignment in plan.assignments:
        first_screen(phone, f"{base_url}{LANGS[lang]}agencies/{assignment.slug}/", assignment)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["cong-an-tinh", "so-lao-dong-thuong-binh-va-xa-hoi"])
def test_one_tap_on_the_first_duty_brings_its_text_into_view(phone: Page, base_url: str, plan, lang: str,
                                                            slug: str) -> None:
    assignment = plan.assignment_by_slug(slug)
    first = assignment.duties[0]
    glance = first_screen(phone, f"{base_url}{LANGS[lang]}agencies/{slug}/", assignment)
    glance.tap()
    expect(phone).to_have_url(f"{base_url}{LANGS[lang]}agencies/{slug}/#{first.anchor}")
    expect(phone.locator(f"#{first.anchor}")).to_be_in_viewport()
    text = phone.locator(f"#{first.anchor} + .duty > p").first
    expect(text).to_be_in_viewport()


def first_screen(phone: Page, url: str, assignment):
    """Check the page's first screen: where the work sits today (if the page says) and the first duty's line
    of the glance are on it, and the page is no wider than the phone; return that line's link."""
    first = assignment.duties[0]
    phone.goto(url)
    assert phone.evaluate("window.scrollY") == 0
    if phone.locator(".work-today").count():
        _, today_bottom = top_and_bottom(phone, ".work-today")
        assert today_bottom <= SCREEN, f"{url}: where the work sits today is on the first screen"
    glance = phone.locator(f'.duty-glance a[href="#{first.anchor}"]')
    expect(glance).to_be_visible()
    _, glance_bottom = top_and_bottom(phone, f'.duty-glance a[href="#{first.anchor}"]')
    assert glance_bottom <= SCREEN, f"{url}: the first duty's line ends at {glance_bottom:.0f} px"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{url}: the page is {width} px wide on a 390 px phone"
    box = glance.bounding_box()
    assert box is not None and box["height"] >= 24, "a comfortable target for a finger"
    return glance


@pytest.mark.parametrize("lang", LANGS)
def test_every_duty_of_the_glance_is_one_line_and_one_tap_away(phone: Page, base_url: str, plan, lang: str) -> None:
    assignment = plan.assignment_by_slug("cong-an-tinh")
    phone.goto(f"{base_url}{LANGS[lang]}agencies/cong-an-tinh/")
    links = phone.locator(".duty-glance li > a")
    expect(links).to_have_count(len(assignment.duties))
    heights = [links.nth(i).bounding_box()["height"] for i in range(len(assignment.duties))]
    assert max(heights) < 40, f"one line each: {heights}"
    last = assignment.duties[-1]
    links.nth(len(assignment.duties) - 1).tap()
    expect(phone.locator(f"#{last.anchor}")).to_be_in_viewport()
