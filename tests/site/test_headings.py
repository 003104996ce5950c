"""Heading ids keep Vietnamese letters (đ → d), and heading links are titled in the page's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown.extensions.toc import slugify as markdown_slugify

from plan_site.model.text import slugify
from plan_site.site.labels import t

from .html import content, pages, soup

_HEADINGS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]"


def _lang(site: Path, page: Path) -> str:
    return "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"


@pytest.mark.parametrize(("text", "expected"), [
    ("Điều 5. Đảm bảo", "dieu-5-dam-bao"),
    ("Gia đình", "gia-dinh"),
    ("Tờ trình số 113/TTr-LĐTBXH", "to-trinh-so-113ttr-ldtbxh"),
    ("Where do these duties sit since 2025?", "where-do-these-duties-sit-since-2025"),
])
def test_slugify_maps_d_with_stroke_before_dropping_accents(text: str, expected: str) -> None:
    assert slugify(text, "-") == expected


def test_no_heading_id_drops_d_with_stroke(site: Path, plan) -> None:
    """A heading with đ never gets markdown's slug ("gia-inh"); it gets ours ("gia-dinh")."""
    with_d, lost = set(), []
    for page in pages(site):
        article = content(page)
        for heading in article.select(_HEADINGS) if article is not None else []:
            text = "".join(heading.find_all(string=True, recursive=False)) or heading.get_text()
            if not re.search("[đĐ]", text):
                continue
            with_d.add(f"{page.relative_to(site).as_posix()}#{heading['id']}")
            if heading["id"] == markdown_slugify(text, "-"):
                lost.append(f"{page.relative_to(site)}#{heading['id']}")
    # Among them, each theme page headed by a Vietnamese name with đ, under the id our slug gives that name.
    themes = {f"themes/{key}/index.html#{slugify(theme.name.vi, '-')}" for key, theme in plan.themes.items()
              if re.search("[đĐ]", theme.name.vi)}
    assert themes, "the data names no theme with đ: the check has nothing to show it works on"
    assert themes <= with_d, f"headings with đ not seen: {sorted(themes - with_d)}"
    assert lost == []


def test_the_reported_heading_ids_keep_their_d(site: Path) -> None:
    assert soup(site / "themes" / "gia-dinh" / "index.html").find(id="gia-dinh") is not None
    qd_1472 = soup(site / "instruments" / "qd-1472-qd-ttg-2020" / "index.html")
    assert qd_1472.select_one('h1[id^="quyet-dinh-"]') is not None


def test_heading_links_are_titled_in_the_page_language(site: Path) -> None:
    titles: dict[str, set[str]] = {"vi": set(), "en": set()}
    for page in pages(site):
        for anchor in soup(page).select("a.headerlink"):
            titles[_lang(site, page)].add(anchor.get("title", ""))
    assert titles == {lang: {t("heading_permalink", lang)} for lang in titles}
    assert t("heading_permalink", "vi") != t("heading_permalink", "en")
