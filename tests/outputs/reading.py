"""Reading a report template back as a user's program would: python-docx opens it, and these checks say
what an official needs from it (Decree 30/2020/NĐ-CP's page, fonts and blocks; every duty)."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Length

from plan_site.model.citation import decision_citation, duty_citation, paragraph_citation
from plan_site.model.plan import Plan
from plan_site.outputs.open_data import target_text
from plan_site.outputs.report import ReportTemplate, header_names, recipients, reporting_duty

FONT = "Times New Roman"
SCRIPTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def mm(length: Length) -> float:
    return round(length.mm, 1)


def words(text: str) -> str:
    return " ".join(text.split())


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def body_paragraphs(document) -> list:
    """Paragraphs outside tables, in order."""
    return list(document.paragraphs)


def all_runs(document) -> list:
    """Every run of the body, its tables (nested ones too) and every header."""
    runs = [r for p in document.paragraphs for r in p.runs]
    for table in document.tables:
        runs += [r for row in table.rows for cell in row.cells for p in cell.paragraphs for r in p.runs]
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            runs += [r for p in header.paragraphs for r in p.runs]
    return runs


def check_page_layout(document) -> None:
    """A4, portrait then a landscape annex; Decree 30's margins; page numbers from page 2, centred on top."""
    sections = document.sections
    assert len(sections) == 2
    assert [(mm(s.page_width), mm(s.page_height)) for s in sections] == [(210.0, 297.0), (297.0, 210.0)]
    for section in sections:
        assert 20 <= mm(section.top_margin) <= 25 and 20 <= mm(section.bottom_margin) <= 25
        assert 30 <= mm(section.left_margin) <= 35 and 15 <= mm(section.right_margin) <= 20
        assert mm(section.header_distance) < mm(section.top_margin), "the page number sits in the top margin"
    first, annex = sections
    assert first.different_first_page_header_footer and not annex.different_first_page_header_footer
    assert words(" ".join(p.text for p in first.first_page_header.paragraphs)) == "", "no number on page 1"
    assert annex.header.is_linked_to_previous, "the annex numbers on"
    number = first.header.paragraphs[0]
    assert number.alignment == 1, "centred"  # WD_ALIGN_PARAGRAPH.CENTER
    instructions = [x.text for x in number._p.iter(qn("w:instrText"))]
    assert [i.strip() for i in instructions] == ["PAGE"]
    assert all(13 <= r.font.size.pt <= 14 for r in number.runs)


def check_fonts(document, data: bytes) -> None:
    """Times New Roman for every script of every run and of the defaults; no theme fonts anywhere."""
    for run in all_runs(document):
        fonts = run._r.rPr.rFonts
        assert {fonts.get(qn(s)) for s in SCRIPTS} == {FONT}, run.text
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for part in ("word/document.xml", "word/styles.xml", "word/header1.xml"):
            xml = package.read(part).decode("utf-8") if part in package.namelist() else ""
            assert not re.search(r'w:(ascii|hAnsi|eastAsia|cs)Theme=', xml, re.IGNORECASE), part
        styles = package.read("word/styles.xml").decode("utf-8")
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S).group(0)
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert f'w:{script}="{FONT}"' in defaults
    assert 'w:val="vi-VN"' in defaults
    normal = document.styles["Normal"]
    assert normal.font.name == FONT and 13 <= normal.font.size.pt <= 14


def text_of(cell) -> str:
    return words(" ".join(p.text for p in cell.paragraphs))


