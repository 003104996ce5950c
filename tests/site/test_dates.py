"""Dates as readers write them: 12/06/2025 on Vietnamese pages, 12 June 2025 on English pages; ISO 8601 only
where machines read it (``<time datetime>``, attributes, scripts, code, data files, feeds, XML)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plan_site.model.dates import reader_date

from .html import pages, soup

LANGS = {"vi": "", "en": "en/"}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NOT_READ = ("script", "style", "code", "pre", "template")  # machine text, or text shown as code


def language_pages(site: Path, lang: str) -> list[Path]:
    found = [p for p in pages(site) if (p.relative_to(site).parts[0] == "en") == (lang == "en")]
    assert len(found) > 50, f"the {lang} build has only {len(found)} pages"
    return found


def visible_text(page: BeautifulSoup) -> str:
    """What a reader sees of a page: its text without attributes, scripts, styles or code."""
    tree = BeautifulSoup(str(page), "html.parser")  # a copy: the cached tree is shared by other tests
    for tag in tree(NOT_READ):
        tag.decompose()
    return tree.get_text(" ")


@pytest.mark.parametrize("lang", LANGS)
def test_no_iso_date_is_shown_to_a_reader(site: Path, lang: str) -> None:
    shown = {}
    for page in language_pages(site, lang):
        text = visible_text(soup(page))
        found = [text[max(0, m.start() - 30):m.end()].split("\n")[-1] for m in ISO_DATE.finditer(text)]
        if found:
            shown[str(page.relative_to(site))] = found[:3]
    assert shown == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_marked_up_date_reads_as_the_language_writes_it(site: Path, lang: str) -> None:
    """Each <time> shows its datetime in the page's language; the datetime itself stays ISO."""
    times = [(page, time) for page in language_pages(site, lang) for time in soup(page).find_all("time")]
    assert len(times) > 100, "dates are no longer marked up with <time datetime>"
    wrong = [f"{page.relative_to(site)}: {time['datetime']} shown as {time.get_text()!r}" for page, time in times
             if time.get_text() != reader_date(time["datetime"], lang)]
    assert wrong == []


def test_the_check_sees_an_iso_date_in_text_but_not_in_machine_parts() -> None:
    machine = BeautifulSoup('<p data-x="2025-06-12">Checked <time datetime="2025-06-12">12/06/2025</time>'
                            "<code>2025-06-12</code><script>var d = '2025-06-12'</script></p>", "html.parser")
    assert not ISO_DATE.search(visible_text(machine))
    assert ISO_DATE.search(visible_text(BeautifulSoup("<p>Checked <b>2025-06-12</b></p>", "html.parser")))
