"""The lock's process check on Windows: a window's lock holds while its process runs and is
stale once the process is gone (a crash, a power cut), for the command line and for Qt."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hromada_desk.errors import StorageError
from hromada_desk.storage.lock_info import (
    _process_exists,
    holder_is_alive,
    is_this_computer,
    read_lock,
    refuse_if_locked,
)
from tests.windows.support import WINDOWS_ONLY

pytestmark = WINDOWS_ONLY

# A window's lock, taken as the window takes it (ui/files/lock.py), held until killed.
WINDOW = """\
import sys, time
from pathlib import Path
from hromada_desk.ui.files.lock import FileLock, LockState
lock = FileLock.beside(Path(sys.argv[1]))
assert lock.acquire() is LockState.LOCKED
print("locked", flush=True)
time.sleep(600)
"""


def test_this_process_exists_and_a_finished_one_does_not():
    assert _process_exists(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not _process_exists(child.pid)  # its handle is still open here: exit code 0
    pid = child.pid
    del child  # the handle closed: the id no longer names a process
    assert not _process_exists(pid)


def test_a_running_process_exists_until_it_is_killed():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        assert _process_exists(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not _process_exists(child.pid)


@contextlib.contextmanager
def window_holding(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the window's lock of ``path``, killed at the end
    (TerminateProcess: no clean-up, as in a crash or a power cut)."""
    with subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(path)], stdout=subprocess.PIPE, text=True
    ) as window:
        try:
            assert window.stdout is not None and window.stdout.readline().strip() == "locked"
            yield window
        finally:
            window.kill()
            window.wait()


def test_a_windows_lock_holds_while_its_process_runs_and_is_stale_after(demo_path: Path):
    with window_holding(demo_path) as window:
        holder = read_lock(demo_path)
        assert holder is not None and holder.pid == window.pid
        # Qt wrote %COMPUTERNAME%: recognised as this computer, so its process is checked
        assert holder.host == os.environ["COMPUTERNAME"] and is_this_computer(holder.host)
        assert holder_is_alive(holder)
        with pytest.raises(StorageError, match="відкрито у вікні hromada-desk"):
            refuse_if_locked(demo_path)
    assert not holder_is_alive(read_lock(demo_path))
    refuse_if_locked(demo_path)  # a stale lock is ignored


def test_a_second_window_sees_a_lock_of_this_computer_and_takes_it_once_stale(demo_path: Path):
    from hromada_desk.ui.files.lock import FileLock, LockState

    second = FileLock.beside(demo_path)
    with window_holding(demo_path):
        assert second.acquire() is LockState.HELD
        assert not second.held_elsewhere()  # not offered to take over as another computer's
    assert second.acquire() is LockState.LOCKED  # Qt finds the process gone
    second.release()
