"""A local working copy of a community file kept on a USB stick, and its atomic write-back.

SQLite writes a file in place page by page; a stick pulled out in the middle of that leaves a
damaged file. So a file on a stick is copied into the user data folder, edited there, and
written back whole: to a temporary file beside the original, flushed to the stick, checked
(quick_check and sha256), and only then renamed over the original. At every instant the
stick holds either the old or the new complete file. A small JSON record beside the local
copy says where it came from and whether it holds changes not yet on the stick, so that
they can be recovered after a crash or a lost stick.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from hromada_desk.atomic import replacing
from hromada_desk.errors import StorageError
from hromada_desk.paths import user_data_dir
from hromada_desk.storage.database import has_hot_journal, recover_in_place

RECORD_NAME = "record.json"
_CHUNK = 256 * 1024
# Seams for the interruption tests; the real system calls otherwise.
_write = os.write
_fsync = os.fsync
_replace = os.replace


@dataclass(frozen=True, slots=True)
class WorkingCopy:
    """Where a stick file is edited, and what is known about it."""

    folder: Path
    original: Path
    created: str  # ISO time the copy was taken
    synced_sha256: str  # of the original as copied or as last written back
    dirty: bool  # edits were made that may not be on the stick yet
    synced_at: str | None = None

    @property
    def local(self) -> Path:
        return self.folder / self.original.name

    @property
    def lock_path(self) -> Path:
        return lock_path_of(self.folder)

    def unsynchronised(self) -> bool:
        """Whether the local copy differs from what was last put on the stick."""
        if not self.local.is_file():
            return False
        return self.dirty or sha256_of(self.local) != self.synced_sha256


class _VerifyFailed(Exception):
    """The temporary file on the stick does not read back as written."""


def working_root() -> Path:
    return user_data_dir() / "working"


def folder_for(original: Path) -> Path:
    """One folder per original, keyed like the backups by its resolved path."""
    import hashlib  # this module is imported at start-up; hashing happens only for sticks

    resolved = Path(original).resolve()
    key = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:10]
    return working_root() / f"{resolved.stem}-{key}"


def lock_path_of(folder: Path) -> Path:
    """The lock the interface holds while it works on a copy: beside its folder, which is
    replaced whenever a fresh copy is taken."""
    return folder.with_name(folder.name + ".lock")


def sha256_of(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def load(folder: Path) -> WorkingCopy | None:
    """The working copy described in ``folder``, or None when there is no readable record."""
    import json

    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
        return WorkingCopy(
            folder=folder,
            original=Path(data["original"]),
            created=str(data["created"]),
            synced_sha256=str(data["synced_sha256"]),
            dirty=bool(data["dirty"]),
            synced_at=data.get("synced_at"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def find(original: Path) -> WorkingCopy | None:
    return load(folder_for(original))


def save_record(wc: WorkingCopy) -> WorkingCopy:
    """Write the record atomically: a crash leaves the old record or the new one."""
    import json

    data = asdict(wc)
    data["folder"] = str(wc.folder)
    data["original"] = str(wc.original)
    # The interface writes the record while a write-back on another thread may too: each
    # writer has its own temporary file, and the rename makes the last one win whole.
    partial = wc.folder / f"{RECORD_NAME}.{threading.get_ident()}.part"
    with (
        replacing(wc.folder / RECORD_NAME, partial) as part,
        open(part, "w", encoding="utf-8") as handle,
    ):
        json.dump(data, handle, ensure_ascii=False, indent=1)
    return wc


def mark_dirty(wc: WorkingCopy) -> WorkingCopy:
    if wc.dirty:
        return wc
    return save_record(replace(wc, dirty=True))


def unsynchronised() -> list[WorkingCopy]:
    """Working copies holding changes that never reached their original, oldest first."""
    root = working_root()
    if not root.is_dir():
        return []
    found = [wc for folder in sorted(root.iterdir()) if (wc := load(folder)) is not None]
    return sorted((wc for wc in found if wc.unsynchronised()), key=lambda wc: wc.created)


def discard(wc: WorkingCopy) -> None:
    shutil.rmtree(wc.folder, ignore_errors=True)


def start(original: Path) -> WorkingCopy:
    """Copy ``original`` into a fresh working copy (replacing a synchronised one).

    A working copy with changes not yet written back is never replaced: the caller must
    write it back, save it elsewhere or discard it first. An interrupted transaction left on
    the stick is rolled back there first, so that its journal is never left beside a file
    that the write-back later replaces.
    """
    original = Path(original).resolve()
    existing = find(original)
    if existing is not None and existing.unsynchronised():
        raise StorageError(
            f"Для файлу «{original.name}» є робоча копія зі змінами, яких немає на флешці.",
            "Спершу запишіть її на флешку, збережіть в іншому місці або відкиньте.",
        )
    folder = folder_for(original)
    shutil.rmtree(folder, ignore_errors=True)
    try:
        if has_hot_journal(original):
            recover_in_place(original)
        folder.mkdir(parents=True, exist_ok=True)
        local = folder / original.name
        with replacing(local) as partial:
            shutil.copyfile(original, partial)
            digest = sha256_of(partial)
        return save_record(
            WorkingCopy(
                folder=folder, original=original, created=_now(), synced_sha256=digest, dirty=False
            )
        )
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageError(
            f"Не вдалося скопіювати файл «{original.name}» з флешки на цей комп’ютер: "
            f"{exc.strerror or exc}.",
            "Перевірте, чи вставлено флешку і чи є місце на диску комп’ютера.",
        ) from exc


def temp_path_for(target: Path) -> Path:
    """The temporary file of a write-back: hidden, and not named like a community file."""
    return target.with_name(f".~{target.name}.writing")


def _copy_out(source: Path, temp: Path) -> str:
    """Copy ``source`` to ``temp``, flush it to the device, and return its sha256."""
    import hashlib

    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o644)
    try:
        with open(source, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[_write(fd, view) :]
        _fsync(fd)
    finally:
        os.close(fd)
    return digest.hexdigest()


def _verify(temp: Path, digest: str) -> None:
    if sha256_of(temp) != digest:
        raise _VerifyFailed("контрольна сума не збігається")
    conn = sqlite3.connect(temp.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if verdict != "ok":
        raise _VerifyFailed(verdict)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (not Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


SNAPSHOT_NAME = "snapshot.part"  # not named like a community file


def snapshot(wc: WorkingCopy) -> Path:
    """A still copy of the local file, taken between two edits (no transaction open), for a
    write-back on another thread while the person goes on editing the local file."""
    target = wc.folder / SNAPSHOT_NAME
    shutil.copyfile(wc.local, target)
    return target


def write_back(
    wc: WorkingCopy, target: Path | None = None, *, source: Path | None = None
) -> WorkingCopy:
    """Write the local copy (or its ``source`` snapshot) over its original (or to
    ``target``), atomically, and verified.

    Call it with no transaction open on the local copy. On any failure the temporary file is
    removed, the original is untouched, the working copy stays (marked as not written back)
    and a StorageError says so. Returns the updated record; written from a snapshot, the record
    holds the snapshot's checksum, so edits made since still count as not written back.
    """
    to_original = target is None
    target = wc.original if target is None else Path(target)
    temp = temp_path_for(target)
    try:
        if source is None and has_hot_journal(wc.local):
            recover_in_place(wc.local)  # a crash in mid-edit: the last commit is what counts
        if not target.parent.is_dir():
            raise FileNotFoundError(2, "теку не знайдено", str(target.parent))
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        digest = _copy_out(wc.local if source is None else source, temp)
        _verify(temp, digest)
        _replace(temp, target)
    except (OSError, sqlite3.Error, _VerifyFailed, StorageError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if to_original:
            with contextlib.suppress(OSError):
                wc = mark_dirty(wc)
        raise _write_back_failed(wc, target, exc, to_original) from exc
    _fsync_folder(target.parent)
    if not to_original:
        return wc
    written = replace(wc, synced_sha256=digest, dirty=False, synced_at=_now())
    try:
        return save_record(written)
    except OSError:
        # The stick has the file; only the note of it failed (this computer's disk). The old
        # record still says «not written», so at worst the same file is written again.
        return written


def _write_back_failed(
    wc: WorkingCopy, target: Path, exc: BaseException, to_original: bool
) -> StorageError:
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if not target.parent.is_dir():
            reason = f"теку «{target.parent}» не знайдено — флешку вийнято?"
    else:
        reason = f"записане не збігається з робочою копією ({exc})"
    if not to_original:
        return StorageError(
            f"Не вдалося зберегти копію «{target.name}»: {reason}.",
            "Спробуйте іншу теку або інший диск.",
        )
    return StorageError(
        f"Зміни не записано на флешку у файл «{target.name}»: {reason}. Файл на флешці не "
        f"змінено; усі зміни збережено в робочій копії на цьому комп’ютері ({wc.local}).",
        "Вставте флешку — програма спробує записати ще раз, — або збережіть копію в іншому "
        "місці («Файл» → «Зберегти копію як…»).",
    )
