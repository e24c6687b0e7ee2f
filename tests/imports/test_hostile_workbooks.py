"""Workbooks made to hurt: each refused with one clear line (or, where harmless, imported),
the community file untouched, in bounded time and memory."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import create_file, open_file
from tests.imports import books
from tests.imports.books import (
    INDICATORS,
    INSTRUCTIONS,
    MAIN,
    MARKER,
    POPULATION,
    STRINGS,
    WORKBOOK_RELS,
    make_template,
    parts_of,
    run,
    set_cell,
    with_shared_strings,
    write_parts,
)

MB = 1 << 20
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def parts(demo_path: Path, tmp_path: Path) -> dict[str, bytes]:
    """A sound template of the demo for 2023 with one value filled in (C4 = 1800)."""
    found = parts_of(make_template(demo_path, tmp_path / "sound.xlsx"))
    found[POPULATION] = set_cell(found[POPULATION], "C4", '<c r="C4"><v>1800</v></c>')
    return found


def sheet(rows: str) -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'.encode()


def test_the_sheets_are_where_the_helpers_expect(parts):
    sheets = re.findall(
        r'<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId[0-9]+)"', parts["xl/workbook.xml"].decode()
    )
    targets = dict(
        re.findall(r'Target="/?([^"]+)" Id="(rId[0-9]+)"', parts[WORKBOOK_RELS].decode())
    )
    where = {name: next(t for t, i in targets.items() if i == rel) for name, rel in sheets}
    assert where == {
        "Інструкція": INSTRUCTIONS,
        "Населення": POPULATION,
        "Показники": INDICATORS,
        "_hromada": MARKER,
    }


def test_a_sound_template_saved_with_shared_strings_imports(parts, demo_path, tmp_path):
    path = write_parts(tmp_path / "excel.xlsx", with_shared_strings(parts))
    code, out, err = run("import", str(demo_path), str(path), "--dry-run")
    assert (code, err) == (0, ""), err
    assert "Населення, Ланна, усього: 1762 → 1800" in out


def _laughs_in_strings(parts):
    changed = with_shared_strings(parts)
    changed[STRINGS] = (LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>').encode()
    return changed


def _laughs_in_sheet(parts):
    return {
        **parts,
        POPULATION: LAUGHS.encode()
        + parts[POPULATION].replace(
            b'<c r="C4"><v>1800</v></c>', b'<c r="C4" t="inlineStr"><is><t>&lol9;</t></is></c>'
        ),
    }


def _external_entity(parts):
    return {
        **parts,
        POPULATION: b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
        b'"file:///etc/passwd">]>' + parts[POPULATION],
    }


def _malformed(parts):
    xml = parts[POPULATION]
    return {**parts, POPULATION: xml[: len(xml) // 2] + b"<c r=<<" + xml[len(xml) // 2 :]}


def _truncated(parts):
    return {**parts, POPULATION: parts[POPULATION][: len(parts[POPULATION]) // 2]}


def _string_out_of_range(parts):
    changed = with_shared_strings(parts)
    changed[POPULATION] = set_cell(changed[POPULATION], "A5", '<c r="A5" t="s"><v>99999</v></c>')
    return changed


def _missing_part(parts):
    return {name: data for name, data in parts.items() if name != "xl/styles.xml"}


def _missing_sheet(parts):
    return {name: data for name, data in parts.items() if name != INDICATORS}


def _duplicate_entry(parts):
    return [*parts.items(), (POPULATION, parts[POPULATION])]


def _padded_with_whitespace(parts):
    return {
        **parts,
        INSTRUCTIONS: parts[INSTRUCTIONS].replace(
            b"<sheetData>", b"<sheetData>" + b" " * (12 * MB)
        ),
    }


def _too_many_entries(parts):
    return [*parts.items(), *((f"xl/media/empty{i}.bin", b"") for i in range(1500))]


def _million_rows_in_population(parts):
    rows = "".join(f'<row r="{r}"/>' for r in range(1, 900_000))
    return {**parts, POPULATION: sheet(rows)}


def _millions_of_shared_strings(parts):
    changed = with_shared_strings(parts)
    many = "".join(f"<si><t>{i}</t></si>" for i in range(300_000)).encode()
    changed[STRINGS] = changed[STRINGS].replace(b"</sst>", many + b"</sst>")
    return changed


def _declared_millions_of_strings(parts):
    changed = with_shared_strings(parts)
    changed[STRINGS] = re.sub(rb'uniqueCount="[0-9]+"', b'uniqueCount="5000000"', changed[STRINGS])
    return changed


def _cell_repeated(parts):
    cells = '<c r="C4"><v>1</v></c>' * 3
    return {**parts, POPULATION: set_cell(parts[POPULATION], "C4", cells)}


def _empty_cells(count: int, row: int) -> bytes:
    """``count`` empty cells in ``row``, columns G to XFD over and over (they pack about 1:6,
    as a workbook does, so no other check stops them first)."""
    return "".join(
        f'<c r="{get_column_letter(7 + i % 16_000)}{row}"/>' for i in range(count)
    ).encode()


def _with_empty_cells(parts, population: int, indicators: int):
    """Empty cells in the row below the settlements and the row below the indicators, which
    are read (they must stay empty)."""
    return {
        **parts,
        POPULATION: parts[POPULATION].replace(
            b"</sheetData>", b'<row r="15">' + _empty_cells(population, 15) + b"</row></sheetData>"
        ),
        INDICATORS: parts[INDICATORS].replace(
            b"</sheetData>", b'<row r="16">' + _empty_cells(indicators, 16) + b"</row></sheetData>"
        ),
    }


def _many_elements(parts):
    return _with_empty_cells(parts, 800_000, 800_000)


def _long_text(parts):
    return {
        **parts,
        POPULATION: set_cell(
            parts[POPULATION], "A5", f'<c r="A5" t="inlineStr"><is><t>{"я" * 40_000}</t></is></c>'
        ),
    }


def _bad_reference(parts):
    return {**parts, POPULATION: set_cell(parts[POPULATION], "C4", '<c r="C4x"><v>1</v></c>')}


def _relationship_loop(parts):
    return {
        **parts,
        WORKBOOK_RELS: parts[WORKBOOK_RELS].replace(
            b'Target="/xl/worksheets/sheet3.xml"', b'Target="../../../../etc/passwd"'
        ),
    }


HOSTILE: dict[str, tuple[Callable, str]] = {
    "entity bomb in shared strings": (_laughs_in_strings, "оголошує DOCTYPE"),
    "entity bomb in a sheet": (_laughs_in_sheet, "оголошує DOCTYPE"),
    "external entity": (_external_entity, "оголошує DOCTYPE"),
    "malformed sheet": (_malformed, "«xl/worksheets/sheet2.xml» — не XML або обрізана"),
    "truncated sheet": (_truncated, "«xl/worksheets/sheet2.xml» — не XML або обрізана"),
    "shared string out of range": (
        _string_out_of_range,
        "Аркуш «Населення», A5 посилається на спільний рядок «99999»",
    ),
    "missing part named by the rels": (_missing_part, "немає частини «xl/styles.xml»"),
    "missing sheet": (_missing_sheet, "немає частини «xl/worksheets/sheet3.xml»"),
    "part outside the zip": (_relationship_loop, "немає частини «../../../etc/passwd»"),
    "duplicate entry": (_duplicate_entry, "«xl/worksheets/sheet2.xml» є в архіві двічі"),
    "whitespace padding": (_padded_with_whitespace, "«xl/worksheets/sheet1.xml» стиснуто в"),
    "too many entries": (_too_many_entries, "частин, а шаблон має кілька десятків"),
    "a million rows": (_million_rows_in_population, "аркуш «Населення» має понад 21004 рядків"),
    "too many shared strings": (
        _millions_of_shared_strings,
        "спільних рядків, а шаблон має до 200000",
    ),
    "declared shared strings": (_declared_millions_of_strings, "у ній 5000000 спільних рядків"),
    "a cell written twice": (_cell_repeated, "Аркуш «Населення», C4 записано в книзі двічі"),
    "too many elements": (_many_elements, "понад 1000000 елементів XML"),
    "text too long": (_long_text, "Аркуш «Населення», A5: текст довший за 32767 символів"),
    "bad cell reference": (_bad_reference, "має клітинку «C4x»"),
}


@pytest.mark.parametrize(("make", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_workbook_is_refused_with_one_line(parts, demo_path, tmp_path, make, message):
    path = write_parts(tmp_path / "hostile.xlsx", make(parts))
    before = digest(demo_path)
    for dry_run in ((), ("--dry-run",)):
        code, out, err = run("import", str(demo_path), str(path), *dry_run)
        assert code == 1 and out == "" and err.count("\n") == 1, err
        assert message in err and "Нічого не змінено" in err, err
    assert digest(demo_path) == before


def _sized(parts, tmp_path, name, size):
    path = write_parts(tmp_path / "sized.xlsx", parts)
    books.declare_size(path, name, size)
    return path


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        (
            INSTRUCTIONS,
            17 * MB,
            "частина «xl/worksheets/sheet1.xml» займає 17 МБ, а шаблон — до 16 МБ на частину",
        ),
        (POPULATION, 3 * MB, "частину «xl/worksheets/sheet2.xml» стиснуто в"),
    ],
)
def test_declared_sizes_are_checked_before_anything_is_inflated(
    parts, demo_path, tmp_path, name, size, message
):
    path = _sized(parts, tmp_path, name, size)
    code, _, err = run("import", str(demo_path), str(path))
    assert code == 1 and message in err and err.count("\n") == 1


def test_their_total_is_checked_too(parts, demo_path, tmp_path):
    many = {**parts, **{f"xl/media/image{i}.bin": os.urandom(100_000) for i in range(10)}}
    path = write_parts(tmp_path / "sized.xlsx", many)
    for i in range(10):
        books.declare_size(path, f"xl/media/image{i}.bin", 15 * MB)
    code, _, err = run("import", str(demo_path), str(path))
    assert code == 1 and "частини займають 150 МБ, а шаблон — до 128 МБ" in err


def test_a_part_longer_than_it_declares_is_not_read_past_its_size(parts, demo_path, tmp_path):
    path = _sized(parts, tmp_path, MARKER, 100)
    code, _, err = run("import", str(demo_path), str(path))
    assert code == 1 and err.count("\n") == 1
    assert "частину «xl/worksheets/sheet4.xml» не вдалося розпакувати" in err


def _needs_zip_version(data: bytes, version: int) -> bytes:
    """The zip with its directory's first entry asking for a version of zip that Python's
    zipfile does not know (it raises NotImplementedError, not BadZipFile)."""
    at = data.index(b"PK\x01\x02") + 6
    return data[:at] + version.to_bytes(2, "little") + data[at + 2 :]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[: len(data) // 2], "не є робочою книгою Excel"),
        (lambda data: data + bytes(21 * MB), "вона займає 21 МБ, а шаблон — до 20 МБ"),
        (lambda data: _needs_zip_version(data, 65), "не є робочою книгою Excel"),
    ],
)
def test_a_cut_or_oversized_file_is_refused(parts, demo_path, tmp_path, damage, message):
    path = write_parts(tmp_path / "book.xlsx", parts)
    path.write_bytes(damage(path.read_bytes()))
    code, _, err = run("import", str(demo_path), str(path))
    assert code == 1 and message in err and err.count("\n") == 1


def test_the_instructions_sheet_is_never_parsed(parts, demo_path, tmp_path):
    """800,000 rows (or broken XML) in «Інструкція» cost nothing: the import reads the
    sheets it needs and no other."""
    rows = "".join(f'<row r="{r}"/>' for r in range(1, 800_000))
    for instructions in (sheet(rows), b"<not xml"):
        path = write_parts(tmp_path / "book.xlsx", {**parts, INSTRUCTIONS: instructions})
        code, out, err = run("import", str(demo_path), str(path), "--dry-run")
        assert (code, err) == (0, "") and "1762 → 1800" in out


# -- measured bounds: the import in a process of its own, its peak memory read back -------

MEASURE = """
import json, resource, subprocess, sys
result = subprocess.run([sys.executable, "-m", "hromada_desk", "import", *sys.argv[1:]],
                        capture_output=True, text=True, encoding="utf-8", timeout=120)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"code": result.returncode, "stdout": result.stdout,
                  "stderr": result.stderr, "peak_mb": peak / 1024}))
