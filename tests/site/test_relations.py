"""The documents' lược đồ on the pages: a figure and a table of the same relations, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.dates import reader_date
from plan_site.model.types import End
from plan_site.site.labels import t
from plan_site.site.render.relations import neighbourhood

from .html import LANGS, flat, resolve, soup


def relation_pages(plan) -> dict[str, tuple[End, ...]]:
    """Each page that shows relations, and whose relations it shows."""
    pages = {"original": (plan.decision_end,)}
    pages |= {f"instruments/{i}": (End("instrument", i),) for i in plan.instruments}
    return pages


def figure_and_rows(site: Path, lang: str, page: str):
    html = site / LANGS[lang] / page / "index.html"
    section = soup(html).find(id="relations")
    assert section is not None, f"{page}: no relations section"
    svg = section.find_next("figure").find("svg")
    rows = section.find_next("div", class_="relations-table").select("tbody tr")
    return html, svg, rows


@pytest.mark.parametrize("lang", LANGS)
def test_each_instrument_page_and_the_original_show_a_figure_and_a_table(site: Path, plan, lang: str) -> None:
    for page, focus in relation_pages(plan).items():
        html, svg, rows = figure_and_rows(site, lang, page)
        relations = neighbourhood(plan, focus)
        assert svg["role"] == "img"
        assert [svg.find(id=i).name for i in svg["aria-labelledby"].split()] == ["title", "desc"]
        assert svg.find("title").get_text() == t("relations", lang)
        assert str(len(relations)) in svg.find("desc").get_text()
        # One arrow per related pair, each with a sentence; one row per relation, typed and dated.
        pairs = {(r.source, r.target) for r in relations}
        assert len(svg.select("g.relation-edge")) == len(pairs), page
        assert len(rows) == len(relations), page
        for row, relation in zip(rows, relations, strict=True):
            cells = [c.get_text(" ", strip=True) for c in row.find_all("td")]
            assert cells[1] == t("relation_" + relation.type, lang)
            assert cells[3] == reader_date(relation.date, lang)
            for a in row.select("a[href]"):
                internal = resolve(html, a["href"], site)  # None for a source's outside address
                if internal:
                    target, fragment = internal
                    assert target.is_file() and (not fragment or soup(target).find(id=fragment)), a["href"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_chain_of_implementation_reads_through_decision_1472(site: Path, lang: str) -> None:
    """Resolution 121/2020/QH14 → implemented by Decision 1472/QĐ-TTg → implemented by this Decision."""
    _, svg, rows = figure_and_rows(site, lang, "instruments/qd-1472-qd-ttg-2020")
    sentences = [g.find("title").get_text() for g in svg.select("g.relation-edge")]
    verb = t("relation_implements", lang)
    assert any(s.startswith("Quyết định 145/QĐ-UBND" if lang == "vi" else "Decision 145/QĐ-UBND") and verb in s
               for s in sentences)
    assert any(f"1472/QĐ-TTg {verb} " in s and "121/2020/QH14" in s for s in sentences)
    quoted = [r for r in rows if "121/2020/QH14" in r.get_text() and "1472/QĐ-TTg" in r.find_all("td")[0].get_text()]
    assert quoted and "can-cu-2" in quoted[0].find_all("td")[4].get_text(), "a relation from the text shows its quote"


@pytest.mark.parametrize("lang", LANGS)
def test_a_replaced_law_shows_its_successor_and_the_date(site: Path, lang: str) -> None:
    """Law 02/2007 → replaced by Law 13/2022 from 01/07/2023, with the editorial source and confidence."""
    _, svg, rows = figure_and_rows(site, lang, "instruments/luat-phong-chong-bao-luc-gia-dinh-2007")
    edge = next(g for g in svg.select("g.relation-replaced-by"))
    assert "13/2022/QH15" in edge.find("title").get_text()
    assert t("relation_from_date", lang).format(date=reader_date("2023-07-01", lang)) in edge.get_text()
    row = next(r for r in rows if "13/2022/QH15" in r.get_text())
    origin = row.find_all("td")[4].get_text(" ", strip=True)
    assert "vanban.chinhphu.vn" in origin and t("confidence_high", lang) in origin


# Successions as a reader must see them, written out here rather than taken from the renderer:
# (source, type, target, date) per table row.
LABOUR_CHAIN = {
    "vi": [
        ["Sở Lao động - Thương binh và Xã hội", "được kế thừa bởi", "Sở Y tế", "01/03/2025"],
        ["Sở Y tế", "được kế thừa bởi", "Sở Y tế tỉnh Thái Nguyên", "01/07/2025"],
    ],
    "en": [
        ["Department of Labour, War Invalids and Social Affairs", "is succeeded by", "Department of Health",
         "1 March 2025"],
        ["Department of Health", "is succeeded by", "Thái Nguyên Provincial Department of Health", "1 July 2025"],
    ],
}
DISTRICT_SUCCESSORS = {
    "vi": [
        ["Ủy ban nhân dân các huyện, thành phố", "được kế thừa bởi", "Ủy ban nhân dân tỉnh Thái Nguyên", "01/07/2025"],
        ["Ủy ban nhân dân các huyện, thành phố", "được kế thừa bởi", "Ủy ban nhân dân các xã, phường tỉnh Thái Nguyên",
         "01/07/2025"],
    ],
    "en": [
        ["District and city People's Committees", "is succeeded by", "Thái Nguyên Provincial People's Committee",
         "1 July 2025"],
        ["District and city People's Committees", "is succeeded by",
         "Commune and ward People's Committees of Thái Nguyên Province", "1 July 2025"],
    ],
}


def row_cells(rows) -> list[list[str]]:
    """Each table row's source, type, target and date, as the reader sees them."""
    return [[c.get_text(" ", strip=True) for c in r.find_all("td")[:4]] for r in rows]


