"""Build hook: compile translations/*.ts into .qm files with Qt's lrelease at install time.

The .qm files are generated, never committed. In an editable install they are written next
to the package sources (src/hromada_desk/translations, ignored by git); in a wheel they are
added to the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> str:
    candidates = [
        shutil.which("pyside6-lrelease"),
        str(Path(sys.executable).with_name("pyside6-lrelease")),
        str(Path(sys.executable).with_name("pyside6-lrelease.exe")),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise RuntimeError("pyside6-lrelease not found: PySide6 must be in the build environment")


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        target = root / "src" / "hromada_desk" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        for source in sorted((root / "translations").glob("*.ts")):
            compiled = target / f"{source.stem}.qm"
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
            if version != "editable":
                build_data["force_include"][str(compiled)] = (
                    f"hromada_desk/translations/{compiled.name}"
                )
