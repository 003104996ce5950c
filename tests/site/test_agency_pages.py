"""Agency pages lead with duties (readers' testing, issue 21): in the built HTML of both languages, where the
work sits today comes under the title, then the duties at a glance, each duty's text before its reference
details; targets and reporting (Part IV included) and the long 2025 note come after the duties. The
"Targets and reporting" page tables who reports, to whom, how often and the recipient today."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.types import End
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import duty_title, work_today

from .html import LANGS, content, flat, resolve


def agency(site: Path, lang: str, slug: str) -> Path:
    return site / LANGS[lang] / "agencies" / slug / "index.html"


def successors(plan, body_id: str) -> list[str]:
    """The ends of a body's succeeded-by chains, straight from the relations."""
    ends, todo = [], [body_id]
    while todo:
        current = todo.pop()
        nxt = [r.target.id for r in plan.relations if r.type == "succeeded-by" and r.source == End("body", current)]
        if not nxt and current != body_id:
            ends.append(current)
        todo += nxt
    return ends


def position(article, element) -> int:
    return list(article.descendants).index(element)


@pytest.mark.parametrize("lang", LANGS)
def test_where_the_work_sits_today_is_under_the_title(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        page = agency(site, lang, assignment.slug)
        article = content(page)
        line = article.select_one(".work-today")
        ends = [e for b in assignment.bodies for e in successors(plan, b)]
        if not ends and not any(plan.bodies[b].since_2025 for b in assignment.bodies):
            assert line is None, assignment.slug
            continue
        assert line is not None, assignment.slug
        assert line.find_previous_sibling("p", class_="lede") is not None
        assert position(article, line) < position(article, article.find(id="duties")), "before the duties"
        text = flat(line.get_text(" "))
        assert f"({t('editorial', lang)})" in text
        assert all(flat(plan.body(e).name[lang]) in text for e in ends), (assignment.slug, text)
        note = line.find("a", href=lambda h: h and h.endswith("#since-2025"))
        assert note is not None and resolve(page, note["href"], site) == (page, "since-2025")
        # One body: a line; several: folded, a line each, so the duties stay on a phone's first screen.
        assert line.name == ("p" if len(assignment.bodies) == 1 else "details"), assignment.slug
        if line.name == "details":
            said = [b for b in assignment.bodies if work_today(plan, b, lang, routes.agency(assignment.slug))]
            assert len(line.select("li")) == len(said) > 1, assignment.slug


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["cong-an-tinh", "so-lao-dong-thuong-binh-va-xa-hoi"])
def test_the_police_and_a_body_with_a_successor_say_where_the_work_went_first(site: Path, plan, lang: str,
                                                                            slug: str) -> None:
    """Where the work went is in the first sentence under the title, not the fifth of a note."""
    article = content(agency(site, lang, slug))
    first = article.h1.find_next_sibling("p", class_="lede").find_next_sibling()
    assert "work-today" in first["class"]
    [end] = successors(plan, plan.assignment_by_slug(slug).bodies[0])
    assert first.strong.get_text() == plan.body(end).name[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_duties_at_a_glance_link_each_duty_in_the_plans_words(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        page = agency(site, lang, assignment.slug)
        article = content(page)
        glance = article.select_one(".duty-glance")
        assert glance.find_previous_sibling("h2")["id"] == "duties"
        links = glance.select("li > a")
        assert [a.get_text() for a in links] == [duty_title(d, lang) for d in assignment.duties]
        assert [resolve(page, a["href"], site) for a in links] == [(page, d.anchor) for d in assignment.duties]
        assert all(article.find(id=d.anchor)["class"] == ["duty-heading"] for d in assignment.duties)


@pytest.mark.parametrize("lang", LANGS)
def test_each_duty_reads_text_first_then_its_reference_details(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        article = content(agency(site, lang, assignment.slug))
        for duty in assignment.duties:
            heading = article.find(id=duty.anchor)
            block = heading.find_next_sibling()
            assert block.name == "div" and block["class"] == ["duty"], duty.id
            assert block.p is block.find(True), "the duty's own words come first"
            assert block.select_one(".duty-facts") is not None
            assert "duty-cite" in block.find_next_sibling()["class"], "citation and identifier after the text"


@pytest.mark.parametrize("lang", LANGS)
def test_targets_reporting_and_the_2025_note_follow_the_duties(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        page = agency(site, lang, assignment.slug)
        article = content(page)
        last_duty = article.find(id=f"cite-{assignment.duties[-1].anchor}")
        reporting = article.find(id="reporting")
        assert position(article, last_duty) < position(article, reporting)
        summary = reporting.find_next_sibling("div", class_="agency-summary")
        part_iv = [a for a in summary.select("a[href]") if resolve(page, a["href"], site)[1] == "iv-1"]
        assert part_iv and resolve(page, part_iv[0]["href"], site)[0] == site / LANGS[lang] / "original" / "index.html"
        line = flat(part_iv[0].find_parent("li").get_text(" "))
        assert line.startswith(f"{t('reports', lang)}: {t('every_agency', lang)}")
        expected = {b for r in plan.passage_index["IV.1"].reports for b in r.to if b not in assignment.bodies}
        assert all(flat(plan.bodies[b].name[lang]) in line for b in expected)
        # ...and who receives those reports today (editorial), so no one writes to a body that is gone.
        plan_words, today = line.split(f"{t('reporting_recipient_today', lang)} ({t('editorial', lang)}) :")
        ends = [e for b in expected for e in successors(plan, b)]
        assert ends and all(flat(plan.body(e).name[lang]) in today for e in ends), (assignment.slug, today)
        assert reporting.find_next_sibling("div", class_="checklist-links") is not None
        if any(plan.bodies[b].since_2025 for b in assignment.bodies):
            since = article.find(id="since-2025")
            assert position(article, last_duty) < position(article, since)
            assert since.find_next_sibling("div", class_="editorial-note") is not None


@pytest.mark.parametrize("lang", LANGS)
def test_targets_page_tables_the_recipient_today_with_its_sources(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "targets" / "index.html"
    article = content(page)
    table = article.select_one(".reporting-table table")
    header = [flat(th.get_text(" ")) for th in table.select("thead th")]
    assert header[:4] == [t("reporting_who", lang), t("reporting_to", lang), t("reporting_how_often", lang),
                          f"{t('reporting_recipient_today', lang)} ({t('editorial', lang)})"]
    rows = {flat(tr.find_all("td")[-1].get_text()): tr for tr in table.select("tbody tr")}
    reporting = [p for p in plan.passages() if p.reports]
    assert list(rows) == [p.id for p in reporting]
    iv1 = [flat(td.get_text(" ")) for td in rows["IV.1"].find_all("td")]
    assert iv1[0] == t("every_agency", lang)
    assert flat(plan.body("ubnd-tinh-thai-nguyen").name[lang]) in iv1[3]
    assert flat(plan.body("so-y-te-tinh-thai-nguyen").name[lang]) in iv1[3]
    notes = table.find_next("div", class_="reporting-notes").select(".editorial-note")
    texts = [flat(n.get_text(" ")) for n in notes]
    for relation in plan.relations:
        if relation.type == "succeeded-by" and relation.source.id == "so-lao-dong-thuong-binh-va-xa-hoi":
            assert any(flat(relation.note.text[lang]) in x for x in texts)
    assert all(n.select_one(".note-source time") is not None for n in notes), "sources and as-of date"
