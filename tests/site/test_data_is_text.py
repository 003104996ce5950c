"""Text from the data is data: markup and template syntax in it is shown, never executed or expanded.
A build from broken data stops before anything is written, with the validator's message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..data.invalid_cases import BY_NAME
from .html import pages, soup


def test_markup_in_data_is_shown_as_text(markup_site: Path) -> None:
    original_vi = soup(markup_site / "original" / "index.html")
    article = original_vi.find(id="dieu-1")
    assert article is not None
    text = article.get_text()
    for fragment in ("<script>alert('vi')</script>", "{{ config.site_name }}", "{% raw %}", "**đậm**",
                     "[liên kết](https://example.org)", "# tiêu đề"):
        assert fragment in text, fragment
    original_en = soup(markup_site / "en" / "original" / "index.html").find(id="dieu-1").get_text()
    assert "<script>alert('en')</script>" in original_en and "**bold**" in original_en


def test_no_markup_from_data_reaches_the_html(markup_site: Path) -> None:
    for page in pages(markup_site):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<b>in đậm</b>" not in html and "<b>bold</b>" not in html, page
        assert "<img src=x" not in html, page


def test_template_syntax_in_data_is_shown_as_typed_and_never_expanded(markup_site: Path) -> None:
    """`{{ 7*7 }}` in the data (the hotline's Vietnamese name, a body's name, a document's title) is shown as
    typed: on every Vietnamese page, whose header names the hotline. Its value, 49, is on no page at all."""
    for page in pages(markup_site):
        text, where = soup(page).get_text(" "), page.relative_to(markup_site).as_posix()
        assert re.search(r"\b49\b", text) is None, f"{where}: a template in the data was expanded"
        if not where.startswith("en/"):
            assert "{{ 7*7 }}" in text, where


def test_body_names_with_markup_are_text_in_links_and_titles(markup_site: Path) -> None:
    page = soup(markup_site / "agencies" / "cong-an-tinh" / "index.html")
    assert any("Sở Y tế <b>in đậm</b> {{ 7*7 }}" == a.get_text() for a in page.select("a")), "partner link text"


@pytest.mark.parametrize("name", ["unknown-body", "eid-collision", "text-differs-from-original"])
def test_build_stops_on_invalid_data_with_file_and_line(build, tmp_path: Path, name: str) -> None:
    """Cases of tests/data/invalid_cases.py: the build prints the validator's exact, located messages."""
    case = BY_NAME[name]
    site_dir = tmp_path / "site"
    result = build(site_dir, case.write(tmp_path))
    assert result.returncode != 0
    for expected in case.expected:
        assert f"{name}.yaml:{expected}" in result.stderr
    assert not (site_dir / "index.html").exists(), "nothing is published"


def test_editorial_notes_and_candidates_with_markup_are_text(markup_site: Path) -> None:
    """A note's text, its sources and an editorial candidate document reach the page as typed."""
    for root, lang in (("", "vi"), ("en/", "en")):
        original = soup(markup_site / root / "original" / "index.html").select_one(".editorial-note").get_text()
        assert "<script>alert('status')</script>" in original and "<script>alert('source')</script>" in original
        candidate = soup(markup_site / root / "instruments" / "quy-trinh" / "index.html").select_one(".editorial-note")
        text = candidate.get_text()
        assert "<script>alert('number')</script>" in text and "{{ 7*7 }}" in text, lang
        assert "<script>alert('c" + lang + "')</script>" in text


def test_term_base_notes_with_markup_are_text(markup_site: Path) -> None:
    """The term base's table cells reach the glossary page as typed, in both languages."""
    for root, expected in (("", "Cách dịch <b>in đậm</b> {{ 7*7 }}."),
                           ("en/", "The <script>alert('term')</script> <b>bold</b> rendering.")):
        page = soup(markup_site / root / "glossary" / "index.html")
        cells = [td.get_text() for td in page.select("#term-base ~ table td")]
        assert expected in cells, cells
