"""Where the program keeps its own data (backups, logs): the user data folder.

Three places, first match wins:

1. ``HROMADA_DESK_DATA_DIR`` (tests, special set-ups);
2. portable mode: a file ``portable.txt`` beside the executable of a frozen bundle (a stick
   prepared from the portable zip) puts everything into the folder ``data`` beside it;
3. the per-user data folder of the system (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hromada_desk import APP_NAME

# Tests and special set-ups point this somewhere else; people never need to.
DATA_DIR_VARIABLE = "HROMADA_DESK_DATA_DIR"
# Outside a frozen bundle portable mode is looked for only in this folder (for tests).
PORTABLE_DIR_VARIABLE = "HROMADA_DESK_PORTABLE_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


def program_dir() -> Path | None:
    """The folder portable mode is looked for in: the executable's folder when frozen; from
    sources only the folder named by ``HROMADA_DESK_PORTABLE_DIR`` (tests), else none."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    override = os.environ.get(PORTABLE_DIR_VARIABLE)
    return Path(override) if override else None


def portable_data_dir() -> Path | None:
    """``data`` beside the executable if ``portable.txt`` lies there, else None."""
    folder = program_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def backups_dir() -> Path:
    return user_data_dir() / "backups"
