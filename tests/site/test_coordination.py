"""Who works with whom (an SVG with a text alternative) and each agency's printable checklist."""

from __future__ import annotations

from pathlib import Path

import pytest

from .html import LANGS, flat, resolve, soup


def pairs(plan) -> dict[tuple[str, str], list[str]]:
    """(holder, partner) → duty ids, straight from the duties' partners."""
    found: dict[tuple[str, str], list[str]] = {}
    for duty in plan.duties:
        for partner in duty.partners:
            found.setdefault((duty.body, partner), []).append(duty.id)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_coordination_figure_draws_every_pair_with_a_title_and_description(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "coordination" / "index.html"
    svg = soup(page).select_one("figure svg.network")
    assert svg["role"] == "img"
    labelled = svg["aria-labelledby"].split()
    assert [svg.find(id=i).name for i in labelled] == ["title", "desc"]
    expected = pairs(plan)
    assert str(len(expected)) in svg.find("desc").get_text()
    edges = svg.select("path.network-edge")
    assert len(edges) == len(expected)
    for edge, ((holder, partner), duties) in zip(edges, expected.items(), strict=True):
        title = edge.find("title").get_text()
        assert title.startswith(f"{plan.bodies[holder].name[lang]} → {plan.bodies[partner].name[lang]}:")
        assert title.endswith(", ".join(duties))
    labels = " ".join(" ".join(s.get_text() for s in text.find_all("tspan")) for text in svg.select("text.network-label"))
    for body in {b for pair in expected for b in pair}:
        assert flat(plan.bodies[body].name[lang]) in labels, body


@pytest.mark.parametrize("lang", LANGS)
def test_coordination_table_lists_the_same_pairs_with_links(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "coordination" / "index.html"
    rows = soup(page).find(id="pairs").find_next("table").select("tbody tr")
    expected = pairs(plan)
    assert len(rows) == len(expected)
    for row, ((holder, partner), duties) in zip(rows, expected.items(), strict=True):
        cells = row.find_all("td")
        assert cells[0].get_text() == plan.bodies[holder].name[lang]
        assert cells[1].get_text() == plan.bodies[partner].name[lang]
        assert [a.get_text() for a in cells[2].find_all("a")] == duties
        for a in cells[2].find_all("a"):
            target, fragment = resolve(page, a["href"], site)
            assert soup(target).find(id=fragment) is not None


@pytest.mark.parametrize("lang", LANGS)
def test_coordination_page_is_in_the_navigation(site: Path, lang: str) -> None:
    home = site / LANGS[lang] / "index.html"
    hrefs = [resolve(home, a["href"], site) for a in soup(home).select("nav.md-nav--primary a[href]")]
    assert site / LANGS[lang] / "coordination" / "index.html" in [t for t, _ in filter(None, hrefs)]


@pytest.mark.parametrize("lang", LANGS)
def test_each_agency_page_links_its_checklist_which_lists_every_duty(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        agency = site / LANGS[lang] / "agencies" / assignment.slug / "index.html"
        links = [resolve(agency, a["href"], site)[0] for a in soup(agency).select(".checklist-links a[href]")]
        checklist = site / LANGS[lang] / "checklists" / assignment.slug / "index.html"
        assert links == [checklist, site / LANGS[lang] / "data" / "checklists" / f"{assignment.slug}.csv"]
        tree = soup(checklist)
        rows = tree.select(".checklist table tbody tr")
        assert [r.find_all("td")[1].get_text() for r in rows] == [d.id for d in assignment.duties] + \
            every_agencys_reporting(plan, assignment)
        notes = [r.find_all("td")[-1] for r in rows]
        for label in (x for note in notes for x in note.select(".checklist-label")):  # the heading, shown on phones
            label.decompose()
        assert all(note.get_text().strip() == "" for note in notes), "notes left blank"
        assert tree.select_one("button.print-page[type=button][hidden]") is not None
        nav = [resolve(checklist, a["href"], site) for a in tree.select("nav.md-nav--primary a[href]")]
        assert checklist not in [t for t, _ in filter(None, nav)], "checklists stay out of the navigation"


def every_agencys_reporting(plan, assignment) -> list[str]:
    """Part IV's paragraphs whose reports bind every agency: each that names a recipient other than the
    assignment's own bodies (no one reports to itself), read straight from the data."""
    return [p.id for part in plan.document.parts for p in part.paragraphs
            if any(set(r.to) - set(assignment.bodies) for r in p.reports)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_checklist_ends_with_the_reporting_every_agency_owes(site: Path, plan, lang: str) -> None:
    """Part IV.1 (report yearly, or when asked, to the Provincial People's Committee through the Department of
    Labour) is in every agency's checklist: the row links to the paragraph and names its recipients."""
    for assignment in plan.assignments:
        checklist = site / LANGS[lang] / "checklists" / assignment.slug / "index.html"
        rows = {r.find_all("td")[1].get_text(): r for r in soup(checklist).select(".checklist table tbody tr")}
        general = every_agencys_reporting(plan, assignment)
        assert "IV.1" in general, assignment.slug
        for passage_id in general:
            row, passage = rows[passage_id], plan.passage_index[passage_id]
            assert resolve(checklist, row.find_all("td")[1].a["href"], site) == \
                (site / LANGS[lang] / "original" / "index.html", passage.anchor)
            timing = row.find_all("td")[5].get_text()
            recipients = {b for r in passage.reports for b in r.to if b not in assignment.bodies}
            assert recipients and all(plan.bodies[b].name[lang] in timing for b in recipients), assignment.slug
