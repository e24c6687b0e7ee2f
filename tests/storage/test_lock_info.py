"""Reading the window's lock (QLockFile format) so the command line refuses an open file."""

import os
import socket
import subprocess
import sys

import pytest

from hromada_desk.errors import StorageError
from hromada_desk.storage.lock_info import (
    holder_is_alive,
    is_this_computer,
    lock_path_for,
    read_lock,
    refuse_if_locked,
)
from tests.test_cli import run


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path, pid, host=None):
    lock = lock_path_for(path)
    lock.write_text(f"{pid}\npython3\n{host or socket.gethostname()}\nmachine-id\nboot-id\n")
    return lock


def test_the_lock_sits_hidden_beside_the_file(tmp_path):
    lock = lock_path_for(tmp_path / "Ланна.hromada")
    assert lock == tmp_path / ".~Ланна.hromada.lock" and lock.suffix != ".hromada"


def test_a_lock_is_read_and_judged(tmp_path):
    path = tmp_path / "a.hromada"
    assert read_lock(path) is None
    write_lock(path, os.getpid())
    holder = read_lock(path)
    assert (holder.pid, holder.app, holder.host) == (os.getpid(), "python3", socket.gethostname())
    assert holder.since is not None and holder_is_alive(holder)
    write_lock(path, dead_pid())
    assert not holder_is_alive(read_lock(path))
    write_lock(path, dead_pid(), host="another-pc")  # cannot be checked from here
    assert holder_is_alive(read_lock(path))


def test_host_names_do_not_depend_on_case(monkeypatch):
    monkeypatch.setattr(socket, "gethostname", lambda: "rada-pc")
    assert is_this_computer("RADA-PC") and is_this_computer("rada-pc")
    assert not is_this_computer("selyshche-pc") and not is_this_computer("")


def test_on_windows_a_lock_names_this_computer_by_its_netbios_name(monkeypatch):
    # QLockFile writes %COMPUTERNAME%: upper case, cut to 15 characters
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(socket, "gethostname", lambda: "rada-buhgalteria")
    monkeypatch.setenv("COMPUTERNAME", "RADA-BUHGALTERI")
    assert is_this_computer("RADA-BUHGALTERI") and is_this_computer("rada-buhgalteria")
    assert not is_this_computer("SELYSHCHE-PC")


def test_import_and_restore_refuse_a_file_open_in_a_window(demo_path, tmp_path):
    backup = tmp_path / "копія.hromada"
    backup.write_bytes(demo_path.read_bytes())
    before = demo_path.read_bytes()
    write_lock(demo_path, os.getpid())
    with pytest.raises(StorageError, match="відкрито у вікні hromada-desk"):
        refuse_if_locked(demo_path)
    code, out, err = run("restore", str(demo_path), str(backup))
    assert code == 1 and out == "" and "відкрито у вікні" in err and "не змінено" in err
    workbook = tmp_path / "шаблон.xlsx"
    assert run("template", str(demo_path), "-o", str(workbook), "--year", "2023")[0] == 0
    code, out, err = run("import", str(demo_path), str(workbook))
    assert code == 1 and out == "" and "відкрито у вікні" in err
    assert run("import", str(demo_path), str(workbook), "--dry-run")[0] == 0  # only reads
    assert demo_path.read_bytes() == before
    # a lock whose process is gone does not stop anything
    write_lock(demo_path, dead_pid())
    assert run("restore", str(demo_path), str(backup))[0] == 0


@pytest.mark.parametrize(
    ("garbage", "pid"),
    [
        (b"\xb2\n", 0),
        ("²\n".encode(), 0),
        (b"9" * 40 + b"\n", 0),
        (b"\x00" * 100_000, 0),
        (b"123\nhromada\nhost\x07\nname\n", 123),
    ],
)
def test_a_lock_full_of_garbage_is_read_without_a_traceback(tmp_path, garbage, pid):
    community = tmp_path / "Ланна.hromada"
    lock_path_for(community).write_bytes(garbage)
    holder = read_lock(community)
    assert holder is not None and holder.pid == pid  # 0: not a process id anyone has
    assert "\x07" not in holder.host and "\n" not in holder.app


def test_no_lock_beside_a_name_too_long(tmp_path):
    assert read_lock(tmp_path / ("я" * 200 + ".hromada")) is None
