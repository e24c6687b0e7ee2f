"""Typesetting of typed text for documents: the seed's mixed apostrophes, dashes and «№1»
come out one way, and the places the issue names never break across lines."""

from __future__ import annotations

import pytest

from hromada_desk.domain.typography import as_printed, normalise, plain_text, typeset

NB = "\u00a0"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("суб'єктів", "суб’єктів"),
        ("сім`я", "сім’я"),
        ("пʼять", "п’ять"),
        ("суб’єктів", "суб’єктів"),
        ("органи - місцеві", "органи – місцеві"),
        ("органи — місцеві", "органи – місцеві"),
        ("(далі- Методика)", "(далі – Методика)"),
        ("практики- сімейний", "практики – сімейний"),
        ("№1", f"№{NB}1"),
        ("№  658", f"№{NB}658"),
        ("ВП № 3", f"ВП №{NB}3"),
        # hyphens inside words and numbers stay hyphens
        ("с-ще", "с-ще"),
        ("2229-VIII", "2229-VIII"),
        ("соціально-психологічної", "соціально-психологічної"),
    ],
)
def test_what_is_typed_is_normalised(typed, printed):
    assert normalise(typed) == printed


@pytest.mark.parametrize(
    ("typed", "joined"),
    [
        ("Голову ради Удовиченко К.О., який", f"Удовиченко{NB}К.О."),
        ("К. О. Удовиченко", f"К.{NB}О.{NB}Удовиченко"),
        ("на орієнтовно 10 тис. населення", f"10{NB}тис."),
        ("від 22.08.2018 № 658", f"№{NB}658"),
        ("30.06.2023 року", f"30.06.2023{NB}року"),
        ("с. Коржиха, с-ще Ланна", f"с.{NB}Коржиха, с-ще{NB}Ланна"),
        ("статтею 25 та ст. 8", f"ст.{NB}8"),
        ("у 1 випадку в сім'ї", f"у{NB}1 випадку в{NB}сім’ї"),
        ("органи - місцеві", f"органи{NB}– місцеві"),
        ("10 000 осіб", f"10{NB}000{NB}осіб"),
    ],
)
def test_no_break_spaces_keep_the_parts_together(typed, joined):
    assert joined in typeset(typed)


def test_typesetting_changes_no_letter():
    text = (
        "Швирид І.В. – секретар комісії, спеціаліст ІІ категорії; 2 випадки у 2022 році, "
        "100% випадків; «Про запобігання та протидію домашньому насильству»"
    )
    assert typeset(text).replace(NB, " ") == text


def test_plain_text_turns_other_programs_line_breaks_into_line_feeds():
    # Word: manual line break (vertical tab), page break (form feed); Unicode separators
    assert plain_text("а\x0bб\x0cв\u2028г\u2029ґ\x85д") == "а\nб\nв\nг\nґ\nд"
    assert plain_text("без\x01 керівних\x1f символів\x7f\x9b") == "без керівних символів"
    kept = "рядок\tз табуляцією\r\nі ще"
    assert plain_text(kept) is kept  # nothing to change: the same text


def test_as_printed_is_plain_text_without_the_invisible_and_with_look_alikes():
    assert as_printed("0\u2011800\u200b\x0bдалі") == "0-800\nдалі"
