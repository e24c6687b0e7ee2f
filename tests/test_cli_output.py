"""Where the commands write: a document goes whole to the file named or not at all (one
clear line, no ``.part`` left, never over the community file it was made from), and a
report that cannot reach stdout is one clear line too."""

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hromada_desk.cli import main
from tests.clicontract import assert_contract, assert_one_line_error, run

# Each command that writes a document, with {demo} as its community file and {target} as -o.
WRITERS = {
    "protocol.pdf": (["protocol", "{demo}", "--meeting", "1/2023", "-o", "{target}"], ".pdf"),
    "protocol.docx": (["protocol", "{demo}", "--meeting", "1/2023", "-o", "{target}"], ".docx"),
    "plan.pdf": (["plan", "{demo}", "-o", "{target}"], ".pdf"),
    "plan.xlsx": (["plan", "{demo}", "--report", "2024", "-o", "{target}"], ".xlsx"),
    "statistics": (["statistics", "{demo}", "-o", "{target}"], ".xlsx"),
    "consolidate": (["consolidate", "{demo}", "-o", "{target}"], ".xlsx"),
    "template": (["template", "{demo}", "--year", "2023", "-o", "{target}"], ".xlsx"),
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(*folders):
    return [p for folder in folders for p in Path(folder).rglob("*.part")]


def run_writer(writer, demo_path, target):
    argv, _ = WRITERS[writer]
    return run(
        *[a.replace("{demo}", str(demo_path)).replace("{target}", str(target)) for a in argv]
    )


def _folder(tmp_path, suffix):
    target = tmp_path / f"теку{suffix}"
    target.mkdir()
    return target


def _trailing_slash(tmp_path, suffix):
    return f"{tmp_path / ('x' + suffix)}{os.sep}"


def _missing_folder(tmp_path, suffix):
    return tmp_path / "немає" / f"x{suffix}"


def _file_for_folder(tmp_path, suffix):
    (tmp_path / "файл").write_text("")
    return tmp_path / "файл" / f"x{suffix}"


def _too_long(tmp_path, suffix):
    return tmp_path / ("я" * 200 + suffix)


def _sysfs(tmp_path, suffix):
    if not Path("/sys/kernel").is_dir():
        pytest.skip("needs Linux's /sys, where nobody may create files")
    return Path("/sys") / f"x{suffix}"


def _read_only_folder(tmp_path, suffix):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("the superuser writes into read-only folders")
    folder = tmp_path / "лише-читання"
    folder.mkdir()
    folder.chmod(0o555)
    return folder / f"x{suffix}"


def _full_device(tmp_path, suffix):
    """A device like /dev/full (every write: no space left), made where a test may replace
    it: a rename over the real /dev/full would put a file in its place for everybody."""
    target = tmp_path / f"full{suffix}"
    try:
        os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (AttributeError, PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    return target


# (how the target is made, a fragment of the one line)
BAD_TARGETS = {
    "an existing folder": (_folder, "це тека"),
    "a name ending in a slash": (_trailing_slash, "це тека"),
    "a folder that does not exist": (_missing_folder, "такої теки не існує"),
    "a file where a folder should be": (_file_for_folder, "такої теки не існує"),
    "a name too long": (_too_long, "задовга назва"),
    "a folder nobody may write to": (_sysfs, "немає дозволу"),
    "a read-only folder": (_read_only_folder, "немає дозволу"),
    "a full device": (_full_device, "закінчилося місце"),
}


@pytest.mark.parametrize("target_kind", BAD_TARGETS)
@pytest.mark.parametrize("writer", WRITERS)
def test_a_document_that_cannot_be_written_is_one_line_and_leaves_nothing(
    demo_path, tmp_path, writer, target_kind, request
):
    make, fragment = BAD_TARGETS[target_kind]
    if target_kind == "a read-only folder" and os.name == "posix" and os.geteuid() == 0:
        # the superuser ignores permissions, not a read-only mount (a locked stick, a CD)
        _, mount = request.getfixturevalue("read_only_media")
        target, fragment = mount / f"x{WRITERS[writer][1]}", "лише для читання"
    else:
        target = make(tmp_path, WRITERS[writer][1])
    before = digest(demo_path)
    code, out, err = run_writer(writer, demo_path, target)
    assert_one_line_error(code, out, err, fragment)
    assert digest(demo_path) == before
    assert not leftovers(tmp_path)
    if target_kind == "a full device":
        assert Path(target).is_char_device()  # not replaced by a file


@pytest.mark.parametrize("writer", WRITERS)
def test_the_community_file_is_never_the_output(demo_path, tmp_path, writer):
    suffix = WRITERS[writer][1]
    community = tmp_path / f"громада{suffix}"  # a community file may have any name
    community.write_bytes(demo_path.read_bytes())
    link = tmp_path / f"посилання{suffix}"
    link.symlink_to(community)
    before = digest(community)
    for target in (community, link):
        code, out, err = run_writer(writer, community, target)
        assert_one_line_error(code, out, err, "вхідний файл")
        assert digest(community) == before and link.is_symlink()


@pytest.mark.parametrize("writer", list(WRITERS))
def test_no_document_is_written_over_another_community_file(demo_path, tmp_path, writer):
    """Chosen by mistake in a save dialog: another community's file, named like a document."""
    other = tmp_path / f"інша громада{WRITERS[writer][1]}"
    other.write_bytes(demo_path.read_bytes())
    before = digest(other)
    code, out, err = run_writer(writer, demo_path, other)
    assert_one_line_error(code, out, err, "це файл громади")
    assert digest(other) == before


@pytest.mark.parametrize("writer", ["plan.xlsx", "statistics", "protocol.docx"])
def test_a_name_at_the_length_limit_is_written(demo_path, tmp_path, writer):
    suffix = WRITERS[writer][1]
    target = tmp_path / ("a" * (255 - len(suffix)) + suffix)  # the .part would be too long
    code, _, err = run_writer(writer, demo_path, target)
    assert (code, err) == (0, "") and target.stat().st_size > 0
    assert not leftovers(tmp_path)


def test_a_link_to_a_document_is_followed_not_replaced(demo_path, tmp_path):
    real = tmp_path / "реальний.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "посилання.xlsx"
    link.symlink_to(real)
    code, _, err = run_writer("statistics", demo_path, link)
    assert (code, err) == (0, "")
    assert link.is_symlink() and real.read_bytes().startswith(b"PK")


def test_ctrl_c_while_writing_leaves_no_part_file(demo_path, tmp_path, monkeypatch):
    from hromada_desk.exports import output

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", interrupted)
    target = tmp_path / "s.xlsx"
    assert_one_line_error(*run_writer("statistics", demo_path, target), "перервано")
    assert not target.exists() and not leftovers(tmp_path)


# --- stdout and stderr ---------------------------------------------------------------


def _process(argv, **streams):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "hromada_desk", *argv], env=env, timeout=120, check=False, **streams
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "argv",
    [
        ["needs", "{demo}", "--year", "2023"],
        ["needs", "{demo}", "--year", "2023", "--json"],
        ["check", "{demo}"],
        ["statistics", "{demo}", "-o", "{tmp}/s.xlsx"],
        ["needs", "--help"],
        ["--version"],
    ],
)
def test_stdout_on_a_full_disk_is_one_line(demo_path, tmp_path, argv):
    argv = [a.replace("{demo}", str(demo_path)).replace("{tmp}", str(tmp_path)) for a in argv]
    with open("/dev/full", "w") as full:
        result = _process(argv, stdout=full, stderr=subprocess.PIPE)
    err = result.stderr.decode("utf-8")
    assert_one_line_error(
        result.returncode, "", err, "Не вдалося вивести результат", "закінчилося місце"
    )


