"""Typed access to the program's settings (QSettings), with a version key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("uk", "en")


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()
        if self._store.value("version") is None:
            self._store.setValue("version", SETTINGS_VERSION)

    @property
    def language(self) -> str:
        value = str(self._store.value("language", "uk"))
        return value if value in LANGUAGES else "uk"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._store.setValue("language", value)

    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [path, *[p for p in self.recent_files if p != path]][:MAX_RECENT]
        self._store.setValue("recent_files", [str(p) for p in files])

    def forget_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files if p != path.resolve() and p != path]
        self._store.setValue("recent_files", [str(p) for p in files])

    @property
    def last_file(self) -> Path | None:
        value = self._store.value("last_file")
        return Path(str(value)) if value else None

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        if path is None:
            self._store.remove("last_file")
        else:
            self._store.setValue("last_file", str(path.resolve()))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def sync(self) -> None:
        self._store.sync()
