"""The protocol's blocks: the seed's wording and order, independent of any file format."""

from __future__ import annotations

import subprocess
import sys

from hromada_desk.documents.protocol import PersonLine, ProtocolItem
from hromada_desk.domain.places import ukrainian_order as ukrainian_sort_key
from hromada_desk.exports.protocol_text import (
    DateLine,
    Para,
    Signatures,
    Style,
    Table,
    TableKind,
    protocol_blocks,
    split_executive_committee,
)


def test_the_header_is_split_as_in_the_seed():
    assert split_executive_committee("Виконавчий комітет Ланнівської сільської ради") == [
        "ВИКОНАВЧИЙ КОМІТЕТ",
        "ЛАННІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
    ]
    assert split_executive_committee("Ланнівська сільська рада") == ["ЛАННІВСЬКА СІЛЬСЬКА РАДА"]
    assert split_executive_committee("  ") == []


def test_settlements_sort_in_ukrainian_alphabetical_order():
    seed = [
        "Верхня Ланна",
        "Климівка",
        "Коржиха",
        "Куми",
        "Ланна",
        "Львівське",
        "Нижня Ланна",
        "Редути",
        "Федорівка",
        "Холодне Плесо",
        "Чалівка",
    ]
    assert sorted(reversed(seed), key=ukrainian_sort_key) == seed
    assert sorted(
        ["Ясне", "Іванівка", "Гнідин", "Ґалаґани", "Єлизаветівка", "Їжаківка", "Ивахни", "Жовте"],
        key=ukrainian_sort_key,
    ) == ["Гнідин", "Ґалаґани", "Єлизаветівка", "Жовте", "Ивахни", "Іванівка", "Їжаківка", "Ясне"]
    assert sorted(["Підгір’я", "Підгірне"], key=ukrainian_sort_key) == ["Підгірне", "Підгір’я"]


NB = "\u00a0"


def test_the_demo_blocks_follow_the_seed(demo_data):
    blocks = protocol_blocks(demo_data)
    assert [b.text for b in blocks[:4]] == [  # type: ignore[union-attr]
        "ВИКОНАВЧИЙ КОМІТЕТ",
        "ЛАННІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
        "ПРОТОКОЛ",
        demo_data.title.replace("ради з питань", f"ради з{NB}питань"),
    ]
    # no line breaks inside the date, the place or the number
    assert blocks[4] == DateLine(f"30.06.2023{NB}року", f"с-ще{NB}Ланна", f"№{NB}1")
    assert blocks[5] == Para(
        "Присутні члени координаційної ради:", Style.LABEL, keep_with_next=True
    )
    assert blocks[6] == Para(
        f"Удовиченко{NB}К.О.{NB}– голова координаційної ради, сільський голова"
    )
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.kind for t in tables] == [
        TableKind.POPULATION,
        TableKind.POPULATION,
        TableKind.ANNEX2,
        TableKind.ANNEX2,
    ]
    assert tables[0].rows[-1] == (("Всього",), ("7070",))
    assert tables[2].rows[0][4] == ("7070 : 10\u00a0000 = 0,707",)
    assert isinstance(blocks[-1], Signatures)
    labels = [b.text for b in blocks if isinstance(b, Para) and b.style is Style.LABEL]
    assert labels == ["Присутні члени координаційної ради:"] + ["СЛУХАЛИ:", "ВИРІШИЛИ:"] * 3


def test_a_protocol_finalised_under_version_1_prints_as_it_did(demo_data):
    import dataclasses

    legacy = dataclasses.replace(
        demo_data, typesetting=1, body_genitive="комісії", finalised_at="2023-07-03T14:05:00"
    )
    blocks = protocol_blocks(legacy)
    assert blocks[4] == DateLine("30.06.2023 року", "с-ще Ланна", "№1")
    assert blocks[5] == Para("Присутні члени комісії:", Style.LABEL, keep_with_next=True)
    texts = [b.text for b in blocks if isinstance(b, Para)]
    assert not any(NB in t for t in texts)
    assert any("суб'єктів" in t for t in texts)  # as typed
    annex = [b for b in blocks if isinstance(b, Table) and b.kind is TableKind.ANNEX2]
    assert annex[0].weights == (3.1, 3.85, 3.7, 2.2, 4.15) and not annex[0].continued


def test_several_speakers_votes_absent_and_spoke(demo_data):
    import dataclasses

    item = ProtocolItem(
        "Про різне.",
        ("голова Іваненко І.І.", "секретар Петренко П.П."),
        "Перший абзац.\r\n\r\nДругий\tабзац.",
        spoke="Виступ.",
        decided="Рішення.",
        votes=(8, 1, 0),
    )
    data = dataclasses.replace(
        demo_data, items=(item,), absent=(PersonLine("Сидоренко С.С.", "член", "хвороба"),)
    )
    texts = [b.full_text.replace(NB, " ") for b in protocol_blocks(data) if isinstance(b, Para)]
    assert "Відсутні члени координаційної ради:" in texts
    assert "Сидоренко С.С. – член (хвороба)" in texts
    assert "Доповідачі: голова Іваненко І.І., секретар Петренко П.П." in texts
    start = texts.index("СЛУХАЛИ:")
    assert texts[start : start + 7] == [
        "СЛУХАЛИ:",
        "Перший абзац.",
        "Другий абзац.",
        "ВИСТУПИЛИ:",
        "Виступ.",
        "ВИРІШИЛИ:",
        "Рішення.",
    ]
    assert "ГОЛОСУВАЛИ: за – 8, проти – 1, утрималися – 0" in texts


def test_a_manual_line_break_pasted_from_word_starts_a_paragraph(demo_data):
    """Word copies Shift+Enter as a vertical tab: the words on either side stay apart."""
    import dataclasses

    item = ProtocolItem("Про різне.", (), "Перший рядок.\x0bДругий рядок.", decided="Рішення.")
    texts = [
        b.full_text.replace(NB, " ")
        for b in protocol_blocks(dataclasses.replace(demo_data, items=(item,)))
        if isinstance(b, Para)
    ]
    start = texts.index("СЛУХАЛИ:")
    assert texts[start : start + 3] == ["СЛУХАЛИ:", "Перший рядок.", "Другий рядок."]


def test_areas_are_printed_when_entered(demo_data):
    import dataclasses

    item = demo_data.items[2]
    year = item.years[0]
    year = dataclasses.replace(
        year, settlements=tuple(dataclasses.replace(s, area_km2=2.5) for s in year.settlements)
    )
    data = dataclasses.replace(demo_data, items=(dataclasses.replace(item, years=(year,)),))
    texts = [b.text.replace(NB, " ") for b in protocol_blocks(data) if isinstance(b, Para)]
    area = next(t for t in texts if t.startswith("3. Площа"))
    assert area.startswith(
        "3. Площа населених пунктів територіальної громади: 27,5 км² "
        "(с-ще Ланна – 2,5 км²; с. Коржиха – 2,5 км²;"
    )


def test_exports_do_not_load_reportlab_or_docx_until_they_run():
    code = (
        "import sys, hromada_desk.cli, hromada_desk.exports.protocol; "
        "print(sorted(m for m in ('reportlab', 'docx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
