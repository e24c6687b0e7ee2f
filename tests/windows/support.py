"""Windows tests: what they need from outside — drives, the portable zip, the installer.

They run under Windows' own Python: on Windows itself, or under wine after the Windows build
(``packaging/windows-under-wine.sh`` sets everything below). Elsewhere they are not collected.

- ``HROMADA_TEST_REMOVABLE_DRIVE``: a drive letter the system reports as removable (``R:``;
  under wine a drive of type floppy stands in for a USB stick); without it the portable zip
  is tried in a folder;
- ``HROMADA_TEST_NETWORK_DRIVE``: a drive letter the system reports as remote (``N:``);
- ``HROMADA_TEST_PORTABLE_ZIP``: the portable zip (default: the one in ``dist/``);
- ``HROMADA_TEST_SETUP``: the installer; the install test installs and uninstalls the program
  for real, so it runs only when the installer is named.

A test whose prerequisite is missing skips, unless ``HROMADA_WINDOWS_TESTS_ALL=1`` (the wine
run sets it) makes that a failure: there every test must run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
ON_WINDOWS = sys.platform == "win32"
ALL_VARIABLE = "HROMADA_WINDOWS_TESTS_ALL"
WINDOWS_ONLY = pytest.mark.skipif(
    not ON_WINDOWS, reason="Windows only (run under wine by packaging/windows-under-wine.sh)"
)


def prerequisite(variable: str, default: Path | None = None) -> str:
    """The value of ``variable`` (or the default, if it exists); skip or fail without it."""
    value = os.environ.get(variable) or (str(default) if default and default.exists() else "")
    if value:
        return value
    message = f"{variable} is not set"
    if os.environ.get(ALL_VARIABLE) == "1":
        pytest.fail(message + " (HROMADA_WINDOWS_TESTS_ALL=1: every Windows test must run)")
    pytest.skip(message)


def drive(variable: str) -> str:
    """A drive letter with its colon («R:») from ``variable``."""
    letter = prerequisite(variable).rstrip(":\\/").upper()
    assert len(letter) == 1 and letter.isalpha(), f"{variable}: not a drive letter"
    return letter + ":"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a frozen program started by a test: no data folder chosen for it
    (the autouse fixture sets one for the test itself), Qt without a screen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "HROMADA_DESK_DATA_DIR",
            "HROMADA_DESK_PORTABLE_DIR",
            "PYTHONPATH",
            "PYTHONHOME",
            "PYTHONIOENCODING",
        )
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env
