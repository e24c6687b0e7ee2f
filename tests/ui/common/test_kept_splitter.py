"""A splitter's handle stays where the person left it: for the next page and the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextEdit

from hromada_desk.settings import Settings
from hromada_desk.ui.common.kept_splitter import KeptSplitter


def splitter(qtbot, orientation=Qt.Orientation.Horizontal) -> tuple[QSplitter, KeptSplitter]:
    made = QSplitter(orientation)
    made.addWidget(QTextEdit())
    made.addWidget(QTextEdit())
    made.setSizes([300, 300])
    kept = KeptSplitter(made, "test")
    qtbot.addWidget(made)
    made.resize(606, 400)
    made.show()
    qtbot.waitExposed(made)
    return made, kept


def drag(made: QSplitter, sizes: list[int]) -> None:
    """As a drag leaves it: the sizes set and splitterMoved told (moveSplitter is protected)."""
    made.setSizes(sizes)
    made.splitterMoved.emit(sizes[0], 1)


def test_a_handle_moved_is_kept_once_the_drag_stops(qtbot):
    first, _kept = splitter(qtbot)
    drag(first, [150, 450])
    assert Settings().splitter_state("test-horizontal") is None  # not while dragging
    qtbot.waitUntil(lambda: Settings().splitter_state("test-horizontal") is not None)
    again, _ = splitter(qtbot)
    assert again.sizes() == first.sizes()
    assert again.sizes()[0] < again.sizes()[1]


def test_each_orientation_keeps_its_own_place(qtbot):
    wide, kept = splitter(qtbot)
    drag(wide, [150, 450])
    kept.save()
    tall, _ = splitter(qtbot, Qt.Orientation.Vertical)
    assert tall.orientation() == Qt.Orientation.Vertical  # not turned by the other's state
    assert Settings().splitter_state("test-vertical") is None


def test_a_drag_just_before_the_program_closes_is_kept(qtbot, qapp):
    made, _kept = splitter(qtbot)
    drag(made, [450, 150])
    qapp.aboutToQuit.emit()
    assert Settings().splitter_state("test-horizontal") is not None


def test_the_plan_pages_splitters_come_back_where_they_were_left(qtbot, session):
    from hromada_desk.ui.plan.page import PlanPage

    def page() -> PlanPage:
        made = PlanPage(session)
        qtbot.addWidget(made)
        made.resize(1100, 650)
        made.show()
        qtbot.waitExposed(made)
        return made

    first = page()
    total = sum(first.splitter.sizes())
    drag(first.splitter, [total // 4, total - total // 4])
    first.kept_splitter.save()
    height = sum(first.editor.sizes())
    drag(first.editor, [height // 3, height - height // 3])
    first.editor.kept.save()
    second = page()
    assert second.splitter.sizes() == first.splitter.sizes()
    assert second.editor.sizes() == first.editor.sizes()


def test_the_charts_attendance_and_agenda_splitters_are_kept_too(qtbot, session):
    from hromada_desk.ui.charts.page import ChartsPage
    from hromada_desk.ui.meetings.agenda_editor import AgendaEditor
    from hromada_desk.ui.meetings.attendance_editor import AttendanceEditor

    for make in (lambda: ChartsPage(session), AttendanceEditor, AgendaEditor):
        first = make()
        qtbot.addWidget(first)
        first.resize(1000, 700)
        first.show()
        qtbot.waitExposed(first)
        total = sum(first.splitter.sizes())
        drag(first.splitter, [total // 3, total - total // 3])
        first.kept_splitter.save()
        second = make()
        qtbot.addWidget(second)
        second.resize(1000, 700)
        second.show()
        qtbot.waitExposed(second)
        assert second.splitter.sizes() == first.splitter.sizes(), make
