"""The reads the charts use: a year's totals by settlement, and the community's by year."""

from __future__ import annotations

import dataclasses

from hromada_desk.storage import community_repo as repo
from hromada_desk.storage.database import open_file


def test_settlement_totals_match_the_population_of_the_year(demo_path, policy):
    with open_file(demo_path, backups=policy) as cf:
        for year in repo.population_years(cf):
            by_id = {s.id: s for s in repo.list_settlements(cf)}
            expected = [
                (by_id[p.settlement_id].name, by_id[p.settlement_id].kind, p.total)
                for p in repo.get_population(cf, year)
            ]
            assert repo.settlement_totals(cf, year) == expected
        assert repo.settlement_totals(cf, 2030) == []


def test_population_totals_count_every_settlement_archived_too(demo_path, policy):
    with open_file(demo_path, backups=policy) as cf:
        years = repo.population_years(cf)
        settlement = repo.list_settlements(cf)[1]
        repo.update_settlement(cf, dataclasses.replace(settlement, archived=True))
        expected = {year: sum(p.total for p in repo.get_population(cf, year)) for year in years}
        assert len(expected) >= 2
        assert repo.population_totals(cf) == expected
