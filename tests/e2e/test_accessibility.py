"""Accessibility (WCAG 2.1 AA) in Chromium: axe-core over every page of both languages, in the light
and the dark palette; the keyboard alone reaches search, the language switch and the navigation,
and the reader sees where the focus is.

axe-core comes from npm, pinned exactly in package.json, and is injected into each page before the
page's own scripts run. One browser and one tab per palette serve all pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import ROOT
from tests.site.html import pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
COLOUR_RULES = ["color-contrast", "link-in-text-block"]  # all that a change of palette can break
SCHEMES = {"light": "default", "dark": "slate"}  # browser preference -> Material palette it selects

_RUN_AXE = """options => axe.run(document, options).then(result => result.violations.map(v =>
  `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | ')}`))"""

# The palette a page shows: Material's, or (on the 404 page, which has its own style) the browser preference's.
_PALETTE = """() => document.getElementById('__config') ? document.body.dataset.mdColorScheme
  : matchMedia('(prefers-color-scheme: dark)').matches ? 'slate' : 'default'"""

# Where the focus ring is drawn: on the element, or (for Material's hidden palette radio) on its label.
_FOCUS_VISIBLE = """() => {
  let element = document.activeElement;
  if (element.matches('input.md-option')) element = element.nextElementSibling;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}"""


def site_paths(site: Path) -> list[str]:
    """Every page of both languages, as paths below the site root (directory URLs)."""
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site)]


@pytest.fixture(scope="module")
def axe_script() -> Path:
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (scripts/test.sh does)")
    return AXE


def _tab(browser: Browser, scheme: str, axe: Path | None = None) -> Page:
    """A tab preferring a colour scheme, with axe-core injected before the page's own scripts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    if axe is not None:
        context.add_init_script(path=str(axe))
    return context.new_page()


def _axe_everywhere(browser: Browser, site: Path, base_url: str, scheme: str, axe: Path, options: dict) -> list[str]:
    """axe over every page of both languages, 404 pages included, in one tab."""
    tab = _tab(browser, scheme, axe)
    found = _violations(tab, base_url, site_paths(site), scheme, options)
    tab.context.close()
    return found


def _violations(tab: Page, base_url: str, paths: list[str], scheme: str, options: dict) -> list[str]:
    found = []
    for path in paths:
        tab.goto(base_url + path)
        assert tab.evaluate(_PALETTE) == SCHEMES[scheme], path
        found += [f"/{path}: {v}" for v in tab.evaluate(_RUN_AXE, options)]
    return found


def test_every_page_passes_axe_in_the_light_palette(browser: Browser, site: Path, base_url: str,
                                                      axe_script: Path) -> None:
    paths = site_paths(site)
    assert len(paths) > 50 and "404.html" in paths and "en/404.html" in paths
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    found = _axe_everywhere(browser, site, base_url, "light", axe_script, options)
    assert found == [], f"{len(found)} axe violation(s):\n" + "\n".join(found)


def test_every_page_keeps_its_contrast_in_the_dark_palette(browser: Browser, site: Path, base_url: str,
                                                             axe_script: Path) -> None:
    options = {"runOnly": {"type": "rule", "values": COLOUR_RULES}, "resultTypes": ["violations"]}
    found = _axe_everywhere(browser, site, base_url, "dark", axe_script, options)
    assert found == [], f"{len(found)} axe violation(s) in the dark palette:\n" + "\n".join(found)


