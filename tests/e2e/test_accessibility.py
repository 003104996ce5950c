"""Accessibility (WCAG 2.1 AA) in Chromium: axe-core over every page of both languages in the light
palette, and over one page of each kind in the dark palette; the keyboard alone reaches search, the
language switch and the navigation, and the reader sees where the focus is.

axe-core comes from npm, pinned exactly in package.json, and is injected into each page before the
page's own scripts run. The light-palette run is the pass over every page that the privacy tests read
too (``every_page`` in conftest.py): each page is loaded once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import RUN_AXE, WCAG_21_AA, Visits, axe_tab, run_axe, site_paths
from tests.site.html import LANGS

COLOUR_RULES = ["color-contrast", "link-in-text-block"]  # all that a change of palette can break

# Where the focus ring is drawn: on the element, or (for Material's hidden palette radio) on its label.
_FOCUS_VISIBLE = """() => {
  let element = document.activeElement;
  if (element.matches('input.md-option')) element = element.nextElementSibling;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}"""


def kind_of(path: str) -> str:
    """The kind of page a path shows, one per template: "home", "404", "glossary", "agencies" (the list),
    "agencies/*" (one agency), and so on; both languages' pages of a kind are of that kind."""
    parts = path.removeprefix("en/").removesuffix("/").split("/")
    if parts == [""]:
        return "home"
    if parts == ["404.html"]:
        return "404"
    return parts[0] if len(parts) == 1 else parts[0] + "/*"


def one_page_of_each_kind(site: Path) -> list[str]:
    """For each kind of page, its largest page in either language: the most for the palette to colour."""
    largest: dict[str, tuple[int, str]] = {}
    for path in site_paths(site):
        size = (site / path / "index.html" if path.endswith("/") or not path else site / path).stat().st_size
        largest[kind_of(path)] = max(largest.get(kind_of(path), (0, "")), (size, path))
    return sorted(path for _, path in largest.values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_passes_axe_in_the_light_palette(every_page: Callable[[str], Visits], site: Path,
                                                      lang: str) -> None:
    visits = every_page(lang)
    assert visits.paths == site_paths(site, lang) and ("en/404.html" if lang == "en" else "404.html") in visits.paths
    assert visits.wrong_palette == []
    assert visits.violations == [], f"{len(visits.violations)} axe violation(s):\n" + "\n".join(visits.violations)


def test_every_kind_of_page_keeps_its_contrast_in_the_dark_palette(browser: Browser, site: Path,
                                                                    base_url: str) -> None:
    paths = one_page_of_each_kind(site)
    tab = axe_tab(browser, "dark")
    options = {"runOnly": {"type": "rule", "values": COLOUR_RULES}, "resultTypes": ["violations"]}
    found, wrong_palette = run_axe(tab, base_url, paths, "dark", options)
    tab.context.close()
    assert wrong_palette == []
    assert found == [], f"{len(found)} axe violation(s) in the dark palette:\n" + "\n".join(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_a_planted_violation(browser: Browser, base_url: str, scheme: str) -> None:
    """The same run reports a fault it must see, in either palette, so the checks above can fail."""
    tab = axe_tab(browser, scheme)
    tab.goto(base_url)
    tab.evaluate("""faint => { const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = faint;
      document.querySelector('article').append(p);
      document.querySelector('article').append(document.createElement('img')); }""",
                 "#ddd" if scheme == "light" else "#333")
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}} if scheme == "light" else \
        {"runOnly": {"type": "rule", "values": COLOUR_RULES}}
    found = tab.evaluate(RUN_AXE, options)
    tab.context.close()
    assert any(v.startswith("color-contrast") for v in found)
    assert any(v.startswith("image-alt") for v in found) == (scheme == "light")


# ---------------------------------------------------------------- keyboard


@pytest.fixture
def keyboard_tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    tab = context.new_page()
    yield tab
    context.close()


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
