"""Who reports to whom and where a body's work sits today (model/reporting.py), and the agency and
"Targets and reporting" pages that show them, rendered in memory. Expectations are read from the data."""

from __future__ import annotations

import dataclasses
import re

import pytest

from plan_site.model.reporting import (
    every_reporting,
    general_passages,
    reporting_by_passage,
    reporting_of,
    reporting_roles,
    successors_today,
)
from plan_site.model.types import End
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.agencies import agency_page_for
from plan_site.site.render.blocks import duty_title, text_block
from plan_site.site.render.markup import escape
from plan_site.site.render.topics import targets_page

pytestmark = pytest.mark.unit

LANGS = ("vi", "en")


def succeeded(plan, body_id: str) -> list[str]:
    return [r.target.id for r in plan.relations if r.type == "succeeded-by" and r.source == End("body", body_id)]


def test_part_iv_reporting_reaches_every_agency_less_itself(plan) -> None:
    """IV.1: every agency reports to the Provincial People's Committee through the Department of Labour; the
    Department of Labour's own page keeps only the Committee, and IV.2 (notify the Department) drops out."""
    general = [p.id for p in general_passages(plan)]
    assert "IV.1" in general
    for assignment in plan.assignments:
        items = reporting_of(plan, assignment)
        own = [x for x in items if not x.general]
        assert [(x.passage.id, x.report) for x in own] == [(d.id, r) for d in assignment.duties for r in d.reports]
        shared = [x for x in items if x.general]
        expected = [(p.id, tuple(b for b in r.to if b not in assignment.bodies))
                    for p in general_passages(plan) for r in p.reports]
        assert [(x.passage.id, x.to) for x in shared] == [e for e in expected if e[1]], assignment.slug
        assert any(x.passage.id == "IV.1" for x in shared), assignment.slug
    labour = plan.assignments[0]
    assert {x.to for x in reporting_of(plan, labour) if x.passage.id == "IV.1"} == {("ubnd-tinh",)}
    assert not any(x.passage.id == "IV.2" for x in reporting_of(plan, labour))


def test_a_paragraph_added_to_a_closing_part_reaches_every_agency(plan) -> None:
    """Nothing names IV.1: a new general paragraph with a report is every agency's too."""
    part = plan.document.parts[-1]
    extra = dataclasses.replace(part.paragraphs[0], id=f"{part.id}.9", reports=part.paragraphs[1].reports)
    document = dataclasses.replace(plan.document, parts=(*plan.document.parts[:-1],
                                                         dataclasses.replace(part, paragraphs=(*part.paragraphs, extra))))
    other = dataclasses.replace(plan, document=document)
    police = next(a for a in other.assignments if a.slug == "cong-an-tinh")
    assert f"{part.id}.9" in [x.passage.id for x in reporting_of(other, police)]
    assert f"{part.id}.9" in [x.passage.id for x in every_reporting(other)]


def test_a_paragraphs_reports_are_one_obligation_with_its_frequencies(plan) -> None:
    groups = reporting_by_passage(every_reporting(plan))
    assert [g[0].passage.id for g in groups] == list(dict.fromkeys(x.passage.id for x in every_reporting(plan)))
    iv1 = next(g for g in groups if g[0].passage.id == "IV.1")
    assert [x.report.frequency for x in iv1] == [r.frequency for r in plan.passage_index["IV.1"].reports]


def test_the_reporting_role_is_the_one_every_reporting_duty_carries(plan) -> None:
    roles = reporting_roles(plan)
    assert roles and all(set(roles) <= set(d.roles) for d in plan.duties if d.reports)
    assert roles == ("bao-cao",)


@pytest.mark.parametrize("body_id", ["so-lao-dong-thuong-binh-va-xa-hoi", "cong-an-tinh", "ubnd-cac-huyen-thanh-pho",
                                     "ban-dan-toc-tinh"])
def test_where_work_sits_today_follows_each_chain_to_its_end(plan, body_id: str) -> None:
    chains = successors_today(plan, body_id)
    for chain in chains:
        assert chain[0].source.id == body_id
        assert all(a.target.id == b.source.id for a, b in zip(chain, chain[1:]))
        assert succeeded(plan, chain[-1].target.id) == [], "the chain ends where the registry does"
    if not succeeded(plan, body_id):
        assert chains == []


