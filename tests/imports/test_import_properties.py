"""Randomly damaged templates fed to ``import``: exit 0 or 1, on 1 exactly one line and the
community file byte for byte as it was; never a traceback, whatever the cells or the zip hold."""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hromada_desk.cli import main
from tests.imports.books import (
    INDICATORS,
    MARKER,
    POPULATION,
    make_template,
    parts_of,
    set_cell,
    with_shared_strings,
)

# Deterministic (the same cases on every run, in CI too) and quick: a few hundred in all.
FAST = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def base(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> tuple[bytes, dict[str, bytes]]:
    """The demo file's bytes and the parts of a filled template of it, made once."""
    folder = tmp_path_factory.mktemp("properties")
    community = folder / "demo.hromada"
    community.write_bytes(demo_template.read_bytes())
    parts = parts_of(make_template(community, folder / "t.xlsx", 2023))
    parts[POPULATION] = set_cell(parts[POPULATION], "C4", '<c r="C4"><v>1800</v></c>')
    return demo_template.read_bytes(), parts


def import_checked(
    tmp_path: Path, community_bytes: bytes, workbook: bytes, dry_run: bool = False
) -> int:
    """Run ``import`` in-process; check what must hold whatever the workbook is."""
    community, book = tmp_path / "громада.hromada", tmp_path / "книга.xlsx"
    community.write_bytes(community_bytes)
    book.write_bytes(workbook)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["import", str(community), str(book), *(["--dry-run"] if dry_run else [])], out=out, err=err
    )
    assert code in (0, 1), (code, err.getvalue())
    if code == 1:
        assert out.getvalue() == "" and err.getvalue().count("\n") == 1, err.getvalue()
        assert err.getvalue().startswith("hromada-desk: ")
        assert (
            hashlib.sha256(community.read_bytes()).digest()
            == hashlib.sha256(community_bytes).digest()
        )
    else:
        assert err.getvalue() == ""
    return code


def zipped(parts: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a name twice is one of the damages tried
        for name, data in parts:
            archive.writestr(
                zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return buffer.getvalue()


# -- cells: every kind a spreadsheet stores, with any text in it ---------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
NUMBERISH = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True).map(repr),
    st.sampled_from(
        [
            "",
            " ",
            "1 762",
            "1\u00a0762",
            "²",
            "①",
            "٣",
            "1e400",
            "-0",
            "0x10",
            "TRUE",
            "#DIV/0!",
            "2024-01-01",
            "9" * 5000,
        ]
    ),
    TEXT,
)
REFERENCES = st.sampled_from(
    [f"{c}{r}" for c in "ABCDEF" for r in range(3, 16)] + ["A1", "B1", "B2", "B3", "A4"]
)


@st.composite
def cells(draw: st.DrawFn, reference: str) -> str:
    kind = draw(st.sampled_from(["n", "s", "str", "b", "e", "d", "inlineStr", "bogus", None]))
    attributes = f' r="{reference}"' if draw(st.booleans()) else ""
    if kind is not None:
        attributes += f" t={quoteattr(kind)}"
    if draw(st.booleans()):
        attributes += f' s="{draw(st.integers(0, 20))}"'
    inner = ""
    if draw(st.booleans()):
        inner += f"<f>{escape(draw(TEXT))}</f>"
    if kind == "inlineStr":
        inner += f"<is><t>{escape(draw(NUMBERISH))}</t></is>"
    elif draw(st.integers(0, 4)):
        inner += f"<v>{escape(draw(NUMBERISH))}</v>"
    return f"<c{attributes}>{inner}</c>"


@st.composite
def filled_sheets(draw: st.DrawFn, parts: dict[str, bytes]) -> dict[str, bytes]:
    changed = with_shared_strings(parts) if draw(st.booleans()) else dict(parts)
    for _ in range(draw(st.integers(1, 6))):
        sheet = draw(st.sampled_from([POPULATION, INDICATORS, MARKER]))
        reference = draw(REFERENCES)
        try:
            changed[sheet] = set_cell(changed[sheet], reference, draw(cells(reference)))
        except AssertionError:  # a row the sheet does not have: leave it
            continue
    return changed


@settings(FAST, max_examples=150)
@given(data=st.data())
def test_any_cell_values(tmp_path, base, data):
    community, parts = base
    changed = data.draw(filled_sheets(parts))
    import_checked(
        tmp_path, community, zipped(list(changed.items())), dry_run=data.draw(st.booleans())
    )


# -- the zip and its XML parts: cut, flipped, removed, doubled, replaced ---------------------


@st.composite
def damaged_parts(draw: st.DrawFn, parts: dict[str, bytes]) -> list[tuple[str, bytes]]:
    items = list(parts.items())
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(items) - 1))
        name, data = items[index]
        action = draw(
            st.sampled_from(["cut", "flip", "delete", "double", "garbage", "insert", "rename"])
        )
        if action == "cut":
            items[index] = (name, data[: draw(st.integers(0, max(len(data) - 1, 0)))])
        elif action == "flip":
            mutable = bytearray(data)
            for _ in range(draw(st.integers(1, 8))):
                if mutable:
                    at = draw(st.integers(0, len(mutable) - 1))
                    mutable[at] ^= draw(st.integers(1, 255))
            items[index] = (name, bytes(mutable))
        elif action == "delete" and len(items) > 1:
            items.pop(index)
        elif action == "double":
            items.append((name, data))
        elif action == "garbage":
            items[index] = (name, draw(st.binary(max_size=200)))
        elif action == "insert":
            at = draw(st.integers(0, len(data)))
            snippet = draw(
                st.sampled_from(
                    [
                        b"<row/>",
                        b"<c r='C4'><v>1</v></c>",
                        b"<!--",
                        b"]]>",
                        b"&lol;",
                        b"<!DOCTYPE x>",
                        b"\x00",
                        b"<row r='99999999'/>",
                        b"<mergeCell ref='C4:D5'/>",
                    ]
                )
            )
            items[index] = (name, data[:at] + snippet + data[at:])
        else:
            items[index] = (
                draw(
                    st.sampled_from(
                        ["xl/workbook.xml", "XL/Workbook.xml", "x", "xl/worksheets/sheet2.xml"]
                    )
                ),
                data,
            )
    return items


@settings(FAST, max_examples=150)
@given(data=st.data())
def test_any_damage_to_the_parts(tmp_path, base, data):
    community, parts = base
    import_checked(
        tmp_path,
        community,
        zipped(data.draw(damaged_parts(parts))),
        dry_run=data.draw(st.booleans()),
    )


@settings(FAST, max_examples=100)
@given(data=st.data())
def test_any_damage_to_the_zip_itself(tmp_path, base, data):
    community, parts = base
    book = bytearray(zipped(list(parts.items())))
    if data.draw(st.booleans()):
        del book[data.draw(st.integers(0, len(book) - 1)) :]
    for _ in range(data.draw(st.integers(1, 10))):
        if book:
            book[data.draw(st.integers(0, len(book) - 1))] ^= data.draw(st.integers(1, 255))
    import_checked(tmp_path, community, bytes(book))
