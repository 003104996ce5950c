"""Printing from Chromium: what lands on paper, read from the PDF it makes (Playwright's page.pdf, as the
print dialog does, CSS page size honoured) with poppler's pdftotext.

An agency page prints its source (the decision and the page's address) first, each duty's citation
without the buttons, and never leaves a duty heading alone at the foot of a page; the English twin
prints its "unofficial translation" notice; a checklist prints every column whole on landscape A4; the
side-by-side page prints each duty in two columns, whole on one sheet.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page

from plan_site.model.citation import decision_citation, duty_citation
from plan_site.site.labels import t
from tests.site.html import flat, soup

AGENCY = "cong-an-tinh"
A4_MM = (210, 297)
_POINTS_PER_MM = 72 / 25.4


def _heading_text(heading) -> str:
    """A heading as printed: its words, without the "#" of its permalink."""
    return flat(" ".join(text for text in heading.find_all(string=True)
                           if text.find_parent("a", class_="headerlink") is None))


def _tokens(text: str) -> set[str]:
    """Letters and digits only: a line may break a word at its hyphen, but a column must not cut it."""
    return set(re.findall(r"\w+", text))


def _pdftotext() -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("needs poppler's pdftotext (Debian package poppler-utils; scripts/test.sh installs it)")
    return tool


def printed(page: Page, address: str, pdf: Path) -> list[str]:
    """Print the page to PDF as Chromium's print dialog would; the text of each sheet, white space folded."""
    page.goto(address)
    page.wait_for_load_state("networkidle")
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    text = subprocess.run([_pdftotext(), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [flat(sheet) for sheet in text.split("\f") if sheet.strip()]


def sheet_size_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run([shutil.which("pdfinfo") or "pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width) / _POINTS_PER_MM, float(height) / _POINTS_PER_MM


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_agency_page_prints_its_source_and_every_citation(page: Page, base_url: str, site: Path, plan,
                                                             tmp_path: Path, lang: str) -> None:
    folder = "en/" if lang == "en" else ""
    sheets = printed(page, f"{base_url}{folder}agencies/{AGENCY}/", tmp_path / "agency.pdf")
    html = soup(site / folder / "agencies" / AGENCY / "index.html")
    canonical = html.find("link", rel="canonical")["href"]
    first = sheets[0]
    assert decision_citation(plan, lang) in first and flat(plan.decision.title[lang]) in first
    assert canonical in first
    title = _heading_text(html.select_one("article h1"))
    assert first.index(decision_citation(plan, lang)) < first.index(title), "the source comes first"
    everything = " ".join(sheets)
    assignment = next(a for a in plan.assignments if a.slug == AGENCY)
    for duty in assignment.duties:
        assert flat(duty_citation(plan, duty, lang)) in everything, duty.id
    assert t("copy_citation", lang) not in everything and t("checklist_csv", lang) not in everything
    if lang == "en":
        assert t("unofficial_notice", "en") in first


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_duty_heading_is_left_alone_at_the_foot_of_a_sheet(page: Page, base_url: str, site: Path, plan,
                                                              tmp_path: Path, lang: str) -> None:
    """No sheet ends with a heading; each duty's heading prints on the sheet where its text starts (the
    citation follows the text)."""
    folder = "en/" if lang == "en" else ""
    agency = "so-lao-dong-thuong-binh-va-xa-hoi"  # the longest page: page breaks fall between many duties
    sheets = printed(page, f"{base_url}{folder}agencies/{agency}/", tmp_path / "agency.pdf")
    assert len(sheets) > 3
    html = soup(site / folder / "agencies" / agency / "index.html")
    titles = {_heading_text(h) for h in html.select("article :is(h1, h2, h3, h4)")}
    alone = [f"{i + 1}: {title}" for i, sheet in enumerate(sheets[:-1]) for title in titles if sheet.endswith(title)]
    assert alone == [], "headings alone at the foot of a sheet"
    headings = html.select("h3.duty-heading")
    assert headings
    for heading in headings:
        title = _heading_text(heading)
        text = " ".join(flat(heading.find_next_sibling("div", class_="duty").p.get_text(" ")).split()[:6])
        with_heading = [i for i, sheet in enumerate(sheets) if title in sheet]
        assert with_heading, f"{title} not printed"
        sheet = sheets[with_heading[0]]
        assert text in sheet[sheet.index(title):], f"{title} is alone at the foot of sheet {with_heading[0] + 1}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_checklist_prints_every_column_whole_on_landscape_a4(page: Page, base_url: str, site: Path,
                                                               tmp_path: Path, lang: str) -> None:
    """With JavaScript on, Material wraps tables in a scroll box that would clip the last columns.

    The district committees' checklist fills every column the plan fills (targets and deadlines too) over
    more than one sheet. Each cell's words must print, and no printed word may be a piece of one."""
    folder = "en/" if lang == "en" else ""
    agency = "ubnd-cac-huyen-thanh-pho"
    pdf = tmp_path / "checklist.pdf"
    sheets = printed(page, f"{base_url}{folder}checklists/{agency}/", pdf)
    assert page.locator(".checklist .md-typeset__scrollwrap").count() == 1, "the theme's wrapper is there"
    width, height = sheet_size_mm(pdf)
    assert (round(width), round(height)) == (A4_MM[1], A4_MM[0]), "landscape A4"
    assert t("checklist_print", lang) not in " ".join(sheets), "the print button does not print"
    html = soup(site / folder / "checklists" / agency / "index.html")
    page_words = _tokens(html.body.get_text(" "))
    printed_words = _printed_words(" ".join(sheets), page_words)
    pieces = printed_words - page_words
    assert pieces == set(), f"words cut by a column's edge: {sorted(pieces)[:5]}"
    table = html.select_one(".checklist table")
    headings = [flat(th.get_text(" ")) for th in table.select("th")]
    assert t("checklist_status", lang) in headings and t("checklist_notes", lang) in headings
    for heading in headings:
        assert _tokens(heading) <= printed_words, f"column '{heading}' is not printed whole"
    targets = next(n for n, heading in enumerate(headings) if t("checklist_deadline", lang) in heading)
    assert any(row.select("td")[targets].get_text(strip=True) for row in table.select("tbody tr")), "no targets"
    for row in table.select("tbody tr"):
        duty = row.select("td")[1].get_text(strip=True)
        for cell in row.select("td"):
            missing = _tokens(cell.get_text(" ")) - printed_words
            assert missing == set(), f"{duty}: cut or missing {sorted(missing)[:5]}"


def _printed_words(text: str, page_words: set[str]) -> set[str]:
    """The words of printed text. pdftotext joins a word broken at its hyphen across lines ("roll-" +
    "out" reads "rollout"): a word the page does not hold but two of its words make is read as those two."""
    return {part for word in _tokens(text) for part in _unjoined(word, page_words)}


def _unjoined(word: str, page_words: set[str]) -> tuple[str, ...]:
    if word in page_words:
        return (word,)
    halves = ((word[:i], word[i:]) for i in range(1, len(word)))
    return next(((a, b) for a, b in halves if a in page_words and b in page_words), (word,))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_side_by_side_prints_each_duty_whole_in_both_languages(page: Page, base_url: str, site: Path, plan,
                                                                tmp_path: Path, lang: str) -> None:
    """On paper the rows stay in two columns and are not split: each duty's number and body print, with
    its Vietnamese in the sheet's left half and its English in the right half of the same sheet."""
    folder = "en/" if lang == "en" else ""
    pdf = tmp_path / "parallel.pdf"
    sheets = printed(page, f"{base_url}{folder}parallel/", pdf)
    assert decision_citation(plan, lang) in sheets[0]
    page_words = _tokens(soup(site / folder / "parallel" / "index.html").body.get_text(" "))
    halves = {side: [_printed_words(_half_sheet(pdf, n, side), page_words) for n in range(len(sheets))]
              for side in ("vi", "en")}
    for duty in plan.duties:
        reference = f"{duty.id} · {flat(plan.bodies[duty.body].name[lang])}"
        on = [n for n, sheet in enumerate(sheets) if reference in sheet]
        assert on, f"{reference} is not printed"
        for side in ("vi", "en"):
            missing = _tokens(duty.text[side]) - halves[side][on[0]]
            assert missing == set(), f"{duty.id} ({side}) not whole in its half of sheet {on[0] + 1}: {missing}"


def _half_sheet(pdf: Path, index: int, side: str) -> str:
    """The text of one half of a portrait A4 sheet: the left for Vietnamese, the right for English."""
    width, height = (round(mm * _POINTS_PER_MM) for mm in A4_MM)  # pdftotext crops in points at 72 dpi
    left = 0 if side == "vi" else width // 2
    command = [_pdftotext(), "-f", str(index + 1), "-l", str(index + 1), "-x", str(left), "-y", "0",
               "-W", str(width // 2), "-H", str(height), str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout
