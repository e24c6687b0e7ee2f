"""«Нове засідання на основі попереднього…» and «Засідання проведено» on the meetings page."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from hromada_desk.domain.assignments import Assignment
from hromada_desk.domain.council import MeetingStatus
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.services import meetings as service
from hromada_desk.services.next_meeting import APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS
from hromada_desk.storage import council_repo
from hromada_desk.ui.meetings.next_meeting_dialog import NextMeetingDialog

TODAY = dt.date(2023, 9, 1)


@pytest.fixture
def with_assignment(session):
    """The demo meeting's second decision gives an assignment; its third item is put off."""
    meeting = council_repo.find_meeting(session.cf, 1, 2023)
    new = dataclasses.replace(meeting, agenda=list(meeting.agenda))
    new.agenda[1] = dataclasses.replace(
        new.agenda[1],
        assignments=[
            Assignment("Підготувати звіт", "Відділ освіти", deadline=Deadline(dt.date(2023, 8, 1)))
        ],
    )
    new.agenda[2] = dataclasses.replace(
        new.agenda[2], decided="Розгляд перенести на наступне засідання."
    )
    assert session.run("assign", service.replace_meeting(meeting, new))


def test_the_next_meeting_is_made_from_the_previous(page, session, qtbot, with_assignment):
    dialog = NextMeetingDialog(session, dt.date(2023, 9, 15), today=TODAY, parent=page)
    qtbot.addWidget(dialog)
    assert "Meeting №2 of 2023, с-ще Ланна." in dialog.summary.text()
    assert "After meeting №1/2023 of 30.06.2023" in dialog.summary.text()
    assert "planned" in dialog.summary.text()
    assert dialog.standing.text().splitlines() == [
        f"1. {APPROVE_PROTOCOL}",
        f"2. {PREVIOUS_ASSIGNMENTS}",
        "(open assignments with their status: 1)",
    ]
    assert dialog.offered_view.count() == 1
    assert dialog.offered_view.item(0).text().startswith("Про визначення потреби")
    assert dialog.offered_view.item(0).checkState() == Qt.CheckState.Checked
    dialog.day_edit.setDate(QDate(2024, 2, 1))  # another year: numbering starts again
    assert "Meeting №1 of 2024" in dialog.summary.text()
    dialog.day_edit.setDate(QDate(2023, 9, 15))

    assert page.create_from(dialog)
    made = council_repo.find_meeting(session.cf, 2, 2023)
    assert made.status is MeetingStatus.PLANNED
    assert [item.title for item in made.agenda][:2] == [APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS]
    assert made.agenda[2].title.startswith("Про визначення потреби")
    assert "Підготувати звіт" in made.agenda[1].heard
    assert "(прострочено)" in made.agenda[1].heard
    assert page.editor.meeting.id == made.id
    assert page.editor.tabs.currentWidget() is page.editor.agenda
    assert page.editor.agenda.model.rowCount() == 3
    assert len(made.attendance) == 10 and len(made.signatures) == 2

    # a planned meeting is held, then its protocol can be finalised
    assert page.protocol.hold_button.isVisible()
    assert not page.finalise_button.isVisible()
    page.protocol.hold()
    assert council_repo.find_meeting(session.cf, 2, 2023).status is MeetingStatus.DRAFT
    assert not page.protocol.hold_button.isVisible()
    assert page.finalise_button.isVisible()
    session.undo_stack.undo()
    assert council_repo.find_meeting(session.cf, 2, 2023).status is MeetingStatus.PLANNED
    session.undo_stack.undo()  # the meeting made is one step
    assert council_repo.find_meeting(session.cf, 2, 2023) is None


def test_unticked_items_stay_out(page, session, qtbot, with_assignment):
    dialog = NextMeetingDialog(session, dt.date(2023, 8, 20), today=TODAY, parent=page)
    qtbot.addWidget(dialog)
    dialog.offered_view.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "planned" not in dialog.summary.text()
    assert page.create_from(dialog)
    made = council_repo.find_meeting(session.cf, 2, 2023)
    assert made.status is MeetingStatus.DRAFT
    assert [item.title for item in made.agenda] == [APPROVE_PROTOCOL, PREVIOUS_ASSIGNMENTS]


def test_the_dialog_fits_a_small_screen(page, session, qtbot, with_assignment):
    dialog = NextMeetingDialog(session, dt.date(2023, 9, 15), today=TODAY, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 442 and dialog.width() <= 911
    dialog.grab().save("/tmp/shots/next_meeting_dialog.png")
