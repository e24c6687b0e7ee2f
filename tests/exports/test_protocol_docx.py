"""The protocol DOCX: the same blocks as the PDF, real Word tables and styles, A4 and margins."""

from __future__ import annotations

import dataclasses

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from hromada_desk.documents.protocol import PersonLine
from hromada_desk.exports import fonts
from hromada_desk.exports.protocol import export_protocol
from hromada_desk.exports.protocol_text import (
    ANNEX2_HEADER,
    Para,
    block_texts,
    protocol_blocks,
)
from tests.exports.helpers import assert_in_order, pdf_text


@pytest.fixture
def demo_docx(demo_data, tmp_path):
    return export_protocol(demo_data, tmp_path / "протокол.docx")


def body_texts(document) -> list[str]:
    """Paragraphs and table cells (row by row) in the order of the document's body."""
    texts = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            texts.append(Paragraph(element, document).text)
        elif element.tag == qn("w:tbl"):
            for row in DocxTable(element, document).rows:
                texts += ["\n".join(p.text for p in cell.paragraphs) for cell in row.cells]
    return texts


def tables_by_header(document) -> dict[tuple[str, ...], list[list[list[str]]]]:
    found: dict[tuple[str, ...], list[list[list[str]]]] = {}
    for table in document.tables:
        rows = [[cell.text.replace("\u00a0", " ") for cell in row.cells] for row in table.rows]
        found.setdefault(tuple(rows[0]), []).append(rows)
    return found


def test_the_docx_says_what_the_pdf_says_in_the_same_order(demo_data, demo_docx, tmp_path):
    blocks = protocol_blocks(demo_data)
    assert body_texts(Document(demo_docx)) == block_texts(blocks)
    pdf = export_protocol(demo_data, tmp_path / "протокол.pdf")
    assert_in_order(pdf_text(pdf), [b.full_text for b in blocks if isinstance(b, Para)])


def test_the_tables_hold_the_seed_figures(demo_docx):
    tables = tables_by_header(Document(demo_docx))
    [year_2022] = tables[("Населений пункт", "Чисельність населення")]
    assert year_2022[1] == ["Верхня Ланна", "649"] and year_2022[-1] == ["Всього", "7070"]
    [year_2023] = tables[("Населений пункт", "Чисельність населення", "Чоловіки", "Жінки", "Діти")]
    assert year_2023[-1] == ["Всього", "7130", "2811", "3131", "1186"]
    assert ["Климівка", "931", "389", "407", "134"] in year_2023
    annex2 = tables[ANNEX2_HEADER]
    assert len(annex2) == 2
    shelter_2022, brigade_2022 = annex2[0][1], annex2[0][2]
    assert shelter_2022[0].startswith("Притулок для осіб")
    assert shelter_2022[1].startswith("1. Щонайменше один спеціалізований притулок")
    assert shelter_2022[2].startswith("А: 10 000 = В,")
    assert shelter_2022[3:] == ["0", "7070 : 10 000 = 0,707"]
    assert brigade_2022[4].startswith("1) 1 : 7070 = 0,00014")
    assert annex2[1][2][4].startswith("1) 2 : 7130 = 0,00028")
    assert len(annex2[1]) == 6  # the header and the five services


def test_header_rows_repeat_and_the_page_is_a4_with_the_margins(demo_docx):
    document = Document(demo_docx)
    section = document.sections[0]
    sizes = (
        section.page_width,
        section.page_height,
        section.left_margin,
        section.right_margin,
        section.top_margin,
        section.bottom_margin,
    )
    assert [round(size.mm) for size in sizes] == [210, 297, 30, 10, 20, 20]
    assert section.different_first_page_header_footer
    assert 'w:instr="PAGE"' in section.header._element.xml  # numbers from page 2 on
    assert "PAGE" not in section.first_page_header._element.xml
    for table in document.tables:
        if table.rows[0].cells[0].text in ("Населений пункт", ANNEX2_HEADER[0]):
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_styles_fonts_and_properties(demo_docx):
    document = Document(demo_docx)
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    used = [p.style.name for p in document.paragraphs]
    assert used[:3] == ["Heading 2", "Heading 2", "Heading 1"]
    assert used.count("Heading 3") == 3  # the agenda items
    core = document.core_properties
    assert core.title == "Протокол №1 засідання координаційної ради від 30.06.2023"
    assert core.author == "Ланнівська сільська рада"
    assert core.language == "uk-UA"
    assert core.created.date().isoformat() == "2023-06-30"


def test_the_signature_block_is_a_borderless_table_kept_with_the_decision(demo_docx):
    document = Document(demo_docx)
    signatures = document.tables[-1]
    rows = [[c.text for c in row.cells] for row in signatures.rows]
    assert rows == [
        ["Голова координаційної ради", "________________", "Костянтин УДОВИЧЕНКО"],
        ["Секретар координаційної ради", "________________", "Ірина ШВИРИД"],
    ]
    assert 'w:val="nil"' in signatures._tbl.tblPr.xml
    assert document.paragraphs[-1].paragraph_format.keep_with_next


def test_a_docx_needs_no_font_file(demo_data, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "candidates", lambda: [])
    odd = dataclasses.replace(demo_data, present=(PersonLine("Ван 中 Л.", "гість"),))
    path = export_protocol(odd, tmp_path / "x.docx")
    assert "Ван 中 Л. – гість" in [t.replace("\u00a0", " ") for t in body_texts(Document(path))]


def test_exporting_twice_gives_the_same_bytes(demo_data, tmp_path, monkeypatch):
    """Zip parts carry the clock's time unless told otherwise: the DOCX dates them by the
    meeting instead, so an export an hour later is byte for byte the same."""
    import time as clock
    import zipfile

    first = export_protocol(demo_data, tmp_path / "1.docx").read_bytes()

    class AnHourLater:
        localtime = staticmethod(clock.localtime)

        @staticmethod
        def time() -> float:
            return clock.time() + 3600

    monkeypatch.setattr(zipfile, "time", AnHourLater)
    second = export_protocol(demo_data, tmp_path / "2.docx").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "1.docx") as package:
        assert {part.date_time[:3] for part in package.infolist()} == {(2023, 6, 30)}
