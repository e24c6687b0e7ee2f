"""Where the program keeps its own data (backups, logs): the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from hromada_desk import APP_NAME

# Tests and a portable install point this somewhere else; people never need to.
DATA_DIR_VARIABLE = "HROMADA_DESK_DATA_DIR"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def backups_dir() -> Path:
    return user_data_dir() / "backups"