def test_the_department_of_labours_work_went_to_health_then_to_thai_nguyen(plan) -> None:
    [chain] = successors_today(plan, "so-lao-dong-thuong-binh-va-xa-hoi")
    assert [r.target.id for r in chain] == ["so-y-te", "so-y-te-tinh-thai-nguyen"]
    assert [r.origin for r in chain] == ["editorial", "editorial"] and all(r.note for r in chain)


@pytest.mark.parametrize("lang", LANGS)
def test_an_agency_page_leads_with_where_the_work_sits_and_its_duties(plan, lang: str) -> None:
    for assignment in plan.assignments:
        body = agency_page_for(plan, assignment, lang).body
        duties = body.index(f"## {t('duties', lang)} {{: #duties }}")
        first_heading = body.index(f"{{: #{assignment.duties[0].anchor} .duty-heading")
        glance = body.index('class="duty-glance"')
        assert duties < glance < first_heading, assignment.slug
        lines = re.findall(r"^- \[(.+)\]\(#([\w-]+)\)$", body[glance:first_heading], re.MULTILINE)
        assert lines == [(escape(duty_title(d, lang)), d.anchor) for d in assignment.duties], assignment.slug
        last_duty = body.index(f"cite-{assignment.duties[-1].anchor}")
        reporting = body.index("{: #reporting }")
        assert last_duty < reporting, "targets and reporting follow the duties"
        assert "original.md#iv-1)" in body[reporting:], "Part IV.1 on every agency page"
        today = body.find(t("work_today", lang))
        noted = [b for b in assignment.bodies if plan.bodies[b].since_2025]
        if any(succeeded(plan, b) for b in assignment.bodies):
            assert 0 < today < duties, assignment.slug
            assert t("editorial", lang) in body[today:duties]
        if noted:
            since = body.index("{: #since-2025 }")
            assert last_duty < since, "the long 2025 note comes after the duties"
            assert "(#since-2025)" in body[today:duties], "the line under the title leads to the note"
            assert all(escape(plan.bodies[b].since_2025.text[lang]) in body[since:] for b in noted)


@pytest.mark.parametrize("lang", LANGS)
def test_reference_details_follow_each_duty_text(plan, lang: str) -> None:
    body = agency_page_for(plan, plan.assignments[6], lang).body
    for duty in plan.assignments[6].duties:
        heading = body.index(f"{{: #{duty.anchor} .duty-heading")
        text = body.index(text_block(plan, duty, lang, routes.agency(plan.assignments[6].slug)), heading)
        facts = body.index('class="duty-facts"', heading)
        cite = body.index(f'id="cite-{duty.anchor}"', heading)
        assert heading < text < facts < cite, duty.id


@pytest.mark.parametrize("lang", LANGS)
def test_targets_page_tables_who_reports_to_whom_how_often_and_the_recipient_today(plan, lang: str) -> None:
    body = targets_page(plan, lang).body
    table = body[body.index("{: #reporting }"):]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    groups = reporting_by_passage(every_reporting(plan))
    assert len(rows) == len(groups)
    for row, group in zip(rows, groups, strict=True):
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert len(cells) == 6
        who = t("every_agency", lang) if group[0].general else escape(plan.bodies[group[0].reporter].name[lang])
        assert who in cells[0]
        assert all(escape(plan.bodies[b].name[lang]) in cells[1] for b in group[0].to)
        assert all(t(f"frequency_{x.report.frequency}", lang) in cells[2] for x in group)
        for b in group[0].to:
            for chain in successors_today(plan, b):
                assert escape(plan.body(chain[-1].target.id).name[lang]) in cells[3], (b, cells[3])
        assert escape(group[0].passage.id) in cells[5]
    iv1 = next(r for r, g in zip(rows, groups) if g[0].passage.id == "IV.1")
    health = plan.body("so-y-te-tinh-thai-nguyen").name[lang]
    committee = plan.body("ubnd-tinh-thai-nguyen").name[lang]
    assert escape(health) in iv1 and escape(committee) in iv1
    notes = table[table.index('class="reporting-notes"'):]
    for r in [r for g in groups for b in g[0].to for c in successors_today(plan, b) for r in c]:
        assert escape(r.note.text[lang]) in notes, r.id
    assert routes.TARGETS == "targets.md"
