"""Every page names itself in both languages, absolutely, in its <head> and in the sitemaps, under the
site's own sub-path: the site as built by default and as a fork builds it under another host and path."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import FORK_URL
from .html import LANGS, pages, soup

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


pytestmark = pytest.mark.site  # any_site asks for its site by name, which the tier hook cannot see


@pytest.fixture(params=["site", "fork_site"])
def any_site(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue(request.param)


def sitemap(path: Path) -> dict[str, dict[str, str]]:
    """Each <loc> of a sitemap and its hreflang alternates (language -> address)."""
    root = ET.parse(path).getroot()
    return {url.findtext("s:loc", namespaces=NS): {link.get("hreflang"): link.get("href")
                                                   for link in url.findall("x:link", NS)}
            for url in root.findall("s:url", NS)}


def site_root(site: Path) -> str:
    """The published root: the Vietnamese home page, the shortest address of the Vietnamese sitemap."""
    return min(sitemap(site / "sitemap.xml"), key=len)


def file_of(site: Path, root: str, address: str) -> Path:
    """The built file an address of the published site leads to."""
    assert address.startswith(root), address
    return site / address.removeprefix(root) / "index.html"


def test_sitemap_alternates_are_absolute_and_lead_to_the_page_in_each_language(any_site: Path) -> None:
    site = any_site
    root = site_root(site)
    assert urlsplit(root).scheme == "https"
    seen = 0
    for lang, folder in LANGS.items():
        for loc, alternates in sitemap(site / folder / "sitemap.xml").items():
            assert set(alternates) == {"vi", "en"}, loc
            assert alternates[lang] == loc
            assert alternates["en"].startswith(root + "en/")
            assert not alternates["vi"].startswith(root + "en/")
            assert alternates["vi"].removeprefix(root) == alternates["en"].removeprefix(root + "en/")
            for address in alternates.values():
                assert file_of(site, root, address).is_file(), address
                seen += 1
    assert seen == 2 * 2 * (len(pages(site)) // 2 - 1)  # two alternates per page, every page but 404


def test_every_page_head_names_the_same_alternates_as_the_sitemap(any_site: Path) -> None:
    site = any_site
    listed = {**sitemap(site / "sitemap.xml"), **sitemap(site / "en" / "sitemap.xml")}
    for page in pages(site):
        if page.name == "404.html":
            continue
        head = soup(page).head
        canonical = head.find("link", rel="canonical")["href"]
        # The page in each language; links with a type name files (a feed, Akoma Ntoso XML), not the page.
        links = [link for link in head.find_all("link", rel="alternate", hreflang=True) if not link.get("type")]
        assert {link["hreflang"]: link["href"] for link in links} == listed[canonical], page
        assert len(links) == 2, page


def test_a_fork_names_its_own_address_only(fork_site: Path) -> None:
    assert site_root(fork_site) == FORK_URL and urlsplit(FORK_URL).path == "/their-fork/"
    for path in fork_site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".csv", ".js"):
            assert "example.github.io" not in path.read_text(encoding="utf-8"), path
