"""Drive types as Windows reports them: a stick or a mapped share is worked on through a copy.

Under wine a drive of type «floppy» is what a USB stick is on Windows (DRIVE_REMOVABLE) and
one of type «network» what a mapped share is (DRIVE_REMOTE).
"""

from __future__ import annotations

import os
from pathlib import Path

from hromada_desk.storage import removable
from tests.windows.support import WINDOWS_ONLY, drive

pytestmark = WINDOWS_ONLY
DRIVE_FIXED = 3


def test_the_system_asks_windows_about_the_drive_root():
    system = os.environ.get("SYSTEMDRIVE", "C:")
    assert removable._windows_drive_type(system + "\\") == DRIVE_FIXED


def test_a_file_on_a_removable_drive_is_removable():
    stick = drive("HROMADA_TEST_REMOVABLE_DRIVE")
    assert removable._windows_drive_type(stick + "\\") == removable.DRIVE_REMOVABLE
    folder = Path(stick + "\\") / "Громада 2024"
    folder.mkdir(exist_ok=True)
    community = folder / "Ланна.hromada"
    community.write_bytes(b"")
    try:
        assert removable.is_removable(community)  # an existing file: resolved by Windows
        assert removable.is_removable(folder / "нова.hromada")  # not there yet
        assert removable.is_removable(stick + "\\rada.hromada")  # as a string
    finally:
        community.unlink()
        folder.rmdir()


def test_a_file_on_a_network_drive_is_removable():
    share = drive("HROMADA_TEST_NETWORK_DRIVE")
    assert removable._windows_drive_type(share + "\\") == removable.DRIVE_REMOTE
    community = Path(share + "\\") / "Ланна.hromada"
    community.write_bytes(b"")
    try:
        assert removable.is_removable(community)
    finally:
        community.unlink()


def test_a_file_on_the_system_drive_is_not(tmp_path):
    community = tmp_path / "Ланна.hromada"
    community.write_bytes(b"")
    assert not removable.is_removable(community)
    assert not removable.is_removable(tmp_path / "нова.hromada")
