"""Settings an earlier version kept in Qt's INI file, copied once into the settings file of
this version (hromada_desk/settings.py), so that an upgrade loses no choice a person made."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from hromada_desk import APP_NAME
from hromada_desk.paths import user_data_dir
from hromada_desk.settings import Settings


def old_settings_file() -> Path:
    """Where version 1 kept its settings (QSettings, INI format, in the data folder)."""
    return user_data_dir() / "settings" / APP_NAME / f"{APP_NAME}.ini"


def import_old_settings(settings: Settings, ini: Path | None = None) -> bool:
    """Copy the earlier version's settings into ``settings`` when it is new; True if any
    were found. A value that does not read as its setting is left at the default."""
    ini = ini or old_settings_file()
    if settings.existed or not ini.is_file():
        return False
    store = QSettings(str(ini), QSettings.Format.IniFormat)

    def text(key: str) -> str | None:
        value = store.value(key)
        return str(value) if value not in (None, "") else None

    with contextlib.suppress(ValueError):
        settings.language = text("language") or "uk"
    recent = store.value("recent_files", [])
    paths = [recent] if isinstance(recent, str) else recent if isinstance(recent, list) else []
    for path in reversed(paths):
        settings.add_recent(Path(str(path)))
    for key, name in (
        ("last_file", "last_file"),
        ("documents/font", "document_font"),
        ("backups/folder", "backup_folder"),
    ):
        value = text(key)
        if value:
            setattr(settings, name, Path(value))
    with contextlib.suppress(ValueError, TypeError):
        settings.backups_kept = int(str(store.value("backups/kept")))
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray):
        settings.geometry = bytes(geometry.data())
    return True
