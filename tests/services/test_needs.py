import copy
import json

import pytest

from hromada_desk.domain.needs import calculate
from hromada_desk.errors import InputError
from hromada_desk.services.needs import (
    input_from_document,
    input_from_file,
    result_as_json,
    result_as_text,
)
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file

DOCUMENT = {
    "community": "Ланнівська сільська територіальна громада",
    "year": 2023,
    "settlements": [
        {"name": "Ланна", "population": 1762, "men": 652, "women": 797, "children": 313,
         "admin_center": True},
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
    "indicators": {"5.1": 0, "5.2": 0, "5.3": 0, "5.4": 0, "5.5": 0, "6.1": 2, "6.2": 0,
                   "6.3": 0, "6.4": 0, "6.5": 0, "6.6": 0, "6.7": 0},
    "existing": {"shelter": 0, "mobile_brigade": 0, "medical_rehab_center": 0,
                 "day_center": 0, "counselling_service": 0},
}


@pytest.mark.parametrize(("year", "shelter", "e", "k", "c"), [
    (2022, 0.707, 1 / 7070, 1, 1 / 480), (2023, 0.713, 2 / 7130, 2, 2 / 480)])
def test_demo_file_gives_the_seed_results(demo_path, year, shelter, e, k, c):
    with open_file(demo_path, readonly=True) as cf:
        data = input_from_file(cf, year)
    out = result_as_json(calculate(data), data)
    services = out["services"]
    assert out["population"] == {2022: 7070, 2023: 7130}[year]
    assert services["shelter"]["required"] == pytest.approx(shelter, abs=1e-12)
    assert services["mobile_brigade"]["E"] == pytest.approx(e, rel=1e-12)
    assert services["mobile_brigade"]["K"] == k and isinstance(services["mobile_brigade"]["K"], int)
    assert services["mobile_brigade"]["C"] == pytest.approx(c, rel=1e-12)
    assert services["counselling_service"]["required"] == 11
    assert out["basis"] == "community"


def test_document_and_file_agree(demo_path):
    with open_file(demo_path, readonly=True) as cf:
        from_file = input_from_file(cf, 2023)
    from_doc = input_from_document(DOCUMENT)
    assert (result_as_json(calculate(from_doc), from_doc)["services"]
            == result_as_json(calculate(from_file), from_file)["services"])


def test_json_contract_shape():
    data = input_from_document(DOCUMENT)
    out = json.loads(json.dumps(result_as_json(calculate(data), data)))
    assert set(out["services"]) == {"shelter", "mobile_brigade", "day_center",
                                    "counselling_service", "medical_rehab_center"}
    for key in ("shelter", "mobile_brigade", "day_center", "counselling_service"):
        entry = out["services"][key]
        assert {"required", "existing", "deficit", "need", "steps"} <= set(entry)
        assert isinstance(entry["need"], bool) and isinstance(entry["steps"], list)
    assert {"E", "K", "C"} <= set(out["services"]["mobile_brigade"])
    assert "victims_per_month" in out["services"]["day_center"]
    assert out["services"]["medical_rehab_center"]["persons"] == 0
    assert out["year"] == 2023 and out["population"] == 7130


def test_text_output_is_ukrainian_and_formatted():
    data = input_from_document(DOCUMENT)
    text = result_as_text(calculate(data), data)
    assert "7130 : 10000 = 0,713" in text
    assert "1) 2 : 7130 = 0,00028" in text
    assert "Потрібно: 11; наявно: 0; нестача: 11" in text
    assert "Методика визначення потреб" in text


def test_rayon_served_population_and_parameters_from_the_document():
    doc = copy.deepcopy(DOCUMENT)
    doc["rayon"] = {"population": 300000, "cases": 600}
    doc["served_population"] = 20000
    doc["parameters"] = {"brigade_cases_per_month": 20, "counselling_basis": "threshold",
                         "counselling_threshold": 500}
    data = input_from_document(doc)
    out = result_as_json(calculate(data), data)
    assert out["basis"] == "rayon"
    assert out["services"]["mobile_brigade"]["K"] == pytest.approx(600 / 300000 * 20000)
    assert out["services"]["counselling_service"]["required"] == 6
    changed = {c["name"]: c["value"] for c in out["parameter_changes"]}
    assert changed == {"brigade_cases_per_month": 20, "counselling_basis": "threshold",
                       "counselling_threshold": 500, "served_population": 20000}


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


@pytest.mark.parametrize(("path", "value", "field"), [
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
])
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


def test_file_year_without_data(demo_path):
    with open_file(demo_path, readonly=True) as cf, \
            pytest.raises(InputError, match=r"2021 рік.*2022, 2023"):
        input_from_file(cf, 2021)


def test_file_without_the_cases_indicator(demo_path):
    with open_file(demo_path) as cf:
        cf.db.execute("DELETE FROM indicator_value WHERE year = 2023 AND code = '6.1'")
        with pytest.raises(InputError, match=r"показник 6\.1"):
            input_from_file(cf, 2023)


def test_stored_parameters_rayon_and_reasons_are_used(demo_path):
    with open_file(demo_path) as cf:
        community_repo.set_parameter(cf, 2023, "counselling_basis", "threshold",
                                     "служба лише у великих селах")
        community_repo.set_parameter(cf, 2023, "counselling_threshold", "500")
        community_repo.set_parameter(cf, 2023, "served_population", "9000", "сусідні села")
        community_repo.set_rayon_figures(cf, 2023, 300_000, 600)
        data = input_from_file(cf, 2023)
        result = calculate(data)
        assert result.services["counselling_service"].required == 6
        assert result.services["mobile_brigade"].values["K"] == pytest.approx(600 / 300000 * 9000)
        reasons = {c.name: c.reason for c in result.parameter_changes}
        assert reasons["counselling_basis"] == "служба лише у великих селах"
        assert reasons["served_population"] == "сусідні села"
        community_repo.set_parameter(cf, 2023, "counselling_basis", None)
        community_repo.set_parameter(cf, 2023, "counselling_threshold", None)
        community_repo.set_rayon_figures(cf, 2023, None, None)
        again = calculate(input_from_file(cf, 2023))
        assert again.services["counselling_service"].required == 11
        assert "не внесено" in again.basis
