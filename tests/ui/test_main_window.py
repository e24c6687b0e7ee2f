import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from hromada_desk.errors import KnownError
from hromada_desk.paths import DATA_DIR_VARIABLE
from hromada_desk.settings import Settings
from hromada_desk.storage import community_repo, database
from hromada_desk.storage.backups import list_backups
from hromada_desk.storage.database import open_file
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.session import Session
from tests import badfiles


@pytest.fixture
def window(qtbot, tmp_path, policy, errors, languages):
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    qtbot.addWidget(window)
    window.show()  # as a person sees it: without a file, the welcome page
    return window


def set_cells(cf, value):
    community_repo.replace_indicators(cf, 2023, {"6.1": value})


def test_welcome_page_without_a_file(window):
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == "hromada-desk"
    assert not window.files.copy_action.isEnabled() and not window.files.close_action.isEnabled()


def test_a_window_opening_a_file_before_it_is_shown_never_builds_the_welcome_page(
    qtbot, tmp_path, policy, errors, languages, demo_path
):
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    qtbot.addWidget(window)
    assert window.files.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.central.currentWidget() is window.workspace
    assert window._welcome is None
    window.files.close_file()
    assert window.central.currentWidget() is window.welcome  # built when it is needed


def test_opening_a_file_shows_the_pages_and_remembers_it(window, demo_path):
    assert window.files.open_path(demo_path)
    assert window.central.currentWidget() is window.workspace
    assert "Ланнівська сільська територіальна громада" in window.windowTitle()
    assert demo_path.name in window.windowTitle()
    assert window.file_label.text() == str(demo_path)
    assert window.navigation.count() == len(window.pages) >= 7
    assert window.settings.last_file == demo_path.resolve()
    assert window.settings.recent_files[0] == demo_path.resolve()
    window.session.close()
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1


def test_a_bad_file_is_reported_and_nothing_opens(window, tmp_path, errors):
    bad = tmp_path / "bad.hromada"
    bad.write_text("not a database")
    assert not window.files.open_path(bad)
    assert "не є файлом громади" in errors[0].message
    assert not window.session.is_open


@pytest.mark.parametrize(("make", "message"), badfiles.MAKERS_AND_MESSAGES, ids=badfiles.IDS)
def test_every_kind_of_bad_file_is_reported_and_left_unchanged(
    window, tmp_path, errors, demo_template, make, message
):
    bad = tmp_path / "bad.hromada"
    make(bad, demo_template)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.files.open_path(bad)
    [error] = errors
    assert message in error.message
    assert not window.session.is_open
    assert window.central.currentWidget() is window.welcome
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("bad.hromada-*"))  # no journal left beside it


def test_edits_are_saved_undone_and_redone_from_the_edit_menu(window, demo_path):
    window.files.open_path(demo_path)
    session = window.session
    session.execute("6.1", lambda cf: set_cells(cf, 7), lambda cf: set_cells(cf, 2), "indicators")
    assert "All changes saved" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled() and "6.1" in window.undo_action.text()
    window.undo_action.trigger()
    assert community_repo.get_indicators(session.cf, 2023)["6.1"] == 2
    window.redo_action.trigger()
    assert community_repo.get_indicators(session.cf, 2023)["6.1"] == 7


def test_keyboard_moves_between_pages(window, demo_path, qtbot):
    window.files.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(0)
    window.next_page_action.trigger()
    assert window.stack.currentIndex() == 1
    window.previous_page_action.trigger()
    window.previous_page_action.trigger()
    assert window.stack.currentIndex() == len(window.pages) - 1


