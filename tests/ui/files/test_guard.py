"""The window and a file on a USB stick (a working copy written back after each edit) or open
in a second window (the lock)."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hromada_desk.settings import Settings
from hromada_desk.storage import community_repo, removable, working_copy
from hromada_desk.storage.backups import list_backups
from hromada_desk.storage.database import open_file
from hromada_desk.storage.lock_info import lock_path_for, read_lock
from hromada_desk.ui.files.guard_dialogs import LockAnswer, Recovery
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.session import Session


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def indicator(path: Path) -> int | None:
    with open_file(path, readonly=True) as cf:
        return community_repo.get_indicators(cf, 2023).get("6.1")


def set_cells(cf, value):
    community_repo.replace_indicators(cf, 2023, {"6.1": value})


@pytest.fixture
def make_window(qtbot, tmp_path, policy, errors, languages):
    def make(name="settings"):
        settings = Settings(tmp_path / f"{name}.json")
        window = MainWindow(Session(policy), settings, languages)
        qtbot.addWidget(window)
        window.guard._timer.setInterval(20)
        window.guard._retry.setInterval(50)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def stick(tmp_path, demo_path, monkeypatch):
    """A folder treated as a USB stick, holding a community file."""
    folder = tmp_path / "STICK"
    folder.mkdir()
    path = folder / demo_path.name
    shutil.copyfile(demo_path, path)
    monkeypatch.setattr(
        removable, "is_removable", lambda p: Path(p).resolve().is_relative_to(folder.resolve())
    )
    return path


class Asked:
    """Answers the guard's questions in tests, and records what was asked."""

    def __init__(self, monkeypatch, questions, **answers):
        self.calls: list[str] = []
        for name in (
            "open_locked",
            "recovery",
            "confirm_discard",
            "save_after_failure",
            "tell",
            "copy_path",
        ):
            monkeypatch.setattr(questions, name, self._answer(name, answers.get(name)))

    def _answer(self, name, answer):
        def ask(*args):
            self.calls.append(name)
            if answer is None and name != "tell":
                raise AssertionError(f"unexpected question: {name}{args}")
            return answer(*args) if callable(answer) else answer

        return ask


def test_a_stick_file_is_edited_locally_and_written_back(window, stick, policy, qtbot, data_dir):
    window.set_language("uk")
    assert window.files.open_path(stick)
    cf = window.session.cf
    assert cf.path != stick and cf.path.is_relative_to(data_dir / "working")
    assert window.session.origin == stick.resolve()
    assert window.file_label.text() == str(stick.resolve())
    assert stick.name in window.windowTitle()
    assert "флешку можна виймати" in window.guard.label.text()
    assert lock_path_for(stick).exists()  # the lock is on the stick, for other computers
    before = sha(stick)
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 7), lambda cf: set_cells(cf, 2), "indicators"
    )
    assert sha(stick) == before  # not yet: a burst of edits is written back once
    assert window.guard.label.text() == "Записую на флешку…"
    # written on another thread; the status says so once it is done and checked
    qtbot.waitUntil(
        lambda: window.guard.label.text().startswith("Записано на флешку "), timeout=3000
    )
    assert sha(stick) != before and indicator(stick) == 7
    assert "флешку можна виймати" in window.guard.label.text()
    window.undo_action.trigger()
    assert window.guard.write_back_now() and indicator(stick) != 7
    assert window.files.close_file()
    assert list_backups(policy, stick)  # backed up under the stick file's name
    assert working_copy.find(stick) is None and not lock_path_for(stick).exists()
    assert window.guard.label.text() == ""


def test_a_second_window_gets_the_dialog_and_opens_read_only(make_window, demo_path, qtbot):
    first, second = make_window("first"), make_window("second")
    assert first.files.open_path(demo_path) and not first.session.cf.readonly
    seen = []

    def answer(button_name):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        for button in box.buttons():
            if button.objectName() == button_name or (
                button_name == "cancel"
                and box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole
            ):
                button.click()
                return
        raise AssertionError(f"no button {button_name}")

    QTimer.singleShot(0, lambda: answer("cancel"))
    assert not second.files.open_path(demo_path) and not second.session.is_open
    QTimer.singleShot(0, lambda: answer("read_only"))
    assert second.files.open_path(demo_path)
    assert second.session.cf.readonly and first.session.is_open
    assert f"process {os.getpid()}" in seen[0] and demo_path.name in seen[0]
    assert "python" not in seen[0]  # the program is not named after the interpreter
    first.files.close_file()
    assert not lock_path_for(demo_path).exists()


