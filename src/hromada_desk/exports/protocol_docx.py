"""The protocol as a Word document (python-docx), with the same blocks as the PDF and real
Word styles, so the secretary can go on editing it in Word."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from hromada_desk.exports import official_page as page
from hromada_desk.exports.protocol_text import (
    DRAFT_MARK,
    SIGNATURE_LINE,
    Block,
    DateLine,
    Metadata,
    Para,
    Signatures,
    Style,
    Table,
    column_widths,
)

FONT = "Times New Roman"
BODY_SIZE, TABLE_SIZE, TITLE_SIZE = page.BODY_SIZE, page.TABLE_SIZE, page.TITLE_SIZE
PAGE_NUMBER_SIZE, LINE_SPACING = page.PAGE_NUMBER_SIZE, page.LINE_SPACING
INDENT = Mm(page.INDENT_MM)
MARGINS = {
    "left_margin": Mm(page.MARGIN_LEFT_MM),
    "right_margin": Mm(page.MARGIN_RIGHT_MM),
    "top_margin": Mm(page.MARGIN_TOP_MM),
    "bottom_margin": Mm(page.MARGIN_BOTTOM_MM),
}
TEXT_WIDTH_MM = page.TEXT_WIDTH_MM
CELL_MARGINS_PT = 2 * 5.4 + 1  # Word's default cell margins, 0,19 cm on each side
LANGUAGE = "uk-UA"

# Word's own heading styles where a reader navigates by them; named styles for the rest.
STYLE_NAMES = {
    Style.HEADER: "Heading 2",
    Style.TITLE: "Heading 1",
    Style.SUBTITLE: "Протокол: назва засідання",
    Style.SECTION: "Heading 2",
    Style.LABEL: "Протокол: мітка",
    Style.ITEM: "Heading 3",
    Style.BODY: "Протокол: текст",
    Style.NOTE: "Протокол: примітка",
}
CELL_STYLE = "Протокол: таблиця"


def _set_fonts(element: object, size: float | None = None) -> None:
    """Times New Roman for every script, and no theme font overriding it."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            node = rpr.find(qn(tag))
            if node is None:
                node = OxmlElement(tag)
                rpr.append(node)
            node.set(qn("w:val"), str(int(size * 2)))


def _paragraph_style(
    doc: DocxDocument,
    name: str,
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: object = None,
    before: float = 0,
    after: float = 0,
    keep_with_next: bool = False,
    spacing: float = LINE_SPACING,
) -> None:
    styles = doc.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    assert isinstance(style, ParagraphStyle)
    if not name.startswith("Heading"):
        style.base_style = styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element, size)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = indent
    fmt.left_indent = Mm(0)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = spacing
    fmt.keep_with_next = keep_with_next
    fmt.widow_control = True


