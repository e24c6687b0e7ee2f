"""Creating and opening community files: recognition, integrity, pragmas, migrations."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from hromada_desk.errors import StorageError
from hromada_desk.storage.backups import BackupPolicy, make_backup
from hromada_desk.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

FILE_SUFFIX = ".hromada"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_RESTORE_ADVICE = ("Відкрийте резервну копію (меню «Файл» → «Відновити з резервної копії») "
                   "або попросіть копію файлу в того, кому ви його передавали.")


@dataclass(frozen=True, slots=True)
class FileHeader:
    application_id: int
    user_version: int


def read_header(path: Path) -> FileHeader:
    """Recognise a community file from its first 100 bytes, without opening it as a database.

    Reading the header ourselves means a foreign or damaged file is refused before SQLite
    has any chance to touch it.
    """
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise StorageError(f"Файл «{path}» не знайдено.",
                           "Перевірте шлях або вставте флешку з файлом.") from None
    except IsADirectoryError:
        raise StorageError(f"«{path}» — це тека, а не файл громади.") from None
    except OSError as exc:
        raise StorageError(f"Не вдалося прочитати файл «{name}»: {exc.strerror or exc}.",
                           "Перевірте, чи файл доступний і чи не витягнуто флешку.") from exc
    if not header:
        raise StorageError(f"Файл «{name}» порожній: у ньому немає даних громади.",
                           _RESTORE_ADVICE)
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise StorageError(f"Файл «{name}» не є файлом громади hromada-desk.",
                           "Виберіть файл із розширенням .hromada.")
    return FileHeader(
        application_id=int.from_bytes(header[68:72], "big"),
        user_version=int.from_bytes(header[60:64], "big"),
    )


def _check_header(path: Path) -> FileHeader:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise StorageError(
            f"Файл «{path.name}» — це база даних іншої програми, а не файл громади "
            "hromada-desk. Файл не змінено.",
            "Виберіть файл із розширенням .hromada.")
    if header.user_version > SCHEMA_VERSION:
        raise StorageError(
            f"Файл «{path.name}» створено новішою версією hromada-desk (схема "
            f"{header.user_version}, ця програма знає до {SCHEMA_VERSION}). Файл не змінено.",
            "Оновіть програму до найновішої версії.")
    return header


def _connect(target: str | Path, *, uri: bool = False) -> sqlite3.Connection:
    # The interface hands the open file to a worker thread for long work (a copy, an
    # export) while its progress dialog blocks every other use, so one thread at a time.
    return sqlite3.connect(target, uri=uri, check_same_thread=False)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return _connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if rows != ["ok"]:
        raise _damaged(path, "; ".join(rows))


def _damaged(path: Path, detail: str) -> StorageError:
    detail = " ".join(detail.split())  # quick_check reports over several lines; one will do
    return StorageError(
        f"Файл «{path.name}» пошкоджено, його не можна відкрити ({detail}). Файл не змінено.",
        _RESTORE_ADVICE)


def _configure(conn: sqlite3.Connection, *, writable: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        # A community file travels on USB sticks as one file: a rollback journal, never WAL,
        # and every commit waits for the disk.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def migrate(db: Database, from_version: int) -> None:
    """Run every migration after ``from_version`` in one transaction."""
    with db.atomic():
        for version in range(from_version, SCHEMA_VERSION):
            # executescript would commit; run the statements one by one instead.
            for statement in _statements(MIGRATIONS[version]):
                db.execute(statement)
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


class CommunityFile:
    """An open community file. Close it (or use ``with``) so changes get their backup."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool,
                 backups: BackupPolicy | None) -> None:
        self.path = path
        self.readonly = readonly
        self.db = Database(conn, execute_plugins=False)
        self._backups = backups
        self._baseline = conn.total_changes

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

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
                "писати, і відкрийте її.")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; storage errors come out as StorageError with a plain message."""
        self.require_writable()
        with translate_errors(self.path), self.db.atomic() as db:
            yield db

    def backup(self, reason: str) -> Path | None:
        if self._backups is None:
            return None
        return make_backup(self.conn, self.path, self._backups, reason)

    def close(self) -> None:
        try:
            if self.changed and not self.readonly:
                self.backup("close")
        finally:
            self.db.close()

    def __enter__(self) -> CommunityFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment errors into a StorageError a person can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StorageError(f"Файл «{path.name}» зайнятий іншою програмою.",
                               "Закрийте її або зачекайте й повторіть.") from exc
        if "full" in text:
            raise StorageError(f"На диску немає місця, зміни до «{path.name}» не записано.",
                               "Звільніть місце на диску й повторіть.") from exc
        if "readonly" in text or "read-only" in text:
            raise StorageError(f"Файл «{path.name}» відкрито лише для читання.",
                               "Збережіть копію в іншому місці, щоб редагувати.") from exc
        if "i/o" in text or "disk" in text or "unable to open" in text:
            raise StorageError(f"Помилка запису у файл «{path.name}»: {exc}.",
                               "Перевірте, чи не витягнуто флешку, і повторіть.") from exc
        raise
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise _damaged(path, str(exc)) from exc
        raise


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash or a pulled-out stick: SQLite must replay it."""
    journal = _journal(path)
    return journal.is_file() and journal.stat().st_size > 0


