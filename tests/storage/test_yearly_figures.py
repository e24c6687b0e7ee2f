"""Every yearly figure of a file read with one query per table (community_repo.yearly_figures,
what the consolidation reads of each of hundreds of files) is what the per-year reads give."""

from __future__ import annotations

from pathlib import Path

import pytest

from hromada_desk.domain.records import Community, Population, Settlement
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile, create_file, open_file


def _community(name: str, oblast: str = "Полтавська") -> Community:
    council = name.replace("територіальна громада", "рада")
    return Community(name, council, council, f"Виконавчий комітет {council}", oblast, "Полтавський")


@pytest.fixture
def files(demo_path: Path, tmp_path: Path) -> list[Path]:
    """The demo, and a file with an archived settlement moved to the top, a service for a
    year without population, a changed parameter."""

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(
            cf, _community("Ланнівська сільська територіальна громада", "Київська")
        )
        first = community_repo.add_settlement(cf, Settlement("Перше", admin_center=True))
        community_repo.restore_settlement(
            cf, Settlement("Колишнє", archived=True, id=10), 0, [Population(10, 2022, 12)]
        )  # listed first
        community_repo.set_population(
            cf, [Population(first, 2022, 900, 400, 500, 150), Population(first, 2023, 880)]
        )
        community_repo.set_existing_services(cf, 2021, {"shelter": 1})
        community_repo.set_parameter(cf, 2023, "months", "10", "за рішенням ради")

    other = tmp_path / "other.hromada"
    create_file(other, fill).close()
    return [demo_path, other]


def test_every_table_read_once_gives_the_per_year_figures(files):
    for path in files:
        with open_file(path, readonly=True) as cf:
            figures = community_repo.yearly_figures(cf)
            assert figures.years() == community_repo.data_years(cf)
            assert list(figures.settlements.values()) == community_repo.list_settlements(cf)
            for year in range(2020, 2025):
                assert figures.population.get(year, []) == community_repo.get_population(cf, year)
                assert figures.indicators.get(year, {}) == community_repo.get_indicators(cf, year)
                assert list(figures.existing.get(year, {}).items()) == list(
                    community_repo.get_existing_services(cf, year).items()
                )
                assert figures.parameters.get(year, {}) == community_repo.get_parameters(cf, year)
                assert figures.rayon.get(year, (None, None)) == community_repo.get_rayon_figures(
                    cf, year
                )


def test_the_years_are_found_by_index_as_a_scan_finds_them(files, tmp_path):
    empty = tmp_path / "empty.hromada"
    create_file(empty, lambda cf: community_repo.save_community(cf, _community("Нова"))).close()
    for path in [*files, empty]:
        with open_file(path, readonly=True) as cf:
            scanned = [
                row[0]
                for row in cf.conn.execute(
                    "SELECT year FROM population UNION SELECT year FROM indicator_value "
                    "UNION SELECT year FROM existing_service ORDER BY year"
                )
            ]
            assert community_repo.data_years(cf) == scanned
            assert community_repo.population_years(cf) == [
                row[0]
                for row in cf.conn.execute("SELECT DISTINCT year FROM population ORDER BY year")
            ]
    with open_file(files[1], readonly=True) as cf:
        assert community_repo.data_years(cf) == [2021, 2022, 2023]  # 2021: a service only
