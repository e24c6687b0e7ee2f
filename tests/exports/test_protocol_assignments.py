"""The protocol prints each decision's assignments under it («Відповідальний: …», «Термін:
…») in the PDF and the DOCX alike; a protocol without assignments prints as it always did."""

from __future__ import annotations

import dataclasses

from docx import Document

from hromada_desk.documents.protocol import ProtocolAssignment
from hromada_desk.exports.protocol import export_protocol
from hromada_desk.exports.protocol_text import (
    Para,
    Style,
    block_texts,
    item_blocks,
    protocol_blocks,
)
from tests.exports.helpers import assert_in_order, pdf_text
from tests.exports.test_protocol_docx import body_texts

ASSIGNMENTS = (
    ProtocolAssignment(
        "Підготувати звіт про стан виконання плану дій.", "Швирид І.В.", "10.12.2023"
    ),
    ProtocolAssignment("Провести інформаційну кампанію.", "Служба у справах дітей", "Щокварталу"),
    ProtocolAssignment("Тримати питання на контролі.", "Удовиченко К.О."),
)


def with_assignments(data):
    items = list(data.items)
    items[1] = dataclasses.replace(items[1], assignments=ASSIGNMENTS)
    return dataclasses.replace(data, items=tuple(items))


def test_the_assignments_follow_the_decision(demo_data):
    item = with_assignments(demo_data).items[1]
    blocks = list(item_blocks(2, item))
    decided = blocks.index(Para("ВИРІШИЛИ:", Style.LABEL, keep_with_next=True))
    texts = [b.full_text for b in blocks[decided:] if isinstance(b, Para)]
    assert texts[-8:] == [
        "Підготувати звіт про стан виконання плану дій.",
        "Відповідальний: Швирид І.В.",
        "Термін: 10.12.2023",
        "Провести інформаційну кампанію.",
        "Відповідальний: Служба у справах дітей",
        "Термін: Щокварталу",
        "Тримати питання на контролі.",
        "Відповідальний: Удовиченко К.О.",
    ]
    # without assignments nothing is added
    plain = list(item_blocks(2, demo_data.items[1]))
    assert blocks[: len(plain)] == plain


def test_a_decision_of_assignments_alone_still_says_virishyly(demo_data):
    item = dataclasses.replace(demo_data.items[0], decided="", assignments=ASSIGNMENTS[:1])
    texts = [b.full_text for b in item_blocks(1, item) if isinstance(b, Para)]
    assert texts[-4:] == [
        "ВИРІШИЛИ:",
        "Підготувати звіт про стан виконання плану дій.",
        "Відповідальний: Швирид І.В.",
        "Термін: 10.12.2023",
    ]


def test_the_pdf_and_the_docx_print_them(demo_data, tmp_path):
    data = with_assignments(demo_data)
    blocks = protocol_blocks(data)
    docx = export_protocol(data, tmp_path / "протокол.docx")
    assert body_texts(Document(docx)) == block_texts(blocks)
    assert "Відповідальний: Служба у справах дітей" in [
        text.replace("\u00a0", " ") for text in body_texts(Document(docx))
    ]
    pdf = export_protocol(data, tmp_path / "протокол.pdf")
    assert_in_order(
        pdf_text(pdf),
        [
            "ВИРІШИЛИ:",
            "Підготувати звіт про стан виконання плану дій.",
            "Відповідальний: Швирид І.В.",
            "Термін: 10.12.2023",
            "Термін: Щокварталу",
            "Відповідальний: Удовиченко К.О.",
            "3. Про визначення потреби",
        ],
    )
