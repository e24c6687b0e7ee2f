"""The shipped codifier (КАТОТТГ): communities by code with their settlements, and search."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hromada_desk.domain.codifier import Codifier, Level, query_words, shipped, stem
from hromada_desk.domain.places import official_names
from hromada_desk.domain.records import SettlementKind
from hromada_desk.resources import resource

LANNA = "UA53080190000081150"
POLTAVA_RAYON = "UA53080000000068029"
POLTAVA_OBLAST = "UA53000000000028050"
CSV = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "katottg"
    / "kodifikator-16-05-2025.csv"
)


@pytest.fixture(scope="module")
def codifier() -> Codifier:
    return shipped()


def _seed_settlements(seed_text: str) -> list[tuple[str, str]]:
    """(abbreviation, name) of «Перелік населених пунктів…» in the seed protocol."""
    line = next(
        line for line in seed_text.splitlines() if line.startswith("2. Перелік населених пунктів")
    )
    listed = line.split(":", 1)[1].strip().rstrip(".")
    return [tuple(item.strip().split(" ", 1)) for item in listed.split(",")]  # type: ignore


def test_lanna_has_exactly_the_seeds_eleven_settlements(codifier, seed_text):
    lanna = codifier.community(LANNA)
    assert lanna is not None
    seed = _seed_settlements(seed_text)
    assert len(seed) == 11
    assert sorted((s.kind.abbreviation, s.name) for s in lanna.settlements) == sorted(seed)


def test_lanna_is_a_settlement_with_ten_villages_and_the_demos(codifier):
    lanna = codifier.community(LANNA)
    assert lanna.centre.display_name == "с-ще Ланна"
    assert [s.kind for s in lanna.settlements].count(SettlementKind.VILLAGE) == 10
    with open(resource("demo", "lanna.json"), encoding="utf-8") as handle:
        demo = json.load(handle)["settlements"]
    assert sorted((s["name"], s["kind"]) for s in demo) == sorted(
        (s.name, s.kind.value) for s in lanna.settlements
    )
    assert (lanna.unit.oblast, lanna.unit.rayon, lanna.edition) == (
        "Полтавська",
        "Полтавський",
        "16.05.2025",
    )
    assert codifier.title == "КАТОТТГ від 16.05.2025"


@pytest.mark.parametrize(
    "typed",
    [
        "ланн",
        "Ланн\u0069вська",
        "ЛАННІВСЬКОЇ",
        "Ланна",
        "ланнівська громада полтавського району",
        "UA5308019",
    ],
)
def test_a_few_letters_find_lanna(codifier, typed):
    found = codifier.search(typed)
    assert found and found[0].code == LANNA, [u.label for u in found[:3]]


def test_the_search_forgives_case_apostrophes_and_look_alikes(codifier):
    kamianets = [u.code for u in codifier.search("Кам’янець-Подільська громада")]
    assert kamianets[0] == codifier.search("КАМ'ЯНЕЦЬ-ПОДІЛЬСЬКА ТГ")[0].code
    assert codifier.search("Kиївська oбласть")[0].title == "Київська область"  # Latin K, o
    assert [u.label for u in codifier.search("Біла Церква")] == [
        "Білоцерківська територіальна громада, Білоцерківський район, Київська область"
    ]


def test_rayons_and_oblasts_are_found_and_the_kind_named_comes_first(codifier):
    assert [u.level for u in codifier.search("полтав")[:2]] == [Level.OBLAST, Level.RAYON]
    first = codifier.search("Полтавський район")[0]
    assert (first.code, first.label) == (POLTAVA_RAYON, "Полтавський район, Полтавська область")
    assert codifier.search("полтавська обл.")[0].code == POLTAVA_OBLAST
    # a word naming the oblast narrows nine «Миколаївська» communities to one
    assert len([u for u in codifier.search("миколаївська") if u.level is Level.COMMUNITY]) > 5
    assert [u.label for u in codifier.search("миколаївська одеська")] == [
        "Миколаївська територіальна громада, Березівський район, Одеська область"
    ]


def test_nothing_is_found_for_nothing_or_only_kinds(codifier):
    assert codifier.search("") == []
    assert codifier.search("сільська рада") == []
    assert codifier.search("Ланнівська одеська") == []  # every word must match


def test_stems_and_query_words():
    assert stem("ланнівської") == "ланнівськ" and stem("ланна") == "ланн"
    assert stem("ки") == "ки"  # too short to cut
    assert query_words("Полтавського р-ну") == (["полтавськ"], {Level.RAYON})


def test_codes_lead_to_units_and_settlements(codifier):
    assert codifier.unit(POLTAVA_RAYON).level is Level.RAYON
    assert codifier.community(POLTAVA_RAYON) is None
    assert codifier.community("UA53080190010066776") is None  # a settlement's code
    assert codifier.community("UA99999999999999999") is None
    assert codifier.unit("nonsense") is None
    settlement, community = codifier.settlement(" ua53080190040048441 ")
    assert (settlement.display_name, community.code) == ("с. Коржиха", LANNA)
    assert codifier.settlement(LANNA) is None


def test_the_communities_of_a_rayon_and_an_oblast(codifier):
    rayon = codifier.communities(POLTAVA_RAYON)
    assert len(rayon) == 24 and LANNA in {u.code for u in rayon}
    oblast = codifier.communities(POLTAVA_OBLAST)
    assert len(oblast) == 60 and set(rayon) < set(oblast)
    assert codifier.communities(LANNA) == [codifier.unit(LANNA)]
    assert codifier.communities("UA00000000000000000") == []


def test_official_names_from_the_kind_of_the_centre(codifier):
    lanna = codifier.community(LANNA)
    assert lanna.council_kind == "селищна"  # its centre is a селище
    assert lanna.names("сільська") == official_names("Ланнівська", "сільська")
    names = lanna.names("сільська")
    assert (names.council_name, names.executive_committee, names.community_name) == (
        "Ланнівська сільська рада",
        "Виконавчий комітет Ланнівської сільської ради",
        "Ланнівська сільська територіальна громада",
    )
    kremenchuk = codifier.search("Кременчуцька громада")[0]
    assert codifier.community(kremenchuk.code).names().council_name == ("Кременчуцька міська рада")
    kinds = {c.centre.kind: c.council_kind for c in codifier.all_communities()}
    assert kinds == {
        SettlementKind.CITY: "міська",
        SettlementKind.SETTLEMENT: "селищна",
        SettlementKind.VILLAGE: "сільська",
    }


def test_every_community_of_the_edition_gets_its_names(codifier):
    irregular = []
    for community in codifier.all_communities():
        names = community.names()
        assert names.community_name.startswith(community.unit.name + " ")
        if not names.council_name_genitive:
            irregular.append(community.unit.name)
    assert irregular == ["Асканія-Нова"]


def test_the_whole_edition_is_the_csvs():
    if not CSV.exists():
        pytest.skip("the official codifier (../shared/data/katottg) is not beside this checkout")
    codifier = shipped()
    with open(CSV, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    units = {(u.code, u.name, u.level) for u in codifier.units}
    levels = {"O": Level.OBLAST, "P": Level.RAYON, "H": Level.COMMUNITY}
    expected = {
        (next(c for c in reversed(r[:5]) if c), r[6].strip(), levels[r[5]])
        for r in rows
        if r[5] in levels
    }
    assert units == expected and len(units) == 25 + 136 + 1772
    kinds = {"M": SettlementKind.CITY, "X": SettlementKind.SETTLEMENT, "C": SettlementKind.VILLAGE}
    settlements = {
        (c.code, s.code, s.name, s.kind) for c in codifier.all_communities() for s in c.settlements
    }
    assert settlements == {
        (r[2], r[3], r[6].strip(), kinds[r[5]]) for r in rows if r[5] in kinds and r[2] != r[0]
    }
    assert len(settlements) == 29_703


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hromada-desk/katottg/2\t01.01.2030\n",
        "hromada-desk/katottg/1\t01.01.2030\nZ1\tx\n",
        "hromada-desk/katottg/1\t01.01.2030\nO12x\tx\n",
    ],
)
def test_a_file_of_another_format_is_refused(text):
    with pytest.raises(ValueError):
        Codifier(text)


def test_the_window_starts_without_the_codifier():
    code = (
        "import sys, hromada_desk.app, hromada_desk.ui.main_window\n"
        "print('CODIFIER', 'hromada_desk.domain.codifier' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert "CODIFIER False" in result.stdout, result.stdout + result.stderr


def test_reading_the_module_does_not_read_the_data():
    code = (
        "import sys, hromada_desk.domain.codifier as c\n"
        "print('LOADED', c.shipped.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert "LOADED 0" in result.stdout, result.stdout + result.stderr