def _recover_in_place(path: Path) -> None:
    """Let SQLite roll back an interrupted transaction, as it does on the first read."""
    with translate_errors(path):
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _recovered_in_memory(path: Path) -> sqlite3.Connection:
    """The file as it was at its last commit, in memory, leaving the file and journal alone."""
    with tempfile.TemporaryDirectory(prefix="hromada-check-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(_journal(path), _journal(copy))
        _recover_in_place(copy)
        source = sqlite3.connect(copy)
        memory = _connect(":memory:")
        try:
            source.backup(memory)
        finally:
            source.close()
    return memory


def can_write(path: Path) -> bool:
    """Whether the file and its folder (where SQLite writes its rollback journal) are
    writable by this user: a file on a locked stick, a CD or a shared read-only folder is not."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def open_file(path: str | os.PathLike[str], *, readonly: bool | None = False,
              backups: BackupPolicy | None = None) -> CommunityFile:
    """Open a community file after checking what it is, its version and its integrity.

    A foreign, newer or damaged file is refused and left byte-for-byte as it was. An older
    one is backed up, then migrated in one transaction. A transaction interrupted by a crash
    is rolled back first, as SQLite always does. ``readonly`` never writes the file (nor its
    journal): recovery and migration then happen on a copy in memory. ``readonly=None``
    decides from the permissions: read-only when the file or its folder cannot be written
    (see ``CommunityFile.readonly``).
    """
    path = Path(path)
    _check_header(path)
    if readonly is None:
        readonly = not can_write(path)
    hot = _has_hot_journal(path)
    if hot and not readonly:
        _recover_in_place(path)
        hot = False
    header = _check_header(path)
    try:
        checker = _recovered_in_memory(path) if hot else _connect_read_only(path)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"Не вдалося відкрити файл «{path.name}»: {exc}.") from exc
    try:
        _quick_check(checker, path)
        if readonly:
            conn = checker
            if header.user_version < SCHEMA_VERSION and not hot:
                conn = _connect(":memory:")
                checker.backup(conn)
                checker.close()
            _configure(conn, writable=False)
            cf = CommunityFile(path, conn, readonly=True, backups=None)
            if header.user_version < SCHEMA_VERSION:
                migrate(cf.db, header.user_version)
            return cf
        if header.user_version < SCHEMA_VERSION and backups is not None:
            make_backup(checker, path, backups, f"before-v{SCHEMA_VERSION}")
    except BaseException:
        checker.close()
        raise
    checker.close()
    with translate_errors(path):
        conn = _connect(path)
        try:
            _configure(conn, writable=True)
            cf = CommunityFile(path, conn, readonly=False, backups=backups)
            if header.user_version < SCHEMA_VERSION:
                migrate(cf.db, header.user_version)
        except BaseException:
            conn.close()
            raise
    return cf


def create_file(path: str | os.PathLike[str], fill: Callable[[CommunityFile], None],
                *, backups: BackupPolicy | None = None,
                schema_version: int = SCHEMA_VERSION) -> CommunityFile:
    """Create a new community file, filled by ``fill`` in one transaction.

    The file is built under a temporary name and appears under ``path`` only when complete,
    so an interrupted creation never leaves a half-made community file. An existing file is
    never overwritten. ``schema_version`` below the current one exists for migration tests.
    """
    path = Path(path)
    if path.exists():
        raise StorageError(f"Файл «{path}» уже існує; його не перезаписано.",
                           "Виберіть інше ім’я файлу.")
    partial = path.with_name(path.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        with translate_errors(path):
            conn = sqlite3.connect(partial)
            try:
                _configure(conn, writable=True)
                cf = CommunityFile(partial, conn, readonly=False, backups=None)
                cf.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                with cf.db.atomic():
                    for version in range(schema_version):
                        for statement in _statements(MIGRATIONS[version]):
                            cf.db.execute(statement)
                    cf.db.execute(f"PRAGMA user_version = {schema_version}")
                    fill(cf)
            finally:
                conn.close()
        os.replace(partial, path)
    except OSError as exc:
        raise StorageError(f"Не вдалося створити файл «{path}»: {exc.strerror or exc}.",
                           "Перевірте, чи є місце на диску і чи можна писати в цю теку.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    if schema_version < SCHEMA_VERSION:
        # An old-format file for tests: hand it back without migrating.
        return CommunityFile(path, sqlite3.connect(path), readonly=False, backups=None)
    return open_file(path, backups=backups)


def integrity_problems(cf: CommunityFile) -> list[str]:
    """Full integrity and foreign-key checks; an empty list means the file is sound."""
    problems = [r[0] for r in cf.conn.execute("PRAGMA integrity_check(20)")]
    if problems == ["ok"]:
        problems = []
    for table, rowid, parent, _ in cf.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} #{rowid}: посилання на відсутній запис у {parent}")
    return problems


def schema_version(cf: CommunityFile) -> int:
    return int(cf.conn.execute("PRAGMA user_version").fetchone()[0])


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
            _check_header(path)
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
            _journal(path).unlink()
        os.replace(partial, path)
    except OSError as exc:
        raise StorageError(f"Не вдалося відновити «{path.name}» з копії: {exc}.",
                           "Перевірте, чи доступний файл і чи є місце на диску.") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return saved
