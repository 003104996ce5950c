"""Privacy without a browser: the built pages and style sheets name nothing to fetch from another host.
(What Chromium asks for while reading the site is checked in tests/e2e/test_privacy.py.)"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from .html import pages, soup

_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")
# The <link> relations a browser fetches (or connects for); an alternate or canonical address is only named.
_FETCHED = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch",
            "apple-touch-icon"}


def _leaves_site(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def loaded_by(page: Path) -> list[str]:
    """Every address a page makes the browser fetch: scripts, images, frames, media, objects, fetched links,
    and the url()s and @imports of its styles."""
    tree = soup(page)
    loaded = [tag.get("src") for tag in tree.select("script[src], img[src], iframe[src], source[src], "
                                                     "audio[src], video[src], embed[src]")]
    loaded += [tag.get("data") for tag in tree.select("object[data]")]
    loaded += [link.get("href") for link in tree.select("link[href]") if set(link.get("rel", [])) & _FETCHED]
    loaded += [url for style in tree.select("style") for url in _CSS_URL.findall(style.get_text())]
    loaded += [url for tag in tree.select("[style]") for url in _CSS_URL.findall(tag["style"])]
    return [url for url in loaded if url]


def test_pages_and_styles_name_no_outside_resource(site: Path) -> None:
    """Scripts, styles, fonts, images and frames are the site's own: nothing to fetch elsewhere."""
    found, seen = [], 0
    for path in pages(site):
        loaded = loaded_by(path)
        seen += len(loaded)
        found += [f"{path.relative_to(site)}: {url}" for url in loaded if _leaves_site(url)]
    sheets = list(site.rglob("*.css"))
    for sheet in sheets:
        found += [f"{sheet.relative_to(site)}: {url}" for url in _CSS_URL.findall(sheet.read_text(encoding="utf-8"))
                  if _leaves_site(url)]
    assert seen > len(pages(site)) and sheets, "the pages name no resource: the check read nothing"
    assert found == []


def test_an_outside_resource_is_found(tmp_path: Path) -> None:
    """A page that names a font, a script or an image on another host is caught, so the check above can fail."""
    page = tmp_path / "page.html"
    page.write_text('<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
                    '<link rel="canonical" href="https://example.org/"><style>@import "//cdn.example/x.css";</style>'
                    '</head><body><script src="assets/site.js"></script><img src="//example.org/i.png">'
                    '<p style="background: url(data:image/png;base64,AA==)">x</p></body></html>', encoding="utf-8")
    outside = [url for url in loaded_by(page) if _leaves_site(url)]
    assert outside == ["//example.org/i.png", "https://fonts.googleapis.com/css?family=Roboto", "//cdn.example/x.css"]
