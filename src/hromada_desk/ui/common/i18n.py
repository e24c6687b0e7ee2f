"""Interface language: the program's own translations and Qt's, switchable while running."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
DEFAULT_LANGUAGE = "uk"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"hromada_desk_{language}.qm"


def qt_translation_folders() -> list[str]:
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


class Languages:
    """Installs one set of translators; installing another sends LanguageChange to every
    widget, which retranslates itself."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None
        self.missing: list[str] = []

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the application before choosing a language")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.missing = []
        own = QTranslator()
        if own.load(str(qm_path(language))):
            self._installed.append(own)
        elif language != "en":  # English is the source language: nothing to load
            self.missing.append(str(qm_path(language)))
        qt = QTranslator()
        if language != "en":
            # Qt's own dialogs and buttons (QFileDialog, QPrintDialog, «Скасувати»): from Qt's
            # folder, or the one PySide6 ships beside itself (the Windows bundle's layout).
            if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
                self._installed.append(qt)
            else:
                self.missing.append(f"qtbase_{language}.qm")
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language

    def remove(self) -> None:
        """Take every translator this object installed out of the application again."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed = []
        self.language = None


def fill(template: str, *values: object) -> str:
    """Put values into a translated text's %1, %2 … in one pass (a value containing «%2»
    stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def use_ukrainian_formats() -> None:
    """Numbers and dates as Ukrainian documents write them, whatever the system locale."""
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
