"""Report templates: a Vietnamese .docx per reporting body, ready to fill in, laid out as Decree 30/2020/NĐ-CP asks.

Part IV of the Plan asks every body it assigns duties to for a yearly report on its results, sent to the
Provincial People's Committee through the Department of Labour, War Invalids and Social Affairs. Officials
write those reports in Word, in the layout of Decree 30/2020/NĐ-CP on clerical work (thể thức và kỹ thuật
trình bày văn bản hành chính). Each template here holds what the data knows and leaves blanks ("……") for
the rest:

- A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman everywhere (Western, East
  Asian and complex-script fonts all set, no theme fonts); body text 14 pt, the duties table 13 pt, the
  header block and "Nơi nhận" in the sizes Appendix I of the decree gives; page numbers centred in the
  top margin from page 2 (the first page has a header of its own, empty).
- The header block: the superior body and the body's name top left, the national name and motto top right
  (both from the decision's own header in the data), "Số: …/BC-…" and the place and date blank.
- "BÁO CÁO" and "Kết quả thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm …", citing the decision by
  number, date and issuer from the model; an opening that quotes the Plan's reporting duty from its
  ``reports`` record (Part IV) with its citation.
- Sections I-III (results, difficulties, proposals) as dotted lines to write on; section I refers to the
  annex, which is the one landscape section (Decree 30 allows landscape pages for tables): one table row per
  duty with its number, id, full text and formal citation, its targets and reporting obligations from the
  data, and empty columns for results, difficulties and proposals; then a row per Part IV paragraph whose
  reporting binds every agency (model/reporting.py), as the checklist lists it. The annex follows the signature, as
  reports attach their tables, and is tied to the report by its number and date ("Kèm theo Báo cáo số …").
- "Nơi nhận" lists the recipients Part IV names, as it names them (the 2021 bodies); the signature block is
  blank. After it, a boxed editors' note, marked as such and to be deleted before issuing, says where the
  recipients' work (and the reporting body's own) sits since 2025, from the relations registry
  (``succeeded-by``) or, where a body has none, its ``since_2025`` note, with sources, date and confidence.

**One template per body, not one per assignment with a section each.** Where an assignment names several
bodies (item III.13: the Fatherland Front committee, the Youth Union, the Women's Union, the association for
people with disabilities and orphans, and social organisations), each body gets its own file holding its
own duties. A report under Decree 30 is one body's document: one issuing body in the header, one number
and symbol from its own register, one head signing for it. Part IV asks "Thủ trưởng các Sở, Ban, Ngành,
đoàn thể, các cơ quan, tổ chức" (the head of each body) to report, and the Department compiles what each
sends; a shared file with five sections could be signed by none of them. Where the "body" is a class
(a ``group`` body or a name with "các": "Các Sở, Ngành…", "Ủy ban nhân dân các huyện, thành phố", "Các tổ
chức xã hội"), each member reports for itself, so the name in the header is left blank to fill in.

The superior body (tên cơ quan chủ quản) is the decision's issuer for the Province's own departments (kind
``department``: specialised agencies of the provincial People's Committee); for other bodies (police,
procuracy, court, mass organisations, district committees) the data does not say, and the line is left
blank rather than guessed.

The same data gives the same bytes: the document properties carry the data's ``meta.last_checked`` date as
created and modified date, the author is empty, and the zip entries carry that date too, in a fixed order
with fixed attributes. Nothing here reads the clock.

This module belongs to the outputs layer (plan_site/outputs/); the site publishes its files under
``data/reports/`` (plan_site/outputs/catalogue.py ``data_files``) and links them from each agency page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Mm, Pt

from plan_site.model.citation import decision_citation, duty_citation, paragraph_citation, plan_citation
from plan_site.model.plan import Plan
from plan_site.model.types import Assignment, Body, Duty
from plan_site.outputs import docx_layout as layout
from plan_site.outputs.open_data import general_checklist_groups, reports_text
from plan_site.outputs.report_data import (
    BLANK,
    LINE_BLANK,
    header_names,
    names_a_class,
    passage_pinpoint,
    recipients,
    reporting_duty,
    since_2025_lines,
    targets_and_reports,
)
from plan_site.site import routes
from plan_site.site.labels import t

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# The document's own words: the grammar of a Vietnamese administrative report, not interface labels.
REPORT_TYPE = "BÁO CÁO"
SUMMARY = "Kết quả thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm " + BLANK
NUMBER_LINE = f"Số: {BLANK}/BC-{BLANK}"
PLACE_DATE = f"{BLANK}, ngày {BLANK} tháng {BLANK} năm {BLANK}"
RECIPIENTS_LABEL = "Nơi nhận:"
FILED = f"Lưu: VT, {BLANK}."
SIGNATURE_HINT = "(Chữ ký, dấu của cơ quan, tổ chức)"
SIGNER_TITLE = "QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ"
TABLE_HEADINGS = ("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ được giao (trích dẫn)", "Chỉ tiêu, thời hạn, báo cáo",
                  "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị")
TABLE_WIDTHS_MM = (13, 20, 92, 37, 32, 29, 29)  # landscape: 297 - 30 - 15 = 252 mm of text width
SECTION_RESULTS = "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO"
SECTION_DIFFICULTIES = "II. KHÓ KHĂN, VƯỚNG MẮC"
SECTION_PROPOSALS = "III. ĐỀ XUẤT, KIẾN NGHỊ"
DOTTED_LINES = 3
ANNEX = "Phụ lục"
EDITORS_NOTE_LABEL = "không thuộc nội dung Kế hoạch hay báo cáo; xóa trước khi ban hành"


@dataclass(frozen=True)
class ReportTemplate:
    """One reporting body's template: its assignment, the body, its own duties and where it is published."""

    assignment: Assignment
    body: Body
    duties: tuple[Duty, ...]
    path: str

    @property
    def shared(self) -> bool:
        """Whether the assignment names several bodies, each with a template of its own."""
        return self.path != report_path(self.assignment)


