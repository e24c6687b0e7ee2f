"""Creating and opening community files: recognition, integrity, pragmas, migrations."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hromada_desk.atomic import replacing
from hromada_desk.domain.parsing import shown, shown_path
from hromada_desk.errors import StorageError
from hromada_desk.storage import file_info
from hromada_desk.storage.backups import BackupPolicy, make_backup, read_transaction
from hromada_desk.storage.health import health_problems
from hromada_desk.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from hromada_desk.storage.sqlite_errors import (
    RESTORE_ADVICE,
    damaged,
    from_os,
    from_sqlite,
    path_problem,
    translate_errors,
)

if TYPE_CHECKING:
    # sqlite-utils pulls in click, dateutil and pluggy (~60 ms): imported on the first write
    # (see CommunityFile.db), never on the way to a painted window.
    from sqlite_utils import Database

FILE_SUFFIX = ".hromada"


def is_community_file(path: Path) -> bool:
    """Named like a community file (the content is checked when it is opened)."""
    return path.suffix.lower() == FILE_SUFFIX


_SQLITE_MAGIC = b"SQLite format 3\x00"
# The first keyword of a statement, after any comments: what CommunityFile.query accepts.
_FIRST_KEYWORD = re.compile(r"(?:\s|--[^\n]*(?:\n|$)|/\*.*?\*/)*(\w*)", re.DOTALL)
_ROW_KEYWORDS = frozenset({"SELECT", "WITH", "VALUES", "PRAGMA", "EXPLAIN"})
# How long a read or write waits for another program that holds the file, in seconds.
BUSY_TIMEOUT = 5.0
# A file opened read-only is copied into memory up to this size, into a temporary file
# beyond it (a community file is a few MB; this bounds memory for whatever else is opened).
IN_MEMORY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileHeader:
    application_id: int
    user_version: int
    wal: bool = False  # written in WAL mode (by another program): -wal/-shm files beside it


def read_header(path: Path) -> FileHeader:
    """Recognise a community file from its first 100 bytes, without opening it as a database.

    Reading the header ourselves means a foreign or damaged file is refused before SQLite
    has any chance to touch it.
    """
    name = shown(path.name)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise StorageError(
            f"Файл «{shown_path(path)}» не знайдено.", "Перевірте шлях або вставте флешку з файлом."
        ) from None
    except OSError as exc:
        raise from_os(exc, path, "прочитати файл") from exc
    if stat.S_ISDIR(info.st_mode):
        raise StorageError(f"«{shown_path(path)}» — це тека, а не файл громади.")
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise StorageError(
            f"«{shown_path(path)}» — не звичайний файл, а пристрій чи канал; "
            "файл громади — це файл .hromada на диску."
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise from_os(exc, path, "прочитати файл") from exc
    if not header:
        raise StorageError(f"Файл «{name}» порожній: у ньому немає даних громади.", RESTORE_ADVICE)
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise StorageError(
            f"Файл «{name}» не є файлом громади hromada-desk.",
            "Виберіть файл із розширенням .hromada.",
        )
    return FileHeader(
        application_id=int.from_bytes(header[68:72], "big"),
        user_version=int.from_bytes(header[60:64], "big"),
        wal=header[18] == 2 or header[19] == 2,
    )


def check_header(path: Path) -> FileHeader:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise StorageError(
            f"Файл «{shown(path.name)}» — це база даних іншої програми, а не файл громади "
            "hromada-desk. Файл не змінено.",
            "Виберіть файл із розширенням .hromada.",
        )
    if header.user_version > SCHEMA_VERSION:
        raise StorageError(
            f"Файл «{shown(path.name)}» створено новішою версією hromada-desk (схема "
            f"{header.user_version}, ця програма знає до {SCHEMA_VERSION}). Файл не змінено.",
            "Оновіть програму до найновішої версії.",
        )
    return header


def _connect(target: str | Path, *, uri: bool = False) -> sqlite3.Connection:
    # The interface hands the open file to a worker thread for long work (a copy, an
    # export) while its progress dialog blocks every other use, so one thread at a time.
    return sqlite3.connect(target, uri=uri, check_same_thread=False, timeout=BUSY_TIMEOUT)


def _check(conn: sqlite3.Connection, path: Path, version: int, *, thorough: bool) -> None:
    """The file's health (storage.health) or DamagedFileError; another program holding the
    file is FileBusyError, a file out of reach its own StorageError, never «damaged»."""
    try:
        problems = health_problems(conn, version, thorough=thorough)
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, path) or damaged(path, str(exc))) from exc
    if problems:
        raise damaged(path, "; ".join(problems[:3]))


def _configure(conn: sqlite3.Connection, *, writable: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        # A community file travels on USB sticks as one file: a rollback journal, never WAL,
        # and every commit waits for the disk.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def migrate(db: Database, from_version: int, uid: str | None = None) -> None:
    """Run every migration after ``from_version`` in one transaction. ``uid``: the
    community identity a file gets when it is upgraded to carry one; None for a file
    upgraded only in memory (read-only), which has none of its own."""
    with db.atomic():
        for version in range(from_version, SCHEMA_VERSION):
            # executescript would commit; run the statements one by one instead.
            for statement in _statements(MIGRATIONS[version]):
                db.execute(statement)
            if version + 1 == file_info.SINCE_VERSION and uid:
                file_info.write_uid(db.conn, uid)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> Iterator[str]:
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete statement in migration: {pending!r}")


def load_writing_library() -> None:
    """Import what the first write of a session needs (sqlite-utils, the records' rules):
    about a tenth of a second that a window spends while idle after it is shown rather
    than inside the first figure a person types."""
    import sqlite_utils  # noqa: F401

    import hromada_desk.domain.validation  # noqa: F401


class CommunityFile:
    """An open community file. Close it (or use ``with``) so changes get their backup.

    Reads go straight to the ``sqlite3`` connection (:meth:`query`); writes and transactions
    go through sqlite-utils (:attr:`db`), which is imported only when first needed so that
    opening and showing a file stays fast.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        backups: BackupPolicy | None,
        scratch: Path | None = None,
    ) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._scratch = scratch  # a temporary folder with the copy behind ``conn``
        self._db: Database | None = None
        # What sqlite-utils' Database does on creation, done now so the connection behaves
        # the same whether or not anything has been written yet.
        conn.execute("PRAGMA recursive_triggers = ON")
        self._backups = backups
        self._baseline = conn.total_changes

    @property
    def db(self) -> Database:
        """The sqlite-utils wrapper for writes and transactions, created on first use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn, execute_plugins=False, recursive_triggers=False)
        return self._db

    @property
    def conn(self) -> sqlite3.Connection:
        return self._db.conn if self._db is not None else self._conn

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> Iterator[dict[str, Any]]:
        """Rows of a read-only statement as dicts, like sqlite-utils' ``Database.query``.

        The statement runs at once; rows are fetched as the result is iterated. A statement
        that cannot return rows (an INSERT, an UPDATE…) is refused with ValueError without
        being run, as sqlite-utils does.
        """
        match = _FIRST_KEYWORD.match(sql)
        keyword = match.group(1).upper() if match else ""
        message = "query() is for statements that return rows - use db.execute() for others"
        if keyword not in _ROW_KEYWORDS:
            raise ValueError(message)
        cursor = self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError(message)
        keys = _unique_keys(d[0] for d in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def reset_changed(self) -> None:
        self._baseline = self.conn.total_changes

    @property
    def changed(self) -> bool:
        """Whether anything was written since the file was opened."""
        return self.conn.total_changes != self._baseline

    def require_writable(self) -> None:
        """Refuse an edit of a file opened read-only (its copy in memory must not drift)."""
        if self.readonly:
            raise StorageError(
                f"Файл «{self.path.name}» відкрито лише для читання: зміни не записано.",
                "Збережіть копію файлу («Файл» → «Зберегти копію як…») у теці, куди можна "
                "писати, і відкрийте її.",
            )

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; storage errors come out as StorageError with a plain message.
        A transaction that changed anything also records when (``file_info``)."""
        self.require_writable()
        outermost = not self.conn.in_transaction
        before = self.conn.total_changes
        try:
            with translate_errors(self.path), self.db.atomic() as db:
                yield db
                if outermost and self.conn.total_changes != before:
                    file_info.stamp_modified(self.conn)
        except BaseException:
            if outermost:  # rolled back: nothing of it is in the file to back up on close
                self._baseline += self.conn.total_changes - before
            raise

    @property
    def info(self) -> file_info.FileInfo:
        """The community's identity shared by every copy, and the last change's time."""
        return file_info.read_info(self.conn)

    def backup(self, reason: str) -> Path | None:
        if self._backups is None:
            return None
        with translate_errors(self.path):
            return make_backup(self.conn, self.path, self._backups, reason)

    def backup_before(self, action: str) -> Path | None:
        """Keep the state an action that changes many values at once is about to replace
        (a «before-ACTION» backup, listed with its reason where backups are restored).

        Raises StorageError when the backup cannot be made: the action must then not run.
        A file without a backup policy (a read-only file, a test file) returns None.
        """
        return self.backup(f"before-{action}")

    def close(self) -> None:
        try:
            if self.changed and not self.readonly:
                self.backup("close")
        finally:
            self.conn.close()
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> CommunityFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unique_keys(names: Iterator[str]) -> list[str]:
    """Column names made unique (``id``, ``id_2``…) so no value of a join is lost."""
    keys = list(names)
    if len(set(keys)) == len(keys):
        return keys
    taken, seen, result = set(keys), set[str](), []
    for key in keys:
        unique, suffix = key, 2
        while unique in seen or (unique != key and unique in taken):
            unique = f"{key}_{suffix}"
            suffix += 1
        seen.add(unique)
        result.append(unique)
    return result


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash or a pulled-out stick: SQLite must replay it."""
    journal = journal_path(path)
    return journal.is_file() and journal.stat().st_size > 0


def recover_in_place(path: Path) -> None:
    """Let SQLite roll back an interrupted transaction, as it does on the first read."""
    with translate_errors(path):
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _snapshot(path: Path, header: FileHeader) -> tuple[sqlite3.Connection, Path | None]:
    """The file as it was at its last commit, leaving the file and everything beside it
    alone: an interrupted transaction is rolled back, and a WAL-mode file's log replayed, in
    a temporary copy. The copy is in memory, or for a file larger than ``IN_MEMORY_BYTES``
    in a temporary folder (returned, to be removed on close), so that memory stays bounded
    whatever file is opened. Unlike a read-only handle, the copy lets SQLite verify CHECK
    constraints when the file's health is checked."""
    in_memory = path.stat().st_size <= IN_MEMORY_BYTES
    recover = has_hot_journal(path) or header.wal
    # A folder only where something is written to disk: making and removing one for each
    # file costs a consolidation of hundreds of files a millisecond each.
    folder = Path(tempfile.mkdtemp(prefix="hromada-read-")) if recover or not in_memory else None
    try:
        with translate_errors(path):
            if recover:
                assert folder is not None
                source = _recovered_copy(path, folder)
            else:
                source = _connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                copy = _connect(
                    ":memory:" if folder is None or in_memory else folder / "copy.hromada"
                )
                with read_transaction(source):
                    source.backup(copy)
            finally:
                source.close()
            if not in_memory and header_is_wal(copy):  # (a database in memory is never)
                copy.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    if in_memory:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        return copy, None
    return copy, folder


