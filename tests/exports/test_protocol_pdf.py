"""The protocol PDF: the seed's content in the seed's order, ДСТУ layout, reproducible bytes."""

from __future__ import annotations

import dataclasses
import re

import pdfplumber
import pytest

from hromada_desk.documents.needs_year import needs_year_from_json
from hromada_desk.documents.protocol import PersonLine, ProtocolData, ProtocolItem
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.typography import INVISIBLE
from hromada_desk.errors import InputError
from hromada_desk.exports import fonts
from hromada_desk.exports.protocol import export_protocol
from hromada_desk.exports.protocol_text import DRAFT_MARK, Para, Table, protocol_blocks
from hromada_desk.services.protocol import finalise, protocol_for
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import open_file
from tests.exports.helpers import (
    MM,
    SUBSET,
    assert_in_order,
    demo_protocol,
    normalised,
    page_texts,
    pdf_text,
)

A4 = (595.28, 841.89)

SEED_PHRASES = [
    "ВИКОНАВЧИЙ КОМІТЕТ",
    "ЛАННІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
    "ПРОТОКОЛ",
    "Засідання координаційної ради з питань запобігання та протидії домашньому насильству, "
    "насильству за ознакою статі та протидії торгівлі людьми на території населених пунктів "
    "Ланнівської сільської ради",
    "30.06.2023 року",
    "с-ще Ланна",
    "№ 1",
    "Присутні члени координаційної ради:",
    "Удовиченко К.О. – голова координаційної ради, сільський голова",
    "Чухрай С.А. – заступник голови координаційної ради, перший заступник сільського голови",
    "ПОРЯДОК ДЕННИЙ",
    "1. Про основні завдання та повноваження координаційної ради з питань сімейної політики, "
    "протидії домашньому насильству при виконавчому комітеті Ланнівської сільської ради.",
    "Доповідач: голова координаційної ради Удовиченко К.О.",
    "2. Про стан домашнього насильства в Ланнівській громаді.",
    "Доповідач: заступник голови координаційної ради Чухрай С.А.",
    "3. Про визначення потреби у створенні в Ланнівській громаді спеціалізованих служб "
    "підтримки постраждалих осіб від домашнього насильства та/або насильства за ознакою статі.",
    "Доповідач: секретар координаційної ради Швирид І.В.",
    "СЛУХАЛИ:",
    "Голову координаційної ради Удовиченко К.О., який повідомив",
    "ВИРІШИЛИ:",
    "СЛУХАЛИ:",
    "Заступника голови координаційної ради Чухрая С.А.",
    "ВИРІШИЛИ:",
    "СЛУХАЛИ:",
    "Секретаря координаційної ради Швирид І.В., яка повідомила",
    "Відповідно до додатку 1 Методики розрахунок мінімальних потреб територіальних громад у "
    "створенні спеціалізованих служб підтримки постраждалих від домашнього насильства та "
    "насильства за ознакою статі за 2022 рік наступний:",
    "1. Населений пункт – адміністративний центр територіальної громади: с-ще Ланна",
    "2. Перелік населених пунктів, що входять до складу територіальної громади: с-ще Ланна, "
    "с. Коржиха, с. Чалівка, с. Куми, с. Львівське, с. Нижня Ланна, с. Верхня Ланна, "
    "с. Федорівка, с. Климівка, с. Холодне Плесо, с. Редути.",
    "3. Площа населених пунктів територіальної громади: __",
    "4. Чисельність населення територіальної громади кожного населеного пункту:",
    "Населений пункт Чисельність населення",
    "Верхня Ланна 649",
    "Климівка 957",
    "Коржиха 229",
    "Куми 705",
    "Ланна 1770",
    "Львівське 174",
    "Нижня Ланна 699",
    "Редути 54",
    "Федорівка 1639",
    "Холодне Плесо 4",
    "Чалівка 190",
    "Всього 7070",
    "5. Показники для визначення соціальних груп осіб",
    "кількість осіб, які пройшли програму для кривдників: 0",
    "6. Аналіз статистики звернень",
    "електронних інформаційних ресурсів тощо): 1",
    "кількість винесених судами обмежувальних приписів стосовно кривдника: 0",
    "за 2023 рік наступний:",
    "Верхня Ланна 621 230 263 128",
    "Климівка 931 389 407 134",
    "Чалівка 193 70 86 37",
    "Всього 7130 2811 3131 1186",
    "електронних інформаційних ресурсів тощо): 2",
    "Відповідно до додатку 2 Методики показники розрахунку потреб територіальних громад",
    "на 2022 рік:",
    "на 2023 рік:",
    "За даними показниками за 2022 та 2023 рік виявлено",
    "ВИРІШИЛИ:",
    "Заслухавши інформацію секретаря координаційної ради Швирид І.В.",
    "Голова координаційної ради",
    "________________",
    "Костянтин УДОВИЧЕНКО",
    "Секретар координаційної ради",
    "________________",
    "Ірина ШВИРИД",
]


