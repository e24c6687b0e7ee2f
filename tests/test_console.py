"""Output whatever the code page: pipes and files get UTF-8, a console is left alone.

A Windows pipe is cp1252 on a GitHub runner; PYTHONIOENCODING=cp1252 gives a child process
the same strict stdout and stderr here, so a print of «→» or Ukrainian fails as it would there.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from hromada_desk.console import utf8

ROOT = Path(__file__).resolve().parents[1]
CP1252 = {**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"}


class _Console(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_a_pipe_is_switched_to_utf8_keeping_its_error_handler():
    pipe = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="backslashreplace")
    assert utf8(pipe) is pipe
    assert (pipe.encoding, pipe.errors) == ("utf-8", "backslashreplace")
    pipe.write("гаразд → ×")
    pipe.flush()
    assert pipe.buffer.getvalue().decode("utf-8") == "гаразд → ×"


def test_a_console_and_no_stream_are_left_alone():
    console = _Console(io.BytesIO(), encoding="cp1252")
    assert utf8(console) is console and console.encoding == "cp1252"
    assert utf8(None) is None


def _run(*command: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        env=CP1252,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_a_command_writes_ukrainian_to_a_cp1252_pipe_as_utf8(tmp_path):
    done = _run("-m", "hromada_desk", "demo", str(tmp_path / "Ланна.hromada"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Створено демонстраційну громаду" in done.stdout.decode("utf-8")


def test_a_command_error_reaches_a_cp1252_pipe_as_utf8(tmp_path):
    (tmp_path / "погано.hromada").write_text("не база даних", encoding="utf-8")
    done = _run("-m", "hromada_desk", "check", "погано.hromada", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").startswith("hromada-desk: Файл «погано.hromada»")


def test_the_icon_script_prints_cyrillic_paths_to_a_cp1252_pipe(tmp_path):
    folder = tmp_path / "значки"
    done = _run(str(ROOT / "packaging" / "make_icons.py"), str(folder), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert str(folder / "hromada-desk.ico") in done.stdout.decode("utf-8").splitlines()
