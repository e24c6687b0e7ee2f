"""A community far larger than the demo: the charts fold the small settlements into one bar,
and the population grid sums its total row once per reload, not on every paint."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QXYSeries

from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.records import Population, Settlement
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import create_file, open_file
from hromada_desk.ui.charts.page import (
    MAX_SETTLEMENT_BARS,
    SETTLEMENTS,
    YEARS,
    ChartsPage,
    fold_settlements,
)
from hromada_desk.ui.population import table_model as population_table
from hromada_desk.ui.population.page import PopulationPage
from hromada_desk.ui.population.table_model import Column
from hromada_desk.ui.session import Session

SETTLEMENT_COUNT = 3 * MAX_SETTLEMENT_BARS
YEAR = 2024


@pytest.fixture
def big_session(qapp, tmp_path, policy):
    """SETTLEMENT_COUNT settlements with figures for YEAR - 1 and YEAR (some totals equal,
    some without a breakdown)."""
    rng = random.Random(787)

    def fill(cf):
        rows = []
        for i in range(SETTLEMENT_COUNT):
            sid = community_repo.add_settlement(
                cf, Settlement(f"Село {i + 1}", admin_center=i == 0)
            )
            for year in (YEAR - 1, YEAR):
                total = rng.choice((50, 120, 900)) if i % 3 else rng.randint(10, 5000)
                if i == 0 and year == YEAR:
                    total = 1_500_000  # a city: the community passes a million this year
                children = total // 5 if i % 4 else None
                rows.append(Population(sid, year, total, None, None, children))
        community_repo.set_population(cf, rows)

    path = tmp_path / "big.hromada"
    create_file(path, fill, backups=policy).close()
    session = Session(policy)
    session.open(open_file(path, backups=policy))
    yield session
    session.close()


def test_fold_keeps_a_small_community_as_it_is():
    totals = [(f"с. {n}", n * 10) for n in range(1, MAX_SETTLEMENT_BARS + 1)]
    assert fold_settlements(totals) == (totals, None)


def test_fold_keeps_the_largest_and_sums_the_rest():
    totals = [("a", 5), ("b", 9), ("c", 5), ("d", 1), ("e", 9)]
    largest, others = fold_settlements(totals, limit=4)
    # Largest first; equal totals keep the list's order.
    assert largest == [("b", 9), ("e", 9), ("a", 5)]
    assert others == (2, 5 + 1)


def test_the_bar_chart_of_many_settlements_shows_the_largest_and_the_rest(qtbot, big_session):
    page = ChartsPage(big_session)
    qtbot.addWidget(page)
    page.chart_combo.setCurrentIndex(SETTLEMENTS)
    assert big_session.year == YEAR
    rows = community_repo.get_population(big_session.cf, YEAR)
    names = {s.id: s.display_name for s in community_repo.list_settlements(big_session.cf)}
    order = sorted(rows, key=lambda r: -r.total)  # stable: equal totals in the list's order
    largest, rest = order[: MAX_SETTLEMENT_BARS - 1], order[MAX_SETTLEMENT_BARS - 1 :]

    (series,) = page.chart.series()
    (bars,) = series.barSets()
    assert bars.count() == MAX_SETTLEMENT_BARS == page.series_counts[0]
    # Drawn upwards: the largest settlement at the top, «others» at the bottom (index 0).
    values = [bars.at(i) for i in range(bars.count())]
    assert values[:0:-1] == [float(r.total) for r in largest]
    assert values[0] == sum(r.total for r in rest)
    (axis,) = [a for a in page.chart.axes() if isinstance(a, QBarCategoryAxis)]
    categories = axis.categories()
    assert categories[:0:-1] == [names[r.settlement_id] for r in largest]
    assert categories[0] == f"others: {format_number(sum(r.total for r in rest))}"
    assert bars.selectedBars() == [0]  # the sum is drawn muted, not as a settlement
    message = page.message_line.message()
    assert str(SETTLEMENT_COUNT) in message and str(len(rest)) in message
    assert str(MAX_SETTLEMENT_BARS - 1) in message
    assert not page.chart_view.grab().isNull()


def test_population_over_the_years_writes_millions_in_full(qtbot, big_session):
    page = ChartsPage(big_session)
    qtbot.addWidget(page)
    page.chart_combo.setCurrentIndex(YEARS)
    cf = big_session.cf
    expected = {
        year: sum(r.total for r in community_repo.get_population(cf, year))
        for year in community_repo.population_years(cf)
    }
    assert expected[YEAR - 1] < 1_000_000 <= expected[YEAR]
    (series,) = page.chart.series()
    assert [(p.x(), p.y()) for p in series.points()] == list(expected.items())
    label = QXYSeries.PointConfiguration.LabelFormat
    formats = [series.pointConfiguration(i).get(label) for i in range(series.count())]
    # Below a million the series' own «@yPoint» (as on the demo); from a million on, the
    # number in full instead of QtCharts' 1.5e+06.
    assert formats == [None, str(expected[YEAR])]


class CountingDict(dict):
    """Counts the walks over all its values (a lookup by key is not one)."""

    walks = 0

    def values(self):
        self.walks += 1
        return super().values()

    def items(self):
        self.walks += 1
        return super().items()

    def __iter__(self):
        self.walks += 1
        return super().__iter__()


def test_the_total_row_is_summed_once_per_reload(qtbot, big_session, monkeypatch):
    calls = []

    class CountingTotals(population_table._Totals):
        def __init__(self, rows):
            rows = list(rows)
            if rows:  # (the model starts with the totals of no row)
                calls.append(1)
            super().__init__(rows)

    monkeypatch.setattr(population_table, "_Totals", CountingTotals)
    page = PopulationPage(big_session)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert len(calls) == 1
    model, view = page.model, page.view
    total_row = model.settlement_count
    model._rows = CountingDict(model._rows)  # painting must not walk every settlement's row
    view.scrollToBottom()
    for _ in range(3):
        view.viewport().grab()  # paints the total row's cells again
    assert view.visualRect(model.index(total_row, 0)).intersects(view.viewport().rect())
    assert len(calls) == 1 and model._rows.walks == 0
    rows = community_repo.get_population(big_session.cf, YEAR)
    assert model.value(total_row, Column.TOTAL) == sum(r.total for r in rows)
    assert model.value(total_row, Column.CHILDREN) == sum(
        r.children for r in rows if r.children is not None
    )
    assert model.value(total_row, Column.MEN) is None  # no settlement has it

    first = rows[0]
    assert model.write_cells([(0, Column.TOTAL, str(first.total + 7))])
    # the edit changes its row and the total, without reading or summing the year again
    assert len(calls) == 1 and model._rows.walks == 0
    assert model.value(total_row, Column.TOTAL) == sum(r.total for r in rows) + 7