def _drag(kind, mime):
    # The event keeps only a pointer to ``mime``: the caller holds it for the event's life.
    return kind(
        QPoint(10, 10) if kind is QDragEnterEvent else QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_dropping_a_community_file_opens_it(window, demo_path, tmp_path):
    text_only, with_file = QMimeData(), QMimeData()
    text_only.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    with_file.setUrls([*text_only.urls(), QUrl.fromLocalFile(str(demo_path))])
    refused = _drag(QDragEnterEvent, text_only)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    accepted = _drag(QDragEnterEvent, with_file)
    QApplication.sendEvent(window, accepted)
    assert accepted.isAccepted() and not window.session.is_open
    # Qt delivers a drop only to the widget that accepted the drag (entered just above).
    QApplication.sendEvent(window, _drag(QDropEvent, with_file))
    assert window.session.is_open and window.session.cf.path == demo_path


def test_save_a_copy_runs_in_the_background_and_is_verified(window, demo_path, tmp_path):
    window.files.open_path(demo_path)
    target = tmp_path / "stick" / "copy"
    target.parent.mkdir()
    job = window.files.start_copy(target)
    assert job.wait()
    copy = target.with_name("copy.hromada")
    with open_file(copy, readonly=True) as cf:
        assert community_repo.get_community(cf).name.startswith("Ланнівська")
    assert "copy.hromada" in window.statusBar().currentMessage()


def test_a_failed_copy_is_reported(window, demo_path, tmp_path, errors):
    window.files.open_path(demo_path)
    job = window.files.start_copy(tmp_path / "no-such-folder" / "copy.hromada")
    assert job.wait()
    assert errors and "копію" in errors[0].message


def test_restore_from_a_backup(window, demo_path, policy):
    window.files.open_path(demo_path)
    set_cells(window.session.cf, 9)
    window.session.close()  # the backup made on close holds 6.1 = 9
    [backup] = list_backups(policy, demo_path)
    window.files.open_path(demo_path)
    set_cells(window.session.cf, 4)
    assert window.files.restore(backup)
    assert community_repo.get_indicators(window.session.cf, 2023)["6.1"] == 9


def test_a_file_that_cannot_be_written_opens_read_only_and_refuses_edits(
    window, demo_path, policy, errors, monkeypatch, languages
):
    from hromada_desk.storage import database

    real = database.os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda path, mode, *a, **k: (
            False if mode & os.W_OK and Path(path) == demo_path else real(path, mode, *a, **k)
        ),
    )
    window.set_language("uk")
    QApplication.processEvents()
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert window.files.open_path(demo_path)
    assert window.session.cf.readonly
    assert "(лише для читання)" in window.windowTitle()
    assert "лише для читання" in window.file_label.text()
    assert not window.session.execute(
        "6.1", lambda cf: set_cells(cf, 7), lambda cf: set_cells(cf, 2), "indicators"
    )
    [error] = errors
    assert "лише для читання" in error.message
    assert window.session.undo_stack.count() == 0
    window.session.close()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    assert list_backups(policy, demo_path) == []


class _FailingCommit:
    """A connection whose COMMIT fails as a full disk or a pulled-out stick makes it fail:
    with SQLite's message and its error code, by which the error is told apart."""

    def __init__(self, conn, message, code):
        self._conn, self._message, self._code = conn, message, code

    def execute(self, sql, *args):
        if sql.strip().upper().startswith("COMMIT"):
            error = sqlite3.OperationalError(self._message)
            error.sqlite_errorcode = self._code
            raise error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize(
    ("failure", "code", "said"),
    [
        ("database or disk is full", 13, "На диску немає місця"),  # SQLITE_FULL
        ("disk I/O error", 778, "Помилка читання чи запису"),  # SQLITE_IOERR_WRITE
    ],
)
def test_a_write_that_fails_on_commit_rolls_back_and_is_reported(
    window, demo_path, errors, failure, code, said
):
    window.files.open_path(demo_path)
    session = window.session
    cf = session.cf
    old = community_repo.get_indicators(cf, 2023).get("6.1")
    real = cf.db.conn
    cf.db.conn = _FailingCommit(real, failure, code)
    try:
        assert not session.execute(
            "6.1", lambda f: set_cells(f, 99), lambda f: set_cells(f, old), "indicators"
        )
    finally:
        cf.db.conn = real
    [error] = errors
    assert said in error.message and demo_path.name in error.message
    assert not real.in_transaction
    assert session.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert community_repo.get_indicators(cf, 2023).get("6.1") == old
    with open_file(demo_path, readonly=True) as again:  # what is on the disk
        assert community_repo.get_indicators(again, 2023).get("6.1") == old
        assert database.integrity_problems(again) == []
    # the same edit succeeds once the disk is back
    assert session.execute(
        "6.1", lambda f: set_cells(f, 99), lambda f: set_cells(f, old), "indicators"
    )
    assert community_repo.get_indicators(cf, 2023)["6.1"] == 99


