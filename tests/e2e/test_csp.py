"""The Content-Security-Policy in a real browser: a reader who searches, filters the duty finder, copies a
citation, switches palette and language, and mistypes an address meets no violation; code injected
into a page is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

# Report every violation the browser sees, on every page the tab opens, to the test.
_REPORT = """window.violationsSeen = [];
document.addEventListener('securitypolicyviolation', event => {
  const seen = `${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`;
  window.violationsSeen.push(seen);
  window.reportViolation(seen);
})"""


@pytest.fixture
def watched(browser: Browser, base_url: str) -> Iterator[Page]:
    """A tab that records CSP violations (events and console messages) in `tab.violations`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    tab = context.new_page()
    violations: list[str] = []
    tab.violations = violations  # type: ignore[attr-defined]
    context.expose_function("reportViolation", lambda text: violations.append(text))
    context.add_init_script(_REPORT)
    tab.on("console", lambda message: violations.append(message.text)
           if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text else None)
    yield tab
    context.close()


def test_a_reader_meets_no_violation(watched: Page, base_url: str) -> None:
    page = watched
    page.goto(base_url + "agencies/so-y-te/")
    assert "default-src 'self'" in page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    page.locator("input.md-search__input").click()
    page.keyboard.type("trẻ em")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("button.cite-copy").first.click()
    expect(page.locator(".cite-status").first).not_to_be_empty()
    page.locator("form[data-md-component='palette'] label:not([hidden])").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    expect(page).to_have_url(base_url + "en/agencies/so-y-te/")
    page.goto(base_url + "en/finder/")
    total = page.locator(".duty-finder__count").inner_text()
    page.locator("#duty-finder-text").fill("child")
    expect(page.locator(".duty-finder__count")).not_to_have_text(total)
    page.goto(base_url + "en/no-such-page/")
    expect(page.locator("h1:visible")).to_have_count(1)  # the 404 page has found its root and language
    expect(page.locator("h1:visible")).to_have_text("Page not found")
    page.wait_for_load_state("networkidle")
    assert page.violations == []  # type: ignore[attr-defined]


def test_injected_code_is_refused(watched: Page, base_url: str) -> None:
    """The policy is enforced: an inline script or style the build did not hash does not apply."""
    page = watched
    page.goto(base_url + "agencies/so-y-te/")
    ran = page.evaluate("""() => { const script = document.createElement('script');
      script.textContent = 'window.injected = true'; document.body.append(script);
      const p = document.querySelector('article p'); p.setAttribute('style', 'color: rgb(255, 0, 0)');
      return [window.injected === true, getComputedStyle(p).color]; }""")
    assert ran[0] is False and ran[1] != "rgb(255, 0, 0)"
    page.wait_for_function("""() => ['script-src', 'style-src'].every(directive =>
      window.violationsSeen.some(seen => seen.includes(directive)))""")  # the events come after the code ran
    directives = " ".join(page.violations)  # type: ignore[attr-defined]
    assert "script-src" in directives and "style-src" in directives
