"""Rotating backups of community files, made with SQLite's online backup API.

Backups are kept per community, not per path: every copy of a community's file carries the
same identity (``file_info.community_uid``), so the file opened from the stick, from its
working copy, or from another drive letter keeps one list of backups. Backups hold personal
data: their folders and files are readable by their owner only, a half-written one is
removed, and the folder as a whole is bounded in size as well as per community.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hromada_desk.atomic import replacing
from hromada_desk.domain.parsing import shown
from hromada_desk.errors import StorageError
from hromada_desk.storage.file_info import read_info

BACKUP_SUFFIX = ".hromada"
DAMAGED_SUFFIX = ".damaged"
PARTIAL_SUFFIX = ".part"
DEFAULT_KEEP = 10
# All backups of all communities together; the newest of each community is never removed.
DEFAULT_TOTAL_BYTES = 512 * 1024 * 1024
# A «.part» older than this belongs to a backup that was interrupted (a crash, a power cut).
_STALE_PART_SECONDS = 600
_KEY_LENGTH = 12
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)$")
_OWNER_ONLY_FOLDER, _OWNER_ONLY_FILE = 0o700, 0o600


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    folder: Path
    keep: int = DEFAULT_KEEP
    total_bytes: int = DEFAULT_TOTAL_BYTES

    def folder_for(self, source: Path, uid: str | None = None) -> Path:
        """The community's folder (found by its key, whatever the file was called when it
        was made); a file without an identity gets one folder per path, as before."""
        if not uid:
            return self.legacy_folder_for(source)
        key = uid[:_KEY_LENGTH]
        if self.folder.is_dir():
            for existing in self.folder.glob(f"*-{key}"):
                if existing.is_dir():
                    return existing
        return self.folder / f"{_safe_stem(Path(source).stem)}-{key}"

    def legacy_folder_for(self, source: Path) -> Path:
        """Where earlier versions kept the backups of the file at ``source``."""
        import hashlib  # not on the start-up path: only when a backup is listed or made

        key = hashlib.sha1(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:8]
        return self.folder / f"{Path(source).stem}-{key}"


def _safe_stem(stem: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "_", stem).strip("._")
    return cleaned[:40] or "hromada"


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup was made, from its name (STEM-YYYYmmdd-HHMMSS-ffffff-REASON)."""
    match = _NAME.search(path.stem)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None


def backup_reason(path: Path) -> str:
    """Why a backup was made: «close», «before-import», «before-v3»…; "" if unknown."""
    match = _NAME.search(path.stem)
    return match.group(2) if match else ""


def _uid_of(source: Path) -> str | None:
    """The identity stored in the file at ``source``; None when it cannot be read."""
    try:
        conn = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True, timeout=0.5)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        return read_info(conn).community_uid
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(policy: BackupPolicy, source: Path, uid: str | None = None) -> list[Path]:
    """The backups of the community of ``source`` (``uid``, or read from the file), newest
    first, with those an earlier version kept for this path."""
    uid = uid or _uid_of(source)
    folders = {policy.folder_for(source, uid), policy.legacy_folder_for(source)}
    found = [p for folder in folders if folder.is_dir() for p in folder.glob(f"*{BACKUP_SUFFIX}")]
    return sorted(found, key=lambda p: (backup_time(p) or dt.datetime.min, p.name), reverse=True)