def _recovered_copy(path: Path, folder: Path) -> sqlite3.Connection:
    """A copy of the file with its journal or WAL log in ``folder``, recovered by SQLite."""
    copy = folder / "recovered.hromada"
    try:
        shutil.copyfile(path, copy)
        for suffix in ("-journal", "-wal"):
            beside = path.with_name(path.name + suffix)
            if beside.is_file():
                shutil.copyfile(beside, copy.with_name(copy.name + suffix))
    except OSError as exc:
        raise from_os(exc, path, "прочитати файл") from exc
    recover_in_place(copy)
    return _connect(copy)


def header_is_wal(conn: sqlite3.Connection) -> bool:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"


def can_write(path: Path) -> bool:
    """Whether the file and its folder (where SQLite writes its rollback journal) are
    writable by this user: a file on a locked stick, a CD or a shared read-only folder is not."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def open_file(
    path: str | os.PathLike[str],
    *,
    readonly: bool | None = False,
    backups: BackupPolicy | None = None,
    thorough: bool = False,
) -> CommunityFile:
    """Open a community file after checking what it is, its version and its health.

    A foreign, newer or damaged file is refused and left byte-for-byte as it was
    (DamagedFileError only for a file that opened and failed its checks; a file another
    program holds is FileBusyError). An older one is backed up, then upgraded in one
    transaction. A transaction interrupted by a crash is rolled back first, as SQLite always
    does. ``readonly`` never writes the file (nor anything beside it): the file is read
    into memory, where it is checked, recovered and upgraded. ``readonly=None`` decides from
    the permissions: read-only when the file or its folder cannot be written (see
    ``CommunityFile.readonly``). ``thorough``: the slower integrity_check (see
    ``storage.health``), for ``check`` and restoring.
    """
    path = Path(path)
    header = check_header(path)
    if readonly is None:
        readonly = not can_write(path)
    if readonly:
        return _open_read_only(path, header, thorough=thorough)
    problem = path_problem(path)  # SQLite could not create the journal beside it
    if problem is not None:
        raise problem
    if has_hot_journal(path):
        recover_in_place(path)
    header = check_header(path)
    with translate_errors(path):
        conn = _connect(path)
    try:
        _check(conn, path, header.user_version, thorough=thorough)
        with translate_errors(path):
            upgrade = header.user_version < SCHEMA_VERSION
            uid = (
                file_info.read_info(conn).community_uid or file_info.new_uid() if upgrade else None
            )
            if upgrade and backups is not None:
                make_backup(conn, path, backups, f"before-v{SCHEMA_VERSION}", uid=uid)
            _configure(conn, writable=True)
            cf = CommunityFile(path, conn, readonly=False, backups=backups)
            if upgrade:
                migrate(cf.db, header.user_version, uid)
                cf.reset_changed()  # the «before-v…» backup already keeps the old state
    except BaseException:
        conn.close()
        raise
    return cf


def _open_read_only(path: Path, header: FileHeader, *, thorough: bool) -> CommunityFile:
    conn, scratch = _snapshot(path, header)
    try:
        _check(conn, path, header.user_version, thorough=thorough)
        _configure(conn, writable=False)
        cf = CommunityFile(path, conn, readonly=True, backups=None, scratch=scratch)
        if header.user_version < SCHEMA_VERSION:
            with translate_errors(path):
                migrate(cf.db, header.user_version)
    except BaseException:
        conn.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    return cf


def create_file(
    path: str | os.PathLike[str],
    fill: Callable[[CommunityFile], None],
    *,
    backups: BackupPolicy | None = None,
    schema_version: int = SCHEMA_VERSION,
) -> CommunityFile:
    """Create a new community file, filled by ``fill`` in one transaction.

    The file is built under a temporary name and appears under ``path`` only when complete,
    so an interrupted creation never leaves a half-made community file. An existing file is
    never overwritten. ``schema_version`` below the current one exists for migration tests.
    """
    path = Path(path)
    problem = path_problem(path)  # checked first: os.stat itself fails on a name too long
    if problem is not None:
        raise problem
    if os.path.lexists(path):
        raise StorageError(
            f"Файл «{shown_path(path)}» уже існує; його не перезаписано.",
            "Виберіть інше ім’я файлу.",
        )
    try:
        with translate_errors(path), replacing(path) as partial:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()  # left by a creation that was interrupted
            conn = sqlite3.connect(partial)
            try:
                _configure(conn, writable=True)
                cf = CommunityFile(partial, conn, readonly=False, backups=None)
                cf.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                with cf.db.atomic():
                    for version in range(schema_version):
                        for statement in _statements(MIGRATIONS[version]):
                            cf.db.execute(statement)
                    if schema_version >= file_info.SINCE_VERSION:
                        file_info.write_uid(conn, file_info.new_uid())
                    cf.db.execute(f"PRAGMA user_version = {schema_version}")
                    fill(cf)
            finally:
                conn.close()
    except OSError as exc:
        raise from_os(exc, path, "створити файл", unchanged=False) from exc
    if schema_version < SCHEMA_VERSION:
        # An old-format file for tests: hand it back without migrating.
        return CommunityFile(path, sqlite3.connect(path), readonly=False, backups=None)
    return open_file(path, backups=backups)


def integrity_problems(cf: CommunityFile) -> list[str]:
    """The full health check (storage.health) of an open file; an empty list: sound."""
    # A read-only file is a copy in memory, where CHECK constraints are verified too.
    return health_problems(cf.conn, schema_version(cf))


def schema_version(cf: CommunityFile) -> int:
    return int(cf.conn.execute("PRAGMA user_version").fetchone()[0])
