"""The forms take no more than the file would store: line edits stop at their limit,
plain-text boxes cut off what goes past it (and say so), dates stay within 1990–2100."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from hromada_desk.domain import limits
from hromada_desk.ui.community.page import CommunityPage
from hromada_desk.ui.files.new_community_wizard import NewCommunityWizard
from hromada_desk.ui.meetings.agenda_item_form import AgendaItemForm
from hromada_desk.ui.meetings.editor import MeetingEditor
from hromada_desk.ui.members.form import MemberForm
from hromada_desk.ui.plan.forms import GoalForm, MeasureForm, ReportForm, SectionForm


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))


def test_typing_past_a_line_edit_limit_is_not_possible(qtbot):
    form = MemberForm(lambda: dt.date(2024, 1, 1))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.surname_edit, "S" * (limits.NAME_PART + 5))  # QTest types ASCII only
    assert form.surname_edit.text() == "S" * limits.NAME_PART
    assert (
        form.position_edit.maxLength(),
        form.organisation_edit.maxLength(),
        form.phone_edit.maxLength(),
    ) == (limits.POSITION, limits.ORGANISATION, limits.PHONE)


def test_member_dates_stay_within_the_years_kept(qtbot):
    form = MemberForm(lambda: dt.date(2024, 1, 1))
    qtbot.addWidget(form)
    for edit in (form.from_edit, form.to_edit):
        assert edit.maximumDate() == QDate(2100, 12, 31)
        # The day before 1990 is the form's «not set» marker, never a stored date.
        assert edit.minimumDate().addDays(1) == QDate(1990, 1, 1)
        edit.setDate(QDate(2101, 1, 1))
        assert edit.date() == QDate(2100, 12, 31)


def test_meeting_date_number_and_title_bounds(qtbot):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    assert (editor.date_edit.minimumDate(), editor.date_edit.maximumDate()) == (
        QDate(1990, 1, 1),
        QDate(2100, 12, 31),
    )
    editor.date_edit.setDate(QDate(1989, 12, 31))
    assert editor.date_edit.date() == QDate(1990, 1, 1)
    assert editor.number_spin.maximum() == limits.MAX_MEETING_NUMBER
    assert editor.place_edit.maxLength() == limits.MEETING_PLACE
    editor.title_edit.setFocus()
    editor.title_edit.insertPlainText("н" * (limits.MEETING_TITLE + 10))
    assert len(editor.title_edit.toPlainText()) == limits.MEETING_TITLE


def test_a_paste_past_a_text_box_limit_keeps_what_was_there(qtbot):
    form = AgendaItemForm()
    qtbot.addWidget(form)
    box = form.title_edit
    box.setPlainText("Початок. Кінець.")
    cursor = box.textCursor()
    cursor.setPosition(len("Початок. "))
    box.setTextCursor(cursor)
    box.insertPlainText("В" * limits.AGENDA_TITLE)  # a paste far too long
    text = box.toPlainText()
    assert len(text) == limits.AGENDA_TITLE
    assert text.startswith("Початок. В") and text.endswith("ВКінець.")
    assert box.limit.truncated == 1
    assert box.textCursor().position() == limits.AGENDA_TITLE - len("Кінець.")
    box.insertPlainText("ще")  # the box is full: nothing more goes in
    assert box.toPlainText() == text and box.limit.truncated == 2


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_cut_is_explained_in_a_tooltip(qtbot):
    from PySide6.QtWidgets import QToolTip

    form = MeasureForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.funding_edit.insertPlainText("г" * (limits.FUNDING + 1))
    assert QToolTip.isVisible()
    assert QToolTip.text() == form.funding_edit.limit.message()
    assert str(limits.FUNDING) in QToolTip.text()
    QToolTip.hideText()


def test_typing_into_a_full_text_box_is_refused_key_by_key(qtbot):
    form = MeasureForm()
    qtbot.addWidget(form)
    box = form.deadline_edit
    assert box.maxLength() == limits.DEADLINE
    form.funding_edit.setPlainText("г" * limits.FUNDING)
    form.funding_edit.moveCursor(form.funding_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(form.funding_edit, Qt.Key.Key_A)
    assert form.funding_edit.toPlainText() == "г" * limits.FUNDING


@pytest.mark.parametrize(
    ("make", "field", "limit"),
    [
        (SectionForm, "statement_edit", limits.SECTION_STATEMENT),
        (GoalForm, "text_edit", limits.GOAL_TEXT),
        (GoalForm, "indicators_edit", limits.GOAL_INDICATORS),
        (MeasureForm, "text_edit", limits.MEASURE_TEXT),
        (MeasureForm, "coordinator_edit", limits.COORDINATOR),
        (MeasureForm, "involved_edit", limits.INVOLVED),
        (ReportForm, "done_edit", limits.REPORT_DONE),
    ],
)
def test_every_plan_text_box_has_its_limit(qtbot, make, field, limit):
    form = make()
    qtbot.addWidget(form)
    box = getattr(form, field)
    box.insertPlainText("т" * (limit + 1))
    assert len(box.toPlainText()) == limit


def test_agenda_texts_are_limited(qtbot):
    form = AgendaItemForm()
    qtbot.addWidget(form)
    for box in (form.heard_edit, form.heard_closing_edit, form.spoke_edit, form.decided_edit):
        assert box.limit.maximum == limits.AGENDA_TEXT
    assert all(spin.maximum() == limits.MAX_VOTES for spin in form.vote_spins)


def test_community_names_are_limited_in_the_wizard_and_the_page(qtbot, session, tmp_path):
    wizard = NewCommunityWizard(folder=tmp_path)
    qtbot.addWidget(wizard)
    page = wizard.council_page
    assert page.council.maxLength() == limits.COUNCIL_NAME
    qtbot.keyClicks(page.community, "G" * (limits.COMMUNITY_NAME + 3))
    assert len(page.community.text()) == limits.COMMUNITY_NAME
    community_page = CommunityPage(session)
    qtbot.addWidget(community_page)
    assert community_page.edits["oblast"].maxLength() == limits.REGION
    assert community_page.edits["name"].maxLength() == limits.COMMUNITY_NAME
