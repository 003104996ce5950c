"""The report templates as a user meets them on the built site: linked from every agency page (both
languages) and the download page, listed in datapackage.json, read back with python-docx, and opened in a
real office suite: LibreOffice converts every template to PDF, and pdftotext finds every duty in it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from plan_site.outputs.docx_layout import MARGINS_MM
from plan_site.outputs.report import MEDIA_TYPE, TABLE_WIDTHS_MM, report_templates
from tests.office import convert
from tests.office import tool as _tool
from tests.outputs.reading import check_template

from .html import resolve, soup

LANGS = {"vi": "", "en": "en/"}


def _docx_links(page: Path, site: Path) -> dict[Path, object]:
    """The page's links to .docx files, by the file they lead to."""
    found = {}
    for a in soup(page).select("article a[href$='.docx']"):
        target, _ = resolve(page, a["href"], site)
        found[target] = a
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_agency_page_links_its_templates_and_says_they_are_vietnamese(site: Path, plan, lang: str) -> None:
    root = site / LANGS[lang]
    for assignment in plan.assignments:
        page = root / "agencies" / assignment.slug / "index.html"
        links = _docx_links(page, site)
        expected = {root / x.path for x in report_templates(plan, assignment)}
        assert set(links) == expected, assignment.slug
        for target, a in links.items():
            assert target.is_file(), target
            assert a["hreflang"] == "vi" and a["type"] == MEDIA_TYPE
            if lang == "en":
                assert "in Vietnamese" in a.get_text(), a.get_text()
            assert a.find_parent(class_="report-links") is not None


@pytest.mark.parametrize("lang", LANGS)
def test_the_download_page_links_and_the_data_package_lists_every_template(site: Path, plan, lang: str) -> None:
    data = site / LANGS[lang] / "data"
    published = set(data.glob("reports/**/*.docx"))
    assert published == {site / LANGS[lang] / x.path for x in report_templates(plan)} and len(published) == 18
    assert set(_docx_links(data / "index.html", site)) == published
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    listed = {data / r["path"]: r for r in package["resources"] if r["format"] == "docx"}
    assert set(listed) == published
    assert all(r["mediatype"] == MEDIA_TYPE for r in listed.values())
    assert len({r["name"] for r in package["resources"]}) == len(package["resources"]), "names are unique"


def test_both_languages_publish_the_same_vietnamese_files(site: Path, plan) -> None:
    for template in report_templates(plan):
        assert (site / template.path).read_bytes() == (site / "en" / template.path).read_bytes()


def test_every_published_template_reads_back_with_every_duty(site: Path, plan) -> None:
    for template in report_templates(plan):
        check_template((site / template.path).read_bytes(), plan, template)


def _folded(text: str) -> str:
    """Text as compared across a PDF's lines: a word cut by a hyphen at a line's end joined, no white space."""
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return re.sub(r"\s+", "", text)


_POINTS_PER_MM = 72 / 25.4


def _text_column_pt() -> tuple[float, float]:
    """Where the duty text column lies across a landscape page, in points, give or take a cell margin (2 mm)."""
    start = MARGINS_MM["left"] + sum(TABLE_WIDTHS_MM[:2])
    return (start - 2) * _POINTS_PER_MM, (TABLE_WIDTHS_MM[2] + 4) * _POINTS_PER_MM


@pytest.mark.office
def test_libreoffice_opens_every_template_and_prints_every_duty(site: Path, plan, tmp_path: Path) -> None:
    """One soffice run converts them all (each start costs seconds); then each PDF is read as text."""
    pdftotext, pdfinfo = _tool("pdftotext", "poppler-utils"), _tool("pdfinfo", "poppler-utils")
    templates = report_templates(plan)
    sources = tmp_path / "docx"
    sources.mkdir()
    for number, template in enumerate(templates):  # flat names: two bodies' files may share a name
        shutil.copy(site / template.path, sources / f"{number:02d}.docx")
    result = convert(list(sources.iterdir()), "pdf", tmp_path / "pdf", "libreoffice-writer-nogui")
    assert result.returncode == 0, result.stderr[-2000:]
    for number, template in enumerate(templates):
        pdf = tmp_path / "pdf" / f"{number:02d}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {template.path}: {result.stdout[-1000:]}"
        info = subprocess.run([pdfinfo, "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
        sizes = re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
        shapes = ["portrait" if float(h) > float(w) else "landscape" for w, h in sizes]
        assert shapes[0] == "portrait" and shapes[-1] == "landscape", (template.path, shapes)
        assert all(abs(max(float(w), float(h)) - 841.9) < 1 for w, h in sizes), "A4"
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        folded = _folded(text)
        for needle in ("BÁOCÁO", "Nơinhận:", _folded(plan.decision.header["motto"].vi)):
            assert needle in folded, (template.path, needle)
        # The duty text column alone (the columns beside it would share its lines), from the first annex page on.
        x, width = _text_column_pt()
        annex = str(shapes.index("landscape") + 1)
        column = subprocess.run([pdftotext, "-f", annex, "-x", str(int(x)), "-y", "0", "-W", str(int(width)),
                                 "-H", "600", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        column = _folded(column)
        for duty in template.duties:
            assert _folded(duty.text.vi) in column, f"{template.path}: {duty.id} not found in its column of the PDF"