@pytest.mark.parametrize("lang", LANGS)
def test_agency_pages_show_the_bodies_that_took_over(site: Path, plan, lang: str) -> None:
    """Labour → Health (1 March 2025) → Thái Nguyên's Department of Health (1 July 2025), in the figure and table."""
    _, svg, rows = figure_and_rows(site, lang, "agencies/so-lao-dong-thuong-binh-va-xa-hoi")
    names = " ".join(s.get_text() for s in svg.select("text.relation-label tspan"))
    assert plan.other_bodies["so-y-te-tinh-thai-nguyen"].name[lang].split()[0] in names
    assert row_cells(rows) == LABOUR_CHAIN[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_district_committees_pass_to_the_province_and_the_communes(site: Path, lang: str) -> None:
    _, svg, rows = figure_and_rows(site, lang, "agencies/ubnd-cac-huyen-thanh-pho")
    own = [cells for cells in row_cells(rows) if cells[0] == DISTRICT_SUCCESSORS[lang][0][0]]
    assert own == DISTRICT_SUCCESSORS[lang]
    edges = {flat(edge.title.get_text()) for edge in svg.select("g.relation-succeeded-by")}
    assert {f"{source} {verb} {target} ({date})" for source, verb, target, date in own} <= edges, "the figure's arrows"
    sources = [r.find_all("td")[4] for r in rows if r.find_all("td")[0].get_text(" ", strip=True) == own[0][0]]
    assert all(cell.select_one("a[href^='https://danhmucvanbanphapluatvietnam.blogspot.com/']") for cell in sources)


def test_markup_in_relations_stays_text(markup_site: Path) -> None:
    shown = {"vi": "Luật <b>mới</b> {{ x }}", "en": "Law <b>new</b> {% x %}"}
    for lang, root in LANGS.items():
        page = markup_site / root / "instruments" / "luat-tre-em-2016" / "index.html"
        html = page.read_text(encoding="utf-8")
        assert "<script>alert('svg')" not in html and "<b>new</b>" not in html and "<b>mới</b>" not in html
        text = soup(page).find(id="relations").find_next("div", class_="relations-table").get_text()
        assert shown[lang] in text
