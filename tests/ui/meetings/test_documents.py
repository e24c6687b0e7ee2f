"""The meeting's language and documents in the window: the openings and case corrections the
agenda item's form offers, the starting time, the warning of a decision that contradicts its
calculation, the extract and the notice from «Other documents», and the body's name chosen
on the «Громада» page."""

from __future__ import annotations

import importlib.util
import sys
import types

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from hromada_desk.domain.council import CouncilBody
from hromada_desk.services import protocol
from hromada_desk.storage import community_repo, council_repo
from hromada_desk.ui.community.page import CommunityPage
from hromada_desk.ui.meetings import protocol_export
from hromada_desk.ui.meetings.page import MeetingsPage
from hromada_desk.ui.meetings.protocol_export import EXPORT_MODULE
from tests.ui.meetings.test_page import Answers, demo_meeting, select_item


def _buttons(form) -> list[QPushButton]:
    """The buttons of the proposals shown now (rows replaced are deleted only later)."""
    layout = form.proposals_layout
    return [layout.itemAt(i).widget().findChildren(QPushButton)[0] for i in range(layout.count())]


def test_the_seeds_name_in_the_wrong_case_is_offered_and_corrected_on_request(page):
    page.editor.tabs.setCurrentWidget(page.editor.agenda)
    form = select_item(page, 0).item_form
    assert form.proposals_box.isVisibleTo(page)
    texts = [p.correction.found + " → " + p.text for p in form.shown_proposals]
    assert texts == ["Удовиченко К.О. → Удовиченка К.О."] * 2
    before = form.heard_edit.toPlainText()
    assert before.startswith("Голову координаційної ради Удовиченко К.О.")  # never silently
    _buttons(form)[0].click()
    assert form.heard_edit.toPlainText().startswith(
        "Голову координаційної ради Удовиченка К.О., який повідомив"
    )
    assert len(form.shown_proposals) == 1  # the decision's is still offered
    assert page.has_unsaved_changes()
    form.heard_edit.undo()  # the field's own undo takes it back
    assert form.heard_edit.toPlainText() == before


def test_a_new_item_with_a_member_speaking_is_offered_its_openings(page, session):
    agenda = page.editor.agenda
    agenda.add_item()
    form = agenda.item_form
    form.title_edit.setPlainText("Про різне.")
    chair = next(m for m in council_repo.list_members(session.cf) if m.name.surname == "Чухрай")
    form.speaker_combo.setEditText(chair.name.short)
    form.add_speaker()
    assert [p.text for p in form.shown_proposals] == [
        "Заступника голови координаційної ради Чухрая С.А., який повідомив, що ",
        "Взяти до відома інформацію заступника голови координаційної ради Чухрая С.А. про ",
    ]
    _buttons(form)[0].click()
    assert form.heard_edit.toPlainText() == (
        "Заступника голови координаційної ради Чухрая С.А., який повідомив, що "
    )
    assert [p.field.value for p in form.shown_proposals] == ["decided"]  # the other one
    assert [s.member_id for s in agenda.items()[-1].speakers] == [chair.id]


def test_the_starting_time_is_saved_and_a_wrong_one_refused(page, session, qtbot):
    editor = page.editor
    editor.time_edit.setFocus()
    QTest.keyClicks(editor.time_edit, "25:99")  # the field takes no such hour nor minute
    assert editor.time_edit.text() == "2:9"
    editor.time_edit.setText("10:")
    assert not page.save() and "10:00" in page.message_line.message()
    editor.time_edit.setText("10:00")
    assert page.save()
    assert demo_meeting(session).time == "10:00"
    assert protocol.protocol_for(session.cf, demo_meeting(session)).time == "10:00"


def test_finalising_says_where_the_decision_contradicts_the_calculation(page, monkeypatch):
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.finalise_button.click()
    asked = answers.asked[0]
    assert "Check the decision: Item 3 says «відсутня потреба»" in asked
    assert "calculation of 2022 finds a need" in asked and "11 needed, 0 existing" in asked