"""
BOUND_MB = 300


def _long_instructions(parts):
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 250_000))
    return {**parts, INSTRUCTIONS: sheet(rows)}


def _most_elements(parts):
    """Just under the budget of elements, each one a cell to be looked at."""
    return _with_empty_cells(parts, 650_000, 340_000)


def _most_strings(parts):
    changed = with_shared_strings(parts)
    many = b"".join(
        b"<si><t>" + f"рядок {i:06d} ".encode() * 3 + b"</t></si>" for i in range(190_000)
    )
    changed[STRINGS] = changed[STRINGS].replace(b"</sst>", many + b"</sst>")
    return changed


def _huge_attribute(parts):
    return {
        **parts,
        POPULATION: parts[POPULATION].replace(
            b"<sheetData>",
            b'<sheetData><x a="' + os.urandom(6 * MB).hex().encode()[: 15 * MB] + b'"/>',
            1,
        ),
    }


WORST = {
    "instructions of 250,000 rows": _long_instructions,
    "most elements": _most_elements,
    "most shared strings": _most_strings,
    "huge attribute": _huge_attribute,
    "a million rows": _million_rows_in_population,
    "entity bomb": _laughs_in_strings,
    "padding": _padded_with_whitespace,
}


def measure(*argv: str) -> dict:
    """The import run as a process of its own (a generous timeout guards against a hang)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB")
