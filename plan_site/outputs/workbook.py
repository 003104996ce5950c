"""The duties as an Excel workbook (``data/duties.xlsx``): the rows of duties.csv as typed cells, so a
spreadsheet opens them the same whatever its regional settings.

A CSV file leaves its reading to the spreadsheet: with Vietnamese (or French, German…) regional settings,
where the decimal separator is a comma, Excel expects semicolons between fields and opens a
comma-separated file in one column. A workbook carries its cells, not text to be split, so there is nothing
to guess. Its first sheet holds exactly the CSV's columns and rows, every value a text cell (the duties
table holds ids, texts, lists and addresses, no numbers or dates); only the header row is in the site's
language. A second sheet says what the file is: the plan's title, the decision, the site's address, the
licence, the editors' notice, the day the data was last checked (a date cell) and the number of duties (a
number cell), and a dictionary from each heading to its CSV column and its meaning. The document
properties say the same in short.

Text from the data is never a formula: openpyxl reads a string starting with ``=`` as a formula and one
like ``#N/A`` as an error, so every text cell is typed as a string after its value is set.

The same data gives the same bytes: the properties carry ``meta.last_checked`` as created and modified
date (never the clock), and the package is rewritten with that date on every zip entry, in a fixed order
with fixed attributes (``docx_layout.fixed_zip``, as the report templates do).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from plan_site.model.citation import decision_citation
from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.outputs.docx_layout import fixed_zip
from plan_site.outputs.open_data import CC_BY, DUTY_COLUMNS, duty_row
from plan_site.site import routes
from plan_site.site.labels import t

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PROSE_WIDTH = 60  # characters: a column holding sentences wraps at this width
TOKEN_WIDTH = 90  # characters: a column of ids or addresses (no spaces) widens up to this, unwrapped

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)


def duties_header(lang: Lang) -> list[str]:
    """The workbook's header row: each CSV column's heading in the site's language."""
    return [c.heading(lang) for c in DUTY_COLUMNS]


def duties_rows(plan: Plan, site_root: str) -> list[list[str]]:
    """The CSV's rows, value for value (plan_site/outputs/open_data.py ``duty_row``)."""
    names = [c.name for c in DUTY_COLUMNS]
    return [[row[name] for name in names] for row in (duty_row(plan, d, site_root) for d in plan.duties)]


def duties_xlsx(plan: Plan, lang: Lang, site_root: str) -> bytes:
    """The duties workbook of one language's site: the duties sheet, then the sheet about the file."""
    book = Workbook()
    duties = book.active
    duties.title = t("workbook_sheet_duties", lang)
    _table(duties, duties_header(lang), duties_rows(plan, site_root))
    _about(book.create_sheet(t("workbook_sheet_about", lang)), plan, lang, site_root)
    _properties(book, plan, lang, site_root)
    return _save(book, data_time(plan))


def data_time(plan: Plan) -> datetime:
    """The one time the file carries: the day the data was last checked, at midnight UTC."""
    return datetime.fromisoformat(plan.meta.last_checked).replace(tzinfo=UTC)


def text_cell(sheet: Worksheet, row: int, column: int, value: str) -> Cell:
    """A cell holding ``value`` as text, whatever it starts with (``=``, ``#N/A``): never a formula or an error."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.data_type = "s"
    return cell


def _table(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A header row and typed rows, the header frozen with the id column, a filter on every column, widths
    from the content, long prose wrapped; printed landscape with the header on every page."""
    for column, heading in enumerate(header, start=1):
        cell = text_cell(sheet, 1, column, heading)
        cell.font, cell.fill, cell.border, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_BORDER, _WRAP
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = text_cell(sheet, number, column, value)
            if value.startswith(("https://", "http://")):
                cell.hyperlink = value
    for column, heading in enumerate(header, start=1):
        values = [row[column - 1] for row in rows]
        width, wrap = column_width(heading, values)
        sheet.column_dimensions[get_column_letter(column)].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.alignment = _WRAP if wrap else _TOP
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"