def report_path(assignment: Assignment, body_id: str | None = None) -> str:
    """Where a template is published (plan_site/site/routes.py)."""
    return routes.report_template(assignment.slug, body_id)


def report_templates(plan: Plan, assignment: Assignment | None = None) -> tuple[ReportTemplate, ...]:
    """Every template (or one assignment's), in document order: one per body holding duties."""
    found = []
    for a in (assignment,) if assignment else plan.assignments:
        bodies = list(dict.fromkeys(d.body for d in a.duties))
        for body_id in bodies:
            duties = tuple(d for d in a.duties if d.body == body_id)
            path = report_path(a) if len(bodies) == 1 else report_path(a, body_id)
            found.append(ReportTemplate(a, plan.bodies[body_id], duties, path))
    return tuple(found)


_LAST: list[tuple[Plan, dict[str, bytes]]] = []  # the last plan's files: both languages' builds share them


def report_files(plan: Plan) -> dict[str, bytes]:
    """Every template: path under a language's site root → the .docx bytes (the same in both languages)."""
    if not _LAST or _LAST[0][0] is not plan:
        _LAST[:] = [(plan, {template.path: report_docx(plan, template) for template in report_templates(plan)})]
    return dict(_LAST[0][1])


def template_title(plan: Plan, template: ReportTemplate) -> str:
    """The file's title property: what it is and for whom."""
    return f"Mẫu báo cáo kết quả thực hiện Kế hoạch ({plan.decision.number}): {template.body.name.vi}"


# ---------------------------------------------------------------- the document