@pytest.fixture
def demo_pdf(demo_data, tmp_path):
    return export_protocol(demo_data, tmp_path / "протокол.pdf")


def test_the_seed_protocol_reads_in_order(demo_pdf):
    assert_in_order(pdf_text(demo_pdf), SEED_PHRASES)


def test_every_paragraph_of_the_block_list_is_printed_in_order(demo_data, demo_pdf):
    paragraphs = [b.full_text for b in protocol_blocks(demo_data) if isinstance(b, Para)]
    assert_in_order(pdf_text(demo_pdf), paragraphs)


def _tables(path):
    with pdfplumber.open(path) as pdf:
        return [
            [[normalised(c or "") for c in row] for row in table]
            for page in pdf.pages
            for table in page.extract_tables()
        ]


def test_the_tables_hold_the_seed_figures(demo_pdf):
    rows = [row for table in _tables(demo_pdf) for row in table]
    assert ["Населений пункт", "Чисельність населення"] in rows
    assert ["Населений пункт", "Чисельність населення", "Чоловіки", "Жінки", "Діти"] in rows
    assert ["Всього", "7070"] in rows
    assert ["Всього", "7130", "2811", "3131", "1186"] in rows
    assert ["Климівка", "931", "389", "407", "134"] in rows
    steps = [row[-1] for row in rows if len(row) == 5]
    assert normalised("7070 : 10\u00a0000 = 0,707") in steps
    assert normalised("7130 : 10\u00a0000 = 0,713") in steps
    assert any(s.startswith("1) 2 : 7130 = 0,00028") for s in steps)
    assert any(s.startswith("1) 1 : 7070 = 0,00014") for s in steps)
    headers = [row for row in rows if row and row[0] == "Назва спеціалізованої служби"]
    assert headers and headers[0] == [
        "Назва спеціалізованої служби",
        "Мінімальні вимоги",
        "Орієнтовний розрахунок потреби",
        "Кількість створених установ, закладів",
        "Розрахунок, необхідна кількість",
    ]


def test_page_size_fonts_and_metadata(demo_pdf):
    with pdfplumber.open(demo_pdf) as pdf:
        for page in pdf.pages:
            assert (round(float(page.width), 2), round(float(page.height), 2)) == A4
        names = {char["fontname"] for page in pdf.pages for char in page.chars}
        info = pdf.metadata
    assert names and all(SUBSET.match(name) for name in names), names
    assert info["Title"] == "Протокол №1 засідання координаційної ради від 30.06.2023"
    assert info["Author"] == "Ланнівська сільська рада"
    assert info["Subject"].startswith("Засідання координаційної ради")
    assert info["CreationDate"].startswith("D:20230630")
    raw = demo_pdf.read_bytes()
    assert b"/FontFile2" in raw and b"/Helvetica" not in raw
    assert b"/Lang (uk-UA)" in raw


