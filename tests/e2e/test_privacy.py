"""Privacy: reading the site asks no other host for anything, and the publishing workflow can do
no more than publish.

Chromium records every request while each page of both languages loads and while a reader searches,
switches palette and language; every built page and style sheet is also read for outside addresses.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, expect

from tests.conftest import ROOT
from tests.site.html import pages

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
# What each job of the Pages workflow may do, and no more.
ALLOWED_PERMISSIONS = {"build": {"contents": "read"}, "deploy": {"pages": "write", "id-token": "write"}}
_PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def _outside(url: str, base_url: str) -> bool:
    """A request that leaves the site (data: and blob: URLs never leave the browser)."""
    return not url.startswith((base_url, "data:", "blob:", "about:"))


def test_no_page_asks_another_host(browser: Browser, site: Path, base_url: str) -> None:
    context = browser.new_context()
    requests: list[tuple[str, str]] = []
    tab = context.new_page()
    tab.on("request", lambda request: requests.append((tab.url, request.url)))
    paths = [p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site)]
    assert len(paths) > 50
    for path in paths:
        tab.goto(base_url + path)
    tab.wait_for_load_state("networkidle")
    # Search loads when it is used: search once, so its worker and index are among the requests.
    tab.goto(base_url + "agencies/so-y-te/")
    tab.locator("input.md-search__input").click()
    tab.keyboard.type("tre em")
    tab.locator(".md-search-result__item").first.wait_for()
    context.close()
    assert any(url.endswith("search_index.json") for _, url in requests), "the search index was not seen"
    assert any(url.endswith("search-worker.js") for _, url in requests), "the search worker was not seen"
    outside = sorted({f"{page} -> {url}" for page, url in requests if _outside(url, base_url)})
    assert outside == []


def test_searching_and_switching_stay_on_the_site(page: Page, base_url: str) -> None:
    page.goto(base_url + "agencies/so-y-te/")
    page.wait_for_load_state("networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type("trẻ em")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("form[data-md-component='palette'] label:not([hidden])").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    expect(page).to_have_url(base_url + "en/agencies/so-y-te/")
    page.wait_for_load_state("networkidle")
    outside = [url for url in page.requests if _outside(url, base_url)]  # type: ignore[attr-defined]
    assert outside == []
    assert len(page.requests) > 10  # type: ignore[attr-defined]


def test_pages_and_styles_name_no_outside_resource(site: Path) -> None:
    """Scripts, styles, fonts, images and frames are the site's own: nothing to fetch elsewhere."""
    found = []
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        loaded = [tag.get("src") for tag in soup.select("script[src], img[src], iframe[src], source[src], "
                                                          "audio[src], video[src], embed[src]")]
        loaded += [tag.get("data") for tag in soup.select("object[data]")]
        loaded += [link.get("href") for link in soup.select("link[href]")
                   if set(link.get("rel", [])) & {"stylesheet", "icon", "preload", "prefetch", "modulepreload",
                                                   "manifest", "preconnect", "dns-prefetch", "apple-touch-icon"}]
        loaded += [url for style in soup.select("style") for url in _CSS_URL.findall(style.get_text())]
        loaded += [url for tag in soup.select("[style]") for url in _CSS_URL.findall(tag["style"])]
        found += [f"{path.relative_to(site)}: {url}" for url in loaded if url and _leaves_site(url)]
    for sheet in site.rglob("*.css"):
        found += [f"{sheet.relative_to(site)}: {url}" for url in _CSS_URL.findall(sheet.read_text(encoding="utf-8"))
                  if _leaves_site(url)]
    assert found == []


def _leaves_site(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def test_the_privacy_checks_see_an_outside_request(browser: Browser, base_url: str) -> None:
    """A page that loads a font from another host is caught, so the checks above can fail."""
    context = browser.new_context()
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(base_url)
    tab.evaluate("""() => { const l = document.createElement('link'); l.rel = 'stylesheet';
      l.href = 'https://fonts.googleapis.com/css?family=Roboto'; document.head.append(l); }""")
    tab.wait_for_timeout(300)
    context.close()
    assert [url for url in requests if _outside(url, base_url)] == ["https://fonts.googleapis.com/css?family=Roboto"]
    assert _leaves_site("https://fonts.gstatic.com/x.woff2") and not _leaves_site("../assets/site.css")


# ---------------------------------------------------------------- the publishing workflow


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_grants_no_permission_by_default(workflow: dict) -> None:
    assert workflow.get("permissions") == {}, "top-level permissions must be {} (each job asks for its own)"


def test_each_job_has_only_the_permissions_it_needs(workflow: dict) -> None:
    jobs = workflow["jobs"]
    assert set(jobs) == set(ALLOWED_PERMISSIONS), f"unexpected jobs: {sorted(jobs)}"
    for name, job in jobs.items():
        granted = job.get("permissions")
        assert isinstance(granted, dict), f"{name}: permissions must be listed one by one"
        for scope, level in granted.items():
            assert ALLOWED_PERMISSIONS[name].get(scope) == level, f"{name}: '{scope}: {level}' is not needed"


def test_every_action_is_pinned_to_a_commit(workflow: dict) -> None:
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    used = [step["uses"] for step in steps if "uses" in step]
    assert used, "the workflow uses no actions?"
    unpinned = [action for action in used if not _PINNED.match(action)]
    assert unpinned == [], "actions must be pinned to a full commit SHA"
    checkout = [step for step in steps if step.get("uses", "").startswith("actions/checkout@")]
    assert checkout and all(step.get("with", {}).get("persist-credentials") is False for step in checkout)