def test_a_lock_left_by_a_dead_process_is_cleared_silently(window, demo_path, monkeypatch):
    lock = QLockFile(str(lock_path_for(demo_path)))
    assert lock.tryLock(0)
    content = lock_path_for(demo_path).read_text().splitlines()
    lock.unlock()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock_path_for(demo_path).write_text("\n".join([str(gone.pid), *content[1:]]) + "\n")
    Asked(monkeypatch, window.guard.questions)  # any question fails the test
    assert window.files.open_path(demo_path) and not window.session.cf.readonly
    assert read_lock(demo_path).pid == os.getpid()


def test_stick_pulled_out_keeps_changes_offers_a_copy_and_writes_back_later(
    window, stick, tmp_path, qtbot, monkeypatch
):
    saved = tmp_path / "saved.hromada"
    asked = Asked(monkeypatch, window.guard.questions, save_after_failure=True, copy_path=saved)
    assert window.files.open_path(stick)
    # no retry while the failure is looked at: a retry would show «Writing…» meanwhile
    window.guard._retry.setInterval(60_000)
    away = tmp_path / "pocket"
    stick.parent.rename(away)
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 9), lambda cf: set_cells(cf, 2), "indicators"
    )
    qtbot.waitUntil(lambda: "save_after_failure" in asked.calls, timeout=3000)
    assert indicator(saved) == 9  # the offered copy holds the change
    assert "Not written to the stick" in window.guard.label.text()
    assert [wc.original for wc in working_copy.unsynchronised()] == [stick.resolve()]
    away.rename(stick.parent)  # the stick is back: the retry writes the change
    assert window.guard._retry.isActive()  # it was kept trying
    window.guard._retry.setInterval(50)
    # written on another thread: the status changes once the outcome is taken in
    qtbot.waitUntil(
        lambda: window.guard.label.text().startswith("Written to the stick at"), timeout=3000
    )
    assert indicator(stick) == 9
    assert asked.calls.count("save_after_failure") == 1  # told once, not at every retry


def test_stick_gone_on_close_keeps_the_working_copy_for_later(window, stick, tmp_path, monkeypatch):
    asked = Asked(monkeypatch, window.guard.questions, save_after_failure=False)
    assert window.files.open_path(stick)
    window.guard._timer.setInterval(60_000)  # closed before the write-back is due
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 4), lambda cf: set_cells(cf, 2), "indicators"
    )
    stick.parent.rename(tmp_path / "pocket")
    assert window.files.close_file()
    assert asked.calls == ["save_after_failure", "tell"]
    [kept] = working_copy.unsynchronised()
    assert kept.original == stick.resolve() and indicator(kept.local) == 4


def _leave_changes(stick: Path, value: int) -> working_copy.WorkingCopy:
    wc = working_copy.start(stick)
    with open_file(wc.local) as cf:
        set_cells(cf, value)
    return wc


def test_start_up_offers_to_write_back_a_working_copy_left_with_changes(window, stick, monkeypatch):
    _leave_changes(stick, 5)
    asked = Asked(monkeypatch, window.guard.questions, recovery=Recovery.WRITE_BACK)
    window.guard.offer_recovery()
    assert asked.calls == ["recovery"]
    assert indicator(stick) == 5 and working_copy.unsynchronised() == []


def test_discarding_a_working_copy_asks_first(window, stick, monkeypatch):
    wc = _leave_changes(stick, 6)
    confirmations = iter([False, True])
    asked = Asked(
        monkeypatch,
        window.guard.questions,
        recovery=Recovery.DISCARD,
        confirm_discard=lambda _wc: next(confirmations),
    )
    before = sha(stick)
    window.guard.offer_recovery()
    assert asked.calls == ["recovery", "confirm_discard", "recovery", "confirm_discard"]
    assert sha(stick) == before and not wc.folder.exists()


