"""Large text: with the reader's text at 200% or 250%, on a phone and on a wide screen, every control of the
header stays on the screen and can be tapped, and no page scrolls sideways.

Text grows in two ways here: the page's root font set larger (as a reader's style sheet or a text-size
setting that scales rems does), and Chromium's own default font size (its "font size" setting, which
media queries see too). The header is checked on the home page, an agency page and the finder, in both
languages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

PAGES = ["", "agencies/cong-an-tinh/", "finder/"]
LANGS = ["", "en/"]
WIDTHS = [390, 1280]
ROOT_SIZES = ["100%", "200%", "250%"]
DEFAULT_FONT_PX = {"200%": 32, "250%": 40}  # Chromium's default font size (16 px at 100%)

# Each control of the header the reader can use; where one of two is shown (search: the button on a phone,
# the box on a wide screen), either counts. Every control listed must be shown.
CONTROLS = {
    "menu or logo": ".md-header__inner > label[for=__drawer], .md-header__inner > .md-logo",
    "title": ".md-header__title",
    "hotline": ".md-header .help-call",
    "palette toggle": "[data-md-component=palette] label:not([hidden])",
    "language switch": ".md-header .md-select > button",
    "search": ".md-header__inner > label[for=__search], .md-search__form",
}

# For each control, its box and whether the point at its centre belongs to it (so a tap there reaches it).
MEASURE = """controls => {
  const shown = el => { const r = el.getBoundingClientRect(), style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.display !== 'none' && style.visibility !== 'hidden' };
  const result = {};
  for (const [name, selector] of Object.entries(controls)) {
    const el = [...document.querySelectorAll(selector)].find(shown);
    if (!el) { result[name] = null; continue }
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    result[name] = {left: r.left, right: r.right, top: r.top, bottom: r.bottom, hit: el.contains(hit)};
  }
  return result;
}"""

SIDEWAYS = "() => [document.documentElement.scrollWidth, innerWidth]"


def header_faults(page: Page, where: str) -> list[str]:
    """What is wrong with the header as shown: controls missing, off the screen, or covered; sideways scrolling."""
    faults = []
    width, viewport = page.evaluate(SIDEWAYS)
    if width > viewport:
        faults.append(f"{where}: the page is {width}px wide on a {viewport}px screen")
    for name, box in page.evaluate(MEASURE, CONTROLS).items():
        if box is None:
            faults.append(f"{where}: no {name}")
        elif box["left"] < 0 or box["right"] > viewport or box["top"] < 0:
            faults.append(f"{where}: {name} at x {box['left']:.0f}-{box['right']:.0f}, y {box['top']:.0f}")
        elif not box["hit"]:
            faults.append(f"{where}: {name} is covered at its centre")
    return faults


REACHABLE = """el => { const r = el.getBoundingClientRect();
  return r.height > 0 && el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)) }"""


def language_list_faults(page: Page, where: str) -> list[str]:
    """Open the language list (as keyboard focus does): each language's link is on the screen and reachable."""
    page.locator(".md-header .md-select > button").focus()
    faults = []
    for link in page.locator(".md-select__link").all():
        try:
            page.wait_for_function(REACHABLE, arg=link.element_handle(), timeout=3000)
        except PlaywrightTimeoutError:
            faults.append(f"{where}: the language list's {link.get_attribute('hreflang')} link cannot be reached")
            continue
        box = link.bounding_box()
        if box["x"] < 0 or box["x"] + box["width"] > page.viewport_size["width"]:
            faults.append(f"{where}: the language list's {link.get_attribute('hreflang')} link is off the screen")
    return faults


def check(page: Page, base_url: str, width: int, setting: str, root_size: str = "") -> list[str]:
    faults = []
    for lang in LANGS:
        for path in PAGES:
            page.goto(base_url + lang + path)
            if root_size:
                page.evaluate("size => { document.documentElement.style.fontSize = size }", root_size)
            where = f"/{lang}{path} at {width}px, {setting}"
            faults += header_faults(page, where)
            faults += language_list_faults(page, where)
    return faults


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("root_size", ROOT_SIZES)
def test_header_fits_with_a_larger_root_font(browser: Browser, base_url: str, width: int, root_size: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 844})
    try:
        faults = check(context.new_page(), base_url, width, f"root font {root_size}", root_size)
    finally:
        context.close()
    assert not faults, "\n".join(faults)


@pytest.fixture(scope="module", params=sorted(DEFAULT_FONT_PX))
def text_size(request: pytest.FixtureRequest, browser: Browser,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, BrowserContext]]:
    """A Chromium whose default font size (its "font size" setting) is larger: a profile that says so."""
    profile: Path = tmp_path_factory.mktemp("profile")
    (profile / "Default").mkdir()
    size = request.param
    (profile / "Default" / "Preferences").write_text(
        json.dumps({"webkit": {"webprefs": {"default_font_size": DEFAULT_FONT_PX[size]}}}))
    context = browser.browser_type.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport={"width": 390, "height": 844})
    yield size, context
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_header_fits_with_chromium_text_size(text_size: tuple[str, BrowserContext], base_url: str, width: int) -> None:
    size, context = text_size
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(base_url)
    root = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert root >= 1.25 * DEFAULT_FONT_PX[size], f"the profile's font size was not applied: root font {root}px"
    try:
        faults = check(page, base_url, width, f"Chromium text size {size}")
    finally:
        page.close()
    assert not faults, "\n".join(faults)


def test_on_a_phone_with_large_text_the_controls_stay_when_scrolled_and_the_menu_fits(browser: Browser,
                                                                                       base_url: str) -> None:
    """The title's row scrolls away; the hotline and the other controls stay one tap away. The menu's
    drawer is narrower than the screen, so its entries can be read and it can be closed beside it."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(base_url + "en/original/")
        page.evaluate("document.documentElement.style.fontSize = '250%'")
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
        boxes = page.evaluate(MEASURE, CONTROLS)
        for name in ("menu or logo", "hotline", "palette toggle", "language switch", "search"):
            assert boxes[name] and boxes[name]["top"] >= 0 and boxes[name]["hit"], (name, boxes[name])
        header = page.locator(".md-header").bounding_box()
        assert header["y"] + header["height"] <= 0.1 * 844, f"the sticky header covers too much: {header}"
        page.locator(".md-header__inner > label[for=__drawer]").click()
        drawer = page.locator(".md-sidebar--primary")
        page.wait_for_function("el => el.getBoundingClientRect().left >= 0", arg=drawer.element_handle())
        box = drawer.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] < 390, box
    finally:
        context.close()