def column_width(heading: str, values: Sequence[str]) -> tuple[float, bool]:
    """A column's width in characters, and whether it wraps: as wide as its longest value (or heading, whose
    words may wrap), prose at most PROSE_WIDTH and wrapped beyond it, ids and addresses at most TOKEN_WIDTH."""
    prose = any(" " in value for value in values)
    longest = max([len(value) for value in values] + [max((len(word) for word in heading.split()), default=0), 4])
    limit = PROSE_WIDTH if prose else TOKEN_WIDTH
    return min(longest, limit) + 2, prose and longest > limit


def _about(sheet: Worksheet, plan: Plan, lang: Lang, site_root: str) -> None:
    """What the file is, where it comes from, its licence, and what each heading of the duties sheet means."""
    page = routes.page_address(routes.language_root(site_root, lang), routes.OPEN_DATA)
    lines: list[tuple[str, str | date | int]] = [
        (t("workbook_title", lang), plan.meta.title[lang]),
        (t("workbook_decision", lang), decision_citation(plan, lang)),
        (t("workbook_source", lang), page),
        (t("licence", lang), f"{t('licence_mixed', lang)} ({CC_BY['path']})"),
    ]
    if plan.meta.notice:
        lines.append((t("workbook_notice", lang), plan.meta.notice[lang]))
    lines += [(t("workbook_checked", lang), date.fromisoformat(plan.meta.last_checked)),
              (t("workbook_duty_count", lang), sum(1 for _ in plan.duties))]
    for number, (label, value) in enumerate(lines, start=1):
        text_cell(sheet, number, 1, label).font = _BOLD
        if isinstance(value, str):
            cell = text_cell(sheet, number, 2, value)
            if value == page:
                cell.hyperlink = value
        else:
            cell = sheet.cell(row=number, column=2, value=value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"  # ISO, read the same under every regional setting
            cell.alignment = Alignment(horizontal="left", vertical="top")
    start = len(lines) + 2
    text_cell(sheet, start, 1, t("workbook_columns", lang)).font = _BOLD
    header = [t("workbook_heading", lang), t("workbook_csv_column", lang), t("data_meaning", lang)]
    for column, heading in enumerate(header, start=1):
        cell = text_cell(sheet, start + 1, column, heading)
        cell.font, cell.fill, cell.border = _BOLD, _HEADER_FILL, _HEADER_BORDER
    for number, c in enumerate(DUTY_COLUMNS, start=start + 2):
        for column, value in enumerate((c.heading(lang), c.name, c.description(lang)), start=1):
            text_cell(sheet, number, column, value)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.alignment = _WRAP
    for letter, width in zip("ABC", (28, 24, PROSE_WIDTH + 20), strict=True):
        sheet.column_dimensions[letter].width = width


def _properties(book: Workbook, plan: Plan, lang: Lang, site_root: str) -> None:
    """The document properties: title, decision, licence and source address, dated by the data, not the clock."""
    properties = book.properties
    when = data_time(plan).replace(tzinfo=None)  # openpyxl writes naive times as UTC
    properties.title = f"{plan.meta.title[lang]}: {t('workbook_sheet_duties', lang)}"
    properties.subject = decision_citation(plan, lang)
    properties.creator = t("feed_author", lang)
    properties.lastModifiedBy = None
    properties.description = f"{t('licence_mixed', lang)} ({CC_BY['path']})"
    properties.identifier = routes.page_address(routes.language_root(site_root, lang), routes.OPEN_DATA)
    properties.keywords = plan.meta.dataset
    properties.language = lang
    properties.created = properties.modified = when


def _save(book: Workbook, when: datetime) -> bytes:
    """The package's bytes. openpyxl's own ``save`` stamps the modified date with the clock, so its writer
    is called directly; then every zip entry is dated by the data."""
    out = io.BytesIO()
    ExcelWriter(book, ZipFile(out, "w", ZIP_DEFLATED)).save()
    return fixed_zip(out.getvalue(), when)
