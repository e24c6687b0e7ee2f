"""Copies of a whole community file: a verified copy elsewhere, and a restore from a backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hromada_desk.atomic import replacing
from hromada_desk.domain.parsing import name_key, shown, shown_path
from hromada_desk.errors import StorageError
from hromada_desk.storage.backups import (
    BackupPolicy,
    keep_damaged_copy,
    make_backup,
    read_transaction,
)
from hromada_desk.storage.database import (
    CommunityFile,
    FileHeader,
    check_header,
    journal_path,
    open_file,
)
from hromada_desk.storage.sqlite_errors import DamagedFileError, from_os, from_sqlite


def save_copy(
    cf: CommunityFile,
    target: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write a verified copy of the open file to ``target`` with SQLite's backup API.

    The copy is made under a temporary name, checked with quick_check and only then renamed,
    so a copy that fails (disk full, stick pulled out) never replaces a good file.
    ``progress(done, total)`` is called in pages; raising from it cancels the copy.
    """
    target = Path(target)
    if target.resolve() == cf.path.resolve():
        raise StorageError(
            "Копію не можна зберегти поверх самого файлу.", "Виберіть інше ім’я або іншу теку."
        )
    if not target.parent.is_dir():
        raise StorageError(
            f"Не вдалося зберегти копію «{shown(target.name)}»: теки "
            f"«{shown_path(target.parent)}» не існує.",
            "Виберіть теку, яка існує (чи вставлено флешку?).",
        )

    def report(status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        with replacing(target) as partial:
            copy = sqlite3.connect(partial)
            try:
                with read_transaction(cf.conn):
                    cf.conn.backup(copy, pages=64, progress=report)
                verdict = copy.execute("PRAGMA integrity_check(1)").fetchone()[0]
            finally:
                copy.close()
            if verdict != "ok":
                raise StorageError(
                    f"Копію «{shown(target.name)}» записано з помилками ({shown(verdict)}).",
                    "Спробуйте зберегти на інший диск.",
                )
    except OSError as exc:
        raise from_os(exc, target, "зберегти копію", unchanged=False) from exc
    except sqlite3.Error as exc:
        why = from_sqlite(exc, target)
        raise StorageError(
            f"Не вдалося зберегти копію «{shown(target.name)}»"
            + (f": {why.message[0].lower()}{why.message[1:]}" if why else "."),
            why.advice if why else "Спробуйте зберегти на інший диск.",
        ) from exc


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore kept of the file it replaced."""

    saved: Path | None = None  # a verified backup of the current state («before-restore»)
    damaged_copy: Path | None = None  # the bytes of a current file proven damaged
    created: bool = False  # there was no current file


@dataclass(frozen=True, slots=True)
class _Community:
    """What tells one community from another: the identity its files share, its name."""

    uid: str | None
    name: str

    @staticmethod
    def of(cf: CommunityFile) -> _Community:
        from hromada_desk.storage.community_repo import get_community

        community = get_community(cf)
        return _Community(cf.info.community_uid, community.name if community else "")

    def differs_from(self, other: _Community) -> bool:
        """Both known, and neither the identity nor the name in common."""
        return (
            self.uid is not None
            and other.uid is not None
            and self.uid != other.uid
            and bool(self.name)
            and bool(other.name)
            and name_key(self.name) != name_key(other.name)
        )


def restore_backup(
    path: str | os.PathLike[str],
    backup: str | os.PathLike[str],
    policy: BackupPolicy,
    *,
    other_community: bool = False,
) -> Restored:
    """Replace the (closed) community file at ``path`` by ``backup``.

    The backup is checked first (the full check of storage.health). The current file is
    replaced only after a verified backup of it exists (reason «before-restore», so that
    the restore can be undone from the same list), or after it was *proven* damaged: it
    opened and failed its checks (its bytes are then kept beside the backups), or it is
    empty. A current file that cannot be opened — held by another program, out of reach,
    a path too long — is left as it is and the restore refused: not being able to open a
    file is no proof that it is damaged. So is one of another program or a newer version,
    and — unless ``other_community`` — a file of another community than the backup's (a
    backup chosen by mistake would replace one community's records by another's).
    """
    path, backup = Path(path), Path(backup)
    with open_file(backup, readonly=True, thorough=True) as checked:
        restored = _Community.of(checked)  # refuses a foreign, newer or damaged backup first
    result = Restored(created=not os.path.lexists(path))
    if not result.created:
        result = _keep_current(path, policy, restored, other_community)
    try:
        with replacing(path) as partial:
            shutil.copyfile(backup, partial)
            with contextlib.suppress(FileNotFoundError):
                journal_path(path).unlink()
    except OSError as exc:
        raise from_os(exc, path, "відновити файл") from exc
    return result


def _keep_current(
    path: Path, policy: BackupPolicy, restored: _Community, other_community: bool
) -> Restored:
    """A verified backup of the current file, or a copy of its bytes when it is proven
    damaged; StorageError (nothing changed) when neither is possible."""
    header = read_header_or_empty(path)
    if header is None:
        return Restored()  # empty: nothing to keep
    try:
        current = open_file(path, readonly=True, thorough=True)
    except DamagedFileError:
        return Restored(damaged_copy=keep_damaged_copy(path, policy, restored.uid))
    try:
        present = _Community.of(current)
        if not other_community and present.differs_from(restored):
            raise StorageError(
                f"Резервна копія належить громаді «{shown(restored.name)}», а файл "
                f"«{shown(path.name)}» — громаді «{shown(present.name)}». Нічого не змінено.",
                "Виберіть копію цієї громади; щоб справді замінити одну громаду іншою, "
                "додайте до команди --other-community.",
            )
        return Restored(saved=make_backup(current.conn, path, policy, "before-restore"))
    finally:
        current.close()


def read_header_or_empty(path: Path) -> FileHeader | None:
    """The header of the file we are about to replace (another program's file or a newer
    version's is refused); None for an empty file."""
    try:
        if path.is_file() and path.stat().st_size == 0:
            return None
    except OSError as exc:
        raise from_os(exc, path, "прочитати файл") from exc
    return check_header(path)
