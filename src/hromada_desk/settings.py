"""The program's settings, typed, in one JSON file of the user data folder: read the same way
by the window and by the headless commands (which load no Qt), written whole at each change.

A damaged or foreign value never stops the program: it reads as the default. A settings
file that cannot be read at all is kept aside (``settings.json.damaged``) and the defaults
are used, so that a person's settings are not silently overwritten by them.
"""

from __future__ import annotations

import base64
import contextlib
import json
from pathlib import Path
from typing import Any

from hromada_desk.atomic import replacing
from hromada_desk.paths import user_data_dir

SETTINGS_VERSION = 2  # 1: Qt's INI file (imported once by the window, see ui/settings_import)
MAX_RECENT = 8
LANGUAGES = ("uk", "en")
FILE_NAME = "settings.json"


def settings_path() -> Path:
    return user_data_dir() / "settings" / FILE_NAME


class Settings:
    """Every setting the program keeps. ``path``: the JSON file (tests give their own)."""

    MIN_BACKUPS_KEPT = 1
    MAX_BACKUPS_KEPT = 100
    DEFAULT_BACKUPS_KEPT = 10

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.existed = self.path.exists()
        self._values = self._load()
        self._changed: set[str] = set()  # keys set here and not yet written

    def _load(self) -> dict[str, Any]:
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": SETTINGS_VERSION}
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            return {"version": SETTINGS_VERSION}
        return values if isinstance(values, dict) else {"version": SETTINGS_VERSION}

    def _current(self) -> dict[str, Any]:
        """The file's values as they are now; what this one holds if it cannot be read."""
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return dict(self._values)
        return values if isinstance(values, dict) else dict(self._values)

    def _set(self, key: str, value: object) -> None:
        if self._put(key, value):
            self._save()

    def _put(self, key: str, value: object) -> bool:
        """Set a value in memory; False when it is already so (nothing to write)."""
        if self._values.get(key) == value:
            return False
        if value is None:
            self._values.pop(key, None)
        else:
            self._values[key] = value
        self._changed.add(key)
        return True

    def _save(self) -> None:
        """Written at once; a settings file that cannot be written (a read-only data folder,
        a full disk) costs the setting, never the work.

        Only what was set here is written over the file as it is now: another Settings (the
        save dialogs' folder, written while the window's own is open) keeps what it wrote
        when the window later writes its size on closing."""
        with contextlib.suppress(OSError):
            values = self._current()
            for key in self._changed:
                if key in self._values:
                    values[key] = self._values[key]
                else:
                    values.pop(key, None)
            self._values = values
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True)
            with replacing(self.path) as part:
                part.write_text(text, encoding="utf-8")
            self._changed.clear()

    def _text(self, key: str) -> str | None:
        value = self._values.get(key)
        return value if isinstance(value, str) and value else None

    def _path(self, key: str) -> Path | None:
        value = self._text(key)
        return Path(value) if value else None

    # -- the window -------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._values.get("language")
        return value if value in LANGUAGES else "uk"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._set("language", value)

    @property
    def recent_files(self) -> list[Path]:
        value = self._values.get("recent_files")
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v]

    def add_recent(self, path: Path) -> None:
        self._set("recent_files", self._with_recent(path))

    def _with_recent(self, path: Path) -> list[str]:
        path = path.resolve()
        files = [path, *[p for p in self.recent_files if p != path]][:MAX_RECENT]
        return [str(p) for p in files]

    def opened(self, path: Path) -> None:
        """A file was opened: first of the recent files, and the one the next start opens.
        One write, and none when it already was both (the file opened at start-up)."""
        recent = self._put("recent_files", self._with_recent(path))
        last = self._put("last_file", str(path.resolve()))
        if recent or last:
            self._save()

    def forget_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files if p != path.resolve() and p != path]
        self._set("recent_files", [str(p) for p in files])

    @property
    def last_file(self) -> Path | None:
        return self._path("last_file")

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        self._set("last_file", None if path is None else str(path.resolve()))

    def _bytes(self, key: str) -> bytes | None:
        """Opaque bytes kept as base64 text; None when missing or not base64."""
        value = self._text(key)
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def _set_bytes(self, key: str, value: bytes | None) -> None:
        self._set(key, None if value is None else base64.b64encode(value).decode("ascii"))

    @property
    def geometry(self) -> bytes | None:
        """The main window's place and size as Qt saves them (opaque bytes)."""
        return self._bytes("window_geometry")

    @geometry.setter
    def geometry(self, value: bytes | None) -> None:
        self._set_bytes("window_geometry", value)

    def splitter_state(self, name: str) -> bytes | None:
        """Where the handle of splitter ``name`` was left (Qt's opaque bytes)."""
        return self._bytes(f"splitter:{name}")

    def set_splitter_state(self, name: str, state: bytes) -> None:
        self._set_bytes(f"splitter:{name}", state)

    def sync(self) -> None:
        """Kept for the window's closing: every change is already written."""

    # -- documents and backups (the Settings dialog) ----------------------------------------
    @property
    def document_font(self) -> Path | None:
        """The TrueType or OpenType file PDF documents are set in; None: found automatically
        (Times New Roman, Liberation Serif or DejaVu Serif)."""
        return self._path("document_font")

    @document_font.setter
    def document_font(self, path: Path | None) -> None:
        self._set("document_font", None if path is None else str(path))

    @property
    def export_folder(self) -> Path | None:
        """Where the last document was saved: the next save dialog starts there."""
        return self._path("export_folder")

    @export_folder.setter
    def export_folder(self, path: Path | None) -> None:
        self._set("export_folder", None if path is None else str(path))

    @property
    def backup_folder(self) -> Path | None:
        """Where backups of community files go; None: the user data folder's «backups»."""
        return self._path("backup_folder")

    @backup_folder.setter
    def backup_folder(self, path: Path | None) -> None:
        self._set("backup_folder", None if path is None else str(path))

    @property
    def backups_kept(self) -> int:
        """How many backups of each community are kept (the oldest go first)."""
        value = self._values.get("backups_kept")
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not self.MIN_BACKUPS_KEPT <= value <= self.MAX_BACKUPS_KEPT
        ):
            return self.DEFAULT_BACKUPS_KEPT
        return value

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        if not self.MIN_BACKUPS_KEPT <= count <= self.MAX_BACKUPS_KEPT:
            raise ValueError(count)
        self._set("backups_kept", count)
