"""SQLite's and the file system's errors as messages a person can act on, told apart by their
error codes (never by words in the message): busy, full, read-only, cannot open, damaged…"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from hromada_desk.domain.parsing import shown
from hromada_desk.errors import StorageError, os_reason

RESTORE_ADVICE = (
    "Відкрийте резервну копію (меню «Файл» → «Відновити з резервної копії») "
    "або попросіть копію файлу в того, кому ви його передавали."
)
# The longest path SQLite's Unix VFS opens; Windows' is 260 unless long paths are enabled.
LONGEST_PATH = 512
# A file name's own limit on common file systems (bytes on Linux, UTF-16 units on Windows).
LONGEST_NAME = 255
JOURNAL_SUFFIX = "-journal"

# Primary result codes (https://www.sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _TOOBIG, _CONSTRAINT, _AUTH, _NOTADB = 13, 14, 18, 19, 23, 26
_CONSTRAINT_CHECK = 275


class DamagedFileError(StorageError):
    """The file opened and failed its checks: proven damaged, not merely out of reach."""


class FileBusyError(StorageError):
    """Another program holds the file (a database browser, an antivirus, a second copy of
    hromada-desk): nothing was changed, trying again later may succeed."""


def damaged(path: Path, detail: str) -> DamagedFileError:
    detail = " ".join(detail.split())  # integrity_check reports over several lines
    return DamagedFileError(
        f"Файл «{path.name}» пошкоджено, його не можна відкрити ({shown(detail, 300)}). "
        "Файл не змінено.",
        RESTORE_ADVICE,
    )


def busy(path: Path) -> FileBusyError:
    return FileBusyError(
        f"Файл «{shown(path.name)}» зайнятий іншою програмою. Файл не змінено.",
        "Закрийте програму, яка його відкрила (переглядач баз даних, другу копію "
        "hromada-desk), або зачекайте кілька секунд і повторіть.",
    )


def path_problem(path: Path) -> StorageError | None:
    """A path SQLite cannot open or cannot put its journal beside: too long in all, or a
    name too long for the journal's «-journal»."""
    full = str(path.absolute())
    if len(full) + len(JOURNAL_SUFFIX) > LONGEST_PATH:
        return StorageError(
            f"Шлях до файлу «{shown(path.name)}» задовгий ({len(full)} символів; разом із "
            f"журналом змін можна щонайбільше {LONGEST_PATH - len(JOURNAL_SUFFIX)}). "
            "Файл не змінено.",
            "Перемістіть файл у теку з коротшим шляхом (наприклад, «Документи») і повторіть.",
        )
    if len(os.fsencode(path.name)) + len(JOURNAL_SUFFIX) > LONGEST_NAME:
        return StorageError(
            f"Назва файлу «{shown(path.name)}» задовга: поруч із ним не можна створити "
            "журнал змін. Файл не змінено.",
            "Перейменуйте файл коротше і повторіть.",
        )
    return None


def from_sqlite(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """The StorageError for an environment problem; None for a program error (a bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    name = shown(path.name)
    if primary in (_BUSY, _LOCKED):
        return busy(path)
    if primary == _FULL:
        return StorageError(
            f"На диску немає місця, зміни до «{name}» не записано.",
            "Звільніть місце на диску й повторіть.",
        )
    if primary == _READONLY:
        return StorageError(
            f"Файл «{name}» доступний лише для читання: зміни не записано.",
            "Збережіть копію в іншому місці, щоб редагувати.",
        )
    if primary in (_PERM, _AUTH):
        return StorageError(
            f"Немає дозволу на доступ до файлу «{name}».",
            "Перевірте права доступу до файлу й теки.",
        )
    if primary == _CANTOPEN:
        return path_problem(path) or StorageError(
            f"Не вдалося відкрити файл «{name}» або створити поруч із ним журнал змін.",
            "Перевірте, чи існує тека, чи можна в неї писати і чи не витягнуто флешку.",
        )
    if primary == _IOERR:
        return StorageError(
            f"Помилка читання чи запису файлу «{name}».",
            "Перевірте, чи не витягнуто флешку, і повторіть.",
        )
    if primary in (_CORRUPT, _NOTADB):
        return damaged(path, exc.args[0] if exc.args else "")
    if primary == _NOMEM:
        return StorageError(
            f"Забракло пам’яті для роботи з файлом «{name}».", "Закрийте інші програми й повторіть."
        )
    if code == _CONSTRAINT_CHECK or primary == _TOOBIG:
        return StorageError(
            f"Значення не записано у файл «{name}»: воно поза межами, які дозволяє файл "
            "громади. Файл не змінено.",
            "Виправте значення (кількість, рік, дату чи довжину тексту) й повторіть.",
        )
    return None


def from_os(exc: OSError, path: Path, doing: str, *, unchanged: bool = True) -> StorageError:
    """An OSError of ``doing`` («відновити файл», «створити файл») with the file ``path``;
    ``unchanged``: the message says the file was left as it was."""
    name = shown(path.name)
    tail = " Файл не змінено." if unchanged else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            f"На диску немає місця: не вдалося {doing} «{name}».{tail}",
            "Звільніть місце на диску й повторіть.",
        )
    if exc.errno == errno.ENAMETOOLONG:
        return path_problem(path) or StorageError(
            f"Шлях до файлу «{name}» задовгий: не вдалося {doing} «{name}».{tail}",
            "Перемістіть файл у теку з коротшим шляхом і повторіть.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        # Windows says «access denied» for a file another program holds open.
        return FileBusyError(
            f"Файл «{name}» зайнятий іншою програмою або немає дозволу на доступ: не вдалося "
            f"{doing} «{name}».{tail}",
            "Закрийте програму, яка його відкрила, перевірте права доступу й повторіть.",
        )
    if exc.errno == errno.EROFS:
        return StorageError(
            f"Диск доступний лише для читання: не вдалося {doing} «{name}».{tail}",
            "Збережіть файл в іншому місці.",
        )
    reason = shown(os_reason(exc))
    return StorageError(
        f"Не вдалося {doing} «{name}»: {reason}.{tail}",
        "Перевірте, чи доступний файл, чи не витягнуто флешку і чи є місце на диску.",
    )


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment errors into a StorageError a person can act on; a program
    error (a broken reference, a duplicate, a syntax error) stays what it is."""
    try:
        yield
    except sqlite3.Error as exc:
        error = from_sqlite(exc, path)
        if error is None:
            raise
        raise error from exc
