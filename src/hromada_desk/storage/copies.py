"""Copies of a whole community file: a verified copy elsewhere, and a restore from a backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hromada_desk.errors import StorageError
from hromada_desk.storage.backups import BackupPolicy, make_backup
from hromada_desk.storage.database import (
    CommunityFile,
    check_header,
    journal_path,
    open_file,
)


def save_copy(cf: CommunityFile, target: str | os.PathLike[str],
              progress: Callable[[int, int], None] | None = None) -> None:
    """Write a verified copy of the open file to ``target`` with SQLite's backup API.

    The copy is made under a temporary name, checked with quick_check and only then renamed,
    so a copy that fails (disk full, stick pulled out) never replaces a good file.
    ``progress(done, total)`` is called in pages; raising from it cancels the copy.
    """
    target = Path(target)
    if target.resolve() == cf.path.resolve():
        raise StorageError("Копію не можна зберегти поверх самого файлу.",
                           "Виберіть інше ім’я або іншу теку.")
    partial = target.with_name(target.name + ".part")
    try:
        copy = sqlite3.connect(partial)
        try:
            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            cf.conn.backup(copy, pages=64, progress=report)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise StorageError(f"Копію «{target.name}» записано з помилками ({verdict}).",
                               "Спробуйте зберегти на інший диск.")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Не вдалося зберегти копію «{target.name}»: {exc}.",
                           "Перевірте, чи є місце на диску і чи вставлено флешку.") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def restore_backup(path: str | os.PathLike[str], backup: str | os.PathLike[str],
                   policy: BackupPolicy | None) -> Path | None:
    """Replace the (closed) community file at ``path`` by ``backup``.

    The backup is checked first; the current file, if it can be read, is itself backed up
    (reason «before-restore») so that the restore can be undone from the same list; that
    backup's path is returned. A current file that belongs to another program or to a newer
    version is refused and left as it is; an empty or damaged one is replaced.
    """
    path, backup = Path(path), Path(backup)
    with open_file(backup, readonly=True):
        pass  # refuses a foreign, newer or damaged backup before anything is touched
    saved = None
    if path.exists():
        if path.stat().st_size:
            check_header(path)
        current = None
        if policy is not None:
            try:
                current = open_file(path, readonly=True)
            except StorageError:
                current = None  # a damaged current file is exactly why people restore
        if current is not None and policy is not None:
            try:
                saved = make_backup(current.conn, path, policy, "before-restore")
            finally:
                current.close()
    partial = path.with_name(path.name + ".part")
    try:
        shutil.copyfile(backup, partial)
        with contextlib.suppress(FileNotFoundError):
            journal_path(path).unlink()
        os.replace(partial, path)
    except OSError as exc:
        raise StorageError(f"Не вдалося відновити «{path.name}» з копії: {exc}.",
                           "Перевірте, чи доступний файл і чи є місце на диску.") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return saved