def test_opening_the_stick_file_again_offers_recovery_first(window, stick, tmp_path, monkeypatch):
    wc = _leave_changes(stick, 8)
    asked = Asked(monkeypatch, window.guard.questions, recovery=Recovery.LATER)
    assert not window.files.open_path(stick)  # "later": the file is not opened over the changes
    assert working_copy.find(stick).unsynchronised() and not lock_path_for(stick).exists()
    target = tmp_path / "elsewhere.hromada"
    asked = Asked(
        monkeypatch, window.guard.questions, recovery=Recovery.SAVE_ELSEWHERE, copy_path=target
    )
    assert window.files.open_path(stick)
    assert asked.calls == ["recovery", "copy_path", "tell"]
    assert indicator(target) == 8 and indicator(window.session.cf.path) != 8
    assert not (wc.folder / "record.json").exists() or not working_copy.find(stick).unsynchronised()


def test_the_recovery_question_gives_the_time_the_ukrainian_way(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from hromada_desk.ui.files.guard_dialogs import GuardQuestions

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    wc = working_copy.WorkingCopy(
        folder=tmp_path,
        original=tmp_path / "Громада.hromada",
        created="2026-11-29T16:09:05",
        synced_sha256="",
        dirty=True,
    )
    parent = QWidget()
    assert GuardQuestions(parent).recovery(wc) is Recovery.LATER  # closed without a choice
    assert "29.11.2026 16:09" in asked[0] and "Громада.hromada" in asked[0]


def _lock_from_another_computer(path: Path) -> None:
    """The lock a window on another computer leaves (a stick pulled out there)."""
    lock = QLockFile(str(lock_path_for(path)))
    assert lock.tryLock(0)
    lines = lock_path_for(path).read_text().splitlines()
    lock.unlock()
    lines[0], lines[2] = "4242", "district-office-pc"
    if len(lines) > 3:  # Qt also writes the machine's id: another computer has another one
        lines[3] = "0" * len(lines[3])
    lock_path_for(path).write_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("confirmed", [True, False])
def test_a_lock_from_another_computer_can_be_taken_over_after_a_warning(
    window, demo_path, monkeypatch, confirmed
):
    _lock_from_another_computer(demo_path)
    buttons, warnings = [], []

    def answer():
        box = QApplication.activeModalWidget()
        buttons.extend(b.objectName() for b in box.buttons() if b.objectName())
        next(b for b in box.buttons() if b.objectName() == "take_over").click()

    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda parent, title, text, *rest: (
            warnings.append(text),
            QMessageBox.StandardButton.Open if confirmed else QMessageBox.StandardButton.Cancel,
        )[1],
    )
    QTimer.singleShot(0, answer)
    opened = window.files.open_path(demo_path)
    assert buttons == ["read_only", "take_over"]
    assert "district-office-pc" in warnings[0]
    if confirmed:
        assert opened and not window.session.cf.readonly
        assert read_lock(demo_path).pid == os.getpid()  # the lock is ours now
    else:
        assert not opened and not window.session.is_open
        assert read_lock(demo_path).host == "district-office-pc"  # left as it was


def test_a_lock_held_on_this_computer_cannot_be_taken_over(make_window, demo_path, qtbot):
    first, second = make_window("first"), make_window("second")
    assert first.files.open_path(demo_path)
    buttons = []

    def answer():
        box = QApplication.activeModalWidget()
        buttons.extend(b.objectName() for b in box.buttons() if b.objectName())
        box.reject()

    QTimer.singleShot(0, answer)
    assert not second.files.open_path(demo_path)
    assert buttons == ["read_only"]


def _slow_stick(monkeypatch, started, release):
    """A stick that takes its time: the write-back's copy waits until ``release`` is set."""
    real_write = working_copy._write

    def write(fd, data):
        started.set()
        assert release.wait(10)
        return real_write(fd, data)

    monkeypatch.setattr(working_copy, "_write", write)


def test_a_slow_stick_does_not_hold_up_editing_and_gets_the_latest_state(
    window, stick, qtbot, monkeypatch
):
    import threading

    started, release = threading.Event(), threading.Event()
    _slow_stick(monkeypatch, started, release)
    assert window.files.open_path(stick)
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 7), lambda cf: set_cells(cf, 2), "indicators"
    )
    qtbot.waitUntil(started.is_set, timeout=3000)  # the copy to the stick is under way …
    # … and the window goes on: another edit is made meanwhile, in the local copy
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 8), lambda cf: set_cells(cf, 7), "indicators"
    )
    assert indicator(window.session.cf.path) == 8
    release.set()
    qtbot.waitUntil(lambda: indicator(stick) == 8, timeout=5000)  # written again after
    qtbot.waitUntil(
        lambda: window.guard.label.text().startswith("Written to the stick"), timeout=3000
    )
    assert not working_copy.find(stick).unsynchronised()
    assert not [p for p in stick.parent.iterdir() if p.name.endswith(".writing")]


