"""Workbooks built part by part for the import tests: a real template's parts, changed."""

from __future__ import annotations

import io
import re
import struct
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from hromada_desk.cli import main

# Where openpyxl puts the template's sheets (tests/imports/test_hostile_workbooks.py checks).
INSTRUCTIONS = "xl/worksheets/sheet1.xml"
POPULATION = "xl/worksheets/sheet2.xml"
INDICATORS = "xl/worksheets/sheet3.xml"
MARKER = "xl/worksheets/sheet4.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"
STRINGS = "xl/sharedStrings.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def make_template(community: Path, output: Path, year: int = 2023) -> Path:
    code, _, err = run("template", str(community), "-o", str(output), "--year", str(year))
    assert (code, err) == (0, ""), err
    return output


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_parts(
    path: Path,
    parts: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    items = parts.items() if isinstance(parts, Mapping) else parts
    with zipfile.ZipFile(path, "w", compression) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a name twice is what some tests are after
        for name, data in items:
            archive.writestr(
                zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=compression
            )
    return path


def set_cell(xml: bytes, reference: str, cell: str) -> bytes:
    """The sheet XML with cell ``reference`` replaced by ``cell`` (added to its row if the
    sheet has no such cell element)."""
    text = xml.decode("utf-8")
    pattern = re.compile(rf'<c r="{reference}"(?: [^>]*)?(?:/>|>.*?</c>)', re.DOTALL)
    if pattern.search(text):
        return pattern.sub(lambda _: cell, text, count=1).encode("utf-8")
    row = re.fullmatch(r"[A-Z]+([0-9]+)", reference)
    assert row is not None
    row_end = re.compile(rf'(<row r="{row.group(1)}"[^>]*>.*?)(</row>)', re.DOTALL)
    assert row_end.search(text), reference
    return row_end.sub(lambda m: m.group(1) + cell + m.group(2), text, count=1).encode()


def with_shared_strings(parts: Mapping[str, bytes]) -> dict[str, bytes]:
    """The template as Excel saves it: every inline string moved to xl/sharedStrings.xml."""
    strings: list[str] = []
    changed = dict(parts)

    def shared(match: re.Match[str]) -> str:
        strings.append(match.group(2))
        return f'{match.group(1)} t="s"><v>{len(strings) - 1}</v></c>'

    inline = re.compile(
        r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t>(.*?)</t>'
        r"</is></c>"
    )
    for name in (POPULATION, INDICATORS, MARKER, INSTRUCTIONS):
        changed[name] = inline.sub(shared, parts[name].decode()).encode()
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    changed[STRINGS] = (
        f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    changed[WORKBOOK_RELS] = parts[WORKBOOK_RELS].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/>'
        b"</Relationships>",
    )
    changed[CONTENT_TYPES] = parts[CONTENT_TYPES].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    return changed


def declare_size(path: Path, name: str, size: int) -> None:
    """Make the zip's directory claim ``size`` bytes for part ``name`` once inflated."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        assert at >= 0, name
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + length]) == encoded:
            struct.pack_into("<I", data, at + 24, size)
            break
        at += 46
    path.write_bytes(bytes(data))
