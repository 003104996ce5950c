"""The duties workbook as a reader meets it on the built site: linked beside the CSV on each language's
download page, listed in that language's datapackage.json, read back with openpyxl, and opened in a real
spreadsheet: LibreOffice Calc exports its first sheet, which holds the CSV's rows exactly."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from plan_site.outputs.open_data import DUTY_COLUMNS
from plan_site.outputs.workbook import MEDIA_TYPE
from tests.office import CALC_CSV, convert

from .html import LANGS, resolve, soup

HEADINGS = {"vi": "Mã nhiệm vụ", "en": "Duty id"}


def csv_rows(site: Path, lang: str) -> list[list[str]]:
    text = (site / LANGS[lang] / "data" / "duties.csv").read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_holds_the_csv_rows_headed_in_the_page_language(site: Path, lang: str) -> None:
    book = openpyxl.load_workbook(site / LANGS[lang] / "data" / "duties.xlsx")
    sheet = book.worksheets[0]
    rows = [["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()]
    expected = csv_rows(site, lang)
    assert rows[0][0] == HEADINGS[lang] and len(rows[0]) == len(expected[0]) == len(DUTY_COLUMNS)
    assert rows[1:] == expected[1:] and len(rows) > 60
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row if cell.value is not None)
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == f"A1:Q{len(rows)}"
    page = soup(site / LANGS[lang] / "data" / "index.html").find("link", rel="canonical")
    assert book.properties.identifier == page["href"], "the workbook names the download page it comes from"


@pytest.mark.parametrize("lang", LANGS)
def test_the_data_package_lists_the_workbook_with_its_headings(site: Path, lang: str) -> None:
    data = site / LANGS[lang] / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["path"] == "duties.xlsx")
    assert resource["format"] == "xlsx" and resource["mediatype"] == MEDIA_TYPE
    # The Data Package spec's own patterns for a resource's name and media type.
    assert re.fullmatch(r"[-a-z0-9._/]+", resource["name"]) and re.fullmatch(r".+/.+", resource["mediatype"])
    header = [cell.value for cell in openpyxl.load_workbook(data / "duties.xlsx").worksheets[0][1]]
    assert [f["name"] for f in resource["schema"]["fields"]] == header
    assert resource["schema"]["primaryKey"] == [HEADINGS[lang]]


@pytest.mark.parametrize("lang", LANGS)
def test_the_download_page_links_the_workbook_beside_the_csv(site: Path, lang: str) -> None:
    page = site / LANGS[lang] / "data" / "index.html"
    rows = soup(page).select("article table tr")
    files = [resolve(page, a["href"], site)[0] for row in rows for a in row.select("td:first-child a[href]")]
    data = site / LANGS[lang] / "data"
    assert data / "duties.xlsx" in files
    assert files.index(data / "duties.xlsx") == files.index(data / "duties.csv") + 1, "next to the CSV"
    row = next(r for r in rows if r.select_one("a[href$='duties.xlsx']"))
    assert ("tiếng Việt" if lang == "vi" else "in English") in row.get_text()


@pytest.mark.office
def test_libreoffice_opens_both_workbooks_with_the_csv_content(site: Path, tmp_path: Path) -> None:
    """One soffice run converts both languages' workbooks; Calc exports each first sheet, cells as shown."""
    sources = tmp_path / "xlsx"
    sources.mkdir()
    for lang in LANGS:
        shutil.copy(site / LANGS[lang] / "data" / "duties.xlsx", sources / f"duties-{lang}.xlsx")
    result = convert(list(sources.iterdir()), CALC_CSV, tmp_path / "csv", "libreoffice-calc-nogui", timeout=180)
    for lang in LANGS:
        exported = tmp_path / "csv" / f"duties-{lang}.csv"
        assert exported.is_file(), f"LibreOffice did not open the {lang} workbook: {result.stderr[-1000:]}"
        rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8"), newline="")))
        expected = csv_rows(site, lang)
        assert rows[0][0] == HEADINGS[lang] and len(rows[0]) == len(expected[0])
        assert rows[1:] == expected[1:]
