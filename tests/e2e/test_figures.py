"""In Chromium, on a 390 px phone in both palettes: the coordination figure and a relations figure keep
labels of 12 px or more (they scroll sideways in their own box instead of shrinking), every label inside
the drawing, and their lines (3:1) and labels (4.5:1) stand out from the page in both palettes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from plan_site.site.labels import t
from tests.e2e.colours import contrast, over, page_background, paint, rgba

# Each label's size as shown: its font size in the drawing times the drawing's scale on screen.
SHOWN = """svg => [...svg.querySelectorAll('text')].map(text => {
  const box = text.getBBox(), view = svg.viewBox.baseVal;
  return {size: parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a, words: text.textContent.trim(),
          inside: box.x >= 0 && box.x + box.width <= view.width && box.y >= 0 && box.y + box.height <= view.height};
})"""
SCROLLS = "box => ({scrolls: box.scrollWidth > box.clientWidth, page: document.documentElement.scrollWidth})"
FIGURES = [  # page, figure, its lines, its labels
    ("coordination/", "svg.network", "path.network-edge", "text.network-label"),
    ("en/coordination/", "svg.network", "path.network-edge", "text.network-label"),
    ("original/", "svg.relations", ".relation-edge path", "text.relation-edge-label"),
    ("en/instruments/luat-tre-em-2016/", "svg.relations", ".relation-edge path", "text.relation-label"),
]


def phone(browser: Browser, scheme: str) -> Page:
    return browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                               color_scheme=scheme).new_page()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("path", "figure", "lines", "labels"), FIGURES)
def test_figures_are_readable_on_a_phone_in_both_palettes(browser: Browser, base_url: str, scheme: str, path: str,
                                                          figure: str, lines: str, labels: str) -> None:
    page = phone(browser, scheme)
    page.goto(base_url + path)
    svg = page.locator(figure).first
    svg.scroll_into_view_if_needed()
    shown = svg.evaluate(SHOWN)
    assert len(shown) >= 2
    small = [(label["words"], round(label["size"], 1)) for label in shown if label["size"] < 12]
    assert not small, small
    assert all(label["inside"] for label in shown), [label["words"] for label in shown if not label["inside"]]
    box = page.locator(f".figure-scroll:has({figure})").first.evaluate(SCROLLS)
    assert box["page"] <= 390, "the figure scrolls in its own box, not the page"

    line = paint(page, f"{figure} {lines}")
    background = page_background(line)
    stroke = over(rgba(line["stroke"]), background, float(line["opacity"]))
    assert contrast(stroke, background) >= 3, (scheme, line)
    for selector in (labels, f"{figure} text"):
        label = paint(page, selector if selector.startswith(figure) else f"{figure} {selector}")
        fill = over(rgba(label["fill"]), page_background(label), float(label["opacity"]))
        assert contrast(fill, page_background(label)) >= 4.5, (scheme, label)
    page.context.close()


def test_the_coordination_figure_scrolls_on_a_phone_and_fits_a_desktop(browser: Browser, base_url: str) -> None:
    page = phone(browser, "light")
    page.goto(base_url + "coordination/")
    scroll_box = page.locator(".figure-scroll:has(svg.network)")
    assert scroll_box.evaluate(SCROLLS)["scrolls"], "wider than a phone: it scrolls"
    assert scroll_box.get_attribute("tabindex") == "0", "and scrolls from the keyboard"
    hint = page.locator(".figure-scroll__hint:has(+ .figure-scroll svg.network)")
    expect(hint).to_be_visible()  # a cut-off figure does not say that it scrolls: the line above it does
    expect(hint).to_have_text(t("figure_scroll_hint", "vi"))
    assert hint.bounding_box()["y"] < scroll_box.bounding_box()["y"]
    page.context.close()
    desktop = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desktop.goto(base_url + "coordination/")
    assert not desktop.locator(".figure-scroll:has(svg.network)").evaluate(SCROLLS)["scrolls"]
    expect(desktop.locator(".figure-scroll__hint").first).to_be_hidden()
    desktop.context.close()
