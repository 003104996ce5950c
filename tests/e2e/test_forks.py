"""The site served where its SITE_URL does not say (a fork under another name, a local preview) and
where it does: the 404 page works and speaks the reader's language; head alternates fetch nothing.

The site is built for its SITE_URL (unless set, https://example.org/bac-kan-145/: a domain reserved for
documentation, which no one owns) and served here as GitHub Pages serves it: under a folder, with the
root 404.html (status 404) for every missing address.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from plan_site.site.labels import t
from tests.e2e.conftest import serve_like_pages
from tests.site.html import base_path
from tests.site.test_alternates import site_root

# Where the visible links and the search lead; the help line's telephone links lead to no page.
_VISIBLE_TARGETS = """() => [...document.querySelectorAll(
  'section:not([hidden]) a:not([href^="tel:"]), section:not([hidden]) form')].map(element => element.href || element.action)"""


def _read_404(tab: Page, address: str) -> dict:
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    response = tab.goto(address)
    tab.wait_for_load_state("networkidle")
    return {
        "status": response.status if response else None,
        "lang": tab.evaluate("document.documentElement.lang"),
        "headings": tab.locator("h1:visible").all_inner_texts(),
        "title": tab.title(),
        "targets": tab.evaluate(_VISIBLE_TARGETS),
        "max_width": tab.evaluate("getComputedStyle(document.querySelector('main')).maxWidth"),
        "requests": requests,
    }


@pytest.mark.parametrize("prefix", ["/their-fork/", "/", "configured"])
@pytest.mark.parametrize(("missing", "lang"), [("en/agencis/so-y-te/", "en"), ("agencis/so-y-te/", "vi"),
                                               ("en/nowhere", "en"), ("original/nowhere.html", "vi")])
def test_the_404_page_works_from_any_path_in_the_readers_language(page: Page, site: Path, prefix: str,
                                                                  missing: str, lang: str) -> None:
    configured = base_path(site)
    prefix = configured if prefix == "configured" else prefix
    with serve_like_pages(site, prefix) as root:
        seen = _read_404(page, root + missing)
        home = root + ("en/" if lang == "en" else "")
        assert seen["status"] == 404
        assert (seen["lang"], seen["headings"]) == (lang, [t("not_found_title", lang)])
        assert seen["title"].startswith(t("not_found_title", lang))
        assert seen["max_width"] == "640px", "the page's own style applies"
        assert len(seen["targets"]) == 5 and all(target.startswith(home) for target in seen["targets"])
        for target in seen["targets"]:
            assert page.request.get(target).status == 200, target
        origin = f"{urlsplit(root).scheme}://{urlsplit(root).netloc}/"
        assert [url for url in seen["requests"] if not url.startswith(origin)] == []
        if prefix == configured:
            assert seen["requests"] == [root + missing], "where SITE_URL is right, the page asks for nothing"


def test_without_javascript_the_404_page_shows_both_languages_and_links_the_published_site(
        browser: Browser, site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    with serve_like_pages(site, "/their-fork/") as root:
        seen = _read_404(tab, root + "en/agencis/")
    context.close()
    assert seen["headings"] == [t("not_found_title", "vi"), t("not_found_title", "en")]
    assert all(target.startswith(site_root(site)) for target in seen["targets"])
    assert seen["max_width"] == "640px"


def test_head_alternates_stay_and_make_the_theme_fetch_nothing(page: Page, site: Path, base_url: str) -> None:
    """Material fetches a sitemap beside each <link rel="alternate"> unless they are set aside (alternates.js)."""
    page.goto(base_url + "en/agencies/so-y-te/")
    page.wait_for_load_state("networkidle")
    alternates = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
      'head link[rel="alternate"][hreflang]:not([type])')].map(link => [link.hreflang, link.href]))""")
    root = site_root(site)
    assert alternates == {"vi": root + "agencies/so-y-te/", "en": root + "en/agencies/so-y-te/"}
    assert [url for url in page.requests if "sitemap" in url] == []  # type: ignore[attr-defined]
    assert all(url.startswith(base_url) for url in page.requests)  # type: ignore[attr-defined]
