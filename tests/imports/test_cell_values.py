"""What a filled cell may hold: whole numbers in any form a spreadsheet stores them, a
formula's stored result (said to be one); anything else refused with its cell named."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.imports.books import (
    INDICATORS,
    POPULATION,
    make_template,
    parts_of,
    run,
    set_cell,
    write_parts,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def parts(demo_path: Path, tmp_path: Path) -> dict[str, bytes]:
    return parts_of(make_template(demo_path, tmp_path / "шаблон.xlsx"))


def book(
    parts: dict[str, bytes],
    tmp_path: Path,
    cells: dict[str, str],
    sheet: str = POPULATION,
    styles: bytes | None = None,
) -> Path:
    xml = parts[sheet]
    for reference, cell in cells.items():
        xml = set_cell(xml, reference, cell)
    changed = {**parts, sheet: xml}
    if styles is not None:
        changed["xl/styles.xml"] = styles
    return write_parts(tmp_path / "book.xlsx", changed)


def text(reference: str, value: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>'


def number(reference: str, stored: str, extra: str = "") -> str:
    return f'<c r="{reference}"{extra}><v>{stored}</v></c>'


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (text("C5", "²"), "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «²»"),
        (text("C5", "①"), "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «①»"),
        (text("C5", "٣"), "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «٣»"),
        (
            number("C5", "٣"),
            "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «٣»",
        ),
        (
            number("C5", "1234567890123456789012345"),
            "Аркуш «Населення», C5: число 1234567890123456789012345 завелике, найбільше допустиме "
            "10000000",
        ),
        (
            text("C5", "1234567890123456789012345"),
            "Аркуш «Населення», C5: число 1234567890123456789012345 завелике",
        ),
        (number("C5", "9" * 5000), "Аркуш «Населення», C5: число 9999"),
        (number("C5", "1E+30"), "Аркуш «Населення», C5: число 1e+30 завелике"),
        (
            number("C5", "1", ' t="b"'),
            "Аркуш «Населення», C5: очікується ціле невід’ємне число, "
            "отримано логічне значення «TRUE»",
        ),
        (
            number("C5", "#DIV/0!", ' t="e"'),
            "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «#DIV/0!»",
        ),
        (
            number("C5", "nan"),
            "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «nan»",
        ),
        (
            number("C5", "2.5"),
            "Аркуш «Населення», C5: очікується ціле невід’ємне число, отримано «2.5»",
        ),
        ('<c r="C5"><f>C4*2</f></c>', "Аркуш «Населення», C5: формула без збереженого значення"),
        (
            '<c r="C5"><f>C4*2</f><v></v></c>',
            "Аркуш «Населення», C5: формула без збереженого значення",
        ),
    ],
)
def test_a_value_that_is_no_count_is_refused_with_its_cell(
    parts, demo_path, tmp_path, cell, message
):
    path = book(parts, tmp_path, {"C4": number("C4", "1800"), "C5": cell})
    before = digest(demo_path)
    for dry_run in ((), ("--dry-run",)):
        code, out, err = run("import", str(demo_path), str(path), *dry_run)
        assert code == 1 and out == "" and err.count("\n") == 1, err
        assert message in err and "Нічого не змінено" in err, err
    assert digest(demo_path) == before


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (number("C5", "230.0"), "230"),
        (number("C5", "2.3E2"), "230"),
        (text("C5", "230"), "230"),
        (text("C5", " 1 762 "), "1762"),
        (text("C5", "1\u00a0762"), "1762"),
        (text("C5", ""), None),
        ('<c r="C5" t="str"><f>""</f><v></v></c>', None),
    ],
)
def test_whole_numbers_in_any_stored_form_are_taken(parts, demo_path, tmp_path, cell, shown):
    path = book(parts, tmp_path, {"C4": number("C4", "1800"), "C5": cell})
    code, out, err = run("import", str(demo_path), str(path), "--dry-run")
    assert (code, err) == (0, ""), err
    assert "Населення, Ланна, усього: 1762 → 1800" in out
    if shown is None:
        assert "Коржиха" not in out
    else:
        assert f"Населення, Коржиха, усього: 226 → {shown}\n" in out


def test_a_formula_with_its_stored_result_is_taken_and_said_to_be_one(parts, demo_path, tmp_path):
    path = book(
        parts,
        tmp_path,
        {
            "C4": '<c r="C4"><f>1700+100</f><v>1800</v></c>',
            "C5": '<c r="C5"><f>C4-1574</f><v>226</v></c>',
            "D5": number("D5", "110"),
        },
    )
    code, out, err = run("import", str(demo_path), str(path), "--dry-run")
    assert (code, err) == (0, ""), err
    assert "  Населення, Ланна, усього: 1762 → 1800 (з формули)\n" in out
    assert "Коржиха, усього" not in out  # the same value: no change, formula or not
    assert "  Населення, Коржиха, чоловіки: 95 → 110\n" in out
    code, out, _ = run("import", str(demo_path), str(path))
    assert code == 0 and "Ланна, усього: 1762 → 1800 (з формули)" in out


def test_a_formula_among_the_indicators_too(parts, demo_path, tmp_path):
    path = book(parts, tmp_path, {"C9": '<c r="C9"><f>2+3</f><v>5</v></c>'}, INDICATORS)
    code, out, _ = run("import", str(demo_path), str(path), "--dry-run")
    assert code == 0 and "  Показник 6.1: 2 → 5 (з формули)\n" in out


def test_a_number_shown_as_a_date_is_refused(parts, demo_path, tmp_path):
    styles = (
        parts["xl/styles.xml"]
        .replace(b'<cellXfs count="9">', b'<cellXfs count="10">')
        .replace(b"</cellXfs>", b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>')
    )
    path = book(parts, tmp_path, {"C5": number("C5", "45292", ' s="9"')}, styles=styles)
    code, _, err = run("import", str(demo_path), str(path))
    assert (
        code == 1
        and "Аркуш «Населення», C5: очікується ціле невід’ємне число, а в клітинці дата" in err
    )
    assert (
        run(
            "import",
            str(demo_path),
            str(book(parts, tmp_path, {"C5": number("C5", "226", ' s="7"')})),
            "--dry-run",
        )[0]
        == 0
    )  # the same number in the template's own input style
