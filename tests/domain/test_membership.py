import datetime as dt

from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.membership import check_period, is_current, role_clashes
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.validation import Severity

TODAY = dt.date(2025, 3, 1)


def member(
    surname: str,
    role: CouncilRole = CouncilRole.MEMBER,
    *,
    member_id: int,
    member_to: dt.date | None = None,
) -> Member:
    return Member(
        PersonName.of(surname, "К", "О"),
        "посада",
        role,
        member_from=dt.date(2023, 6, 28),
        member_to=member_to,
        id=member_id,
    )


def test_a_member_is_current_until_the_end_date_has_passed():
    assert is_current(member("А", member_id=1), TODAY)
    assert is_current(member("А", member_id=1, member_to=TODAY), TODAY)
    assert not is_current(member("А", member_id=1, member_to=dt.date(2025, 2, 28)), TODAY)


def test_a_period_cannot_end_before_it_begins():
    assert check_period(None, None) == []
    assert check_period(dt.date(2023, 6, 28), None) == []
    assert check_period(None, dt.date(2020, 1, 1)) == []
    assert check_period(dt.date(2023, 6, 28), dt.date(2023, 6, 28)) == []
    findings = check_period(dt.date(2023, 6, 28), dt.date(2023, 6, 27), "Удовиченко К.О.")
    assert [(f.severity, f.code) for f in findings] == [(Severity.ERROR, "period_reversed")]
    assert "27.06.2023" in findings[0].message and "28.06.2023" in findings[0].message


def test_a_second_current_chair_or_secretary_is_a_warning():
    chair = member("Удовиченко", CouncilRole.CHAIR, member_id=1)
    secretary = member("Швирид", CouncilRole.SECRETARY, member_id=2)
    others = [chair, secretary, member("Чухрай", CouncilRole.DEPUTY_CHAIR, member_id=3)]
    new_chair = member("Підгайна", CouncilRole.CHAIR, member_id=4)
    findings = role_clashes(new_chair, others, TODAY)
    assert [(f.severity, f.code) for f in findings] == [(Severity.WARNING, "second_chair")]
    assert findings[0].params["holder"] == "Удовиченко К.О."
    assert [
        f.code for f in role_clashes(member("Б", CouncilRole.SECRETARY, member_id=5), others, TODAY)
    ] == ["second_secretary"]
    # Deputies may be several; a record does not clash with itself.
    assert role_clashes(member("В", CouncilRole.DEPUTY_CHAIR, member_id=6), others, TODAY) == []
    assert role_clashes(chair, others, TODAY) == []


def test_former_members_do_not_clash():
    ended = dt.date(2024, 12, 31)
    former_chair = member("Удовиченко", CouncilRole.CHAIR, member_id=1, member_to=ended)
    new_chair = member("Підгайна", CouncilRole.CHAIR, member_id=2)
    assert role_clashes(new_chair, [former_chair], TODAY) == []
    # Nor does a former member given the role when the records are tidied up.
    assert role_clashes(former_chair, [new_chair], TODAY) == []
