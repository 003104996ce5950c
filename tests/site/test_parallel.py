"""The side-by-side page: the whole decision and plan in both languages, aligned passage by passage,
each side in its own language, rendered from the same walk as the original text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plan_site.model.document import pieces
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.pages import all_anchors

from .html import LANGS, content, flat, resolve, soup


def _text(element) -> str:
    """Visible text with white space folded and the document's dash or number prefix left on."""
    return flat(element.get_text(" "))


def links_from(page: Path, site: Path) -> set[tuple[Path, str]]:
    """(file, anchor) of every link in a page's article that stays on the site."""
    return {target for a in content(page).select("a[href]") if (target := resolve(page, a["href"], site))}


def rows(site: Path, lang: str):
    return content(site / LANGS[lang] / "parallel" / "index.html").select(".parallel > .parallel-row")


@pytest.mark.parametrize("lang", LANGS)
def test_every_duty_has_one_aligned_row_in_both_languages(site: Path, plan, lang: str) -> None:
    article = content(site / LANGS[lang] / "parallel" / "index.html")
    duties = list(plan.duties)
    assert len(duties) == 67
    for duty in duties:
        row = article.find(id=duty.anchor)
        assert row is not None and "parallel-row" in row["class"], duty.id
        cells = row.find_all(class_="parallel-cell", recursive=False)
        assert [c["lang"] for c in cells] == ["vi", "en"], f"{duty.id}: Vietnamese first, then English"
        for cell, side in zip(cells, ("vi", "en"), strict=True):
            shown = re.sub(r"^– ", "", _text(cell))
            assert re.sub(r"\s+([,.;:)])", r"\1", shown) == re.sub(r"\s+([,.;:)])", r"\1", flat(duty.text[side])), \
                f"{duty.id} ({side}) differs from the data"
            assert cell.find(id=f"{duty.anchor}-{side}") is not None


@pytest.mark.parametrize("lang", LANGS)
def test_rows_follow_the_document_and_keep_every_anchor(site: Path, plan, lang: str) -> None:
    """One row per piece of the document, in its order; every passage anchor of the original text is there."""
    found = rows(site, lang)
    assert "parallel-columns" in found[0]["class"]
    expected = [piece.anchor for piece in pieces(plan)]
    assert [row.get("id", "") for row in found[1:]] == expected
    anchors = {anchor for page, anchor in all_anchors(plan) if page == routes.ORIGINAL}
    page = content(site / LANGS[lang] / "parallel" / "index.html")
    assert anchors - {e["id"] for e in page.select("[id]")} == set(), "anchors of the original missing side by side"


@pytest.mark.parametrize("lang", LANGS)
def test_each_side_reads_exactly_as_the_original_text(site: Path, plan, lang: str) -> None:
    """The same renderer lays out both pages: each side's passage equals the original page's in its language
    (whose passages open with their number in the Plan, which a row of this page shows once, for both sides)."""
    page = content(site / LANGS[lang] / "parallel" / "index.html")
    for side, root in LANGS.items():
        original = content(site / root / "original" / "index.html")
        compared = 0
        for element in original.select("[id]"):
            twin = page.find(id=f"{element['id']}-{side}")
            if twin is not None and element.name not in ("h2", "h3"):
                number = element.select_one(":scope > .passage-number")
                shown = _text(element).removeprefix(f"{_text(number)} ") if number else _text(element)
                assert _text(twin) == shown, f"{element['id']} ({side})"
                compared += 1
        assert compared >= len(list(plan.duties)), f"only {compared} passages compared ({side})"


@pytest.mark.parametrize("lang", LANGS)
def test_a_duty_row_links_to_itself_and_to_its_agency_page(site: Path, plan, lang: str) -> None:
    page_path = site / LANGS[lang] / "parallel" / "index.html"
    page = content(page_path)
    for duty in plan.duties:
        row = page.find(id=duty.anchor)
        permalink = row.select_one("a.parallel-permalink")
        assert permalink["href"] == f"#{duty.anchor}" and permalink.get_text() == duty.id
        agency = row.select_one(".parallel-ref a:not(.parallel-permalink)")
        target, fragment = resolve(page_path, agency["href"], site)
        assert target == site / LANGS[lang] / "agencies" / plan.assignment_of(duty).slug / "index.html"
        assert fragment == duty.anchor


@pytest.mark.parametrize("lang", LANGS)
def test_columns_are_captioned_each_in_its_own_language(site: Path, lang: str) -> None:
    captions = rows(site, lang)[0].select("p.parallel-cell")
    assert [(c["lang"], c.get_text()) for c in captions] == [(side, t("parallel_column", side)) for side in LANGS]
    assert soup(site / LANGS[lang] / "parallel" / "index.html").html["lang"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_original_text_and_agency_pages_link_to_it(site: Path, plan, lang: str) -> None:
    root = site / LANGS[lang]
    original = root / "original" / "index.html"
    assert (root / "parallel" / "index.html", "") in links_from(original, site), "the original does not link to it"
    for assignment in plan.assignments:
        page = root / "agencies" / assignment.slug / "index.html"
        links = links_from(page, site)
        expected = {(root / "parallel" / "index.html", anchor)
                    for anchor in [assignment.anchor] + [d.anchor for d in assignment.duties]}
        assert expected <= links, f"{assignment.slug}: missing side-by-side links"
        lede = content(page).select_one(".lede")
        assert t("read_side_by_side", lang) in lede.get_text()


@pytest.mark.parametrize("lang", LANGS)
def test_it_is_kept_out_of_search_and_its_table_of_contents_hidden(site: Path, lang: str) -> None:
    """Every passage is already found on its own page; a third copy would crowd results and the index."""
    docs = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not any(d["location"].startswith("parallel/") for d in docs)
    toc = soup(site / LANGS[lang] / "parallel" / "index.html").select_one(".md-sidebar--secondary")
    assert toc.has_attr("hidden")
