"""Refresh translations/*.ts from the interface sources with Qt's lupdate.

Run after changing interface strings: `.venv/bin/python packaging/update_translations.py`.
Existing translations are kept; new strings appear as unfinished until translated (Qt
Linguist, `pyside6-linguist translations/hromada_desk_uk.ts`, or any XML editor).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("uk", "en")


def interface_sources() -> list[Path]:
    package = ROOT / "src" / "hromada_desk"
    return sorted([*(package / "ui").rglob("*.py"), package / "app.py"])


def lupdate() -> str:
    """On PATH, else beside the Python running this (a venv that is not activated; on
    Windows the tool is an .exe in Scripts\\)."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    for found in (shutil.which("pyside6-lupdate"), beside, beside.with_suffix(".exe")):
        if found and Path(found).is_file():
            return str(found)
    raise SystemExit("pyside6-lupdate not found: install PySide6")


def update(target_folder: Path = ROOT / "translations") -> list[Path]:
    target_folder.mkdir(exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = target_folder / f"hromada_desk_{language}.ts"
        subprocess.run(
            [
                lupdate(),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *map(str, interface_sources()),
                "-ts",
                str(target),
            ],
            check=True,
        )
        written.append(target)
    return written


if __name__ == "__main__":
    from hromada_desk.console import utf8_output

    utf8_output()  # the paths may hold Cyrillic; Windows pipes are cp1252
    for path in update():
        print(path.relative_to(ROOT))
