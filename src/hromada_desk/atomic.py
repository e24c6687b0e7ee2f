"""Replacing a file whole or not at all: written beside it under a temporary name, flushed
to the disk, renamed over it in one step. Every file the program writes goes this way —
documents, copies, backups, restored and new community files."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

PART_SUFFIX = ".part"
_NAME_BYTES = 255  # the longest file name most file systems take


def part_path(target: Path) -> Path:
    """``name.part`` beside ``target``; for a name near the length limit a shorter one, so
    that a name the system takes is not refused for its temporary file's sake."""
    name = target.name
    if len(os.fsencode(name)) <= _NAME_BYTES:
        while name and len(os.fsencode(name + PART_SUFFIX)) > _NAME_BYTES:
            name = name[:-1]
    return target.with_name(name + PART_SUFFIX)


@contextlib.contextmanager
def replacing(target: Path, part: Path | None = None) -> Iterator[Path]:
    """The temporary path to write ``target``'s new content into. When the block ends
    normally the content is flushed to the disk and renamed over ``target``; when it raises
    (a full disk, a pulled stick, Ctrl+C, a failed check) the temporary file is removed and
    ``target`` stays as it was. OSErrors come out as they are, for the caller to word.
    """
    part = part or part_path(target)
    try:
        yield part
        _flush(part)
        os.replace(part, target)
        _flush_folder(target.parent)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()


def _flush(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows has no folder handles to flush)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
