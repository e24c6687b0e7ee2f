"""Values beyond the limits: the domain names the field in Ukrainian before anything is
written, and the file itself (its CHECK constraints) refuses them as the last line, leaving
the file exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from hromada_desk.domain import limits
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.records import Community, Population
from hromada_desk.domain.validation import (
    errors,
    validate_community,
    validate_measure,
    validate_meeting,
    validate_member,
    validate_population,
)
from hromada_desk.errors import StorageError
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.database import open_file


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def _snapshot(cf) -> list[str]:
    return list(cf.conn.iterdump())


def _member_with(cf, **changes):
    member = council_repo.list_members(cf)[0]
    return dataclasses.replace(member, **changes)


def _name(surname: str) -> PersonName:
    return PersonName.of(surname, "Ірина", "Петрівна", "f")


CASES = {
    "population 10 000 001": (
        lambda cf: Population(
            community_repo.list_settlements(cf)[0].id, 2023, limits.MAX_POPULATION + 1
        ),
        validate_population,
        lambda cf, row: community_repo.set_population(cf, [row]),
        "Чисельність населення завелика (10000001); найбільше допустиме значення 10000000",
    ),
    "year 1989": (
        lambda cf: Population(community_repo.list_settlements(cf)[0].id, 1989, 100),
        validate_population,
        lambda cf, row: community_repo.set_population(cf, [row]),
        "рік має бути від 1990 до 2100, отримано «1989»",
    ),
    "year 2101": (
        lambda cf: Population(community_repo.list_settlements(cf)[0].id, 2101, 100),
        validate_population,
        lambda cf, row: community_repo.set_population(cf, [row]),
        "рік має бути від 1990 до 2100, отримано «2101»",
    ),
    "member from 1989-12-31": (
        lambda cf: _member_with(cf, member_from=dt.date(1989, 12, 31)),
        validate_member,
        council_repo.update_member,
        "Член ради з: дата має бути від 01.01.1990 до 31.12.2100, отримано 31.12.1989",
    ),
    "meeting on 1989-12-31": (
        lambda cf: dataclasses.replace(council_repo.get_meeting(cf, 1), date=dt.date(1989, 12, 31)),
        validate_meeting,
        council_repo.replace_meeting,
        "Дата засідання: дата має бути від 01.01.1990 до 31.12.2100, отримано 31.12.1989",
    ),
    "surname of 101 letters": (
        lambda cf: _member_with(cf, name=_name("Ш" * (limits.NAME_PART + 1))),
        validate_member,
        council_repo.update_member,
        "Прізвище: задовгий текст (101 символів), найбільше 100",
    ),
    "community name of 301 letters": (
        lambda cf: Community("Г" * (limits.COMMUNITY_NAME + 1), "Ланнівська сільська рада", "", ""),
        validate_community,
        community_repo.save_community,
        "Назва громади: задовгий текст (301 символів), найбільше 300",
    ),
    "measure text of 5001 letters": (
        lambda cf: dataclasses.replace(
            plans_repo.list_plans(cf)[0].measures[0], text="з" * (limits.MEASURE_TEXT + 1)
        ),
        validate_measure,
        plans_repo.update_measure,
        "Захід: задовгий текст (5001 символів), найбільше 5000",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_value_beyond_its_limit_is_named_and_refused(cf, case):
    make, validate, write, message = CASES[case]
    value = make(cf)
    found = errors(validate(value))
    assert [str(f) for f in found if message in f.message], [str(f) for f in found]
    before = _snapshot(cf)
    with pytest.raises(StorageError) as refused:  # the write itself checks the domain's rule
        write(cf, value)
    assert message in refused.value.message
    assert _snapshot(cf) == before
    assert not cf.conn.in_transaction


def test_values_at_the_limits_pass_the_domain_and_the_file(cf):
    sid = community_repo.list_settlements(cf)[0].id
    rows = [
        Population(sid, limits.MIN_YEAR, limits.MAX_POPULATION),
        Population(sid, limits.MAX_YEAR, 0),
    ]
    assert all(errors(validate_population(r)) == [] for r in rows)
    community_repo.set_population(cf, rows)
    member = _member_with(
        cf,
        name=_name("Ш" * limits.NAME_PART),
        member_from=limits.MIN_DATE,
        member_to=limits.MAX_DATE,
        phone="1" * limits.PHONE,
    )
    assert errors(validate_member(member)) == []
    council_repo.update_member(cf, member)
    assert council_repo.get_member(cf, member.id) == member
    assert community_repo.get_population(cf, limits.MAX_YEAR)[0].total == 0


def test_the_demo_passes_every_record_check(cf):
    from hromada_desk.domain.validation import validate_plan, validate_settlement

    found = errors(validate_community(community_repo.get_community(cf)))
    found += [f for s in community_repo.list_settlements(cf) for f in validate_settlement(s)]
    found += [f for m in council_repo.list_members(cf) for f in validate_member(m)]
    found += [f for m in council_repo.list_meetings(cf) for f in validate_meeting(m)]
    found += [f for p in plans_repo.list_plans(cf) for f in validate_plan(p)]
    assert found == []
