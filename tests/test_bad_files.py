"""Every command that reads a community file refuses every kind of bad file with one clear
Ukrainian line (exit 1, no traceback) and leaves the file byte-for-byte as it was."""

import hashlib
import io
import os
import subprocess
import sys

import pytest

from hromada_desk.cli import main
from tests import badfiles

# Each command with the bad file as FILE ({bad}); {good} is a sound copy of the demo file,
# {out} a folder for anything a command might write.
COMMANDS = {
    "check": ["check", "{bad}"],
    "needs": ["needs", "{bad}", "--year", "2023"],
    "protocol": ["protocol", "{bad}", "--meeting", "1/2023", "-o", "{out}/x.pdf"],
    "statistics": ["statistics", "{bad}", "-o", "{out}/x.xlsx"],
    "template": ["template", "{bad}", "-o", "{out}/t.xlsx", "--year", "2023"],
    "import": ["import", "{bad}", "{workbook}"],
    "plan": ["plan", "{bad}", "-o", "{out}/p.pdf"],
    "consolidate": ["consolidate", "-o", "{out}/r.xlsx", "{bad}"],
    "restore": ["restore", "{good}", "{bad}"],  # the bad file as the backup
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def workbook(tmp_path_factory, demo_template):
    """A sound filled-in template, so that import gets as far as opening the file."""
    path = tmp_path_factory.mktemp("workbook") / "wb.xlsx"
    assert (
        main(
            ["template", str(demo_template), "-o", str(path), "--year", "2023"],
            out=io.StringIO(),
            err=io.StringIO(),
        )
        == 0
    )
    return path


@pytest.fixture
def case(tmp_path, demo_path, workbook):
    def build(command, make):
        bad = tmp_path / "bad.hromada"
        make(bad, demo_path)
        out = tmp_path / "out"
        out.mkdir()
        argv = [
            a.format(bad=bad, good=demo_path, out=out, workbook=workbook) for a in COMMANDS[command]
        ]
        return argv, bad, out

    return build


@pytest.mark.parametrize(("make", "message"), badfiles.MAKERS_AND_MESSAGES, ids=badfiles.IDS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_bad_file_is_refused_with_one_line_and_left_unchanged(
    case, demo_path, command, make, message
):
    argv, bad, out_dir = case(command, make)
    before, good_before = digest(bad), digest(demo_path)
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    text = err.getvalue()
    assert code == 1, (out.getvalue(), text)
    assert text.startswith("hromada-desk: ") and text.count("\n") == 1, text
    assert message in text and "Traceback" not in text
    assert out.getvalue() == ""
    assert digest(bad) == before and digest(demo_path) == good_before
    assert list(out_dir.iterdir()) == []


def test_as_a_process_a_damaged_file_gives_one_line_and_no_traceback(case):
    argv, bad, out_dir = case("protocol", badfiles.corrupt_pages)
    before = digest(bad)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "hromada_desk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith("hromada-desk: ") and "пошкоджено" in result.stderr
    assert digest(bad) == before and list(out_dir.iterdir()) == []