def report_docx(plan: Plan, template: ReportTemplate) -> bytes:
    """The template as .docx bytes; the same plan always gives the same bytes."""
    document = Document()
    layout.set_fonts(document)
    first = document.sections[0]
    layout.set_page(first, landscape=False)
    layout.page_numbers(first)
    _header_block(document, plan, template)
    _title(document, plan)
    _opening(document, plan, template)
    assignment = template.assignment
    _heading(document, SECTION_RESULTS)
    layout.paragraph(document, f"Kết quả thực hiện từng nhiệm vụ được giao tại mục {assignment.number}, phần "
               f"{_part(assignment)} Kế hoạch: chi tiết tại Phụ lục kèm theo Báo cáo này. Đánh giá chung:",
               indent=True)
    for heading in (None, SECTION_DIFFICULTIES, SECTION_PROPOSALS):
        if heading:
            _heading(document, heading)
        for _ in range(DOTTED_LINES):
            _dotted_line(document)
    layout.paragraph(document, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch năm {BLANK} của {_own_name(template)}./.",
               indent=True).paragraph_format.keep_with_next = True
    _signature_block(document, plan, template)
    _editors_note(document, plan, template)
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    layout.set_page(annex, landscape=True)
    _annex_title(document, template)
    _duties_table(document, plan, template)
    _properties(document, plan, template)
    out = io.BytesIO()
    document.save(out)
    return layout.fixed_zip(out.getvalue(), _data_time(plan))


def _part(assignment: Assignment) -> str:
    """The part an assignment belongs to: ``III.7`` → ``III``."""
    return assignment.id.split(".")[0]


def _own_name(template: ReportTemplate) -> str:
    return LINE_BLANK if names_a_class(template.body) else template.body.name.vi




























def _header_block(document, plan: Plan, template: ReportTemplate) -> None:
    """Top left the superior and issuing bodies, top right the national name and motto; under them the
    number and symbol, and the place and date, all to fill in."""
    left, right = 70.0, layout.text_width() - 70.0
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout.borderless(table)
    layout.set_widths(table, (left, right))
    superior, own = header_names(plan, template.body)
    names, nation = table.cell(0, 0), table.cell(0, 1)
    layout.cell_paragraph(names, superior, layout.SIZE["names"])
    layout.cell_paragraph(names, own, layout.SIZE["names"], bold=True)
    layout.rule(names, left / 3, left)
    header = plan.decision.header
    layout.cell_paragraph(nation, header["national_name"].vi, layout.SIZE["names"], bold=True)
    layout.cell_paragraph(nation, header["motto"].vi, layout.SIZE["motto"], bold=True)
    layout.rule(nation, 56, right)  # as long as the motto
    layout.cell_paragraph(table.cell(1, 0), NUMBER_LINE, layout.SIZE["number"]).paragraph_format.space_before = Pt(6)
    layout.cell_paragraph(table.cell(1, 1), PLACE_DATE, layout.SIZE["place_date"], italic=True).paragraph_format.space_before = Pt(6)


