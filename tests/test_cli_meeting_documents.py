"""The meeting's documents from the command line: the protocol's warning when its decision
contradicts the calculation, the extract of one item, the notice of the meeting."""

from __future__ import annotations

from tests.exports.helpers import assert_in_order
from tests.test_cli import run


def test_the_protocol_warns_when_its_decision_contradicts_the_calculation(demo_path, tmp_path):
    code, out, err = run(
        "protocol", str(demo_path), "--meeting", "1/2023", "-o", str(tmp_path / "п.pdf")
    )
    assert (code, err) == (0, "")
    saved, *lines = out.splitlines()
    assert "збережено" in saved
    assert len(lines) == 2  # the counselling service in 2022 and in 2023
    for year, line in zip((2022, 2023), lines, strict=True):
        assert line.startswith("Увага: питання 3") and f"за {year} рік" in line
        assert "Спеціалізована служба первинного" in line
        assert "потрібно 11, наявно 0" in line and "«відсутня потреба»" in line


def _pdf(path):
    from tests.exports.helpers import pdf_text

    return pdf_text(path)


def test_the_extract_of_one_item_has_the_header_the_item_and_the_certification(demo_path, tmp_path):
    target = tmp_path / "витяг.pdf"
    code, out, err = run(
        "protocol", str(demo_path), "--meeting", "1/2023", "--extract", "3", "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Витяг з протоколу №1 від 30.06.2023 (питання 3) збережено: {target}"
    text = _pdf(target)
    assert_in_order(
        text,
        [
            "ВИКОНАВЧИЙ КОМІТЕТ",
            "ЛАННІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
            "ВИТЯГ З ПРОТОКОЛУ",
            "30.06.2023 року",
            "с-ще Ланна",
            "№ 1",
            "Присутні: 10 членів координаційної ради",
            # the seed's item 3, its СЛУХАЛИ, the annexes, ВИРІШИЛИ
            "3. Про визначення потреби у створенні в Ланнівській громаді спеціалізованих служб",
            "СЛУХАЛИ:",
            "Секретаря координаційної ради Швирид І.В., яка повідомила",
            "Відповідно до додатку 1 Методики",
            "Всього 7070",
            "Відповідно до додатку 2 Методики",
            "ВИРІШИЛИ:",
            "Заслухавши інформацію секретаря координаційної ради Швирид І.В.",
            "Витяг вірний",
            "Секретар координаційної ради",
            "Ірина ШВИРИД",
        ],
    )
    # the other items and the list of those present are not in it
    assert "статтею 25 Порядку" not in text and "ПОРЯДОК ДЕННИЙ" not in text
    assert "Підгайна" not in text and "Костянтин УДОВИЧЕНКО" not in text


def test_an_extract_in_word_and_an_item_that_is_not_there(demo_path, tmp_path):
    from docx import Document

    target = tmp_path / "витяг.docx"
    code, _, err = run(
        "protocol", str(demo_path), "--meeting", "1/2023", "--extract", "1", "-o", str(target)
    )
    assert (code, err) == (0, "")
    texts = [p.text.replace("\u00a0", " ") for p in Document(target).paragraphs]
    assert "ВИТЯГ З ПРОТОКОЛУ" in texts and "Витяг вірний" in texts
    assert any(t.startswith("1. Про основні завдання") for t in texts)
    code, _, err = run(
        "protocol",
        str(demo_path),
        "--meeting",
        "1/2023",
        "--extract",
        "4",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "немає питання 4" in err and "від 1 до 3" in err
    assert not (tmp_path / "x.pdf").exists()
    assert (
        run(
            "protocol",
            str(demo_path),
            "--meeting",
            "1/2023",
            "--extract",
            "0",
            "-o",
            str(tmp_path / "x.pdf"),
        )[0]
        == 2
    )


def test_the_notice_says_when_and_where_and_the_agenda_with_speakers(demo_path, tmp_path):
    import dataclasses

    from hromada_desk.storage import council_repo
    from hromada_desk.storage.database import open_file

    with open_file(demo_path) as cf:
        meeting = council_repo.find_meeting(cf, 1, 2023)
        council_repo.replace_meeting(cf, dataclasses.replace(meeting, time="10:00"))
    target = tmp_path / "повідомлення.pdf"
    code, out, err = run("notice", str(demo_path), "--meeting", "1/2023", "-o", str(target))
    assert (code, err) == (0, "")
    assert "Повідомлення про засідання №1 від 30.06.2023 збережено" in out
    text = _pdf(target)
    assert_in_order(
        text,
        [
            "ПОВІДОМЛЕННЯ",
            "про засідання координаційної ради",
            "засідання координаційної ради № 1 відбудеться 30.06.2023 року о 10:00",
            "місце проведення: с-ще Ланна",
            "ПОРЯДОК ДЕННИЙ",
            "1. Про основні завдання та повноваження координаційної ради",
            "Доповідач: голова координаційної ради Удовиченко К.О.",
            "2. Про стан домашнього насильства в Ланнівській громаді.",
            "Доповідач: заступник голови координаційної ради Чухрай С.А.",
            "3. Про визначення потреби",
            "Доповідач: секретар координаційної ради Швирид І.В.",
            "Ірина ШВИРИД",
        ],
    )
    assert "СЛУХАЛИ" not in text
    import pdfplumber

    with pdfplumber.open(target) as pdf:  # sent before the meeting: not marked as a draft
        assert not any("ПРОЄКТ" in (page.extract_text() or "") for page in pdf.pages)
    code, _, err = run(
        "notice", str(demo_path), "--meeting", "1/2023", "-o", str(tmp_path / "n.docx")
    )
    assert code == 0 and (tmp_path / "n.docx").read_bytes()[:2] == b"PK"
