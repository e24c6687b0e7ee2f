"""Rotating backups of community files, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hromada_desk.errors import StorageError

BACKUP_SUFFIX = ".hromada"
DEFAULT_KEEP = 10


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    folder: Path
    keep: int = DEFAULT_KEEP

    def folder_for(self, source: Path) -> Path:
        """Each community file gets its own subfolder, so rotation never mixes two files."""
        import hashlib  # not on the start-up path: only when a backup is listed or made

        key = hashlib.sha1(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:8]
        return self.folder / f"{Path(source).stem}-{key}"


def list_backups(policy: BackupPolicy, source: Path) -> list[Path]:
    """The backups of ``source``, newest first."""
    folder = policy.folder_for(source)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.name, reverse=True)


def make_backup(conn: sqlite3.Connection, source: Path, policy: BackupPolicy,
                reason: str) -> Path:
    """Copy the open database behind ``conn`` into the backup folder, verify it, rotate.

    The copy is written under a temporary name and renamed only once it passes
    ``quick_check``, so a half-written backup never looks like a good one.
    """
    folder = policy.folder_for(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(source).stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageError(
            f"Не вдалося зробити резервну копію файлу «{Path(source).name}» у теці "
            f"«{folder}» ({exc}).",
            "Перевірте, чи є місце на диску і чи доступна тека резервних копій.",
        ) from exc
    rotate(policy, source)
    return target


def rotate(policy: BackupPolicy, source: Path) -> None:
    for old in list_backups(policy, source)[policy.keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
