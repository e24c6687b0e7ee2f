"""The protocol's frozen snapshot: one stored by the program before the documents layer
existed still loads to what it said, and is written back byte for byte."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from hromada_desk.documents.figures import Headcount
from hromada_desk.documents.protocol import (
    LEGACY_TYPESETTING,
    SNAPSHOT_VERSION,
    TYPESETTING,
    PersonLine,
    ProtocolItem,
    from_json,
    to_json,
)
from hromada_desk.domain.records import SettlementKind
from hromada_desk.errors import InputError

# The demo's meeting 1/2023 as the program finalised it before the documents layer existed
# (format version 1, the only one so far), with an absent member, two guests, votes, and for
# 2023 changed parameters with their reasons, the rayon's figures and the areas.
STORED = Path(__file__).parent / "data" / "protocol-snapshot-v1.json"
FINALISED_AT = "2023-07-03T14:05:00"


@pytest.fixture(scope="module")
def stored() -> str:
    return STORED.read_text(encoding="utf-8")


def test_a_stored_snapshot_loads_as_it_was_frozen(stored):
    data = from_json(stored, FINALISED_AT)
    assert (data.number, data.date, data.place, data.finalised_at) == (
        1,
        "2023-06-30",
        "с-ще Ланна",
        FINALISED_AT,
    )
    assert data.executive_committee == "Виконавчий комітет Ланнівської сільської ради"
    assert len(data.present) == 9 and data.present[0] == PersonLine(
        "Удовиченко К.О.", "сільський голова"
    )
    assert [(p.name, p.reason) for p in data.absent] == [("Швирид І.В.", "відрядження")]
    assert data.guests == (PersonLine("Гостюк Г.Г.", "староста"), PersonLine("Іваненко І.І.", ""))
    assert [item.votes for item in data.items] == [(9, 0, 0), (8, 1, 0), (7, 2, 0)]
    assert data.signatures == (
        ("Голова координаційної ради", "Костянтин УДОВИЧЕНКО"),
        ("Секретар координаційної ради", "Ірина ШВИРИД"),
    )
    assert [year.year for year in data.items[2].years] == [2022, 2023]
    year = data.items[2].years[1]
    lanna = year.settlements[0]
    assert (lanna.name, lanna.kind, lanna.headcount, lanna.admin_center, lanna.area_km2) == (
        "Ланна",
        SettlementKind.SETTLEMENT,
        Headcount(1762, 652, 797, 313),
        True,
        3.75,
    )
    # the figures as they were when frozen, and the calculation on them
    assert year.input.indicators["6.1"] == 2 and year.input.rayon is not None
    assert year.result.population == 7130
    assert year.result.services["mobile_brigade"].values["K"] == pytest.approx(600 / 300_000 * 9000)
    assert year.result.services["counselling_service"].required == 6  # from 500 people
    reasons = {c.name: c.reason for c in year.result.parameter_changes}
    assert reasons["served_population"] == "сусідні села"


def test_a_stored_snapshot_is_written_back_byte_for_byte(stored):
    assert to_json(from_json(stored)) == stored


def test_the_moment_stored_in_the_snapshot_is_the_fallback(stored):
    raw = json.loads(stored)
    raw["protocol"]["finalised_at"] = "2023-07-04T08:00:00"
    assert from_json(json.dumps(raw)).finalised_at == "2023-07-04T08:00:00"
    assert from_json(json.dumps(raw), FINALISED_AT).finalised_at == FINALISED_AT


def test_an_item_without_calculations_round_trips(stored):
    data = from_json(stored)
    item = ProtocolItem(
        "Про різне.", ("голова Іваненко І.І.",), "Абзац.", spoke="Виступ.", votes=(5, 0, 1)
    )
    changed = dataclasses.replace(data, items=(item,), extra={"note": "x"})
    assert from_json(to_json(changed)) == changed


def test_a_snapshot_of_a_newer_format_is_refused(stored):
    raw = json.loads(stored)
    raw["version"] = SNAPSHOT_VERSION + 1
    with pytest.raises(InputError, match="новішою версією"):
        from_json(json.dumps(raw))


def test_a_protocol_finalised_by_version_1_keeps_the_rules_it_was_printed_with(stored):
    data = from_json(stored, FINALISED_AT)
    assert data.typesetting == LEGACY_TYPESETTING and data.legacy and not data.draft
    assert (data.body_genitive, data.time) == ("комісії", "")
    assert [p.role for p in data.present] == [""] * 9


def test_a_protocol_of_the_current_rules_round_trips_with_roles_body_and_time(stored):
    data = dataclasses.replace(
        from_json(stored),
        typesetting=TYPESETTING,
        body_genitive="робочої групи",
        time="10:00",
        present=(PersonLine("Удовиченко К.О.", "сільський голова", role="голова робочої групи"),),
    )
    text = to_json(data)
    assert json.loads(text)["version"] == SNAPSHOT_VERSION == 2
    again = from_json(text)
    assert again == data and again.present[0].role == "голова робочої групи"
    assert not again.legacy