@pytest.fixture
def fake_documents(monkeypatch):
    """An export module that records the extract and notice it was asked for."""
    module = types.ModuleType(EXPORT_MODULE)
    calls: list[tuple] = []

    def export_extract(data, item, path, *, font_path=None):
        calls.append(("extract", data, item, path))
        path.write_bytes(b"%PDF-1.4")
        return path

    def export_notice(data, path, *, font_path=None):
        calls.append(("notice", data, path))
        path.write_bytes(b"PK")
        return path

    module.export_protocol = lambda *_a, **_k: None  # type: ignore[attr-defined]
    module.export_extract = export_extract  # type: ignore[attr-defined]
    module.export_notice = export_notice  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, EXPORT_MODULE, module)
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: object() if name == EXPORT_MODULE else real(name, *a),
    )
    return calls


def test_the_extract_and_the_notice_from_other_documents(
    qtbot, session, monkeypatch, tmp_path, fake_documents
):
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    button = page.documents_button
    assert button is not None and button.text() == "Other do&cuments"
    page.protocol._fill_documents_menu()
    actions = [a.text() for a in page.protocol.documents_menu.actions() if a.text()]
    assert actions[0].startswith("Extract from the protocol: item 1. Про основні завдання")
    assert len(actions) == 4 and actions[-1] == "Notice of the meeting"
    suggested = []

    def choose(_parent, _caption, name, filters):
        suggested.append((name, filters))
        return str(tmp_path / f"doc{len(suggested)}"), filters.split(";;")[len(suggested) - 1]

    monkeypatch.setattr(protocol_export.QFileDialog, "getSaveFileName", choose)
    [a for a in page.protocol.documents_menu.actions() if a.text()][2].trigger()
    assert page.protocol.export_job.wait()
    kind, data, item, path = fake_documents[0]
    assert (kind, item, path) == ("extract", 3, tmp_path / "doc1.pdf")
    assert data == protocol.protocol_for(session.cf, demo_meeting(session))
    assert suggested[0][0].endswith("Витяг з протоколу №1 від 30.06.2023, питання 3.pdf")
    assert page.message_line.message() == f"The document was saved to {path}."
    page.protocol.export_notice()
    assert page.protocol.export_job.wait()
    assert fake_documents[1][0] == "notice" and fake_documents[1][2] == tmp_path / "doc2.docx"


def test_the_body_is_chosen_on_the_community_page_and_names_the_protocols_lists(qtbot, session):
    page = CommunityPage(session)
    qtbot.addWidget(page)
    page.show()  # a page hidden behind another follows an undo when it is shown again
    combo = page.body_combo
    assert combo.currentText() == "координаційна рада"
    combo.setCurrentIndex(combo.findData(CouncilBody.COMMISSION.value))
    combo.activated.emit(combo.currentIndex())
    assert community_repo.get_community(session.cf).council_body is CouncilBody.COMMISSION
    data = protocol.protocol_for(session.cf, demo_meeting(session))
    assert data.body_genitive == "комісії"
    assert data.present[0].role == "голова комісії"
    session.undo_stack.undo()
    assert community_repo.get_community(session.cf).council_body is CouncilBody.COORDINATION_COUNCIL
    assert combo.currentData() == CouncilBody.COORDINATION_COUNCIL.value


def test_a_member_added_as_speaker_gets_the_role_in_the_bodys_name(qtbot, session):
    import dataclasses

    community = community_repo.get_community(session.cf)
    community_repo.save_community(
        session.cf, dataclasses.replace(community, council_body=CouncilBody.WORKING_GROUP)
    )
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    agenda = page.editor.agenda
    agenda.add_item()
    form = agenda.item_form
    chair = next(m for m in council_repo.list_members(session.cf) if m.name.surname == "Удовиченко")
    form.speaker_combo.setEditText(chair.name.short)
    form.add_speaker()
    assert agenda.items()[-1].speakers[0].role == "голова робочої групи"
    assert form.shown_proposals[0].text == (
        "Голову робочої групи Удовиченка К.О., який повідомив, що "
    )