def test_switching_the_language_retranslates_without_restart(window, languages):
    # QApplication posts LanguageChange to the windows: it arrives with the next events.
    window.set_language("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.settings.language == "en"
    window.set_language("uk")
    if languages.missing:
        pytest.fail(f"translations not built: {languages.missing}")
    QApplication.processEvents()
    assert window.file_menu.title() == "&Файл"
    assert window.welcome.open_button.text() == "&Відкрити файл…"
    assert window.navigation.item(0).text() == "Громада"
    window.set_language("en")
    QApplication.processEvents()
    assert window.navigation.item(0).text() == "Community"


def test_the_status_bar_and_qt_dialogs_follow_the_language(window, languages, demo_path):
    from PySide6.QtWidgets import QDialogButtonBox

    window.set_language("uk")
    QApplication.processEvents()
    if languages.missing:
        pytest.fail(f"translations not found: {languages.missing}")
    assert window.files.open_path(demo_path)
    window.session.execute(
        "Change", lambda cf: set_cells(cf, 3), lambda cf: set_cells(cf, 2), "indicators"
    )
    assert window.statusBar().currentMessage().startswith("Усі зміни збережено")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Скасувати"  # Qt's own translation, loaded
    buttons.deleteLater()
    window.set_language("en")
    QApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("All changes saved")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"


def _run_app(*args, data_dir):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        DATA_DIR_VARIABLE: str(data_dir),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "hromada_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_self_test_flag_on_the_demo(tmp_path):
    result = _run_app("--demo", "--self-test", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "гаразд" in result.stdout
    assert "розрахунок за 2023" in result.stdout and "копія файлу" in result.stdout
    assert "протокол №1/2023 (PDF, DOCX)" in result.stdout


def test_self_test_fails_on_a_bad_file(tmp_path):
    bad = tmp_path / "bad.hromada"
    bad.write_text("x")
    result = _run_app(str(bad), "--self-test", data_dir=tmp_path / "data")
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_screenshots_flag_writes_a_png_per_page(tmp_path):
    folder = tmp_path / "shots"
    result = _run_app("--demo", "--screenshots", str(folder), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.glob("*.png"))
    assert [n for n in names if n[:2].isdigit() and n[2] == "-"][:5] == [
        "00-welcome.png",
        "01-CommunityPage.png",
        "02-PopulationPage.png",
        "03-IndicatorsPage.png",
        "04-NeedsPage.png",
    ]
    assert "dialog-help.png" in names and "dialog-new-community-1.png" in names


def test_exit_when_ready(tmp_path, demo_path):
    result = _run_app(str(demo_path), "--exit-when-ready", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr


def test_the_window_reopens_the_last_file(tmp_path, demo_path, qapp, monkeypatch):
    from hromada_desk.app import build_window

    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(data))
    first = build_window(interactive=False)
    first.files.open_path(demo_path)
    first.close()
    second = build_window(interactive=False)
    assert second.settings.last_file == demo_path.resolve()
    second.close()
    for window in (first, second):
        window.languages.remove()  # leave no translator for the next test
    sys.excepthook = sys.__excepthook__


def test_the_application_keeps_its_settings_in_the_data_folder(qapp, data_dir):
    from PySide6.QtCore import QLocale

    from hromada_desk.app import create_application

    before = QLocale()
    app = create_application()
    try:
        assert app is qapp  # the one application of the process, not a second one
        assert (app.applicationName(), app.organizationName()) == ("hromada-desk",) * 2
        settings = QSettings()  # Qt's own (file dialogs): in the data folder, not the registry
        assert settings.format() == QSettings.Format.IniFormat
        assert Path(settings.fileName()).is_relative_to(data_dir / "settings")
        assert Settings().path.is_relative_to(data_dir / "settings")  # the program's
        assert QLocale().toString(7130) == "7\u00a0130"  # Ukrainian numbers on screen
    finally:
        QLocale.setDefault(before)


def test_demo_copies_do_not_pile_up(data_dir):
    from hromada_desk.app import DEMO_COPIES_KEPT, fresh_demo_copy

    paths = [fresh_demo_copy() for _ in range(DEMO_COPIES_KEPT + 2)]
    assert len({p.parent for p in paths}) == len(paths)  # each start gets its own copy
    left = sorted((data_dir / "demo").iterdir())
    assert len(left) == DEMO_COPIES_KEPT
    assert paths[-1].exists()


def test_crash_handler_writes_a_log_without_the_home_folder(data_dir, qapp):
    from hromada_desk.ui.common.errors import CrashHandler

    handler = CrashHandler(interactive=False)
    try:
        raise ValueError(f"boom in {Path.home() / 'secret'}")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert "ValueError" in handler.last_report
    assert str(Path.home()) not in handler.last_report or str(Path.home()) == "/"
    [log] = (data_dir / "logs").glob("crash-*.log")
    assert log.read_text(encoding="utf-8") == handler.last_report


def test_background_job_cancel_and_failure(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    from hromada_desk.ui.common.worker import run_job

    parent = QWidget()
    qtbot.addWidget(parent)
    outcomes = []

    def slow(report):
        for step in range(1000):
            report(step, 1000)
            import time

            time.sleep(0.005)
        return "finished"

    job = run_job(parent, "…", slow, outcomes.append, outcomes.append)
    job.dialog.canceled.emit()  # what the Cancel button does
    assert job.wait()
    assert job.cancelled and outcomes == []

    def broken(report):
        raise KnownError("Немає місця на диску.")

    job = run_job(parent, "…", broken, outcomes.append, outcomes.append)
    assert job.wait()
    assert isinstance(outcomes[0], KnownError) and not job.cancelled


# Not needed to paint the window on its first page: export libraries, sqlite-utils (writes
# only), the charts module and the other pages, the settings and import dialogs, the council's
# and plans' records and the validation run before writes, the welcome page and the worker.
NOT_AT_START_UP = (
    "reportlab",
    "openpyxl",
    "pdfplumber",
    "docx",
    "sqlite_utils",
    "PySide6.QtCharts",
    "hromada_desk.ui.charts.page",
    "hromada_desk.ui.population.page",
    "hromada_desk.ui.meetings.page",
    "hromada_desk.ui.settings_dialog",
    "hromada_desk.ui.statistics.import_preview",
    "hromada_desk.domain.council",
    "hromada_desk.domain.plans",
    "hromada_desk.domain.validation",
    "hromada_desk.ui.files.welcome_page",
    "hromada_desk.ui.common.worker",
    "hromada_desk.crash_report",
    "hashlib",  # OpenSSL, 4 MB and a few ms: sqlite-utils loads it once the window is shown
)


def _run_window_script(code: str, data_dir):
    """Python ``code`` run in a process of its own, offscreen, with its own data folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_VARIABLE: str(data_dir)}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_window_starts_without_export_libraries(tmp_path, demo_path):
    code = (
        "import sys\n"
        "from hromada_desk.cli import main\n"
        f"code = main([{str(demo_path)!r}, '--exit-when-ready'])\n"
        f"heavy = [m for m in {NOT_AT_START_UP!r} if m in sys.modules]\n"
        "print('CODE', code, 'HEAVY', heavy)\n"
    )
    result = _run_window_script(code, tmp_path)
    assert "CODE 0 HEAVY []" in result.stdout, result.stdout + result.stderr


def test_the_first_writes_libraries_load_while_the_shown_window_is_idle(tmp_path, demo_path):
    # Not before the window is painted (start-up), not inside the first figure typed (it took
    # a tenth of a second there): after the first paint, on a timer.
    code = (
        "import sys, time\n"
        "from hromada_desk.app import build_window, create_application\n"
        "app = create_application()\n"
        "window = build_window(interactive=False)\n"
        f"assert window.files.open_path(__import__('pathlib').Path({str(demo_path)!r}))\n"
        "painted = []\n"
        "window.first_painted.connect(lambda: painted.append('sqlite_utils' in sys.modules))\n"
        "window.show()\n"
        "deadline = time.monotonic() + 20\n"
        "while 'sqlite_utils' not in sys.modules and time.monotonic() < deadline:\n"
        "    app.processEvents()\n"
        "    time.sleep(0.01)\n"
        "print('AT PAINT', painted, 'LATER', 'sqlite_utils' in sys.modules,\n"
        "      'hromada_desk.domain.validation' in sys.modules)\n"
    )
    result = _run_window_script(code, tmp_path)
    assert "AT PAINT [False] LATER True True" in result.stdout, result.stdout + result.stderr


def test_unsaved_forms_are_not_lost_silently(window, demo_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.files.open_path(demo_path)
    members = next(p for p in window.pages if type(p).__name__ == "MembersPage")
    monkeypatch.setattr(type(members), "has_unsaved_changes", lambda self: True)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.files.close_file()  # Cancel: the file stays open on the members page
    assert window.session.is_open and window.stack.currentIndex() == window.pages.index(members)
    assert window.files.close_file()  # Discard
    assert not window.session.is_open and len(asked) == 2


def test_ctrl_z_in_a_text_field_takes_back_the_change_saved_there(window, demo_path, qtbot):
    assert window.files.open_path(demo_path)
    window.navigation.setCurrentRow(0)  # «Громада»
    page = window.page(0)
    edit = page.edits["rayon"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, "Kremenchuk")  # QTest types Latin letters only
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # saved: one undo step
    assert community_repo.get_community(window.session.cf).rayon == "Kremenchuk"
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The field's own typing went with the save: Ctrl+Z undoes the saved change.
    assert community_repo.get_community(window.session.cf).rayon == "Полтавський"
    assert edit.text() == "Полтавський"
    qtbot.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert community_repo.get_community(window.session.cf).rayon == "Kremenchuk"
    # Typing not yet saved is the field's own to undo.
    edit.end(False)
    qtbot.keyClicks(edit, "sky")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Kremenchuk"
    assert community_repo.get_community(window.session.cf).rayon == "Kremenchuk"


def test_ctrl_z_watches_only_the_focused_text_field(window, demo_path, qtbot, monkeypatch):
    # A filter on the application would see every event of the program (each paint, each
    # mouse move) in Python; the field with the keyboard focus is where Ctrl+Z goes first.
    from hromada_desk.ui.common.undo_keys import UndoKeys

    seen = []
    watch = UndoKeys.eventFilter

    def counted(self, watched, event):
        seen.append(watched)
        return watch(self, watched, event)

    monkeypatch.setattr(UndoKeys, "eventFilter", counted)
    assert window.files.open_path(demo_path)
    window.navigation.setCurrentRow(0)  # «Громада»
    page = window.page(0)
    page.repaint()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert seen == []
    edit = page.edits["rayon"]
    window.navigation.setCurrentRow(0)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    assert seen and set(seen) == {edit}


def test_closing_with_an_unsaved_form_offers_to_save_it(window, demo_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from hromada_desk.storage import council_repo

    assert window.files.open_path(demo_path)
    row = [type(p).__name__ for p in window.pages].index("MembersPage")
    window.navigation.setCurrentRow(row)
    members = window.page(row)
    members.view.setCurrentIndex(members.view.model().index(0, 0))
    members.form.position_edit.setText("сільський голова, голова ради")
    assert members.has_unsaved_changes()
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, buttons))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    with open_file(demo_path) as before:
        assert council_repo.list_members(before)[0].position == "сільський голова"
    assert window.files.close_file()
    assert asked and asked[0][1] & QMessageBox.StandardButton.Save
    with open_file(demo_path) as after:
        assert council_repo.list_members(after)[0].position == "сільський голова, голова ради"
