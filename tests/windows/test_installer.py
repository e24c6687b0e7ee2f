"""The installer, for one user (the default, no administrator) and for all users: installs
where Windows users look, opens .hromada files, runs, and uninstalls leaving only their files.

It installs and uninstalls the program for real: it runs only when HROMADA_TEST_SETUP names
the installer (the wine run and the GitHub workflow do).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from hromada_desk import APP_NAME, __version__
from tests.windows.support import WINDOWS_ONLY, child_env, prerequisite

pytestmark = WINDOWS_ONLY
APP_ID = "{B44FB56B-E67E-4917-A60F-C01C1E9672C6}_is1"
PROG_ID = "HromadaDesk.Community"
OURS = (
    r"Software\Classes\.hromada",
    rf"Software\Classes\{PROG_ID}",
    rf"Software\Classes\Applications\{APP_NAME}.exe",
    rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}",
)
MODES = {  # install mode → (Setup's switch, registry hive name, the folder it installs into)
    "peruser": (
        "/CURRENTUSER",
        "HKEY_CURRENT_USER",
        lambda: Path(os.environ["LOCALAPPDATA"]) / "Programs" / APP_NAME,
    ),
    "allusers": (
        "/ALLUSERS",
        "HKEY_LOCAL_MACHINE",
        lambda: Path(os.environ["PROGRAMFILES"]) / APP_NAME,
    ),
}


def key_exists(hive: int, name: str) -> bool:
    import winreg

    try:
        winreg.CloseKey(winreg.OpenKey(hive, name, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY))
    except FileNotFoundError:
        return False
    return True


def default_value(hive: int, name: str) -> str:
    import winreg

    with winreg.OpenKey(hive, name, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
        return str(winreg.QueryValueEx(key, "")[0])


def wait_until(condition, seconds: float = 180) -> bool:  # type: ignore[no-untyped-def]
    """The uninstaller hands over to a copy of itself and returns at once: wait for it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


@pytest.mark.parametrize("mode", list(MODES))
def test_install_open_run_and_uninstall(mode: str, tmp_path: Path):
    import winreg

    setup = prerequisite("HROMADA_TEST_SETUP")
    switch, hive_name, folder_of = MODES[mode]
    hive, folder = getattr(winreg, hive_name), folder_of()
    assert not folder.exists() and not any(key_exists(hive, k) for k in OURS), (
        "installed already: uninstall it first"
    )

    install = subprocess.run(
        [
            setup,
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            switch,
            "/TASKS=associate",
            f"/LOG={tmp_path / 'install.log'}",
        ],
        timeout=600,
        check=False,
    )
    log = (tmp_path / "install.log").read_text(encoding="utf-8", errors="replace")
    assert install.returncode == 0, log[-3000:]
    window, console = folder / f"{APP_NAME}.exe", folder / f"{APP_NAME}-cli.exe"
    assert window.is_file() and console.is_file(), log[-3000:]
    assert not (folder / "portable.txt").exists()  # installed: the user's folders

    # a double-click on a .hromada file opens it in the window
    assert default_value(hive, r"Software\Classes\.hromada") == PROG_ID
    assert (
        default_value(hive, rf"Software\Classes\{PROG_ID}\shell\open\command") == f'"{window}" "%1"'
    )
    done = subprocess.run(
        [str(console), "--version"],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == f"{APP_NAME} {__version__}"
    community = tmp_path / "Ланна.hromada"
    done = subprocess.run(
        [str(console), "demo", str(community)],
        env=child_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and community.is_file()

    subprocess.run(
        [str(folder / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
        timeout=600,
        check=False,
    )
    assert wait_until(lambda: not folder.exists()), (
        f"left in {folder}: {[p.name for p in folder.rglob('*')]}"
    )
    left = [k for k in OURS if key_exists(hive, k)]
    assert left == [], f"registry keys left after uninstall: {left}"
    assert community.is_file()  # a community file is the person's, never the program's