def test_a_closed_stdout_is_one_line(demo_path):
    result = (
        _process(
            ["needs", str(demo_path), "--year", "2023"],
            stderr=subprocess.PIPE,
            preexec_fn=lambda: os.close(1),
        )
        if os.name == "posix"
        else None
    )
    if result is None:
        pytest.skip("needs POSIX file descriptors")
    assert_one_line_error(
        result.returncode, "", result.stderr.decode("utf-8"), "стандартний вивід закрито"
    )


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX file descriptors")
def test_a_closed_stderr_still_exits_1(tmp_path):
    result = _process(
        ["needs", "--input", str(tmp_path / "немає.json")],
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),
    )
    assert result.returncode == 1 and result.stdout == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stderr_still_exits_1(tmp_path):
    with open("/dev/full", "w") as full:
        result = _process(
            ["needs", "--input", str(tmp_path / "немає.json")], stdout=subprocess.PIPE, stderr=full
        )
    assert result.returncode == 1 and result.stdout == b""


def test_a_reader_that_goes_away_ends_quietly(demo_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "hromada_desk", "needs", str(demo_path), "--year", "2023"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # as `| head -0` does
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0 and err == b""


@pytest.mark.skipif(os.name != "posix", reason="names are bytes on POSIX only")
@pytest.mark.parametrize(
    ("argv", "code"),
    [
        ([b"needs", b"--input", b"\x80\n.json"], 1),
        ([b"protocol", b"{demo}", b"--meeting", b"\x80", b"-o", b"x.pdf"], 1),
        ([b"statistics", b"{demo}", b"-o", b"\x80.pdf"], 1),
        ([b"needs", b"{demo}", b"--year", b"2023", b"\x80\n"], 2),  # an argument too many
        ([b"needs", b"{demo}", b"--year", b"\x80"], 2),
    ],
)
def test_undecodable_arguments_are_echoed_escaped(demo_path, argv, code):
    argv = [a.replace(b"{demo}", os.fsencode(demo_path)) for a in argv]
    result = _process(argv, capture_output=True)
    err = result.stderr.decode("utf-8")
    assert result.returncode == code, err
    assert "Traceback" not in err and "\\udc80" in err, err
    if code == 1:
        assert_one_line_error(code, result.stdout.decode("utf-8"), err)


@pytest.mark.skipif(os.name != "posix", reason="names are bytes on POSIX only")
def test_a_document_under_an_undecodable_name_is_said_escaped(demo_path, tmp_path):
    target = os.fsencode(tmp_path) + b"/\x80.xlsx"
    result = _process([b"statistics", os.fsencode(demo_path), b"-o", target], capture_output=True)
    assert (result.returncode, result.stderr) == (0, b"")
    assert "\\udc80.xlsx" in result.stdout.decode("utf-8")
    assert Path(os.fsdecode(target)).exists()


def test_ctrl_c_is_one_line(demo_path, monkeypatch):
    from hromada_desk.domain import needs

    def interrupted(data):
        raise KeyboardInterrupt

    monkeypatch.setattr(needs, "calculate", interrupted)
    assert_one_line_error(*run("needs", str(demo_path), "--year", "2023"), "перервано")


def test_usage_errors_stay_exit_2(capsys):
    for argv in (["needs", "--nonsense"], ["protocol"], ["statistics", "x", "-o"]):
        code = main(argv)
        assert code == 2 and "неправильний виклик" in capsys.readouterr().err
    assert_contract(*run("needs", "--help"))