def _title(document, plan: Plan) -> None:
    """The type and summary, centred and bold, citing the decision by number, date and issuer."""
    layout.paragraph(document, after=0)
    layout.paragraph(document, REPORT_TYPE, layout.SIZE["type"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    layout.paragraph(document, SUMMARY, layout.SIZE["summary"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    layout.paragraph(document, f"(Kế hoạch ban hành kèm theo {decision_citation(plan, 'vi')})", layout.SIZE["summary"],
               bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    layout.rule(document, layout.text_width() / 4, layout.text_width())
    layout.paragraph(document, after=6)


def _opening(document, plan: Plan, template: ReportTemplate) -> None:
    """Why the report is made: the Plan, and its reporting duty quoted from the data with its place."""
    assignment = template.assignment
    text = f"Thực hiện {plan_citation(plan, 'vi')} (sau đây gọi là Kế hoạch)"
    duty = reporting_duty(plan)
    if duty:
        passage, report = duty
        text += f", theo yêu cầu tại {passage_pinpoint(passage)} Kế hoạch: “{report.quote.vi}”"
    text += (f"; {_own_name(template)} báo cáo kết quả thực hiện các nhiệm vụ được giao tại mục "
             f"{assignment.number}, phần {_part(assignment)} Kế hoạch năm {BLANK} như sau:")
    layout.paragraph(document, text, indent=True)


def _heading(document, text: str) -> None:
    layout.paragraph(document, text, bold=True, indent=True).paragraph_format.keep_with_next = True


def _dotted_line(document) -> None:
    """A line of dots across the text width, to write on."""
    paragraph = layout.paragraph(document, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(layout.text_width()), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    layout.run(paragraph, "\t", layout.SIZE["body"])


def _annex_title(document, template: ReportTemplate) -> None:
    """The annex's own heading, tied to the report by its number and date, to fill in."""
    assignment = template.assignment
    centred = WD_ALIGN_PARAGRAPH.CENTER
    layout.paragraph(document, ANNEX, layout.SIZE["type"], bold=True, align=centred, after=0)
    layout.paragraph(document, f"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI MỤC {assignment.number}, PHẦN "
               f"{_part(assignment)} KẾ HOẠCH", layout.SIZE["type"], bold=True, align=centred, after=0)
    layout.paragraph(document, f"(Kèm theo Báo cáo số {BLANK}/BC-{BLANK} ngày {BLANK} tháng {BLANK} năm {BLANK} của "
               f"{_own_name(template)})", layout.SIZE["body"], italic=True, align=centred, after=6)


def _duties_table(document, plan: Plan, template: ReportTemplate) -> None:
    """The annex's table on landscape pages: one row per duty, the last three columns blank to fill in."""
    table = document.add_table(rows=1, cols=len(TABLE_HEADINGS))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, heading in zip(table.rows[0].cells, TABLE_HEADINGS, strict=True):
        layout.cell_paragraph(cell, heading, layout.SIZE["table"], bold=True)
    layout.add_element(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader", val="true")  # repeated on every page
    for number, duty in enumerate(template.duties, start=1):
        row = table.add_row()
        layout.add_element(row._tr.get_or_add_trPr(), "w:cantSplit")  # a duty and its results on one page
        cells = row.cells
        layout.cell_paragraph(cells[0], str(number), layout.SIZE["table"])
        layout.cell_paragraph(cells[1], duty.id, layout.SIZE["table"])
        layout.cell_paragraph(cells[2], duty.text.vi, layout.SIZE["table"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
        layout.cell_paragraph(cells[2], f"({duty_citation(plan, duty, 'vi')})", layout.SIZE["table"], italic=True,
                        align=WD_ALIGN_PARAGRAPH.LEFT)
        lines = targets_and_reports(plan, duty)
        for line in lines or ["–"]:
            layout.cell_paragraph(cells[3], line, layout.SIZE["table"], align=WD_ALIGN_PARAGRAPH.LEFT, after=3)
    for number, group in enumerate(general_checklist_groups(plan, template.assignment), start=len(template.duties) + 1):
        # Part IV's reporting, which binds every agency, as the checklist lists it after the duties
        passage = group[0].passage
        row = table.add_row()
        layout.add_element(row._tr.get_or_add_trPr(), "w:cantSplit")
        cells = row.cells
        layout.cell_paragraph(cells[0], str(number), layout.SIZE["table"])
        layout.cell_paragraph(cells[1], passage.id, layout.SIZE["table"])
        layout.cell_paragraph(cells[2], passage.text.vi, layout.SIZE["table"], align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                              after=3)
        layout.cell_paragraph(cells[2], f"({paragraph_citation(plan, passage, 'vi')})", layout.SIZE["table"],
                              italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        layout.cell_paragraph(cells[3], reports_text(plan, group, "vi"), layout.SIZE["table"],
                              align=WD_ALIGN_PARAGRAPH.LEFT, after=3)
    layout.set_widths(table, TABLE_WIDTHS_MM)


def _signature_block(document, plan: Plan, template: ReportTemplate) -> None:
    """Bottom left "Nơi nhận" as the Plan names the recipients; bottom right the signature, blank."""
    left = 75.0
    table = document.add_table(rows=1, cols=2)
    layout.borderless(table)
    layout.set_widths(table, (left, layout.text_width() - left))
    layout.add_element(table.rows[0]._tr.get_or_add_trPr(), "w:cantSplit")  # the signature never leaves its recipients
    sent, signed = table.cell(0, 0), table.cell(0, 1)
    layout.cell_paragraph(sent, RECIPIENTS_LABEL, layout.SIZE["recipients_label"], bold=True, italic=True,
                    align=WD_ALIGN_PARAGRAPH.LEFT)
    for body_id in recipients(plan, template.body):
        layout.cell_paragraph(sent, f"- {plan.body(body_id).name.vi};", layout.SIZE["recipients"], align=WD_ALIGN_PARAGRAPH.LEFT)
    layout.cell_paragraph(sent, f"- {FILED}", layout.SIZE["recipients"], align=WD_ALIGN_PARAGRAPH.LEFT)
    layout.cell_paragraph(signed, SIGNER_TITLE, layout.SIZE["signature"], bold=True)
    layout.cell_paragraph(signed, SIGNATURE_HINT, layout.SIZE["signature"] - 1, italic=True, after=60)
    layout.cell_paragraph(signed, LINE_BLANK, layout.SIZE["signature"], bold=True)


def _editors_note(document, plan: Plan, template: ReportTemplate) -> None:
    """A boxed note, marked as the editors', on where the recipients' work and the body's own sits since 2025."""
    layout.paragraph(document, after=6)
    box = document.add_table(rows=1, cols=1)
    box.style = document.styles["Table Grid"]
    layout.set_widths(box, (layout.text_width(),))
    cell = box.cell(0, 0)
    layout.add_element(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill="F2F2F2")
    size = layout.SIZE["note"]
    layout.cell_paragraph(cell, f"{t('editorial_note', 'vi').upper()} ({EDITORS_NOTE_LABEL})", size, bold=True,
                    align=WD_ALIGN_PARAGRAPH.LEFT, after=3)
    layout.cell_paragraph(cell, ("Mẫu này được tạo từ dữ liệu của Kế hoạch: các nhiệm vụ, trích dẫn, chỉ tiêu và nơi nhận "
                           "lấy đúng theo văn bản; các chỗ “……” để cơ quan điền. “Nơi nhận” ghi các cơ quan như Kế "
                           "hoạch đã ghi năm " + plan.decision.date[:4] + ". Từ năm 2025:"),
                    size, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
    bodies = [*recipients(plan, template.body), template.body.id]
    lines = [line for body_id in dict.fromkeys(bodies) for line in since_2025_lines(plan, body_id)]
    for line in lines or ["Dữ liệu không ghi thay đổi nào."]:
        layout.cell_paragraph(cell, f"- {line}", size, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=3)


def _data_time(plan: Plan) -> datetime:
    """The one date the file carries: the day the data was last checked (never the clock)."""
    return datetime.fromisoformat(plan.meta.last_checked).replace(tzinfo=UTC)


def _properties(document, plan: Plan, template: ReportTemplate) -> None:
    properties = document.core_properties
    when = _data_time(plan).replace(tzinfo=None)
    properties.title = template_title(plan, template)
    properties.subject = plan.meta.title.vi
    properties.author = properties.last_modified_by = ""
    properties.keywords = f"{plan.decision.number}; {template.assignment.id}; {template.body.id}"
    properties.category = "Mẫu báo cáo"
    properties.comments = "Mẫu báo cáo tạo từ dữ liệu của Kế hoạch; trình bày theo Nghị định 30/2020/NĐ-CP."
    properties.language = layout.LANGUAGE
    properties.created = properties.modified = when
    properties.last_printed = when
    properties.revision = 1

