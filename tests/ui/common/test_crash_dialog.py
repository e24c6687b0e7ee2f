"""The crash dialog and log: a crash with personal data in its message and locals leaves
none of it in the report or the log; a crash amid an edit leaves the file as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication

from hromada_desk.storage import community_repo, council_repo
from hromada_desk.storage.database import integrity_problems, open_file
from hromada_desk.ui.common.crash_dialog import CrashDialog
from hromada_desk.ui.common.errors import CrashHandler
from hromada_desk.ui.common.i18n import qm_path


def _crash(handler: CrashHandler, path: Path) -> None:
    member = "Шевченко Ольга Петрівна"
    home_file = Path.home() / "Громада" / "Ланнівська.hromada"
    try:
        try:
            {}[member]
        except KeyError as exc:
            raise ValueError(f"{member} у {home_file} і {path}") from exc
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)


def test_neither_report_nor_log_holds_names_or_paths(data_dir, qapp, demo_path):
    handler = CrashHandler(interactive=False)
    _crash(handler, demo_path)
    [log] = (data_dir / "logs").glob("crash-*.log")
    for text in (handler.last_report, log.read_text(encoding="utf-8")):
        for secret in (
            "Шевченко",
            "Ольга",
            "Ланнівська",
            "Громада",
            demo_path.name,
            str(demo_path.parent),
            str(Path.home()),
        ):
            assert secret not in text, secret
        assert "KeyError" in text and "ValueError" in text and "in _crash" in text
        assert "test_crash_dialog.py" in text


def test_the_dialog_says_the_report_is_safe_and_copies_it(qtbot, qapp):
    translator = QTranslator()
    assert translator.load(str(qm_path("uk")))
    qapp.installTranslator(translator)  # only ours, removed after: no state left behind
    try:
        dialog = CrashDialog("звіт", None)
        qtbot.addWidget(dialog)
        assert dialog.copy_button.text().replace("&", "") == "Копіювати"
        labels = " ".join(
            w.text() for w in dialog.findChildren(type(dialog.layout().itemAt(0).widget()))
        )
        assert "не містить персональних даних" in labels
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == "звіт"
    finally:
        qapp.removeTranslator(translator)


def test_a_crash_inside_an_edit_leaves_the_file_unchanged(qapp, demo_path):
    handler = CrashHandler(interactive=False)
    cf = open_file(demo_path)
    before = list(cf.conn.iterdump())
    member = council_repo.list_members(cf)[0]
    try:
        with cf.atomic():
            member.position = "інша посада"
            council_repo.update_member(cf, member)
            community_repo.set_indicators(cf, 2023, {"5.1": 99})
            raise RuntimeError("a bug half-way through an edit")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert not cf.conn.in_transaction
    assert list(cf.conn.iterdump()) == before
    cf.close()
    with open_file(demo_path) as reopened:
        assert integrity_problems(reopened) == []
        assert list(reopened.conn.iterdump()) == before
    assert "RuntimeError: a bug half-way through an edit" in handler.last_report


def test_a_crash_after_its_window_is_gone_still_gets_a_dialog(qapp, data_dir, monkeypatch):
    """An error raised while the window is being torn down (a signal from a dying object)
    must not raise a second error from the handler: the dialog then has no parent."""
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    from hromada_desk.ui.common import crash_dialog

    shown = []
    monkeypatch.setattr(
        crash_dialog.CrashDialog, "exec", lambda dialog: shown.append(dialog.parent()) or 0
    )
    window = QWidget()
    handler = CrashHandler(window, interactive=True)
    delete(window)
    try:
        raise RuntimeError("Internal C++ object already deleted")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    qapp.processEvents()
    assert shown == [None]
    assert list((data_dir / "logs").glob("crash-*.log"))
