"""Writing a finished document to the file a person named: whole or not at all, and never
over a file the document was made from."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from hromada_desk.atomic import part_path, replacing
from hromada_desk.domain.parsing import shown_path
from hromada_desk.errors import InputError, os_reason

_ADVICE = "Перевірте, що тека існує, доступна для запису і що файл не відкрито в іншій програмі."
_SQLITE_MAGIC = b"SQLite format 3\x00"


def write_failed(path: Path | str, exc: OSError) -> InputError:
    """The one message for a document that could not be written to ``path``."""
    return InputError(f"Не вдалося записати файл «{shown_path(path)}»: {os_reason(exc)}.", _ADVICE)


def target_for(output: str, inputs: Iterable[Path] = ()) -> Path:
    """The file a command writes its document to, checked before any work is done: not a
    folder (nor a name ending in «/»), and not one of the command's ``inputs`` (a community
    file would be lost under the document)."""
    path = Path(output)
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except FileNotFoundError as exc:  # a new file: its folder must be there
        if not os.path.isdir(path.parent):
            raise write_failed(output, exc) from None
        folder = False
    except OSError as exc:  # a name too long, a file where a folder should be
        raise write_failed(output, exc) from None
    if output.endswith(("/", os.sep)) or folder:
        raise InputError(
            f"Не вдалося записати файл «{shown_path(output)}»: це тека, а не файл.",
            "Вкажіть ім’я файлу в цій теці.",
        )
    for source in inputs:
        for written in (path, part_path(path)):
            with contextlib.suppress(OSError):
                if os.path.samefile(written, source):
                    raise InputError(
                        f"Документ не можна записати у «{shown_path(output)}»: "
                        f"це вхідний файл «{shown_path(source)}», його буде "
                        "втрачено.",
                        "Вкажіть для документа інший файл.",
                    )
    return path


def write_document(path: Path, content: bytes) -> Path:
    """Write ``content`` to ``path`` through a ``.part`` file beside it and one rename: a
    failure (a full disk, a pulled stick, Ctrl+C) leaves neither a half-written document nor
    the ``.part`` file, and what was at ``path`` before stays as it was.

    A symbolic link is followed, not replaced; a device or a pipe (``/dev/stdout``) is
    written in place, as a rename would put a file where the device was.
    """
    path = Path(path)
    try:
        status = os.stat(path)
    except FileNotFoundError:
        status = None
    except OSError as exc:  # a name too long, a file where a folder should be
        raise write_failed(path, exc) from exc
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise InputError(
            f"Не вдалося записати файл «{shown_path(path)}»: це тека, а не файл.",
            "Вкажіть ім’я файлу в цій теці.",
        )
    if status is not None and not stat.S_ISREG(status.st_mode):
        _write_in_place(path, content)
        return path
    if status is not None and _is_database(path):
        # a community file (or another database) chosen by mistake in a save dialog
        raise InputError(
            f"Документ не записано у «{shown_path(path)}»: це файл громади "
            "(база даних), його буде втрачено.",
            "Виберіть для документа інше ім’я файлу.",
        )
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    try:
        with replacing(target) as part, open(part, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    return path


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False  # unreadable: the write itself will say why


def _write_in_place(path: Path, content: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        raise write_failed(path, exc) from exc
