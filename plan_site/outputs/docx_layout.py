"""Word documents laid out as Decree 30/2020/NĐ-CP asks: the page, the font and small python-docx helpers.

The report templates (report.py) say what a report holds; this module says how a page of it looks.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

# Decree 30/2020/NĐ-CP, Appendix I: the page, the font and the size of each element, in points.
FONT = "Times New Roman"
LANGUAGE = "vi-VN"
PAGE_MM = (210, 297)  # A4 portrait; the duties table turns it landscape
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
HEADER_DISTANCE_MM = 10  # the page number sits in the top margin
SIZE = {
    "body": 14, "table": 13, "page_number": 13,
    "names": 12,  # superior body, issuing body, national name (12-13, capitals)
    "motto": 13, "number": 13, "place_date": 14, "type": 14, "summary": 14, "signature": 14,
    "recipients_label": 12, "recipients": 11,
    "note": 12,  # the editors' note, which is no part of the report
}
FIRST_LINE_INDENT_MM = 10


def set_fonts(document) -> None:
    """Times New Roman for every script in the defaults and every style, theme fonts removed; Vietnamese."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts_on(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    add_element(rpr, "w:lang", val=LANGUAGE, eastAsia=LANGUAGE, bidi=LANGUAGE)
    for rfonts in styles.iter(qn("w:rFonts")):
        _fonts_attributes(rfonts)
    normal = document.styles["Normal"]
    normal.font.size = Pt(SIZE["body"])
    fonts_on(normal.element.get_or_add_rPr())


# Where an added element goes among its siblings: WordprocessingML fixes their order (ECMA-376 Part 1, §17),
# and Word refuses a file that breaks it. Each added element is inserted before the first of these present.
_FOLLOWING = {
    "w:lang": ("w:eastAsianLayout", "w:specVanish", "w:oMath"),
    "w:szCs": ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
               "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"),
    "w:pBdr": ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:tblBorders": ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:tblLayout": ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:cantSplit": ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"),
    "w:tblHeader": ("w:tblCellSpacing", "w:jc", "w:hidden"),
    "w:shd": ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
}


def add_element(parent, tag: str, **attributes: str):
    """A new child element ``tag`` of ``parent``, in its schema place, with ``w:`` attributes."""
    child = OxmlElement(tag)
    for name, value in attributes.items():
        child.set(qn(f"w:{name}"), value)
    parent.insert_element_before(child, *_FOLLOWING[tag])
    return child


def fonts_on(rpr) -> None:
    _fonts_attributes(rpr.get_or_add_rFonts())


def _fonts_attributes(rfonts) -> None:
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(script), FONT)


def set_page(section, landscape: bool) -> None:
    width, height = PAGE_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(height), Mm(width)) if landscape else (Mm(width), Mm(height))
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = section.footer_distance = Mm(HEADER_DISTANCE_MM)
    section.gutter = Mm(0)
    section.different_first_page_header_footer = False


def page_numbers(section) -> None:
    """The page number centred in the top margin, from page 2: the first page gets an empty header of its own.
    Later sections inherit both, and number on."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    begin, instruction, separate, end = (OxmlElement("w:fldChar"), OxmlElement("w:instrText"),
                                         OxmlElement("w:fldChar"), OxmlElement("w:fldChar"))
    begin.set(qn("w:fldCharType"), "begin")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    separate.set(qn("w:fldCharType"), "separate")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate):
        run(paragraph, "", SIZE["page_number"])._r.append(element)
    run(paragraph, "2", SIZE["page_number"])
    run(paragraph, "", SIZE["page_number"])._r.append(end)


def run(paragraph, text: str, size: int, bold: bool = False, italic: bool = False):
    """A run in Times New Roman for every script, in ``size`` points."""
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    rpr = run._r.get_or_add_rPr()
    fonts_on(rpr)
    add_element(rpr, "w:szCs", val=str(size * 2))
    return run


def paragraph(container, text: str = "", size: int = SIZE["body"], bold: bool = False, italic: bool = False,
               align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = False, after: int = 6):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    form = paragraph.paragraph_format
    form.space_before, form.space_after, form.line_spacing = Pt(0), Pt(after), 1.0
    if indent:
        form.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
    if text:
        run(paragraph, text, size, bold, italic)
    return paragraph


def rule(container, width_mm: float, column_mm: float) -> None:
    """A short centred line under a heading: an empty paragraph with a bottom border, indented to ``width_mm``."""
    line = paragraph(container, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    side = max((column_mm - width_mm) / 2, 0)
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = Mm(side)
    line.paragraph_format.line_spacing = Pt(2)
    line.paragraph_format.space_before = Pt(3)
    borders = add_element(line._p.get_or_add_pPr(), "w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)


def borderless(table) -> None:
    borders = add_element(table._tbl.tblPr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)


def set_widths(table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths, both in the grid (LibreOffice) and in every cell (Word)."""
    table.autofit = False
    add_element(table._tbl.tblPr, "w:tblLayout", type="fixed")
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def cell_paragraph(cell, text: str, size: int, bold: bool = False, italic: bool = False,
                    align=WD_ALIGN_PARAGRAPH.CENTER, after: int = 0):
    """The cell's first paragraph, or a new one after it."""
    paragraph = cell.paragraphs[-1] if not cell.paragraphs[-1].runs and len(cell.paragraphs) == 1 else cell.add_paragraph()
    paragraph.alignment = align
    form = paragraph.paragraph_format
    form.space_before, form.space_after, form.line_spacing = Pt(0), Pt(after), 1.0
    if text:
        run(paragraph, text, size, bold, italic)
    return paragraph


def text_width(landscape: bool = False) -> float:
    width = PAGE_MM[1] if landscape else PAGE_MM[0]
    return width - MARGINS_MM["left"] - MARGINS_MM["right"]


def fixed_zip(data: bytes, when: datetime) -> bytes:
    """The package again, its entries in the same order with the data's date and fixed attributes."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename), compresslevel=6)
    return out.getvalue()