def test_closing_during_a_write_back_waits_for_it_and_writes_the_rest(
    window, stick, qtbot, monkeypatch
):
    import threading

    started, release = threading.Event(), threading.Event()
    _slow_stick(monkeypatch, started, release)
    assert window.files.open_path(stick)
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 7), lambda cf: set_cells(cf, 2), "indicators"
    )
    qtbot.waitUntil(started.is_set, timeout=3000)
    assert window.session.execute(
        "6.1", lambda cf: set_cells(cf, 9), lambda cf: set_cells(cf, 7), "indicators"
    )
    threading.Timer(0.2, release.set).start()  # the stick finishes while the window closes
    assert window.files.close_file()
    assert indicator(stick) == 9  # the last edit reached the stick before the file let go
    assert working_copy.find(stick) is None and not lock_path_for(stick).exists()


def test_a_read_only_file_says_so_above_the_pages_and_offers_a_copy_to_edit(
    make_window, demo_path, tmp_path, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    first, second = make_window("first"), make_window("second")
    for window in (first, second):
        window.show()
    assert first.files.open_path(demo_path)
    Asked(monkeypatch, second.guard.questions, open_locked=LockAnswer.READ_ONLY)
    assert second.files.open_path(demo_path) and second.session.cf.readonly
    assert second.read_only_bar.isVisible() and not first.read_only_bar.isVisible()
    copy = tmp_path / "копія для змін.hromada"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    second.read_only_bar.copy_button.click()
    qtbot.waitUntil(lambda: second.session.origin == copy.resolve(), timeout=5000)
    assert not second.session.cf.readonly and not second.read_only_bar.isVisible()
    assert indicator(copy) == indicator(demo_path)  # the same records, now editable


def test_a_lock_that_cannot_be_taken_over_leaves_the_file_closed(
    window, demo_path, monkeypatch, errors
):
    from hromada_desk.ui.files.lock import FileLock, LockState

    _lock_from_another_computer(demo_path)
    before = sha(demo_path)
    Asked(monkeypatch, window.guard.questions, open_locked=LockAnswer.TAKE_OVER)
    monkeypatch.setattr(FileLock, "take_over", lambda lock: LockState.UNAVAILABLE)
    assert not window.files.open_path(demo_path)
    assert not window.session.is_open  # never opened for writing without its lock
    assert "блокування" in errors[-1].message and sha(demo_path) == before


def test_restoring_a_file_another_window_holds_is_refused(
    make_window, demo_path, policy, monkeypatch, errors
):
    first, second = make_window("first"), make_window("second")
    assert first.files.open_path(demo_path)
    assert first.session.execute(
        "6.1", lambda cf: set_cells(cf, 5), lambda cf: set_cells(cf, 2), "indicators"
    )
    Asked(monkeypatch, second.guard.questions, open_locked=LockAnswer.READ_ONLY)
    assert second.files.open_path(demo_path) and second.session.cf.readonly
    assert not second.files.restore_action.isEnabled()
    assert first.files.restore_action.isEnabled()
    backup = demo_path.with_name("old.hromada")
    shutil.copyfile(demo_path, backup)
    set_cells_before = indicator(backup)
    assert set_cells_before == 5
    with open_file(backup) as cf:  # an older state to restore
        set_cells(cf, 1)
    # the menu item is off; even asked directly, the window does not replace a held file
    assert second.files.restore(backup) and second.session.cf.readonly  # reopened as before
    assert "не відновлено" in errors[-1].message
    assert first.session.is_open and indicator(demo_path) == 5  # the first window's edit


def test_an_empty_lock_is_left_alone_while_it_may_be_being_written(tmp_path):
    from hromada_desk.ui.files.lock import EMPTY_LOCK_GRACE_S, FileLock, LockState

    path = tmp_path / "a.hromada"
    lock_path_for(path).write_text("")
    assert FileLock.beside(path).acquire() is LockState.HELD  # just created: another window
    old = lock_path_for(path).stat().st_mtime - EMPTY_LOCK_GRACE_S - 5
    os.utime(lock_path_for(path), (old, old))
    lock = FileLock.beside(path)
    assert lock.acquire() is LockState.LOCKED  # left by a process that died writing it
    lock.release()
