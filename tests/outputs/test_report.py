"""The report template generator on plans in memory: what each template holds, its layout, and that the
same data gives the same bytes (plan_site/outputs/report.py)."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from datetime import datetime

import pytest

from plan_site.model.dates import reader_date
from plan_site.outputs.report import (
    names_a_class,
    report_docx,
    report_files,
    report_path,
    report_templates,
    since_2025_lines,
)
from plan_site.source.load import load_plan
from tests.conftest import FIXTURES

from .reading import check_template, open_docx, text_of, words


@pytest.fixture(scope="module")
def templates(plan):
    return report_templates(plan)


@pytest.fixture(scope="module")
def files(plan) -> dict[str, bytes]:
    return report_files(plan)


def test_every_duty_is_in_exactly_one_template_of_its_own_body(plan, templates) -> None:
    assert [d.id for t in templates for d in t.duties] == [d.id for d in plan.duties]
    assert all(d.body == t.body.id and d.assignment == t.assignment.id for t in templates for d in t.duties)
    assert {t.assignment.id for t in templates} == {a.id for a in plan.assignments}


def test_an_assignment_naming_several_bodies_gives_each_body_its_own_file(plan, templates) -> None:
    for assignment in plan.assignments:
        own = [t for t in templates if t.assignment == assignment]
        bodies = list(dict.fromkeys(d.body for d in assignment.duties))
        assert [t.body.id for t in own] == bodies
        if len(bodies) == 1:
            assert own[0].path == f"data/reports/{assignment.slug}.docx" == report_path(assignment)
        else:
            assert [t.path for t in own] == [f"data/reports/{assignment.slug}/{b}.docx" for b in bodies]
    shared = next(a for a in plan.assignments if len(a.bodies) > 1)
    assert len([t for t in templates if t.assignment == shared]) == len(shared.bodies) == 5


def test_every_template_reads_back_as_decree_30_lays_it_out(plan, templates, files) -> None:
    assert len(files) == len(templates) == 18
    for template in templates:
        check_template(files[template.path], plan, template)


def test_the_same_plan_gives_the_same_bytes_with_the_datas_date_and_no_clock(plan, templates) -> None:
    template = templates[0]
    first = report_docx(plan, template)
    assert report_docx(plan, template) == first
    day = datetime.fromisoformat(plan.meta.last_checked)
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(day.year, day.month, day.day, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode("utf-8")
    stamps = re.findall(r"<dcterms:(created|modified)[^>]*>([^<]+)<", core)
    assert sorted(stamps) == [("created", f"{plan.meta.last_checked}T00:00:00Z"),
                              ("modified", f"{plan.meta.last_checked}T00:00:00Z")]
    properties = open_docx(first).core_properties
    assert properties.author == "" and properties.last_modified_by == "" and properties.language == "vi-VN"
    assert template.body.name.vi in properties.title
    later = dataclasses.replace(plan, meta=dataclasses.replace(plan.meta, last_checked="2027-01-15"))
    assert report_docx(later, template) != first, "the date comes from the data"


def test_the_decision_is_cited_from_the_model_not_from_the_code(plan, templates) -> None:
    decision = dataclasses.replace(plan.decision, number="999/QĐ-UBND", date="2022-03-04")
    other = dataclasses.replace(plan, decision=decision)
    template = report_templates(other)[0]
    document = open_docx(report_docx(other, template))
    text = " ".join(words(p.text) for p in document.paragraphs)
    assert "Quyết định số 999/QĐ-UBND ngày 04/03/2022 của UBND tỉnh Bắc Kạn" in text
    assert "145/QĐ-UBND" not in text and "02/02/2021" not in text
    check_template(report_docx(other, template), other, template)


def test_recipients_are_the_plans_and_the_editors_note_says_where_that_work_sits_now(plan, templates, files) -> None:
    labour = next(t for t in templates if t.body.id == "so-lao-dong-thuong-binh-va-xa-hoi")
    police = next(t for t in templates if t.body.id == "cong-an-tinh")
    for template, expected in ((police, ["Ủy ban nhân dân tỉnh Bắc Kạn", "Sở Lao động - Thương binh và Xã hội"]),
                               (labour, ["Ủy ban nhân dân tỉnh Bắc Kạn"])):  # the Department does not send to itself
        document = open_docx(files[template.path])
        sent = [words(p.text) for p in document.tables[1].cell(0, 0).paragraphs]
        assert sent == ["Nơi nhận:", *[f"- {name};" for name in expected], "- Lưu: VT, ……."]
        note = text_of(document.tables[2].cell(0, 0))
        assert "Sở Lao động - Thương binh và Xã hội → Sở Y tế (từ ngày 01/03/2025)" in note
        assert "Sở Y tế → Sở Y tế tỉnh Thái Nguyên (từ ngày 01/07/2025)" in note, "the chain is followed"
        assert "Ủy ban nhân dân tỉnh Bắc Kạn → Ủy ban nhân dân tỉnh Thái Nguyên" in note
        succession = next(r for r in plan.relations if r.id == "so-lao-dong-thuong-binh-va-xa-hoi-succeeded-by-so-y-te")
        confidence = {"low": "thấp", "medium": "trung bình", "high": "cao"}[succession.note.confidence]
        assert f"độ tin cậy: {confidence}" in note and "Nguồn: " in note
        assert f"cập nhật đến {reader_date(succession.note.as_of, 'vi')}" in note
    info = next(t for t in templates if t.body.id == "so-thong-tin-va-truyen-thong")
    note = text_of(open_docx(files[info.path]).tables[2].cell(0, 0))
    assert "Sở Thông tin và Truyền thông → Sở Văn hóa, Thể thao và Du lịch" in note, "the body's own successor"


def test_a_body_without_a_successor_relation_gets_its_since_2025_note(plan) -> None:
    lines = since_2025_lines(plan, "ban-dan-toc-tinh")
    assert len(lines) == 1 and lines[0].startswith("Ban Dân tộc tỉnh: " + plan.bodies["ban-dan-toc-tinh"].since_2025.text.vi)
    assert since_2025_lines(plan, "cac-to-chuc-xa-hoi") == []


def test_header_names_the_superior_only_where_the_data_shows_it(plan, templates, files) -> None:
    for template in templates:
        names = [p.text for p in open_docx(files[template.path]).tables[0].cell(0, 0).paragraphs if p.text]
        if template.body.kind == "department":
            assert names[0] == "UBND TỈNH BẮC KẠN"
        else:
            assert re.fullmatch(r"…+", names[0])
        if names_a_class(template.body):
            assert re.fullmatch(r"…+", names[1])
        else:
            assert names[1] == template.body.name.vi.upper()
    classes = {t.body.id for t in templates if names_a_class(t.body)}
    assert classes == {"cac-so-nganh-lien-quan", "cac-to-chuc-xa-hoi", "ubnd-cac-huyen-thanh-pho"}


def test_a_minimal_plan_without_a_reporting_paragraph_still_gives_a_whole_template() -> None:
    small = load_plan(FIXTURES / "valid" / "minimal.yaml")
    [template] = report_templates(small)
    data = report_docx(small, template)
    check_template(data, small, template)
    document = open_docx(data)
    assert "theo yêu cầu tại" not in " ".join(p.text for p in document.paragraphs)
    assert [words(p.text) for p in document.tables[1].cell(0, 0).paragraphs] == ["Nơi nhận:", "- Lưu: VT, ……."]


def test_every_template_lists_the_reporting_part_iv_asks_of_every_agency(plan, templates, files) -> None:
    """IV.1 (report yearly, or when asked, to the Provincial People's Committee through the Department of
    Labour) closes every annex table, after the body's own duties; check_template checks each row's cells."""
    for template in templates:
        table = open_docx(files[template.path]).tables[-1]
        ids = [text_of(row.cells[1]) for row in table.rows[1:]]
        assert ids[:len(template.duties)] == [d.id for d in template.duties]
        assert "IV.1" in ids[len(template.duties):], template.path
