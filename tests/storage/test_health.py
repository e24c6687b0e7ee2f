"""The health check names what is wrong with a file: tables and columns that differ from its
schema version's, objects that do not belong, values of the wrong kind (and nothing in a
sound file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hromada_desk.storage import health
from hromada_desk.storage.health import health_problems
from hromada_desk.storage.schema import SCHEMA_VERSION, STATEMENT_DIGESTS


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


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_known_digests_are_those_of_the_migrations(version):
    made = health.statements_digest(health.expected_statements(version))
    assert STATEMENT_DIGESTS.get(version) == made, (
        f"schema.STATEMENT_DIGESTS[{version}] should be {made!r}"
    )


def test_a_sound_file_is_judged_without_replaying_the_migrations(demo_template, tmp_path):
    health._expected.cache_clear()
    health._shapes.clear()
    # a value of the wrong kind: the type check, which needs the columns, runs too
    found = problems_after(
        demo_template, tmp_path, "UPDATE population SET total = 'x' WHERE rowid = 1"
    )
    assert found == ["у таблиці population значення невідповідного типу (total)"]
    assert health._expected.cache_info().misses == 0
    assert health.expected_shape(SCHEMA_VERSION) == health._expected(SCHEMA_VERSION)[1]


def test_a_file_whose_statements_differ_is_still_compared_in_full(demo_template, tmp_path):
    health._expected.cache_clear()
    health._shapes.clear()
    found = problems_after(demo_template, tmp_path, "DROP INDEX population_year")
    assert found == ["немає index population_year"]
    assert health._expected.cache_info().misses == 1
