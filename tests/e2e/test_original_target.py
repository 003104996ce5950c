"""In Chromium: a link into the original text lands on its passage and the passage stands out (CSS
:target, original.css) in both palettes, its text and links readable on the tint; on paper, no fill.
(That every such link finds its passage by id, and the passages' numbers, are site tests:
tests/site/test_original_target.py.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.e2e.colours import contrast, over, page_background, paint, rgba

SCHEMES = ("light", "dark")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("path", "target", "other"), [
    ("original/", "iii-7-1", "iii-7-2"),  # a duty, as a duty's "Xem trong văn bản gốc" sends to it
    ("en/original/", "iii-7-1", "iii-7-2"),
    ("en/original/", "iii-7", "iii-8"),  # an assignment's heading, as an agency page sends to it
    ("original/", "iv-1", "iv-2"),  # a closing paragraph, as the What's new page may
])
def test_the_passage_a_link_points_at_is_highlighted(browser: Browser, base_url: str, scheme: str, path: str,
                                                     target: str, other: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{base_url}{path}#{target}")
    assert page.evaluate("document.body.dataset.mdColorScheme") == {"light": "default", "dark": "slate"}[scheme]
    assert page.locator(f"#{target}").evaluate("e => e.matches(':target')")
    # The theme fades a heading's link in (a CSS transition): read the colours once it has settled.
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    marked, plain = paint(page, f"#{target}"), paint(page, f"#{other}")
    assert marked["backgroundColor"] != plain["backgroundColor"], "the target has a tint the others do not"
    assert marked["outlineStyle"] == "solid" and plain["outlineStyle"] == "none"
    page_colour = rgba(marked["page"])
    tint = over(rgba(marked["backgroundColor"]), page_background(marked))
    assert contrast(rgba(marked["color"]), tint) >= 4.5, marked
    assert contrast(rgba(marked["outlineColor"]), page_colour) >= 3, marked
    links = page.locator(f"#{target} a")
    for n in range(links.count()):
        assert contrast(over(rgba(links.nth(n).evaluate("a => getComputedStyle(a).color")), tint), tint) >= 4.5
    assert page.locator(f"#{target}").is_visible()
    box = page.locator(f"#{target}").bounding_box()
    assert box["y"] >= 0 and box["y"] < 900, "scrolled to, below the header"

    page.emulate_media(media="print")
    printed = paint(page, f"#{target}")
    assert rgba(printed["backgroundColor"])[3] == 0 and printed["boxShadow"] == "none", "no ink spent on a fill"
    assert printed["outlineStyle"] == "solid"
    context.close()