@contextlib.contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A read transaction around a copy made with SQLite's backup API, which otherwise
    waits for ever on a file another program holds: taking the read lock first waits the
    connection's busy timeout and then raises SQLITE_BUSY, and keeps writers out until the
    copy is complete."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        # Reads the file's header, which takes the lock, without parsing its schema (the
        # copy's schema is parsed when it is checked: a consolidation read every file's
        # twice, 0.6 ms a file).
        conn.execute("PRAGMA schema_version").fetchone()
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _private_folder(folder: Path) -> None:
    """The community's folder, and the backups folder above it, for their owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=_OWNER_ONLY_FOLDER)
    if sys.platform == "win32":  # a user's data folder is private by its ACLs there
        return
    os.chmod(folder, _OWNER_ONLY_FOLDER)
    with contextlib.suppress(OSError):  # a folder chosen in Settings may belong to another
        os.chmod(folder.parent, _OWNER_ONLY_FOLDER)


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _OWNER_ONLY_FILE)
    os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, _OWNER_ONLY_FILE)


def _target(folder: Path, source: Path, reason: str, suffix: str) -> Path:
    stamp = dt.datetime.now().strftime(_STAMP)
    return folder / f"{_safe_stem(Path(source).stem)}-{stamp}-{reason}{suffix}"


def make_backup(
    conn: sqlite3.Connection,
    source: Path,
    policy: BackupPolicy,
    reason: str,
    uid: str | None = None,
) -> Path:
    """Copy the open database behind ``conn`` into its community's backup folder, verify it
    with integrity_check, then rotate. ``uid``: the community's identity when the file does
    not hold it yet (a file about to be upgraded).

    The copy is written under a temporary name and renamed only once it passes the check,
    so a half-written backup never looks like a good one.
    """
    uid = uid or read_info(conn).community_uid
    folder = policy.folder_for(source, uid)
    target = _target(folder, source, reason, BACKUP_SUFFIX)
    try:
        _private_folder(folder)
        remove_stale_parts(folder)
        with replacing(target, target.with_name(target.name + PARTIAL_SUFFIX)) as partial:
            _new_private_file(partial)
            copy = sqlite3.connect(partial)
            try:
                with read_transaction(conn):
                    conn.backup(copy)
                verdict = copy.execute("PRAGMA integrity_check(1)").fetchone()[0]
            finally:
                copy.close()
            if verdict != "ok":
                raise sqlite3.DatabaseError(verdict)
    except (OSError, sqlite3.Error) as exc:
        detail = shown(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
        raise StorageError(
            f"Не вдалося зробити резервну копію файлу «{Path(source).name}» у теці "
            f"«{folder}» ({detail}).",
            "Перевірте, чи є місце на диску і чи доступна тека резервних копій.",
        ) from exc
    rotate(policy, source, uid)
    return target


def keep_damaged_copy(source: Path, policy: BackupPolicy, uid: str | None) -> Path:
    """The bytes of a damaged file, kept beside the community's backups before it is
    replaced (a specialist may still recover something from them); never offered as a
    backup to restore."""
    import shutil

    folder = policy.folder_for(source, uid)
    target = _target(folder, source, "damaged", DAMAGED_SUFFIX)
    try:
        _private_folder(folder)
        with replacing(target, target.with_name(target.name + PARTIAL_SUFFIX)) as partial:
            _new_private_file(partial)
            shutil.copyfile(source, partial)
    except OSError as exc:
        raise StorageError(
            f"Не вдалося зберегти копію пошкодженого файлу «{Path(source).name}» у теці "
            f"«{folder}» ({shown(exc.strerror or type(exc).__name__)}). Файл не змінено.",
            "Перевірте, чи є місце на диску і чи доступна тека резервних копій.",
        ) from exc
    return target


def remove_stale_parts(folder: Path) -> None:
    """Temporary files of backups that were interrupted long enough ago."""
    now = time.time()
    for part in folder.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > _STALE_PART_SECONDS:
                part.unlink()


def rotate(policy: BackupPolicy, source: Path, uid: str | None = None) -> None:
    """Keep ``policy.keep`` backups of this community, then bound all of them together."""
    for old in list_backups(policy, source, uid)[policy.keep :]:
        with contextlib.suppress(OSError):
            old.unlink()
    bound_total(policy)


def bound_total(policy: BackupPolicy) -> None:
    """Remove the oldest backups (of any community) while all of them together take more
    than ``policy.total_bytes``; the newest backup of each community always stays."""
    if not policy.folder.is_dir():
        return
    files: list[tuple[dt.datetime, Path, int]] = []
    newest: dict[Path, Path] = {}
    for folder in policy.folder.iterdir():
        if not folder.is_dir():
            continue
        for path in [*folder.glob(f"*{BACKUP_SUFFIX}"), *folder.glob(f"*{DAMAGED_SUFFIX}")]:
            try:
                size = path.stat().st_size
            except OSError:
                continue
            when = backup_time(path) or dt.datetime.min
            files.append((when, path, size))
            if path.suffix == BACKUP_SUFFIX and (
                folder not in newest or when > (backup_time(newest[folder]) or dt.datetime.min)
            ):
                newest[folder] = path
    total = sum(size for _, _, size in files)
    keep = set(newest.values())
    for _, path, size in sorted(files, key=lambda f: (f[0], f[1].name)):
        if total <= policy.total_bytes:
            break
        if path in keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
