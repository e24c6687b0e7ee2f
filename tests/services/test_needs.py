import copy
import json

import pytest

from hromada_desk.documents.needs_year import input_from_document
from hromada_desk.domain.needs import calculate
from hromada_desk.errors import InputError
from hromada_desk.services.needs import input_from_file, result_as_json, result_as_text
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from tests.documents.test_needs_year import DOCUMENT


@pytest.mark.parametrize(
    ("year", "shelter", "e", "k", "c"),
    [(2022, 0.707, 1 / 7070, 1, 1 / 480), (2023, 0.713, 2 / 7130, 2, 2 / 480)],
)
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
    assert (
        result_as_json(calculate(from_doc), from_doc)["services"]
        == result_as_json(calculate(from_file), from_file)["services"]
    )


def test_json_contract_shape():
    data = input_from_document(DOCUMENT)
    out = json.loads(json.dumps(result_as_json(calculate(data), data)))
    assert set(out["services"]) == {
        "shelter",
        "mobile_brigade",
        "day_center",
        "counselling_service",
        "medical_rehab_center",
    }
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
    assert "7130 : 10\u00a0000 = 0,713" in text
    assert "1) 2 : 7130 = 0,00028" in text
    assert "Потрібно: 11; наявно: 0; нестача: 11" in text
    assert "Методика визначення потреб" in text


def test_rayon_served_population_and_parameters_from_the_document():
    doc = copy.deepcopy(DOCUMENT)
    doc["rayon"] = {"population": 300000, "cases": 600}
    doc["served_population"] = 20000
    doc["parameters"] = {
        "brigade_cases_per_month": 20,
        "counselling_basis": "threshold",
        "counselling_threshold": 500,
    }
    data = input_from_document(doc)
    out = result_as_json(calculate(data), data)
    assert out["basis"] == "rayon"
    assert out["services"]["mobile_brigade"]["K"] == pytest.approx(600 / 300000 * 20000)
    assert out["services"]["counselling_service"]["required"] == 6
    changed = {c["name"]: c["value"] for c in out["parameter_changes"]}
    assert changed == {
        "brigade_cases_per_month": 20,
        "counselling_basis": "threshold",
        "counselling_threshold": 500,
        "served_population": 20000,
    }


def test_file_year_without_data(demo_path):
    with (
        open_file(demo_path, readonly=True) as cf,
        pytest.raises(InputError, match=r"2021 рік.*2022, 2023"),
    ):
        input_from_file(cf, 2021)


def test_file_without_the_cases_indicator(demo_path):
    with open_file(demo_path) as cf:
        cf.db.execute("DELETE FROM indicator_value WHERE year = 2023 AND code = '6.1'")
        with pytest.raises(InputError, match=r"показник 6\.1"):
            input_from_file(cf, 2023)


def test_stored_parameters_rayon_and_reasons_are_used(demo_path):
    with open_file(demo_path) as cf:
        community_repo.set_parameter(
            cf, 2023, "counselling_basis", "threshold", "служба лише у великих селах"
        )
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


def test_a_year_without_population_names_the_years_that_have_it(demo_path, tmp_path):
    from hromada_desk.services.new_community import (
        NewCommunityOptions,
        NewSettlement,
        create_community,
    )

    with open_file(demo_path, readonly=True) as cf, pytest.raises(InputError) as caught:
        input_from_file(cf, 2030)
    assert str(caught.value) == (
        "За 2030 рік у файлі немає даних про населення (є роки: 2022, 2023)."
    )
    # A new file has no year at all: no «(є роки: жодного)».
    options = NewCommunityOptions(
        "Вербівська громада", "Вербівська сільська рада", settlements=(NewSettlement("Вербівка"),)
    )
    with (
        create_community(tmp_path / "нова.hromada", options) as cf,
        pytest.raises(InputError) as caught,
    ):
        input_from_file(cf, 2025)
    assert str(caught.value) == "За 2025 рік у файлі немає даних про населення."
