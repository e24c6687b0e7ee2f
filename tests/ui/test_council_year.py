"""The council's year in the real window, at 911×442 (a 1366×768 laptop at 150 % after the
taskbar): a meeting whose two decisions carry three assignments is finalised; the next meeting
made from it opens with the two standing items, the three open assignments listed; one is
marked done with a note; «Що на черзі» shows the one past its deadline; the open assignments
exported are exactly the two still open; the first protocol's PDF is byte for byte the same
before and after the status changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from hromada_desk.domain.council import MeetingStatus
from hromada_desk.services.next_meeting import APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS
from hromada_desk.settings import Settings
from hromada_desk.storage import council_repo
from hromada_desk.ui.due import page as due_page
from hromada_desk.ui.due.page import DuePage
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.meetings import protocol_export
from hromada_desk.ui.meetings.assignments import AssignmentDialog, StatusDialog
from hromada_desk.ui.meetings.next_meeting_dialog import NextMeetingDialog
from hromada_desk.ui.meetings.page import MeetingsPage
from hromada_desk.ui.page_stack import PAGE_SLOTS
from hromada_desk.ui.session import Session

LAPTOP_150 = (911, 442)
SHOTS = Path("/tmp/shots")
TODAY = dt.date.today()
LATER = TODAY + dt.timedelta(days=300)  # neither late nor near
# The demo meeting of 30.06.2023: what is assigned, to whom, by when.
FIRST = (
    "Підготувати звіт про стан запобігання домашньому насильству",
    "Відділ освіти",
    "01.09.2023",
)
STANDING = ("Інформувати населення про роботу мобільної бригади", "", "Постійно")
LATE_ENOUGH = ("Оновити склад координаційної ради", "Служба у справах дітей", f"{LATER:%d.%m.%Y}")


def settle() -> None:
    for _round in range(4):
        QApplication.processEvents()


def row_of(name: str) -> int:
    return [slot.name for slot in PAGE_SLOTS].index(name)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, tmp_path, policy, errors, languages, demo_path, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    languages.apply("uk")
    window = MainWindow(Session(policy), Settings(tmp_path / "settings.json"), languages)
    qtbot.addWidget(window)
    assert window.files.open_path(demo_path)
    window.resize(*LAPTOP_150)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.interactive = False
    window.session.close()


def typed(answers: list[tuple[str, str, str]], members_row: int):
    """AssignmentDialog.exec that types the next answer (an empty responsible: the member of
    ``members_row`` chosen) and presses OK."""

    def exec_(dialog: AssignmentDialog) -> int:
        text, responsible, deadline = answers.pop(0)
        dialog.text_edit.setPlainText(text)
        if responsible:
            dialog.responsible_combo.setEditText(responsible)
        else:
            dialog.responsible_combo.setCurrentIndex(members_row)
        dialog.deadline_edit.setText(deadline)
        dialog.show()
        shot(dialog, "assignment_dialog_uk")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
        return QDialog.DialogCode.Accepted

    return exec_


def export_protocol(page: MeetingsPage, monkeypatch, path: Path) -> bytes:
    monkeypatch.setattr(
        protocol_export.QFileDialog, "getSaveFileName", lambda *_args: (str(path), "")
    )
    page.protocol.export("pdf")
    assert page.protocol.export_job is not None and page.protocol.export_job.wait()
    return path.read_bytes()


def test_the_councils_year(window, qtbot, monkeypatch, tmp_path):
    session = window.session
    window.navigation.setCurrentRow(row_of("MeetingsPage"))
    settle()
    page = window.stack.page(row_of("MeetingsPage"))
    assert isinstance(page, MeetingsPage) and page.compact  # the narrow arrangement
    first = council_repo.find_meeting(session.cf, 1, 2023)
    assert page.editor.meeting.id == first.id

    # Two decisions, three assignments, written through the dialog.
    page.editor.tabs.setCurrentWidget(page.editor.agenda)
    agenda = page.editor.agenda
    form = agenda.item_form
    monkeypatch.setattr(AssignmentDialog, "exec", typed([FIRST, STANDING, LATE_ENOUGH], 1))
    agenda.items_view.setCurrentIndex(agenda.model.index(0, 0))
    form.add_assignment_button.click()
    form.add_assignment_button.click()
    agenda.items_view.setCurrentIndex(agenda.model.index(1, 0))
    form.add_assignment_button.click()
    form.ensureWidgetVisible(form.assignments_view)
    settle()
    shot(window, "meetings_assignments_uk")
    assert page.save()
    stored = council_repo.find_meeting(session.cf, 1, 2023)
    assert [len(item.assignments) for item in stored.agenda] == [2, 1, 0]
    assert stored.agenda[0].assignments[1].member_id is not None  # a member chosen

    page.protocol.finalise()
    assert council_repo.find_meeting(session.cf, 1, 2023).status is MeetingStatus.FINAL
    before = export_protocol(page, monkeypatch, tmp_path / "протокол 1.pdf")
    with pdfplumber.open(tmp_path / "протокол 1.pdf") as pdf:
        printed = " ".join((p.extract_text() or "") for p in pdf.pages).replace("\xa0", " ")
    assert "Відповідальний: Відділ освіти" in " ".join(printed.split())

    # The next meeting, made from it, today.
    def accept(dialog: NextMeetingDialog) -> int:
        dialog.show()
        settle()
        shot(dialog, "next_meeting_dialog_uk")
        assert dialog.height() <= LAPTOP_150[1]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NextMeetingDialog, "exec", accept)
    page.from_previous_button.click()
    made = council_repo.find_meeting(session.cf, 1, TODAY.year)
    assert made is not None and made.id != first.id
    assert page.editor.meeting.id == made.id
    titles = [agenda.model.item(row).title for row in range(agenda.model.rowCount())]
    assert titles[:2] == [APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS]
    agenda.items_view.setCurrentIndex(agenda.model.index(1, 0))
    heard = form.heard_edit.toPlainText()
    for text, _responsible, _deadline in (FIRST, STANDING, LATE_ENOUGH):
        assert text in heard
    assert heard.count("Стан: стан не зазначено") == 3

    # One is done, with a note: recorded on «Що на черзі», beside the finalised protocol.
    window.navigation.setCurrentRow(row_of("DuePage"))
    settle()
    due = window.stack.page(row_of("DuePage"))
    assert isinstance(due, DuePage)
    assert due.model.rowCount() == 3
    row = next(r for r in range(3) if due.model.given(r).assignment.text == STANDING[0])
    due.view.setCurrentIndex(due.model.index(row, 0))

    def mark_done(dialog: StatusDialog) -> int:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
        dialog.note_edit.setPlainText("Інформацію розміщено на сайті громади")
        dialog.show()
        shot(dialog, "status_dialog_uk")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StatusDialog, "exec", mark_done)
    due.status_button.click()
    assert due.open_only_check.isChecked() and due.model.rowCount() == 2  # off control
    marks = {
        a.text: a.mark
        for item in council_repo.find_meeting(session.cf, 1, 2023).agenda
        for a in item.assignments
    }
    assert marks[STANDING[0]].status.value == "done"
    assert marks[STANDING[0]].note == "Інформацію розміщено на сайті громади"

    # The due list: the one past its deadline, not the others.
    entries = [due.due_view.item(r).text() for r in range(due.due_view.count())]
    late = [text for text in entries if text.startswith("Прострочено")]
    assert len(late) == 1 and FIRST[0] in late[0]
    assert not any(LATE_ENOUGH[0] in text or STANDING[0] in text for text in entries)
    shot(window, "due_page_uk")

    # The open assignments exported: exactly the two still open.
    for name in ("доручення.xlsx", "доручення.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(
            due_page.QFileDialog, "getSaveFileName", lambda *_a, target=target: (str(target), "")
        )
        due.export_button.click()
        assert due.export_job is not None and due.export_job.wait()
    sheet = openpyxl.load_workbook(tmp_path / "доручення.xlsx").active
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None}
    assert {FIRST[0], LATE_ENOUGH[0]} <= cells and STANDING[0] not in cells
    with pdfplumber.open(tmp_path / "доручення.pdf") as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Підготувати звіт" in text and "Оновити склад" in text
    assert "мобільної бригади" not in text

    # The first protocol prints as it was finalised.
    window.navigation.setCurrentRow(row_of("MeetingsPage"))
    settle()
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(first.id), 0))
    assert page.editor.meeting.id == first.id
    after = export_protocol(page, monkeypatch, tmp_path / "протокол 1 знову.pdf")
    assert after == before
