"""No command and not the window ever reaches for the network: the program works offline.

Every way Python code opens an internet connection or looks up a name is made to fail:
``socket.socket.connect`` / ``connect_ex`` on AF_INET and AF_INET6 sockets,
``socket.create_connection`` and ``socket.getaddrinfo``. Local AF_UNIX sockets stay allowed,
because Qt on Linux may talk to D-Bus over one; that is not the network. Qt's own C++
networking does not go through Python's socket module, so the window's test also checks that
QtNetwork was never loaded.
"""

import io
import os
import socket
import subprocess
import sys

import pytest

from hromada_desk.cli import main
from hromada_desk.paths import DATA_DIR_VARIABLE

_INTERNET = (socket.AF_INET, socket.AF_INET6)


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(what):
        attempts.append(what)
        raise OSError(f"network access is forbidden in this test: {what}")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        if self.family in _INTERNET:
            refuse(f"connect {address!r}")
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in _INTERNET:
            refuse(f"connect_ex {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda address, *a, **k: refuse(f"create_connection {address!r}"),
    )
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda host, *a, **k: refuse(f"getaddrinfo {host!r}")
    )
    return attempts


def test_the_guard_really_stops_a_connection(no_network):
    with pytest.raises(OSError, match="forbidden"):
        socket.create_connection(("example.org", 80), timeout=1)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(OSError, match="forbidden"),
    ):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


def test_no_command_opens_a_network_connection(no_network, tmp_path):
    demo = tmp_path / "demo.hromada"
    other = tmp_path / "other.hromada"
    commands = [
        ["demo", str(demo)],
        ["demo", str(other)],
        ["check", str(demo)],
        ["needs", str(demo), "--year", "2023"],
        ["needs", str(demo), "--year", "2023", "--json"],
        ["protocol", str(demo), "--meeting", "1/2023", "-o", str(tmp_path / "p.pdf")],
        ["protocol", str(demo), "--meeting", "1/2023", "-o", str(tmp_path / "p.docx")],
        ["statistics", str(demo), "-o", str(tmp_path / "s.xlsx")],
        ["template", str(demo), "-o", str(tmp_path / "t.xlsx"), "--year", "2023"],
        ["import", str(demo), str(tmp_path / "t.xlsx")],
        ["plan", str(demo), "-o", str(tmp_path / "plan.pdf")],
        ["plan", str(demo), "-o", str(tmp_path / "plan.xlsx"), "--report", "2024"],
        # one file: the two demos hold one community, which consolidate refuses to count twice
        ["consolidate", "-o", str(tmp_path / "r.xlsx"), str(demo)],
        ["restore", str(other), str(demo)],
    ]
    for argv in commands:
        err = io.StringIO()
        assert main(argv, out=io.StringIO(), err=err) == 0, (argv, err.getvalue())
    assert no_network == []


_BOOTSTRAP = r"""
import socket, sys

INTERNET = (socket.AF_INET, socket.AF_INET6)

def refuse(what):
    print("NETWORK ATTEMPT:", what, file=sys.stderr, flush=True)
    raise OSError("network access is forbidden: " + what)

real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

def connect(self, address):
    if self.family in INTERNET:
        refuse("connect %r" % (address,))
    return real_connect(self, address)

def connect_ex(self, address):
    if self.family in INTERNET:
        refuse("connect_ex %r" % (address,))
    return real_connect_ex(self, address)

socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
socket.create_connection = lambda address, *a, **k: refuse("create_connection %r" % (address,))
socket.getaddrinfo = lambda host, *a, **k: refuse("getaddrinfo %r" % (host,))

import atexit
atexit.register(lambda: print("QTNETWORK LOADED" if "PySide6.QtNetwork" in sys.modules
                              else "QTNETWORK ABSENT", flush=True))
sys.argv = ["hromada-desk", "--demo", "--self-test"]
from hromada_desk import cli
cli.run()
"""


def test_the_window_self_test_opens_no_network_connection(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        DATA_DIR_VARIABLE: str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _BOOTSTRAP],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert "QTNETWORK ABSENT" in result.stdout, result.stdout + result.stderr
