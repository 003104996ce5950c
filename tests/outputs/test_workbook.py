"""The duties workbook on plans in memory (plan_site/outputs/workbook.py): the CSV's rows as typed cells, headed
in each language; text from the data never a formula; the same data gives the same bytes."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from plan_site.model.types import LANGS, Text
from plan_site.outputs.open_data import DUTY_COLUMNS, duties_csv
from plan_site.outputs.workbook import PROSE_WIDTH, duties_xlsx
from tests.office import CALC_CSV, convert

SITE = "https://example.org/plan/"
HEADINGS = {"vi": ("Mã nhiệm vụ", "Nội dung nhiệm vụ (nguyên văn tiếng Việt)"),
            "en": ("Duty id", "Duty (Vietnamese original)")}
# What a spreadsheet could read as a formula, an error or a command, were it not typed as text.
HOSTILE = ('=HYPERLINK("https://evil.example/","click")', "=1+1", "#N/A", "+1+1", "-1+1", "@SUM(1)")


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def csv_rows(plan) -> list[list[str]]:
    text = duties_csv(plan, SITE)
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def values(row) -> list[str]:
    """A sheet row's values as the CSV writes them: an empty cell is an empty field."""
    return ["" if cell.value is None else cell.value for cell in row]


@pytest.mark.parametrize("lang", LANGS)
def test_every_csv_row_is_a_workbook_row_with_equal_text_values(plan, lang: str) -> None:
    rows = csv_rows(plan)
    book = read(duties_xlsx(plan, lang, SITE))
    sheet = book.worksheets[0]
    assert book.sheetnames[0] == ("Nhiệm vụ" if lang == "vi" else "Duties")
    cells = list(sheet.iter_rows())
    assert len(cells) == len(rows) == 1 + sum(1 for _ in plan.duties)
    header = values(cells[0])
    assert header == [c.heading(lang) for c in DUTY_COLUMNS] and len(set(header)) == len(header)
    assert (header[0], header[5]) == HEADINGS[lang]
    for expected, row in zip(rows[1:], cells[1:], strict=True):
        assert values(row) == expected
        assert all(cell.data_type == "s" for cell in row if cell.value is not None), expected[0]
    assert any(value == "" for row in rows[1:] for value in row), "the real data has empty fields to compare"


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_is_laid_out_for_reading_and_filtering(plan, lang: str) -> None:
    sheet = read(duties_xlsx(plan, lang, SITE)).worksheets[0]
    last = 1 + sum(1 for _ in plan.duties)
    assert sheet.freeze_panes == "B2", "header row (and the id column) stay in view"
    assert sheet.auto_filter.ref == f"A1:Q{last}"
    assert all(cell.font.b for cell in sheet[1])
    names = [c.name for c in DUTY_COLUMNS]
    width = {name: sheet.column_dimensions[chr(ord("A") + i)].width for i, name in enumerate(names)}
    assert width["text_vi"] == width["text_en"] == PROSE_WIDTH + 2
    assert width["id"] < 16 and width["url_en"] > 60, "ids narrow, addresses wide enough to read whole"
    wrapped = {name for i, name in enumerate(names) if sheet.cell(row=2, column=i + 1).alignment.wrap_text}
    assert {"text_vi", "text_en", "citation_vi", "citation_en"} <= wrapped
    assert not wrapped & {"id", "url_vi", "url_en", "agency"}
    url = sheet.cell(row=2, column=names.index("url_en") + 1)
    assert url.hyperlink.target == url.value and url.value.startswith(SITE + "en/")


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_names_its_source_and_licence(plan, lang: str) -> None:
    book = read(duties_xlsx(plan, lang, SITE))
    about = {row[0].value: row[1].value for row in book.worksheets[1].iter_rows(max_col=2) if row[0].value}
    page = SITE + ("en/" if lang == "en" else "") + "data/"
    assert plan.meta.title[lang] in about.values() and page in about.values()
    assert any("145/QĐ-UBND" in str(v) for v in about.values())
    assert any("CC BY 4.0" in str(v) and "creativecommons.org/licenses/by/4.0/" in str(v) for v in about.values())
    checked = datetime.fromisoformat(plan.meta.last_checked)
    assert checked in about.values(), "the day the data was checked, as a date cell"
    assert any(cell.is_date and cell.number_format == "yyyy-mm-dd" for (cell,) in book.worksheets[1].iter_rows(min_col=2, max_col=2))
    assert sum(1 for _ in plan.duties) in about.values(), "the number of duties, as a number"
    dictionary = {row[1].value: row[0].value for row in book.worksheets[1].iter_rows(max_col=3) if row[1].value}
    assert all(dictionary[c.name] == c.heading(lang) for c in DUTY_COLUMNS), "each heading maps to its CSV column"
    properties = book.properties
    assert properties.created == properties.modified == checked
    assert plan.meta.title[lang] in properties.title and "145/QĐ-UBND" in properties.subject
    assert properties.identifier == page and "CC BY 4.0" in properties.description
    assert properties.language == lang and properties.lastModifiedBy is None


