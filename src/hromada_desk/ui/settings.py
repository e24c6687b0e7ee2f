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

    # -- documents and backups (the Settings dialog) ----------------------------------------
    MIN_BACKUPS_KEPT = 1
    MAX_BACKUPS_KEPT = 100
    DEFAULT_BACKUPS_KEPT = 10

    @property
    def document_font(self) -> Path | None:
        """The TrueType or OpenType file PDF documents are set in; None: found automatically
        (Times New Roman, Liberation Serif or DejaVu Serif)."""
        value = self._store.value("documents/font")
        return Path(str(value)) if value else None

    @document_font.setter
    def document_font(self, path: Path | None) -> None:
        if path is None:
            self._store.remove("documents/font")
        else:
            self._store.setValue("documents/font", str(path))

    @property
    def backup_folder(self) -> Path | None:
        """Where backups of community files go; None: the user data folder's «backups»."""
        value = self._store.value("backups/folder")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, path: Path | None) -> None:
        if path is None:
            self._store.remove("backups/folder")
        else:
            self._store.setValue("backups/folder", str(path))

    @property
    def backups_kept(self) -> int:
        """How many backups of each file are kept (the oldest go first)."""
        value = self._store.value("backups/kept", self.DEFAULT_BACKUPS_KEPT)
        try:
            count = int(str(value))
        except ValueError:
            return self.DEFAULT_BACKUPS_KEPT
        if not self.MIN_BACKUPS_KEPT <= count <= self.MAX_BACKUPS_KEPT:
            return self.DEFAULT_BACKUPS_KEPT
        return count

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        if not self.MIN_BACKUPS_KEPT <= count <= self.MAX_BACKUPS_KEPT:
            raise ValueError(count)
        self._store.setValue("backups/kept", count)
