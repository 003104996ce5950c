"""Language marking (WCAG 3.1.1 and 3.1.2): every page names its language, and text in the other
language inside a page is marked with its own `lang`, so screen readers pronounce it correctly."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import NavigableString

from .html import content, pages, soup

VIETNAMESE = set("ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ")
_WORD = re.compile(r"[^\W\d_]+")


def _lang_of(node) -> str:
    """The language in force at a text node: the nearest `lang` attribute above it."""
    parent = node.parent
    while parent is not None and not parent.get("lang"):
        parent = parent.parent
    return parent.get("lang") if parent is not None else ""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _vietnamese_share(words: list[str]) -> float:
    return sum(any(ch in VIETNAMESE for ch in word) for word in words) / max(len(words), 1)


def test_every_page_names_its_language(site: Path) -> None:
    for page in pages(site):
        expected = "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"
        assert soup(page).html.get("lang") == expected, page.relative_to(site)


def test_english_pages_mark_vietnamese_text_and_nothing_else(site: Path) -> None:
    """Vietnamese sentences sit in lang="vi"; English words (e.g. a summary) are not left inside it."""
    unmarked, mismarked = [], []
    for page in pages(site / "en"):
        article = content(page)
        if article is None:
            continue
        for node in article.find_all(string=True):
            if not isinstance(node, NavigableString) or node.find_parent(["script", "style"]) is not None:
                continue
            words = _words(str(node))
            if len(words) < 4:
                continue  # names and numbers (Bắc Kạn, 145/QĐ-UBND) are fine as they are
            lang, share = _lang_of(node), _vietnamese_share(words)
            where = f"{page.relative_to(site)}: {str(node).strip()[:70]}"
            if lang == "en" and share > 0.5:
                unmarked.append(where)
            if lang == "vi" and share == 0:
                mismarked.append(where)
    assert unmarked == [], "Vietnamese text not marked lang=\"vi\""
    assert mismarked == [], "English text marked lang=\"vi\""


def test_originals_and_glossary_terms_carry_their_language(site: Path) -> None:
    originals = soup(site / "en" / "agencies" / "cong-an-tinh" / "index.html").select("details.original-vi")
    assert originals and all(d.get("lang") == "vi" and d.summary.get("lang") == "en" for d in originals)
    for lang, other in (("en", "vi"), ("vi", "en")):
        page = site / ("en/" if lang == "en" else "") / "glossary" / "index.html"
        terms = content(page).select(".term-translation")
        assert terms and all(t.get("lang") == other or t.find(attrs={"lang": other}) for t in terms), lang