def _hostile_plan(plan):
    """The plan with a body's names (columns agency_vi, agency_en) set to what a spreadsheet might execute."""
    body = next(plan.duties).body
    bodies = dict(plan.bodies)
    bodies[body] = dataclasses.replace(bodies[body], name=Text(HOSTILE[0], HOSTILE[1]))
    other = next(d.body for d in plan.duties if d.body != body)
    bodies[other] = dataclasses.replace(bodies[other], name=Text(HOSTILE[2], " ".join(HOSTILE[3:])))
    return dataclasses.replace(plan, bodies=bodies), body


def test_text_from_the_data_is_never_a_formula(plan) -> None:
    hostile, body = _hostile_plan(plan)
    data = duties_xlsx(hostile, "en", SITE)
    sheet = read(data).worksheets[0]
    agency_vi = [c.name for c in DUTY_COLUMNS].index("agency_vi") + 1
    cells = [row[agency_vi - 1: agency_vi + 1] for row in sheet.iter_rows(min_row=2)]
    shown = {cell.value for pair in cells for cell in pair}
    assert {HOSTILE[0], HOSTILE[1], HOSTILE[2], " ".join(HOSTILE[3:])} <= shown
    assert all(cell.data_type == "s" for pair in cells for cell in pair)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheets = [package.read(n).decode() for n in package.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml or "<f " in xml or 't="e"' in xml for xml in sheets)
    assert [r[3] for r in csv_rows(hostile)[1:] if r[2] == body][0] == HOSTILE[0], "the CSV holds the same text"


@pytest.mark.office
def test_libreoffice_shows_hostile_text_as_text(plan, tmp_path: Path) -> None:
    """Calc, exporting cells as shown, would print a formula's result; it prints the text as written."""
    hostile, body = _hostile_plan(plan)
    (tmp_path / "hostile.xlsx").write_bytes(duties_xlsx(hostile, "vi", SITE))
    result = convert([tmp_path / "hostile.xlsx"], CALC_CSV, tmp_path / "csv", "libreoffice-calc-nogui", timeout=120)
    exported = tmp_path / "csv" / "hostile.csv"
    assert exported.is_file(), result.stdout[-1000:] + result.stderr[-1000:]
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8"), newline="")))
    assert rows[1:] == csv_rows(hostile)[1:]
    assert HOSTILE[0] in {r[3] for r in rows}


def test_the_same_data_gives_the_same_bytes_dated_by_the_data(plan) -> None:
    first, second = duties_xlsx(plan, "vi", SITE), duties_xlsx(plan, "vi", SITE)
    assert first == second
    checked = date.fromisoformat(plan.meta.last_checked)
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(checked.year, checked.month, checked.day, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert core.count(f"{plan.meta.last_checked}T00:00:00Z") == 2, "created and modified: the data's date"
    later = dataclasses.replace(plan, meta=dataclasses.replace(plan.meta, last_checked="2027-01-15"))
    moved = duties_xlsx(later, "vi", SITE)
    assert moved != first
    with zipfile.ZipFile(io.BytesIO(moved)) as package:
        assert {info.date_time for info in package.infolist()} == {(2027, 1, 15, 0, 0, 0)}
    assert duties_xlsx(plan, "en", SITE) != first, "each language's workbook is its own"
