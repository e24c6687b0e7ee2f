"""Community files of an older schema version, holding what today's code writes into them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from hromada_desk.storage.database import CommunityFile, create_file


def old_file(path: Path, fill: Callable[[CommunityFile], None], version: int) -> None:
    """A file of schema ``version`` at ``path`` with what ``fill`` writes, as far as that
    version can hold it: ``fill`` runs on a file of today's schema (through today's
    repositories), and the tables and columns the old version has are copied into a file
    made by that version's migrations. What the old version cannot hold (a later table, a
    later column) is left behind, as it would never have been written."""
    current = path.with_name(path.name + ".current.hromada")
    create_file(current, fill).close()
    create_file(path, lambda cf: None, schema_version=version).close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("ATTACH DATABASE ? AS current", [str(current)])
        with conn:
            for (table,) in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            ).fetchall():
                if table == "file_info":
                    continue  # the old file's own identity, not the scratch file's
                columns = ", ".join(
                    f'"{row[1]}"' for row in conn.execute(f'PRAGMA main.table_info("{table}")')
                )
                conn.execute(
                    f'INSERT INTO main."{table}" ({columns}) '
                    f'SELECT {columns} FROM current."{table}"'
                )
        conn.execute("DETACH DATABASE current")
    finally:
        conn.close()
        current.unlink()