@pytest.mark.parametrize("make", WORST.values(), ids=WORST.keys())
def test_the_worst_workbooks_stay_within_300_mb(parts, demo_path, tmp_path, make):
    path = write_parts(tmp_path / "worst.xlsx", make(parts))
    assert path.stat().st_size < 20 * MB
    before = digest(demo_path)
    measured = measure(str(demo_path), str(path), "--dry-run")
    assert measured["code"] in (0, 1) and "Traceback" not in measured["stderr"]
    assert measured["stderr"].count("\n") == measured["code"]
    assert measured["peak_mb"] < BOUND_MB, measured
    assert digest(demo_path) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB")
def test_a_template_of_10000_settlements_imports_within_300_mb(tmp_path):
    places = [Settlement(f"Село {i}", SettlementKind.VILLAGE) for i in range(1, 10_001)]

    def fill(cf):
        community_repo.save_community(
            cf, Community("Велика громада", "Велика рада", "Великої ради", "Виконком")
        )
        for place in places:
            community_repo.add_settlement(cf, place)

    community = tmp_path / "велика.hromada"
    create_file(community, fill).close()
    template = make_template(community, tmp_path / "шаблон.xlsx", 2024)
    parts = parts_of(template)
    for reference, value in (("C4", 500), ("C10003", 70), ("D10003", 30)):
        parts[POPULATION] = set_cell(
            parts[POPULATION], reference, f'<c r="{reference}"><v>{value}</v></c>'
        )
    measured = measure(str(community), str(write_parts(template, parts)))
    assert (measured["code"], measured["stderr"]) == (0, ""), measured
    assert "Змінено за 2024 рік (3)" in measured["stdout"]
    assert measured["peak_mb"] < BOUND_MB, measured
    with open_file(community, readonly=True) as cf:
        assert sorted(p.total for p in community_repo.get_population(cf, 2024)) == [70, 500]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (5000, "в архіві 5000 частин, а шаблон має кілька десятків"),
        (70_000, "архів у форматі ZIP64, якого шаблони не мають"),
    ],
)
def test_the_zip_directory_is_checked_before_zipfile_reads_it(
    tmp_path, demo_path, entries, message
):
    """From the zip's end record: 200,000 empty entries fit in 20 MB, and zipfile would hold
    200 MB of them before anything could count them."""
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(entries):
            archive.writestr(f"{i}", b"")
    code, _, err = run("import", str(demo_path), str(path))
    assert code == 1 and err.count("\n") == 1 and message in err