def test_axe_finds_a_planted_violation(browser: Browser, site: Path, base_url: str, axe_script: Path) -> None:
    """The same run reports a fault it must see, so the two checks above can fail."""
    tab = _tab(browser, "light", axe_script)
    tab.goto(base_url)
    tab.evaluate("""() => { const p = document.createElement('p'); p.textContent = 'faint';
      p.style.color = '#ddd'; document.querySelector('article').append(p);
      document.querySelector('article').append(document.createElement('img')); }""")
    found = tab.evaluate(_RUN_AXE, {"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    tab.context.close()
    assert any(v.startswith("color-contrast") for v in found)
    assert any(v.startswith("image-alt") for v in found)


# ---------------------------------------------------------------- keyboard


@pytest.fixture
def keyboard_tab(browser: Browser) -> Iterator[Page]:
    tab = _tab(browser, "light")
    yield tab
    tab.context.close()


def tab_to(tab: Page, selector: str, limit: int = 80) -> bool:
    """Press Tab until the focus is on an element matching `selector`; False if it never gets there."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return True
    return False


PLACES = {
    "search": "input.md-search__input",
    "language switch": "a.md-select__link[hreflang]",
    "palette toggle": "input.md-option",
    "navigation": ".md-sidebar--primary a.md-nav__link",
    "page content": "article a[href]",
}


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("place", PLACES)
def test_keyboard_reaches_every_control_with_a_visible_focus(keyboard_tab: Page, base_url: str, lang: str,
                                                            place: str) -> None:
    keyboard_tab.goto(base_url + lang + "agencies/cong-an-tinh/")
    assert tab_to(keyboard_tab, PLACES[place]), f"Tab never reaches the {place}"
    assert keyboard_tab.evaluate(_FOCUS_VISIBLE), f"the {place} has focus but shows no focus indicator"


def test_keyboard_switches_language_on_the_same_page(keyboard_tab: Page, base_url: str) -> None:
    keyboard_tab.goto(base_url + "agencies/cong-an-tinh/")
    assert tab_to(keyboard_tab, 'a.md-select__link[hreflang="en"]')
    keyboard_tab.keyboard.press("Enter")
    expect(keyboard_tab).to_have_url(base_url + "en/agencies/cong-an-tinh/")
    assert tab_to(keyboard_tab, 'a.md-select__link[hreflang="vi"]')
    keyboard_tab.keyboard.press("Enter")
    expect(keyboard_tab).to_have_url(base_url + "agencies/cong-an-tinh/")


@pytest.mark.parametrize(("lang", "query"), [("", "trẻ em"), ("en/", "child marriage")])
def test_keyboard_searches_and_opens_a_result(keyboard_tab: Page, base_url: str, lang: str, query: str) -> None:
    keyboard_tab.goto(base_url + lang + "about/")
    assert tab_to(keyboard_tab, PLACES["search"])
    keyboard_tab.keyboard.type(query)
    expect(keyboard_tab.locator(".md-search-result__item").first).to_be_visible()
    for _ in range(3):
        keyboard_tab.keyboard.press("ArrowDown")
        if keyboard_tab.evaluate("document.activeElement.matches('.md-search-result__link')"):
            break
    assert keyboard_tab.evaluate("document.activeElement.matches('.md-search-result__link')")
    assert keyboard_tab.evaluate(_FOCUS_VISIBLE), "the chosen search result shows no focus indicator"
    target = keyboard_tab.evaluate("document.activeElement.href")
    keyboard_tab.keyboard.press("Enter")
    expect(keyboard_tab).to_have_url(target)
    assert target.startswith(base_url + lang) and "/about/" not in target


def test_keyboard_follows_the_navigation(keyboard_tab: Page, base_url: str) -> None:
    keyboard_tab.goto(base_url + "en/")
    assert tab_to(keyboard_tab, '.md-sidebar--primary a.md-nav__link[href$="glossary/"]')
    keyboard_tab.keyboard.press("Enter")
    expect(keyboard_tab).to_have_url(base_url + "en/glossary/")


def test_keyboard_switches_the_palette(keyboard_tab: Page, base_url: str) -> None:
    keyboard_tab.goto(base_url)
    assert keyboard_tab.evaluate("document.body.dataset.mdColorScheme") == "default"
    assert tab_to(keyboard_tab, PLACES["palette toggle"])
    keyboard_tab.keyboard.press("ArrowRight")
    expect(keyboard_tab.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    keyboard_tab.goto(base_url + "original/")  # the choice is kept on the next page
    expect(keyboard_tab.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


@pytest.mark.parametrize("lang", ["", "en/"])
def test_keyboard_reaches_every_finder_filter_with_a_visible_focus(keyboard_tab: Page, site: Path, base_url: str,
                                                                   lang: str) -> None:
    """The duty finder (finder/): every filter and the reset button, in order, by Tab alone."""
    if not (site / lang / "finder" / "index.html").is_file():
        pytest.skip("the site has no duty finder page")
    keyboard_tab.goto(base_url + lang + "finder/")
    controls = keyboard_tab.locator("form.duty-finder").locator("input, select, button, textarea")
    expect(controls.first).to_be_visible()
    ids = controls.evaluate_all("els => els.map((e, i) => e.id || `${e.tagName}:${i}`)")
    assert len(ids) >= 3
    reached = []
    for index in range(len(ids)):
        selector = f"form.duty-finder :is(input, select, button, textarea) >> nth={index}"
        marked = controls.nth(index).evaluate("e => (e.dataset.kbd = '1', '[data-kbd=\"1\"]')")
        assert tab_to(keyboard_tab, marked), f"Tab never reaches finder control {ids[index]} ({selector})"
        assert keyboard_tab.evaluate(_FOCUS_VISIBLE), f"finder control {ids[index]} shows no focus indicator"
        controls.nth(index).evaluate("e => delete e.dataset.kbd")
        reached.append(ids[index])
    assert reached == ids