def check_blocks(document, plan: Plan, template: ReportTemplate) -> None:
    """Header block, type and summary, the Plan's reporting duty, recipients, editors' note, signature."""
    header = document.tables[0]
    superior, own = header_names(plan, template.body)
    names = [p.text for p in header.cell(0, 0).paragraphs if p.text]
    assert names == [superior, own]
    assert [r.bold for p in header.cell(0, 0).paragraphs[1:2] for r in p.runs] == [True]
    assert [p.text for p in header.cell(0, 1).paragraphs if p.text] == [plan.decision.header["national_name"].vi,
                                                                       plan.decision.header["motto"].vi]
    assert re.fullmatch(r"Số: …+/BC-…+", text_of(header.cell(1, 0)))
    place_date = header.cell(1, 1).paragraphs[0]
    assert re.fullmatch(r"…+, ngày …+ tháng …+ năm …+", place_date.text) and place_date.runs[0].italic
    header_runs = [r for row in header.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert all(12 <= r.font.size.pt <= 14 for r in header_runs)
    paragraphs = [p for p in body_paragraphs(document) if p.text.strip()]
    texts = [words(p.text) for p in paragraphs]
    kind = texts.index("BÁO CÁO")
    assert paragraphs[kind].runs[0].bold and paragraphs[kind].alignment == 1
    assert re.fullmatch(r"Kết quả thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm …+", texts[kind + 1])
    assert decision_citation(plan, "vi") in texts[kind + 2]
    body_size = {r.font.size.pt for p in paragraphs[kind:] for r in p.runs}
    assert body_size and all(13 <= size <= 14 for size in body_size), body_size
    everything = " ".join(texts)
    duty = reporting_duty(plan)
    if duty:
        assert f"“{words(duty[1].quote.vi)}”" in everything, "the Plan's reporting duty, quoted"
    for heading in ("I. KẾT QUẢ", "II. KHÓ KHĂN", "III. ĐỀ XUẤT"):
        assert any(t.startswith(heading) for t in texts), heading
    signature = document.tables[1]
    sent = [words(p.text) for p in signature.cell(0, 0).paragraphs]
    assert sent[0] == "Nơi nhận:" and sent[-1].startswith("- Lưu: VT")
    assert sent[1:-1] == [f"- {plan.body(b).name.vi};" for b in recipients(plan, template.body)]
    label = signature.cell(0, 0).paragraphs[0].runs[0]
    assert label.bold and label.italic and label.font.size.pt == 12
    assert all(r.font.size.pt == 11 for p in signature.cell(0, 0).paragraphs[1:] for r in p.runs)
    signed = [words(p.text) for p in signature.cell(0, 1).paragraphs if p.text.strip()]
    assert len(signed) == 3 and re.fullmatch(r"…+", signed[-1]), "title, hint and a blank for the name"
    note = text_of(document.tables[2].cell(0, 0))
    assert note.startswith("GHI CHÚ BIÊN TẬP (không thuộc nội dung Kế hoạch hay báo cáo; xóa trước khi ban hành)")


def check_duties(document, plan: Plan, template: ReportTemplate) -> None:
    """One row per duty: number, id, full text with citation, targets and reports, three blank columns."""
    table = document.tables[-1]
    # the duties, then Part IV's paragraphs whose reporting binds every agency (those naming a recipient
    # other than the agency itself), read from the data
    bodies = set(template.assignment.bodies)
    general = [p for part in plan.document.parts for p in part.paragraphs if any(set(r.to) - bodies for r in p.reports)]
    rows, general_rows = table.rows[1:len(template.duties) + 1], table.rows[len(template.duties) + 1:]
    assert [text_of(c) for c in table.rows[0].cells][:2] == ["STT", "Mã nhiệm vụ"]
    assert len(rows) == len(template.duties) and len(general_rows) == len(general)
    for number, (row, passage) in enumerate(zip(general_rows, general, strict=True), start=len(rows) + 1):
        cells = row.cells
        assert text_of(cells[0]) == str(number) and text_of(cells[1]) == passage.id
        assert [words(p.text) for p in cells[2].paragraphs] == [words(passage.text.vi),
                                                               f"({paragraph_citation(plan, passage, 'vi')})"]
        assert all(plan.body(b).name.vi in text_of(cells[3]) for r in passage.reports for b in r.to if b not in bodies)
        assert [text_of(c) for c in cells[4:]] == ["", "", ""], "results, difficulties, proposals: blank"
    for number, (row, duty) in enumerate(zip(rows, template.duties, strict=True), start=1):
        cells = row.cells
        assert text_of(cells[0]) == str(number) and text_of(cells[1]) == duty.id
        assert [words(p.text) for p in cells[2].paragraphs] == [words(duty.text.vi),
                                                               f"({duty_citation(plan, duty, 'vi')})"]
        timing = text_of(cells[3])
        for target in duty.targets:
            assert words(target_text(target, "vi")) in timing
        for report in duty.reports:
            assert all(plan.body(b).name.vi in timing for b in report.to)
        assert [text_of(c) for c in cells[4:]] == ["", "", ""], "results, difficulties, proposals: blank"
        assert all(13 <= r.font.size.pt <= 14 for c in cells for p in c.paragraphs for r in p.runs)


def check_template(data: bytes, plan: Plan, template: ReportTemplate) -> None:
    document = open_docx(data)
    check_page_layout(document)
    check_fonts(document, data)
    check_blocks(document, plan, template)
    check_duties(document, plan, template)
