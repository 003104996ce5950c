"""Help for a child now: every page of both languages shows the child protection hotline in its header
and both numbers in its footer, as telephone links; the home page shows them in full and the About
page their sources and date. The numbers come from the data, never from the templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.dates import reader_date
from plan_site.site.labels import t

from .html import LANGS, content, flat, pages, soup


def language_of(site: Path, page: Path) -> str:
    return "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"


def assert_help_line(line, plan, lang: str, where: str) -> None:
    """Both numbers as telephone links, with the hotline's name and terms, in ``lang``."""
    hotline, emergency = plan.meta.help.hotline, plan.meta.help.emergency
    assert line is not None, where
    assert [a["href"] for a in line.select("a.help-number")] == [f"tel:{hotline.number}", f"tel:{emergency.number}"]
    text = flat(line.get_text(" "))
    for words in (hotline.name[lang], hotline.service[lang], emergency.name[lang]):
        assert words in text, f"{where}: {words!r}"


def test_every_page_shows_the_hotline_in_its_header_and_footer(site: Path, plan) -> None:
    hotline = plan.meta.help.hotline
    every = [p for p in pages(site) if p.name != "404.html"]
    assert any("/checklists/" in p.as_posix() for p in every)
    for page in every:
        lang, tree = language_of(site, page), soup(page)
        call = tree.select("header.md-header a.help-call")
        assert len(call) == 1, page
        assert call[0]["href"] == f"tel:{hotline.number}" and hotline.number in call[0].get_text()
        assert call[0].get_text(" ", strip=True).startswith(t("help_call", lang)), page
        assert_help_line(tree.select_one("footer .help-line"), plan, lang, str(page))


def test_the_404_page_shows_the_help_line_in_each_language(site: Path, plan) -> None:
    """The 404 page is no theme page (plan_site/site/render/not_found.py): each language's part says it."""
    for root in LANGS.values():
        page = soup(site / root / "404.html")
        for lang in LANGS:
            section = page.select_one(f'section[data-lang="{lang}"]')
            assert_help_line(section.select_one(".help-line"), plan, lang, f"{root}404.html ({lang})")


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_shows_both_numbers_in_full(site: Path, plan, lang: str) -> None:
    panel = content(site / LANGS[lang] / "index.html").select_one(".help-panel")
    text = flat(panel.get_text(" "))
    hotline, emergency = plan.meta.help.hotline, plan.meta.help.emergency
    for words in (hotline.number, hotline.name[lang], hotline.service[lang], emergency.number, emergency.name[lang]):
        assert words in text, words
    assert [a["href"] for a in panel.select("a.help-number")] == [f"tel:{hotline.number}", f"tel:{emergency.number}"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_about_page_gives_the_sources_and_date(site: Path, plan, lang: str) -> None:
    about = content(site / LANGS[lang] / "about" / "index.html")
    section = about.find(id="help-now")
    assert section is not None
    # Named with the number, so searching "111" (or "hotline", "tổng đài") finds this section first.
    assert flat(section.get_text(" ")).removesuffix("#").strip() == t("help_heading", lang).format(
        hotline=plan.meta.help.hotline.number)
    note = section.find_next_sibling(class_="admonition")
    text = flat(note.get_text(" "))
    help_note = plan.meta.help.note
    assert reader_date(help_note.as_of, lang) in text and t("editorial_note", lang) in text
    assert note.find("time", datetime=help_note.as_of) is not None
    for source in help_note.sources:
        assert source.publisher in text and reader_date(source.date, lang) in text
    links = [a["href"] for a in soup(site / LANGS[lang] / "index.html").select("footer .help-line a:not(.help-number)")]
    assert links == ["about/#help-now"]


def test_hotline_text_from_the_data_is_escaped(markup_site: Path) -> None:
    """Markup in the help data shows as text in the header's tooltip and the footer, never as markup."""
    page = soup(markup_site / "en" / "index.html")
    assert "<b>bold</b>" in page.select_one("a.help-call")["title"]
    footer = page.select_one("footer .help-line")
    assert "Hotline <b>bold</b> {% raw %}" in footer.get_text() and footer.find("b") is None
    assert "<img src=x>" in soup(markup_site / "index.html").select_one("footer .help-line").get_text()
