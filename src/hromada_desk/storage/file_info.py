"""What a community file knows about itself: its community's identity, which every copy of
the file shares, and when a change was last written to it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

COMMUNITY_UID = "community_uid"
MODIFIED_AT = "modified_at"
# The schema version that brought the table (see schema._V3).
SINCE_VERSION = 3


@dataclass(frozen=True, slots=True)
class FileInfo:
    community_uid: str | None
    modified_at: dt.datetime | None  # UTC; None: never changed since version 3


def new_uid() -> str:
    import uuid  # with the platform module it loads, a few ms no opened file needs

    return uuid.uuid4().hex


def read_info(conn: sqlite3.Connection) -> FileInfo:
    """The file's identity and last change; both None for a file from before version 3."""
    try:
        rows = dict(conn.execute("SELECT key, value FROM file_info"))
    except sqlite3.OperationalError:  # no such table: a file not yet upgraded
        return FileInfo(None, None)
    modified = None
    if MODIFIED_AT in rows:
        try:
            modified = dt.datetime.fromisoformat(rows[MODIFIED_AT])
        except (TypeError, ValueError):
            modified = None  # edited by hand; the change time is only a hint
    uid = rows.get(COMMUNITY_UID)
    return FileInfo(uid if isinstance(uid, str) and uid else None, modified)


def write_uid(conn: sqlite3.Connection, uid: str) -> None:
    """Inside the caller's transaction (creation or upgrade)."""
    conn.execute(
        "INSERT OR REPLACE INTO file_info (key, value) VALUES (?, ?)", [COMMUNITY_UID, uid]
    )


def stamp_modified(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction, as its last statement."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn.execute("INSERT OR REPLACE INTO file_info (key, value) VALUES (?, ?)", [MODIFIED_AT, now])
