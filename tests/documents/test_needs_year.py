"""One year of Annex 1 as a JSON document: every field checked and named, and the year a
protocol keeps written back exactly as it was read."""

import copy

import pytest

from hromada_desk.documents.figures import Headcount, SettlementYear
from hromada_desk.documents.needs_year import (
    input_from_document,
    needs_year_from_json,
    needs_year_json,
    read_document,
)
from hromada_desk.domain.records import SettlementKind
from hromada_desk.errors import InputError

DOCUMENT = {
    "community": "Ланнівська сільська територіальна громада",
    "year": 2023,
    "settlements": [
        {
            "name": "Ланна",
            "population": 1762,
            "men": 652,
            "women": 797,
            "children": 313,
            "admin_center": True,
        },
        {"name": "Федорівка", "population": 1593},
        {"name": "Климівка", "population": 931},
        {"name": "Куми", "population": 820},
        {"name": "Нижня Ланна", "population": 717},
        {"name": "Верхня Ланна", "population": 621},
        {"name": "Коржиха", "population": 226},
        {"name": "Чалівка", "population": 193},
        {"name": "Львівське", "population": 178},
        {"name": "Редути", "population": 83},
        {"name": "Холодне Плесо", "population": 6},
    ],
    "indicators": {
        "5.1": 0,
        "5.2": 0,
        "5.3": 0,
        "5.4": 0,
        "5.5": 0,
        "6.1": 2,
        "6.2": 0,
        "6.3": 0,
        "6.4": 0,
        "6.5": 0,
        "6.6": 0,
        "6.7": 0,
    },
    "existing": {
        "shelter": 0,
        "mobile_brigade": 0,
        "medical_rehab_center": 0,
        "day_center": 0,
        "counselling_service": 0,
    },
}


def _broken(path, value):
    doc = copy.deepcopy(DOCUMENT)
    *parents, last = path
    target = doc
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (["community"], KeyError, "«community»"),
        (["year"], KeyError, "«year»"),
        (["year"], "2023 рік", "«year»"),
        (["year"], 1850, "«year»"),
        (["settlements"], [], "«settlements»"),
        (["settlements", 2, "population"], "сто", "«settlements[2].population»"),
        (["settlements", 2, "population"], -5, "«settlements[2].population»"),
        (["settlements", 2, "population"], 12.5, "«settlements[2].population»"),
        (["settlements", 0, "men"], -1, "«settlements[0].men»"),
        (["settlements", 1, "name"], "", "«settlements[1].name»"),
        (["settlements", 1], "Федорівка", "«settlements[1]»"),
        (["indicators", "7.1"], 3, "«7.1»"),
        (["indicators", "6.1"], KeyError, "«indicators.6.1»"),
        (["indicators", "6.2"], True, "«indicators.6.2»"),
        (["existing", "hospital"], 1, "«hospital»"),
        (["existing", "shelter"], -1, "«existing.shelter»"),
        (["rayon"], {"population": 0, "cases": 1}, "«rayon.population»"),
        (["rayon"], {"population": 1000}, "«rayon.cases»"),
        (["parameters"], {"months": 0}, "«parameters.months»"),
        (["parameters"], {"cases_indicator": "9.9"}, "«parameters.cases_indicator»"),
        (["parameters"], {"counselling_basis": "districts"}, "«parameters.counselling_basis»"),
        (["parameters"], {"counselling_basis": "threshold"}, "counselling_threshold"),
        (["parameters"], {"speed": 3}, "«parameters.speed»"),
        (["served_population"], 0, "«served_population»"),
    ],
)
def test_invalid_documents_name_the_field(path, value, field):
    with pytest.raises(InputError) as caught:
        input_from_document(_broken(path, value))
    assert field in caught.value.message
    assert "\n" not in caught.value.message


def test_zero_total_population_is_refused():
    doc = copy.deepcopy(DOCUMENT)
    for settlement in doc["settlements"]:
        settlement["population"] = 0
    with pytest.raises(InputError, match="нулю"):
        input_from_document(doc)


def test_not_an_object():
    with pytest.raises(InputError, match="документ"):
        input_from_document([1, 2])


def test_invalid_documents_name_the_field_the_same_way_when_a_protocol_keeps_them():
    with pytest.raises(InputError, match=r"«settlements\[2\]\.population»"):
        needs_year_from_json(_broken(["settlements", 2, "population"], "сто"))


def test_what_documents_print_besides_the_calculation_is_kept():
    doc = copy.deepcopy(DOCUMENT)
    doc["settlements"][0] |= {"kind": "settlement", "area_km2": 12.5}
    doc["settlements"][1] |= {"kind": "hamlet"}
    settlements, data = read_document(doc)
    assert settlements[0] == SettlementYear(
        "Ланна",
        SettlementKind.SETTLEMENT,
        Headcount(1762, 652, 797, 313),
        admin_center=True,
        area_km2=12.5,
    )
    assert settlements[1].kind is None  # a kind the program does not know: no error
    assert settlements[2].kind is SettlementKind.VILLAGE  # none given
    assert settlements[2].headcount == Headcount(931)
    assert data == input_from_document(doc)
    assert [s.figure for s in settlements] == list(data.settlements)


def test_a_kept_year_is_written_back_as_it_was_read():
    doc = copy.deepcopy(DOCUMENT)
    doc["settlements"] = [
        dict(s, kind="village", admin_center=bool(s.get("admin_center")), starosta_district="")
        for s in doc["settlements"]
    ]
    doc["settlements"][3]["area_km2"] = 4.75
    doc |= {
        "rayon": {"population": 300000, "cases": 600},
        "served_population": 20000,
        "parameters": {
            "brigade_cases_per_month": 20,
            "counselling_basis": "threshold",
            "counselling_threshold": 500,
        },
        "parameter_reasons": {"brigade_cases_per_month": "менше фахівців"},
    }
    year = needs_year_from_json(doc)
    assert needs_year_json(year) == doc
    assert year.year == 2023 and year.result.population == 7130
    assert year.result.services["mobile_brigade"].values["K"] == 600 * 20000 // 300000
    assert needs_year_from_json(needs_year_json(year)) == year
