"""One engine, any plan: the code knows its document only through data/ and mkdocs.yml.

Another province's fork renames the number and the province in data/, docs/ and mkdocs*.yml and builds.
Here the fork publishes a second, small plan (tests/fixtures/other-plan: Cao Bằng, 87/QĐ-UBND, with its
own original text); no file the build writes may still name the first plan's number or province.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ..conftest import FIXTURES, GUIDES, build_site, project_copy

pytestmark = pytest.mark.site  # builds a site of its own

OTHER = FIXTURES / "other-plan"
# How a fork renames the plan in its hand-written pages and configuration.
RENAMES = (("145/QĐ-UBND", "87/QĐ-UBND"), ("145-QD-UBND", "87-QD-UBND"), ("Bắc Kạn", "Cao Bằng"), ("bac-kan-145", "cao-bang-87"),
           ("02/02/2021", "15/03/2021"), ("2 February 2021", "15 March 2021"))
# Every way the first plan is written: its number, its slugs, its province (with and without accents), its
# Akoma Ntoso locality.
TRACES = re.compile(r"145/QĐ|145-qd-ubnd|qd-145|Bắc Kạn|Bac Kan|bac-kan|vn-53", re.IGNORECASE)


@pytest.fixture(scope="module")
def other_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = project_copy(tmp_path_factory.mktemp("other-project"), without=GUIDES)
    for page in [*project.glob("docs/*/*.md"), project / "mkdocs.yml", project / "mkdocs.en.yml"]:
        text = page.read_text(encoding="utf-8")
        for old, new in RENAMES:
            text = text.replace(old, new)
        page.write_text(text, encoding="utf-8")
    site = tmp_path_factory.mktemp("other-site")
    result = build_site(site, OTHER / "plan.yaml", FIXTURES / "changelog" / "valid.yaml", root=project)
    assert result.returncode == 0, result.stderr
    return site


def _text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix in {".xlsx", ".docx"}:  # a zip of XML parts: every part's text
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "\n".join(package.read(name).decode("utf-8", errors="replace") for name in package.namelist())
    return data.decode("utf-8", errors="replace")


def test_the_second_plan_is_published_under_its_own_name(other_site: Path) -> None:
    home = (other_site / "index.html").read_text(encoding="utf-8")
    assert "Cao Bằng" in home and "87/QĐ-UBND" in home
    assert (other_site / "data" / "akn" / "87-qd-ubnd-2021.vie.xml").is_file()
    assert "/akn/vn-04/act/decision/2021-03-15/87" in (other_site / "data" / "plan.json").read_text(encoding="utf-8")


def test_no_output_file_names_the_first_plan(other_site: Path) -> None:
    files = [path for path in other_site.rglob("*") if path.is_file()
             and path.suffix in {".html", ".xml", ".json", ".csv", ".gz", ".txt", ".js", ".xlsx", ".docx"}]
    kinds = {path.suffix for path in files}
    # pages, sitemaps, feeds, AKN, data, search index, the duties workbook, report templates
    assert {".html", ".xml", ".json", ".csv", ".gz", ".xlsx", ".docx"} <= kinds
    assert (other_site / "404.html") in files and (other_site / "search" / "search_index.json") in files
    traces = {str(path.relative_to(other_site)): sorted(set(TRACES.findall(_text(path)))) for path in files}
    assert {path: found for path, found in traces.items() if found} == {}


def test_the_second_plan_has_its_own_workbook(other_site: Path) -> None:
    for root in (other_site, other_site / "en"):
        text = (root / "data" / "duties.csv").read_text(encoding="utf-8-sig")
        expected = list(csv.reader(io.StringIO(text, newline="")))
        book = openpyxl.load_workbook(root / "data" / "duties.xlsx")
        rows = [["" if c.value is None else c.value for c in row] for row in book.worksheets[0].iter_rows()]
        assert rows[1:] == expected[1:] and len(rows) > 1
        assert "87/QĐ-UBND" in book.properties.subject and book.properties.created.date().isoformat() == "2026-11-29"