def test_exports_are_byte_identical(demo_data, tmp_path):
    first = export_protocol(demo_data, tmp_path / "a.pdf")
    second = export_protocol(demo_data, tmp_path / "b.pdf")
    assert first.read_bytes() == second.read_bytes()
    with pdfplumber.open(first) as a, pdfplumber.open(second) as b:
        assert len(a.pages) == len(b.pages) > 1


def test_a_finalised_protocol_exports_the_same_bytes_after_later_corrections(demo_path, tmp_path):
    with open_file(demo_path) as cf:
        finalise(cf, council_repo.find_meeting(cf, 1, 2023))
    before = export_protocol(demo_protocol(demo_path), tmp_path / "a.pdf").read_bytes()
    with open_file(demo_path) as cf:
        community_repo.set_indicators(cf, 2023, {"6.1": 40})
        assert protocol_for(cf, council_repo.find_meeting(cf, 1, 2023)).finalised_at
    after = export_protocol(demo_protocol(demo_path), tmp_path / "b.pdf").read_bytes()
    assert before == after


def _page_numbers(path):
    """The digits printed above the text area of each page."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            top = page.within_bbox((0, 0, page.width, 20 * MM))
            words = [w for w in top.extract_words() if w["text"] != DRAFT_MARK]
            found.append(" ".join(w["text"] for w in words))
            for word in words:  # centred over the text area (30 mm left, 10 mm right)
                middle = (word["x0"] + word["x1"]) / 2
                assert abs(middle - (30 * MM + (page.width - 40 * MM) / 2)) < 3
    return found


def test_page_numbers_start_on_the_second_page(demo_pdf):
    numbers = _page_numbers(demo_pdf)
    assert len(numbers) >= 3
    assert numbers == [""] + [str(n) for n in range(2, len(numbers) + 1)]


def test_signatures_are_never_alone_at_the_top_of_a_page(demo_pdf):
    last = page_texts(demo_pdf)[-1]
    assert "Костянтин УДОВИЧЕНКО" in last and "Ірина ШВИРИД" in last
    before = normalised(last.split("Голова координаційної ради")[0])
    assert before, "the signatures start the page without the text before them"


# --- a long protocol -------------------------------------------------------------------------


def _year_document(settlements: int) -> dict:
    places = [
        {
            "name": f"Село {chr(0x0410 + i % 32)}{i:02d}",
            "kind": "village",
            "population": 100 + 37 * i,
            "admin_center": i == 0,
            "starosta_district": "",
            "men": 40 + i,
            "women": 50 + i,
            "children": 10 + i,
        }
        for i in range(settlements)
    ]
    return {
        "community": "Велика громада",
        "year": 2024,
        "settlements": places,
        "indicators": {code: 3 for code in INDICATOR_CODES},
        "existing": {},
        "rayon": None,
        "served_population": None,
        "parameters": {},
        "parameter_reasons": {},
    }


def _long_protocol(
    demo_data: ProtocolData, *, items: int = 40, settlements: int = 60
) -> ProtocolData:
    agenda = []
    for n in range(1, items + 1):
        agenda.append(
            ProtocolItem(
                title=f"Про питання номер {n} порядку денного, що має досить довгу назву, аби "
                "займати два рядки.",
                speakers=(f"член координаційної ради Доповідач{n} А.Б.",),
                heard=(
                    "Текст виступу, який займає кілька рядків і розповідає про стан справ. " * 6
                    + "\n"
                )
                * 2,
                decided="Взяти інформацію до відома.",
                votes=(9, 0, 1),
                years=(needs_year_from_json(_year_document(settlements)),) if n == 1 else (),
            )
        )
    return dataclasses.replace(
        demo_data,
        items=tuple(agenda),
        absent=(PersonLine("Петренко П.П.", "член", "відпустка"),),
        guests=(PersonLine("Гість Г.Г.", "представник громади"),),
    )


def test_a_long_protocol_stays_inside_the_margins(demo_data, tmp_path):
    path = export_protocol(_long_protocol(demo_data), tmp_path / "long.pdf")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) > 20
        for page in pdf.pages:
            for char in page.chars:
                assert char["x0"] >= 0 and char["x1"] <= page.width
                assert char["top"] >= 0 and char["bottom"] <= page.height
                if char["top"] < 16 * MM:  # the page number and a draft's mark, in the margin
                    assert char["text"].isdigit() or char["text"] in DRAFT_MARK
                    continue
                where = f"«{char['text']}» on page {page.page_number}"
                assert char["x0"] >= 30 * MM - 0.5, where
                assert char["x1"] <= page.width - 10 * MM + 0.5, where
                assert char["top"] >= 20 * MM - 2, where
                assert char["bottom"] <= page.height - 20 * MM + 0.5, where


def test_long_tables_repeat_their_header_on_the_next_page(demo_data, tmp_path):
    path = export_protocol(_long_protocol(demo_data), tmp_path / "long.pdf")
    header = ["Населений пункт", "Чисельність населення", "Чоловіки", "Жінки", "Діти"]
    with pdfplumber.open(path) as pdf:
        pieces = [
            [[normalised(c or "") for c in row] for row in table]
            for page in pdf.pages
            for table in page.extract_tables()
        ]
    population = [t for t in pieces if t[0] == header]
    assert len(population) >= 2, "the 60-settlement table spans pages, a header on each"
    names = [row[0] for t in population for row in t[1:]]
    assert len(names) == 61 and names[-1] == "Всього"  # every row once, the header repeated
    annex2 = [t for t in pieces if t[0][0] == "Назва спеціалізованої служби"]
    assert len(annex2) >= 2


def test_a_long_protocol_paginates_the_same_twice(demo_data, tmp_path):
    data = _long_protocol(demo_data, items=12, settlements=30)
    a = export_protocol(data, tmp_path / "a.pdf").read_bytes()
    b = export_protocol(data, tmp_path / "b.pdf").read_bytes()
    assert a == b


# --- fonts -----------------------------------------------------------------------------------


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_character_the_font_lacks_is_named_and_nothing_is_written(demo_data, out):
    odd = dataclasses.replace(
        demo_data, present=(PersonLine("Ван 中 Л.", "гість"), *demo_data.present)
    )
    target = out / "протокол.pdf"
    target.write_bytes(b"the previous export")
    with pytest.raises(InputError) as caught:
        export_protocol(odd, target)
    message = str(caught.value)
    assert "«中»" in message and "U+4E2D" in message
    assert str(fonts.find_serif().regular) in message
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in out.iterdir()) == ["протокол.pdf"]


def test_invisible_characters_pasted_with_a_text_are_left_out(demo_data, tmp_path):
    """A byte order mark, zero-width spaces, a word joiner, direction marks: copied from a web
    page or an e-mail along with the text, unseen, in no font. The protocol is written, and
    without them; the same text without them gives the same PDF."""
    pasted = "Про\u200b стан\u2060 насильства\u200e в громаді\ufeff"
    odd = dataclasses.replace(demo_data, title=pasted)
    clean = dataclasses.replace(demo_data, title="Про стан насильства в громаді")
    first = export_protocol(odd, tmp_path / "pasted.pdf")
    text = pdf_text(first)
    assert "Про стан насильства в громаді" in text
    assert not set(INVISIBLE) & set(text)
    assert first.read_bytes() == export_protocol(clean, tmp_path / "clean.pdf").read_bytes()


def test_a_non_breaking_hyphen_is_printed_as_a_hyphen(demo_data, tmp_path):
    """Word's non-breaking hyphen (a hotline's number «0‑800‑500‑335», a double surname) is
    in no font the program finds: the protocol is written, the hyphen drawn as «-», the same
    PDF as with the hyphen-minus typed."""
    nb = "\u2011"
    assert nb in "0‑800‑500‑335"  # the test's own text holds the character
    title = f"Про телефон 0{nb}800{nb}500{nb}335 для постраждалих"
    odd = dataclasses.replace(
        demo_data,
        title=title,
        signatures=(("Голова координаційної ради", f"Олена ПЕТРЕНКО{nb}КОВАЛЬЧУК"),),
    )
    plain = dataclasses.replace(
        demo_data,
        title=title.replace(nb, "-"),
        signatures=(("Голова координаційної ради", "Олена ПЕТРЕНКО-КОВАЛЬЧУК"),),
    )
    first = export_protocol(odd, tmp_path / "nb.pdf")
    text = " ".join("\n".join(page_texts(first)).split())  # hyphens kept
    assert "0-800-500-335" in text and "ПЕТРЕНКО-КОВАЛЬЧУК" in text
    assert nb not in text
    assert first.read_bytes() == export_protocol(plain, tmp_path / "plain.pdf").read_bytes()


def test_the_typographic_characters_of_documents_are_covered(demo_data, tmp_path):
    text = "«Лапки» – тире — №5 м’ята Мар'яна пʼять 2 × 3 … ҐґЄєІіЇї"
    odd = dataclasses.replace(demo_data, title=text)
    # typeset: one dash, one apostrophe, «№ 5»
    printed = "«Лапки» – тире – № 5 м’ята Мар’яна п’ять 2 × 3 … ҐґЄєІіЇї"
    assert printed in pdf_text(export_protocol(odd, tmp_path / "x.pdf"))


def test_no_font_at_all_is_a_clear_error(demo_data, out, monkeypatch):
    monkeypatch.setattr(fonts, "candidates", lambda: [])
    with pytest.raises(InputError, match="Не знайдено шрифту"):
        export_protocol(demo_data, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_an_explicit_font_is_used(demo_data, tmp_path):
    dejavu = next(
        (
            f.regular
            for f in fonts.candidates()
            if f.regular.name == "DejaVuSerif.ttf" and f.regular.is_file()
        ),
        None,
    )
    if dejavu is None:
        pytest.skip("DejaVu Serif is not installed")
    path = export_protocol(demo_data, tmp_path / "x.pdf", font_path=dejavu)
    with pdfplumber.open(path) as pdf:
        names = {c["fontname"] for c in pdf.pages[0].chars}
    assert {re.sub(SUBSET, "", n) for n in names} == {"DejaVuSerif", "DejaVuSerif-Bold"}


def test_a_missing_or_broken_font_file_is_refused(demo_data, tmp_path):
    with pytest.raises(InputError, match="не знайдено"):
        export_protocol(demo_data, tmp_path / "x.pdf", font_path=tmp_path / "nope.ttf")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    with pytest.raises(InputError, match="Не вдалося прочитати шрифт"):
        export_protocol(demo_data, tmp_path / "x.pdf", font_path=broken)
    assert not (tmp_path / "x.pdf").exists()


# --- formats and files -----------------------------------------------------------------------


def test_an_unknown_extension_is_refused(demo_data, out):
    with pytest.raises(InputError, match="PDF або DOCX"):
        export_protocol(demo_data, out / "x.txt")
    assert list(out.iterdir()) == []


def test_an_unwritable_place_is_a_clear_error(demo_data, tmp_path):
    with pytest.raises(InputError, match="такої теки не існує"):
        export_protocol(demo_data, tmp_path / "no-such-folder" / "x.pdf")


def test_the_extension_is_case_insensitive(demo_data, tmp_path):
    assert export_protocol(demo_data, tmp_path / "X.PDF").read_bytes().startswith(b"%PDF")


def test_tables_have_their_block_columns(demo_data):
    tables = [b for b in protocol_blocks(demo_data) if isinstance(b, Table)]
    assert [len(t.header) for t in tables] == [2, 5, 5, 5]
