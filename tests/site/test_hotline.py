"""Help for a child now: every page of both languages shows the child protection hotline in its header
and both numbers in its footer, as telephone links; the home page shows them in full and the About
page their sources and date. The numbers come from the data, never from the templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.i18n import t

from .html import content, pages, soup

LANGS = {"vi": "", "en": "en/"}


def language_of(site: Path, page: Path) -> str:
    return "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"


def test_every_page_shows_the_hotline_in_its_header_and_footer(site: Path, plan) -> None:
    hotline, emergency = plan.meta.help.hotline, plan.meta.help.emergency
    every = pages(site)
    assert any(p.name == "404.html" for p in every) and any("/checklists/" in p.as_posix() for p in every)
    for page in every:
        lang, tree = language_of(site, page), soup(page)
        call = tree.select("header.md-header a.help-call")
        assert len(call) == 1, page
        assert call[0]["href"] == f"tel:{hotline.number}" and hotline.number in call[0].get_text()
        assert call[0].get_text(" ", strip=True).startswith(t("help_call", lang)), page
        footer = tree.select_one("footer .help-line")
        assert footer is not None, page
        numbers = [a["href"] for a in footer.select("a.help-number")]
        assert numbers == [f"tel:{hotline.number}", f"tel:{emergency.number}"], page
        text = " ".join(footer.get_text(" ").split())
        for words in (hotline.name[lang], hotline.service[lang], emergency.name[lang]):
            assert words in text, f"{page}: {words!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_shows_both_numbers_in_full(site: Path, plan, lang: str) -> None:
    panel = content(site / LANGS[lang] / "index.html").select_one(".help-panel")
    text = " ".join(panel.get_text(" ").split())
    hotline, emergency = plan.meta.help.hotline, plan.meta.help.emergency
    for words in (hotline.number, hotline.name[lang], hotline.service[lang], emergency.number, emergency.name[lang]):
        assert words in text, words
    assert [a["href"] for a in panel.select("a.help-number")] == [f"tel:{hotline.number}", f"tel:{emergency.number}"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_about_page_gives_the_sources_and_date(site: Path, plan, lang: str) -> None:
    about = content(site / LANGS[lang] / "about" / "index.html")
    section = about.find(id="help-now")
    assert section is not None
    note = section.find_next_sibling(class_="admonition")
    text = " ".join(note.get_text(" ").split())
    help_note = plan.meta.help.note
    assert help_note.as_of in text and t("editorial_note", lang) in text
    for source in help_note.sources:
        assert source.publisher in text and source.date in text
    for page in (site / LANGS[lang] / "index.html", site / LANGS[lang] / "404.html"):
        links = [a["href"] for a in soup(page).select("footer .help-line a:not(.help-number)")]
        assert links and links[0].endswith("about/#help-now"), page


def test_hotline_text_from_the_data_is_escaped(markup_site: Path) -> None:
    """Markup in the help data shows as text in the header's tooltip and the footer, never as markup."""
    page = soup(markup_site / "en" / "index.html")
    assert "<b>bold</b>" in page.select_one("a.help-call")["title"]
    footer = page.select_one("footer .help-line")
    assert "Hotline <b>bold</b> {% raw %}" in footer.get_text() and footer.find("b") is None
    assert "<img src=x>" in soup(markup_site / "index.html").select_one("footer .help-line").get_text()
