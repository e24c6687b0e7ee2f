"""The one check of a community file's health, used wherever it is judged (opening, ``check``,
restoring, before a backup is trusted): SQLite's integrity and foreign-key checks, the CHECK
constraints, the expected tables and columns of its schema version, and the type of every
stored value.

SQLite verifies CHECK constraints in ``integrity_check`` only on a connection that could
write: on a read-only one a negative population passes. Read-only files are therefore
checked in a copy in memory (see ``database.open_file``), never through a read-only handle.
"""

from __future__ import annotations

import functools
import sqlite3
import zlib
from dataclasses import dataclass

from hromada_desk.storage.schema import MIGRATIONS, STATEMENT_DIGESTS

# How many problems a report names; the first few are enough to judge a file.
_LIMIT = 20
# The values each declared type may hold (SQLite's storage classes, see typeof()).
_ALLOWED = {"INTEGER": ("integer",), "REAL": ("real", "integer"), "TEXT": ("text",)}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    notnull: bool
    primary_key: int


@dataclass(frozen=True, slots=True)
class Shape:
    """The tables (with their columns), indexes and other objects of a schema version."""

    tables: dict[str, tuple[Column, ...]]
    indexes: frozenset[str]


def _shape(conn: sqlite3.Connection) -> Shape:
    # Every table's columns in one statement: one a table costs a consolidation of hundreds
    # of files half a millisecond each.
    tables: dict[str, list[Column]] = {}
    indexes: set[str] = set()
    for kind, name, column, declared, notnull, primary_key in conn.execute(
        'SELECT m.type, m.name, c.name, c.type, c."notnull", c.pk FROM sqlite_master m '
        "LEFT JOIN pragma_table_info(m.name) c ON m.type = 'table' "
        "WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.rowid, c.cid"
    ):
        if kind == "table":
            columns = tables.setdefault(name, [])
            if column is not None:
                columns.append(
                    Column(column, str(declared).upper(), bool(notnull), int(primary_key))
                )
        else:
            indexes.add(f"{kind} {name}")
    return Shape({name: tuple(columns) for name, columns in tables.items()}, frozenset(indexes))


# The schema's own statements: a file whose statements are those of its version, to the
# letter, has that version's tables, columns and indexes (SQLite reads them from that text).
_STATEMENTS = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
)


Statements = frozenset[tuple[str, str, str, str | None]]


def _statements(conn: sqlite3.Connection) -> Statements:
    return frozenset(conn.execute(_STATEMENTS))


@functools.lru_cache(maxsize=16)
def statements_digest(statements: Statements) -> str:
    """Two checksums and the length of schema statements, in an order of their own
    (``schema.STATEMENT_DIGESTS``): zlib's, which the window has loaded anyway; hashlib
    would load OpenSSL (4 MB and 3 ms of a start) for a file that is not an adversary.
    Kept for statements met again: the hundreds of files of a consolidation have one
    schema (a set of statements equal to one seen is known at the cost of comparing them)."""
    rows = sorted(statements, key=lambda r: (r[0], r[1], r[2], r[3] or ""))
    text = "\n".join(map(repr, rows)).encode("utf-8")
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}-{len(text)}"


@functools.cache
def _expected(version: int) -> tuple[Statements, Shape]:
    """The schema statements and the shape of a file of ``version``, from the migrations
    themselves (run once, in memory, for both)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return _statements(conn), _shape(conn)
    finally:
        conn.close()


def expected_statements(version: int) -> Statements:
    """The schema statements of a file of ``version``, from the migrations themselves."""
    return _expected(version)[0]


# Shapes of the versions, taken from a file whose statements are its version's to the letter
# (the same shape the migrations make), else from the migrations.
_shapes: dict[int, Shape] = {}


def expected_shape(version: int) -> Shape:
    """What a file of schema ``version`` holds."""
    shape = _shapes.get(version)
    if shape is None:
        shape = _shapes[version] = _expected(version)[1]
    return shape


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Tables, columns, indexes that differ from those of ``version``."""
    if not 0 < version <= len(MIGRATIONS):
        return [f"невідома версія схеми {version}"]
    statements = _statements(conn)
    if statements_digest(statements) == STATEMENT_DIGESTS.get(version):
        # Every file the program wrote, told without replaying every migration in memory
        # (8 ms of each start and each command that opens a file).
        if version not in _shapes:
            _shapes[version] = _shape(conn)
        return []
    if statements == expected_statements(version):
        return []  # a third of the time of comparing columns
    expected, found = expected_shape(version), _shape(conn)
    problems = [f"немає таблиці {name}" for name in expected.tables if name not in found.tables]
    problems += [f"зайва таблиця {name}" for name in found.tables if name not in expected.tables]
    for name, columns in expected.tables.items():
        if name in found.tables and found.tables[name] != columns:
            problems.append(f"таблиця {name} має інші стовпці, ніж у версії {version}")
    problems += [f"немає {what}" for what in sorted(expected.indexes - found.indexes)]
    problems += [f"зайвий об’єкт: {what}" for what in sorted(found.indexes - expected.indexes)]
    return problems


