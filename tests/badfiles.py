"""Makers of files a person might open by mistake or that got damaged, shared by the tests.

Each maker is ``make(path, demo_template)``; ``MESSAGES`` holds what the refusal says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from hromada_desk.storage.schema import SCHEMA_VERSION

Maker = Callable[[Path, Path], None]


def empty(path: Path, demo_template: Path) -> None:
    path.write_bytes(b"")


def text(path: Path, demo_template: Path) -> None:
    path.write_text("Прізвище;Ім'я\n", encoding="utf-8")


def image(path: Path, demo_template: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))


def workbook(path: Path, demo_template: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + bytes(500))


def foreign_sqlite(path: Path, demo_template: Path | None = None) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()


def plain_sqlite(path: Path, demo_template: Path | None = None) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE community (x TEXT)")
    conn.commit()
    conn.close()


def future(path: Path, demo_template: Path) -> None:
    path.write_bytes(demo_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def corrupt_pages(path: Path, demo_template: Path) -> None:
    data = bytearray(demo_template.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page, 3):
        data[number * page + 10 : number * page + 200] = b"\xa5" * 190
    path.write_bytes(bytes(data))


def truncated(path: Path, demo_template: Path) -> None:
    data = demo_template.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _changed(path: Path, demo_template: Path, *statements: str) -> None:
    """A copy of the demo with ``statements`` run past the schema's own checks, as a
    database browser or a script could."""
    path.write_bytes(demo_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def ours_without_tables(path: Path, demo_template: Path | None = None) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1213353284")  # 0x48524D44, ours
    conn.execute("CREATE TABLE x (y)")
    conn.execute("DROP TABLE x")
    conn.commit()
    conn.close()


def lowered_version(path: Path, demo_template: Path) -> None:
    _changed(path, demo_template, f"PRAGMA user_version = {SCHEMA_VERSION - 1}")


def negative_population(path: Path, demo_template: Path) -> None:
    _changed(path, demo_template, "UPDATE population SET total = -5 WHERE rowid = 1")


def dangling_row(path: Path, demo_template: Path) -> None:
    _changed(
        path,
        demo_template,
        "INSERT INTO population (settlement_id, year, total) VALUES (99999, 2023, 10)",
    )


def text_in_a_number(path: Path, demo_template: Path) -> None:
    # «abc» passes the column's CHECK (text sorts after every number in SQLite)
    _changed(
        path,
        demo_template,
        "UPDATE agenda_item SET votes_for = 'abc', votes_against = 0, votes_abstained = 0",
    )


def missing_column(path: Path, demo_template: Path) -> None:
    _changed(path, demo_template, "ALTER TABLE member DROP COLUMN phone")


# (id, maker, what the refusal says)
KINDS: list[tuple[str, Maker, str]] = [
    ("empty", empty, "порожній"),
    ("text", text, "не є файлом громади"),
    ("image", image, "не є файлом громади"),
    ("workbook", workbook, "не є файлом громади"),
    ("foreign", foreign_sqlite, "іншої програми"),
    ("no-id", plain_sqlite, "іншої програми"),
    ("future", future, "новішою версією"),
    ("corrupt", corrupt_pages, "пошкоджено"),
    ("truncated", truncated, "пошкоджено"),
    ("ours-no-tables", ours_without_tables, "пошкоджено"),
    ("lowered-version", lowered_version, "пошкоджено"),
    ("negative-population", negative_population, "пошкоджено"),
    ("dangling-row", dangling_row, "пошкоджено"),
    ("text-in-a-number", text_in_a_number, "пошкоджено"),
    ("missing-column", missing_column, "пошкоджено"),
]
IDS = [kind[0] for kind in KINDS]
MAKERS_AND_MESSAGES = [kind[1:] for kind in KINDS]
