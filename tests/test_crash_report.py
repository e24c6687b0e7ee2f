"""The crash report keeps what a developer needs and masks what could identify a person."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hromada_desk.crash_report import (
    MASKED_NUMBER,
    MASKED_PATH,
    MASKED_TEXT,
    PACKAGE_DIR,
    format_report,
    safe_message,
    shown_path,
)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            "'NoneType' object has no attribute 'surname'",
            "'NoneType' object has no attribute 'surname'",
        ),
        (
            "CHECK constraint failed: length(name) <= 300",
            "CHECK constraint failed: length(name) <= 300",
        ),
        ("list index out of range", "list index out of range"),
        ("'Шевченко Ольга Петрівна'", f"'{MASKED_TEXT}'"),
        (
            "invalid literal for int() with base 10: 'сто'",
            f"invalid literal for int() with base 10: '{MASKED_TEXT}'",
        ),
        ("no file /home/olena/Громади/Ланна.hromada here", f"no file {MASKED_PATH} here"),
        (r"C:\Users\olena\Desktop\x.hromada is locked", f"{MASKED_PATH} is locked"),
        ("~/Ланна.hromada", MASKED_PATH),
        ("call 0501234567 about 12 cases", f"call {MASKED_NUMBER} about 12 cases"),
        ("a\nmessage  over\tlines", "a message over lines"),
        # a path with spaces in its folders' names, quoted or not, is masked whole
        (r"C:\Users\Olena Petrenko\Documents\x.hromada is locked", f"{MASKED_PATH} is locked"),
        ("no file /home/Olena Petrenko/Громади/Ланна.hromada here", f"no file {MASKED_PATH} here"),
        (
            "[Errno 13] Permission denied: '/media/Olena Petrenko/a b.hromada'",
            f"[Errno 13] Permission denied: '{MASKED_PATH}'",
        ),
        ("mail olena.petrenko@ukr.net failed", f"mail {MASKED_TEXT} failed"),
        ("call +380 67 123 45 67 now", f"call {MASKED_NUMBER} now"),
        ("call 067-123-45-67 now", f"call {MASKED_NUMBER} now"),
        ("call (05322) 3-45-67", f"call {MASKED_NUMBER}"),
        ("years 2022-2023 at line 12", "years 2022-2023 at line 12"),
    ],
)
def test_messages_keep_code_words_and_mask_people_places_and_paths(message, shown):
    assert safe_message(message) == shown


def test_a_very_long_message_is_cut():
    assert len(safe_message("x " * 1000)) <= 301


def test_frames_are_named_relative_to_the_package_or_by_file_name(tmp_path):
    assert shown_path(str(PACKAGE_DIR / "ui" / "errors.py")) == "hromada_desk/ui/errors.py"
    assert shown_path(str(tmp_path / "Ольга" / "script.py")) == "script.py"
    assert shown_path("<frozen importlib._bootstrap>") == "<frozen importlib._bootstrap>"
    assert shown_path(sys.modules["pytest"].__file__).startswith("site-packages/")


def _fail_in_the_package() -> None:
    from hromada_desk.domain.council import Meeting

    meeting = Meeting(1, None, "зала", "засідання")  # type: ignore[arg-type]
    meeting.label  # noqa: B018 - the property fails inside the package


def test_the_report_has_versions_chain_and_frames_but_no_values(tmp_path):
    surname = "Шевченко"
    community_file = Path.home() / "Документи" / "Ланнівська громада.hromada"
    try:
        try:
            _fail_in_the_package()
        except AttributeError as exc:
            raise RuntimeError(f"член ради {surname}: {community_file}") from exc
    except RuntimeError as exc:
        report = format_report(type(exc), exc, exc.__traceback__, toolkit="Qt 6.x")
    for secret in ("Шевченко", "Документи", "Ланнівська", str(Path.home()), "зала"):
        assert secret not in report
    assert report.startswith("hromada-desk ")
    assert "Python 3." in report and "Qt 6.x" in report
    assert 'File "hromada_desk/domain/council.py", line ' in report and ", in label" in report
    assert "in _fail_in_the_package" in report and "test_crash_report.py" in report
    assert "AttributeError: 'NoneType' object has no attribute 'year'" in report
    assert "The above exception was the direct cause" in report
    assert f"RuntimeError: {MASKED_TEXT}: {MASKED_PATH}" in report
    assert report.index("AttributeError") < report.index("RuntimeError")
    assert 'raise RuntimeError(f"член ради {surname}: {community_file}") from exc' in report


def test_the_login_and_home_folder_names_are_masked_wherever_they_appear(monkeypatch):
    monkeypatch.setenv("HOME", "/home/opetrenko")
    monkeypatch.setenv("USERPROFILE", r"C:\Users\opetrenko")
    monkeypatch.setenv("LOGNAME", "opetrenko")
    monkeypatch.setenv("USER", "opetrenko")
    shown = safe_message("lock held by opetrenko@office-pc for OPETRENKO")
    assert "opetrenko" not in shown.casefold() and MASKED_TEXT in shown


def test_crash_logs_are_private_and_the_oldest_are_removed(data_dir):
    from hromada_desk.ui.common.errors import KEPT_CRASH_LOGS, write_crash_log

    written = [write_crash_log(f"report {n}") for n in range(KEPT_CRASH_LOGS + 5)]
    logs = sorted((data_dir / "logs").glob("crash-*.log"))
    assert len(logs) == KEPT_CRASH_LOGS
    assert logs == sorted(written[-KEPT_CRASH_LOGS:])  # the newest kept
    if sys.platform != "win32":
        assert all(log.stat().st_mode & 0o077 == 0 for log in logs)