@functools.cache
def _type_tests(version: int) -> dict[str, list[tuple[str, str]]]:
    """Per table: (column, a test true for a value of the wrong kind in it)."""
    tests: dict[str, list[tuple[str, str]]] = {}
    for table, columns in expected_shape(version).tables.items():
        for column in columns:
            allowed = _ALLOWED.get(column.type)
            if allowed is not None:
                kinds = ", ".join(f"'{kind}'" for kind in (*allowed, "null"))
                tests.setdefault(table, []).append(
                    (column.name, f'typeof("{column.name}") NOT IN ({kinds})')
                )
    return tests


@functools.cache
def _tables_with_rows(version: int) -> str:
    """One statement naming the tables of ``version`` that hold a row."""
    return " UNION ALL ".join(
        f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM \"{table}\")"
        for table in _type_tests(version)
    )


@functools.lru_cache(maxsize=64)
def _tables_with_wrong_types(version: int, tables: tuple[str, ...]) -> str:
    """One statement naming which of ``tables`` hold a value of the wrong kind: a sound file
    (every file of a consolidation) is judged by it alone."""
    tests = _type_tests(version)
    return " UNION ALL ".join(
        f"SELECT * FROM (SELECT '{table}' FROM \"{table}\" WHERE "
        f"{' OR '.join(test for _, test in tests[table])} LIMIT 1)"
        for table in tables
    )


def type_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Values of the wrong kind: text in a number column, a number in a text column…

    One scan per table that holds rows (the empty ones named first: SQLite prepares the
    statement over a file's six or so filled tables in a third of the time it takes over
    all of them). Only for a file whose schema matched ``version``."""
    filled = tuple(row[0] for row in conn.execute(_tables_with_rows(version)))
    wrong_tables = (
        {row[0] for row in conn.execute(_tables_with_wrong_types(version, filled))}
        if filled
        else set()
    )
    problems = []
    for table, tests in _type_tests(version).items():
        if table not in wrong_tables:
            continue
        counts = conn.execute(
            f'SELECT {", ".join(f"SUM({test})" for _, test in tests)} FROM "{table}"'
        ).fetchone()
        wrong = [column for (column, _), n in zip(tests, counts, strict=True) if n]
        problems.append(f"у таблиці {table} значення невідповідного типу ({', '.join(wrong)})")
    return problems


def health_problems(conn: sqlite3.Connection, version: int, *, thorough: bool = True) -> list[str]:
    """Everything wrong with the database behind ``conn`` (writable or in memory); an empty
    list means it is sound. ``thorough`` runs integrity_check (indexes against tables, UNIQUE
    constraints too); without it quick_check, which is about half the time on a big file
    and still verifies pages, NOT NULL and CHECK constraints.

    sqlite3.DatabaseError comes out of a file too damaged to be read at all."""
    pragma = "integrity_check" if thorough else "quick_check"
    problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}({_LIMIT})")]
    if problems == ["ok"]:
        problems = []
    if problems:
        return problems
    problems = schema_problems(conn, version)
    if problems:
        return problems
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} #{rowid}: посилання на відсутній запис у {parent}")
        if len(problems) >= _LIMIT:
            return problems
    return problems + type_problems(conn, version)
