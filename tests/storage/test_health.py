"""The health check names what is wrong with a file: tables and columns that differ from its
schema version's, objects that do not belong, values of the wrong kind (and nothing in a
sound file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hromada_desk.storage.health import health_problems
from hromada_desk.storage.schema import SCHEMA_VERSION


def problems_after(demo_template: Path, tmp_path: Path, *statements: str) -> list[str]:
    path = tmp_path / "changed.hromada"
    path.write_bytes(demo_template.read_bytes())
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        return health_problems(conn, SCHEMA_VERSION)
    finally:
        conn.close()


def test_a_sound_file_has_no_problem(demo_template, tmp_path):
    assert problems_after(demo_template, tmp_path) == []


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ["UPDATE agenda_item SET votes_for = 'abc', votes_against = 0, votes_abstained = 0"],
            ["у таблиці agenda_item значення невідповідного типу (votes_for)"],
        ),
        (
            [
                "UPDATE population SET total = 'x', men = 1.5 WHERE rowid = 1",
                "UPDATE settlement SET name = x'41' WHERE rowid = 1",
            ],
            [
                "у таблиці settlement значення невідповідного типу (name)",
                "у таблиці population значення невідповідного типу (total, men)",
            ],
        ),
        (
            ["ALTER TABLE member DROP COLUMN phone"],
            [f"таблиця member має інші стовпці, ніж у версії {SCHEMA_VERSION}"],
        ),
        (
            ["CREATE TABLE notes (text TEXT)", "CREATE INDEX notes_text ON notes (text)"],
            ["зайва таблиця notes", "зайвий об’єкт: index notes_text"],
        ),
        (["DROP INDEX population_year"], ["немає index population_year"]),
    ],
)
def test_what_is_wrong_is_named(demo_template, tmp_path, statements, expected):
    assert problems_after(demo_template, tmp_path, *statements) == expected
