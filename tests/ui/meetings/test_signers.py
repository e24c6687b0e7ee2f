"""Who signs a protocol is chosen in the meeting's details, also after the meeting was made."""

import datetime as dt

from hromada_desk.domain.council import CouncilRole, Member, Signature
from hromada_desk.domain.names import PersonName
from hromada_desk.ui.meetings.signers import SignersEditor

DAY = dt.date(2026, 11, 15)


def member(surname: str, role: CouncilRole, member_id: int, since: dt.date) -> Member:
    return Member(
        PersonName(surname, "Олена", "Іванівна"),
        "спеціаліст",
        role,
        member_from=since,
        id=member_id,
    )


def test_a_meeting_made_before_the_council_gets_its_signers(qtbot):
    editor = SignersEditor()
    qtbot.addWidget(editor)
    editor.retranslate()
    editor.set_signatures([], [], DAY)  # the meeting was made before any member was entered
    editor.show()
    assert editor.value() == [] and editor.empty_label.isVisible()
    members = [
        member("Коваль", CouncilRole.CHAIR, 1, dt.date(2026, 1, 1)),
        member("Бондар", CouncilRole.SECRETARY, 2, dt.date(2026, 1, 1)),
        member("Мороз", CouncilRole.MEMBER, 3, dt.date(2026, 12, 1)),
    ]  # not yet then
    editor.set_members(members, DAY)
    with qtbot.waitSignal(editor.changed):
        editor.propose_button.click()
    assert editor.value() == [
        Signature(1, "Голова координаційної ради"),
        Signature(2, "Секретар координаційної ради"),
    ]
    assert not editor.empty_label.isVisible()
    # Another signer by hand; only members of the council on that day are offered.
    editor.add_button.click()
    role, combo, _remove = editor._rows[-1]
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Коваль О.І.", "Бондар О.І."]
    role.setText("Член ради")
    combo.setCurrentIndex(1)
    assert editor.value()[-1] == Signature(1, "Член ради")
    editor._rows[0][2].click()  # the chair's line removed
    assert [s.member_id for s in editor.value()] == [2, 1]


def test_a_meeting_before_anyone_became_a_member_says_why_and_where(qtbot):
    from hromada_desk.ui.meetings.attendance_editor import AttendanceEditor

    editor = AttendanceEditor()
    qtbot.addWidget(editor)
    editor.retranslate()
    editor.set_attendance([], [], [], DAY)
    assert "no members yet" in editor.quorum.text() and "Council members" in editor.quorum.text()
    members = [member("Коваль", CouncilRole.CHAIR, 1, dt.date(2026, 12, 6))]
    editor.set_attendance(members, [], [], DAY)
    assert "No council members on 15.11.2026" in editor.quorum.text()
    assert "the earliest on 06.12.2026" in editor.quorum.text()
    assert "«Member from»" in editor.quorum.text()