def _setup(doc: DocxDocument, meta: Metadata) -> None:
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    _set_fonts(normal.element, BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = LINE_SPACING
    centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(
        doc,
        "Heading 1",
        size=TITLE_SIZE,
        bold=True,
        align=centre,
        before=18,
        after=6,
        keep_with_next=True,
    )
    _paragraph_style(doc, "Heading 2", bold=True, align=centre, keep_with_next=True)
    _paragraph_style(doc, "Heading 3", bold=True, indent=INDENT, before=12, keep_with_next=True)
    _paragraph_style(doc, STYLE_NAMES[Style.SUBTITLE], bold=True, align=centre, after=12)
    _paragraph_style(
        doc, STYLE_NAMES[Style.LABEL], bold=True, align=left, before=6, keep_with_next=True
    )
    _paragraph_style(doc, STYLE_NAMES[Style.BODY], indent=INDENT)
    _paragraph_style(doc, STYLE_NAMES[Style.NOTE], size=TABLE_SIZE, indent=INDENT, before=4)
    _paragraph_style(doc, CELL_STYLE, size=TABLE_SIZE, align=left, spacing=1.0)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(page.PAGE_WIDTH_MM), Mm(page.PAGE_HEIGHT_MM)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    section.header_distance = Mm(page.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(page.HEADER_DISTANCE_MM)
    # Page numbers from the second page, centred in the top margin (ДСТУ 4163:2020).
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = centre
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    run_properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(PAGE_NUMBER_SIZE * 2))
    run_properties.append(size)
    run.append(run_properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    number._p.append(field)

    core = doc.core_properties
    core.title = meta.title
    core.author = meta.author
    core.subject = meta.subject
    core.language = meta.language
    core.comments = f"Створено програмою {meta.creator}"
    core.last_modified_by = meta.author
    core.created = meta.moment
    core.modified = meta.moment
    core.revision = 1
    core.keywords = ""
    core.category = ""


def _ukrainian_defaults(doc: DocxDocument, hyphenate: bool) -> None:
    """The document's own defaults in Ukrainian (python-docx's template says en-US), and
    Word's automatic hyphenation where the protocol is hyphenated."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    lang = (
        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        if defaults is not None
        else None
    )
    if lang is not None:
        for key in ("w:val", "w:eastAsia"):
            lang.set(qn(key), LANGUAGE)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANGUAGE)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        node = settings.find(qn(tag))
        if node is not None:
            node.set(qn("w:val"), value)
    tab_stop = settings.find(qn("w:defaultTabStop"))
    if hyphenate and tab_stop is not None:  # the schema's order: right after the tab stop
        auto = OxmlElement("w:autoHyphenation")
        auto.set(qn("w:val"), "true")
        caps = OxmlElement("w:doNotHyphenateCaps")
        caps.set(qn("w:val"), "true")
        tab_stop.addnext(auto)
        auto.addnext(caps)


def _mark_draft(doc: DocxDocument) -> None:
    """«ПРОЄКТ» at the top of every page, the first one included."""
    section = doc.sections[0]
    first = section.first_page_header.paragraphs[0]  # empty: no number on the first page
    for paragraph in (first, section.header.add_paragraph()):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run(DRAFT_MARK)
        run.bold = True
        run.font.size = Pt(PAGE_NUMBER_SIZE)


def _add_paragraph(doc: DocxDocument, block: Para) -> Paragraph:
    paragraph = doc.add_paragraph(style=STYLE_NAMES[block.style])
    if block.lead:
        paragraph.add_run(block.lead).bold = True
        paragraph.add_run(" " + block.text)
    else:
        paragraph.add_run(block.text)
    if block.style is Style.SECTION:
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(6)
    if block.keep_with_next:
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _row_property(row_element: object, tag: str) -> None:
    properties = row_element.get_or_add_trPr()  # type: ignore[attr-defined]
    node = OxmlElement(tag)
    node.set(qn("w:val"), "true")
    properties.append(node)


def _borders(table: DocxTable, value: str) -> None:
    properties = table._tbl.tblPr
    existing = properties.find(qn("w:tblBorders"))
    if existing is not None:
        properties.remove(existing)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:val"), value)
        if value != "nil":
            node.set(qn("w:sz"), "4")
            node.set(qn("w:space"), "0")
            node.set(qn("w:color"), "000000")
        borders.append(node)
    properties.append(borders)


def _new_table(
    doc: DocxDocument, rows: int, widths_mm: Sequence[float], *, bordered: bool
) -> DocxTable:
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _borders(table, "single" if bordered else "nil")
    if not bordered:  # text in a layout table lines up with the margins, as in the PDF
        margins = OxmlElement("w:tblCellMar")
        for edge in ("left", "right"):
            node = OxmlElement(f"w:{edge}")
            node.set(qn("w:w"), "0")
            node.set(qn("w:type"), "dxa")
            margins.append(node)
        table._tbl.tblPr.append(margins)
    for i, width in enumerate(widths_mm):
        table.columns[i].width = Mm(width)
        for cell in table.columns[i].cells:
            cell.width = Mm(width)
    return table


def _fill(
    cell: _Cell,
    lines: Sequence[str],
    *,
    style: str = CELL_STYLE,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    for i, line in enumerate(lines or ("",)):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.style = style
        if align is not None:
            paragraph.alignment = align
        run = paragraph.add_run(line)
        if bold:
            run.bold = True


Measure = Callable[[str, bool], float]  # (text, bold) → width in points at 1 pt


def estimated_width(text: str, bold: bool) -> float:
    """A text's width at 1 pt from average Times letter widths (a little generous), for
    when no font file is at hand to measure with."""
    upper = sum(1 for ch in text if ch.isupper())
    return upper * (0.77 if bold else 0.72) + (len(text) - upper) * (0.53 if bold else 0.5)


def _add_table(doc: DocxDocument, block: Table, measure: Measure) -> None:
    widths_pt = column_widths(
        block,
        TEXT_WIDTH_MM / 25.4 * 72,
        lambda text, bold: measure(text, bold) * TABLE_SIZE,
        CELL_MARGINS_PT,
    )
    widths = [w * 25.4 / 72 for w in widths_pt]
    table = _new_table(doc, len(block.rows) + 1, widths, bordered=True)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    header = table.rows[0]
    _row_property(header._tr, "w:tblHeader")  # repeated at the top of every page
    _row_property(header._tr, "w:cantSplit")
    for cell, text in zip(header.cells, block.header, strict=True):
        _fill(cell, [text], bold=True, align=centre)
    last = len(block.rows) - 1
    for r, (row, values) in enumerate(zip(table.rows[1:], block.rows, strict=True)):
        # Word cannot name a row again on the page it goes on to: a row of Annex 2 is kept
        # whole on one page instead (Word still splits one taller than a page).
        if block.continued or all(len(cell) <= 1 for cell in values):
            _row_property(row._tr, "w:cantSplit")
        for i, (cell, lines) in enumerate(zip(row.cells, values, strict=True)):
            _fill(
                cell,
                lines,
                bold=block.total_row and r == last,
                align=centre if block.centred[i] else None,
            )
            if block.continued and r == last:  # the note under the table comes along
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _add_date_line(doc: DocxDocument, block: DateLine) -> None:
    table = _new_table(doc, 1, [TEXT_WIDTH_MM / 3] * 3, bordered=False)
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
    for cell, text, align in zip(
        table.rows[0].cells, (block.left, block.centre, block.right), aligns, strict=True
    ):
        _fill(cell, [text], style="Normal", align=align)
        cell.paragraphs[0].paragraph_format.space_before = Pt(12)
        cell.paragraphs[0].paragraph_format.space_after = Pt(12)


def _add_signatures(
    doc: DocxDocument, block: Signatures, before: Paragraph | None, measure: Measure
) -> None:
    if before is not None:  # a signature never starts a page alone
        before.paragraph_format.keep_with_next = True
    to_mm = BODY_SIZE * 25.4 / 72
    name_mm = min(max(measure(name, False) for _, name in block.lines) * to_mm + 1, 65)
    line_mm = measure(SIGNATURE_LINE, False) * to_mm + 6
    table = _new_table(
        doc, len(block.lines), [TEXT_WIDTH_MM - name_mm - line_mm, line_mm, name_mm], bordered=False
    )
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
    for r, (row, (role, name)) in enumerate(zip(table.rows, block.lines, strict=True)):
        _row_property(row._tr, "w:cantSplit")
        for cell, text, align in zip(row.cells, (role, SIGNATURE_LINE, name), aligns, strict=True):
            _fill(cell, [text], style="Normal", align=align)
            fmt = cell.paragraphs[0].paragraph_format
            fmt.space_before = Pt(24)
            fmt.keep_with_next = r < len(block.lines) - 1


def render_docx(
    blocks: Sequence[Block],
    meta: Metadata,
    measure: Measure = estimated_width,
    *,
    draft: bool = False,
    hyphenate: bool = False,
) -> bytes:
    """The DOCX's bytes. ``measure`` sizes table columns so that no word has to break; a
    metric-compatible font (Liberation Serif for Times New Roman) measures best. A draft says
    «ПРОЄКТ» at the top of every page; ``hyphenate`` turns Word's hyphenation on."""
    doc = Document()
    _setup(doc, meta)
    _ukrainian_defaults(doc, hyphenate)
    if draft:
        _mark_draft(doc)
    previous: Paragraph | None = None
    for block in blocks:
        if isinstance(block, Para):
            previous = _add_paragraph(doc, block)
            continue
        if isinstance(block, DateLine):
            _add_date_line(doc, block)
        elif isinstance(block, Table):
            _add_table(doc, block, measure)
        else:
            _add_signatures(doc, block, previous, measure)
        previous = None
    buffer = io.BytesIO()
    doc.save(buffer)
    return _restamped(buffer.getvalue(), meta.moment, {"docProps/app.xml": _app_xml(meta)})


def _app_xml(meta: Metadata) -> bytes:
    """The package's «extended properties»: this program, not python-docx's template's
    «Microsoft Macintosh Word»."""
    application = escape(meta.creator)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes"><Application>{application}</Application>'
        f"<Company>{escape(meta.author)}</Company><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "</Properties>"
    ).encode()


def _restamped(
    package: bytes, moment: dt.datetime, replaced: dict[str, bytes] | None = None
) -> bytes:
    """The same package with every part dated ``moment`` instead of the clock's time (the
    zip format keeps one per part), so that exporting the same protocol twice gives the same
    bytes, as the PDF does; the parts in ``replaced`` with the content given."""
    replaced = replaced or {}
    stamp = max(moment, dt.datetime(1980, 1, 1)).timetuple()[:6]  # zip dates start in 1980
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            info = zipfile.ZipInfo(part.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = part.external_attr
            target.writestr(info, replaced.get(part.filename) or source.read(part))
    return out.getvalue()
