"""Reading built pages: parse once, find links, ids and visible text; the languages' folders; text folds."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup

from plan_site.model.text import fold  # noqa: F401 — the one fold, for the tests that compare as search does

LANGS = {"vi": "", "en": "en/"}  # each language's folder below the site root


def flat(text: str) -> str:
    """Text with its white space folded to single spaces, as a reader sees it."""
    return " ".join(text.split())


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    """Every HTML page of both languages."""
    return sorted(site.rglob("*.html"))


def content(page: Path):
    """The article: what the page says, without header, navigation and footer."""
    return soup(page).select_one("article.md-content__inner")


@cache
def base_path(site: Path) -> str:
    """The path the site is published under (e.g. ``/repo/``), read from its sitemap."""
    match = re.search(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    return urlsplit(match.group(1)).path if match else "/"


def resolve(page: Path, href: str, site: Path) -> tuple[Path, str] | None:
    """The file and fragment an internal link leads to; None for external or special links."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    path, fragment = urldefrag(unquote(href))
    if path.startswith("/"):
        root = base_path(site)
        if not path.startswith(root):
            return site / "__outside_the_site__", fragment
        path = str(site / path[len(root):])
    target = (page.parent / path).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, fragment


def page_url(site: Path, page: Path) -> str:
    """The path of a page below its language root, as MkDocs would write page.url."""
    rel = page.relative_to(site).as_posix()
    rel = rel.removeprefix("en/")
    return rel.removesuffix("index.html")
