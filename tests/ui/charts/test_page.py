"""The «Charts» page on the demo community: what each chart draws, and the PNG export."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from hromada_desk.domain.indicators import INDICATORS_BY_CODE
from hromada_desk.domain.records import Population
from hromada_desk.storage import community_repo
from hromada_desk.ui.charts.page import INDICATOR_LINES, SETTLEMENTS, YEARS, ChartsPage


@pytest.fixture
def page(qtbot, session):
    page = ChartsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def show(page, kind: int) -> None:
    page.chart_combo.setCurrentIndex(kind)


def points(series: QLineSeries) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def test_population_by_settlement_for_2023(page, session):
    show(page, SETTLEMENTS)
    assert session.year == 2023 and page.year_selector.isVisible()
    assert not page.chooser.isVisible()
    (series,) = page.chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    (bars,) = series.barSets()
    assert bars.count() == 11 and page.series_counts == [11]
    rows = community_repo.get_population(session.cf, 2023)
    names = {s.id: s.display_name for s in community_repo.list_settlements(session.cf)}
    # Drawn upwards: the list's first settlement is the last category, at the top.
    assert [bars.at(i) for i in range(11)] == [float(r.total) for r in reversed(rows)]
    (names_axis,) = [a for a in page.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert names_axis.categories() == [names[r.settlement_id] for r in reversed(rows)]
    assert names_axis.categories()[-1] == "с-ще Ланна" and bars.at(10) == 1762
    assert "2023" in page.chart.title()
    assert not page.chart_view.grab().isNull()


def test_the_bar_chart_follows_the_selected_year_and_edits(page, session):
    show(page, SETTLEMENTS)
    session.set_year(2022)
    assert "2022" in page.chart.title()
    assert page.series_counts == [len(community_repo.get_population(session.cf, 2022))]
    first = community_repo.list_settlements(session.cf)[0]
    before = next(
        r for r in community_repo.get_population(session.cf, 2022) if r.settlement_id == first.id
    )
    session.execute(
        "change",
        lambda cf: community_repo.set_population(cf, [Population(first.id, 2022, 1900)]),
        lambda cf: community_repo.set_population(cf, [before]),
        "population",
    )
    (series,) = page.chart.series()
    assert series.barSets()[0].at(page.series_counts[0] - 1) == 1900


def test_a_year_without_figures_says_so(page, session):
    show(page, SETTLEMENTS)
    session.set_year(2030)
    assert page.chart.series() == []
    assert "2030" in page.message_line.message()
    assert not page.export_button.isEnabled()


def test_population_over_the_years(page):
    show(page, YEARS)
    assert not page.year_selector.isVisible()
    (series,) = page.chart.series()
    assert isinstance(series, QLineSeries)
    assert series.count() == 2 and page.series_counts == [2]
    assert points(series) == [(2022, 7070), (2023, 7130)]
    assert not page.chart_view.grab().isNull()


def test_indicators_over_the_years(page):
    show(page, INDICATOR_LINES)
    assert page.chooser.isVisible()
    # At first the indicators that were ever above zero: in the demo only 6.1.
    assert [s.name() for s in page.chart.series()] == ["6.1"]
    assert points(page.chart.series()[0]) == [(2022, 1), (2023, 2)]
    page.set_indicators({"6.1", "5.3", "6.5"})
    assert [s.name() for s in page.chart.series()] == ["5.3", "6.1", "6.5"]
    assert page.series_counts == [2, 2, 2]
    assert points(page.chart.series()[0]) == [(2022, 0), (2023, 0)]
    markers = page.chart.legend().markers()
    assert [m.label() for m in markers] == ["5.3", "6.1", "6.5"]
    markers[0].hovered.emit(True)  # the mouse over the legend's «5.3»
    assert INDICATORS_BY_CODE["5.3"].wording in page.chart_view.toolTip()
    markers[0].hovered.emit(False)
    assert page.chart_view.toolTip() == ""
    page.chart.series()[1].hovered.emit(page.chart.series()[1].at(1), True)
    assert "6.1: 2 in 2023" in page.chart_view.toolTip()
    assert INDICATORS_BY_CODE["6.1"].wording in page.chart_view.toolTip()
    assert not page.chart_view.grab().isNull()


def test_ticking_in_the_list_redraws(page):
    show(page, INDICATOR_LINES)
    item = page.indicators_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "5.1"
    assert INDICATORS_BY_CODE["5.1"].wording in item.toolTip()
    item.setCheckState(Qt.CheckState.Checked)
    assert [s.name() for s in page.chart.series()] == ["5.1", "6.1"]
    page.set_indicators(set())
    assert page.chart.series() == []
    assert "Tick the indicators" in page.message_line.message()


@pytest.mark.parametrize("kind", [SETTLEMENTS, YEARS, INDICATOR_LINES])
def test_export_png_writes_a_picture(page, tmp_path, kind):
    show(page, kind)
    path = tmp_path / "chart.png"
    assert page.export_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 300
    assert str(path) in page.message_line.message()


def test_export_into_a_missing_folder_is_reported(page, tmp_path):
    path = tmp_path / "missing" / "chart.png"
    assert not page.export_png(path)
    assert not path.exists()
    assert page.message_line.kind == "error"


def test_default_file_names(page):
    show(page, SETTLEMENTS)
    assert page.default_file_name() == "population-2023.png"
    show(page, INDICATOR_LINES)
    assert page.default_file_name().endswith(".png")


def test_without_a_file_the_page_is_disabled(page, session):
    session.close()
    assert not page.isEnabled() and page.chart.series() == []


def test_the_chooser_shows_its_longest_chart_name_whole_when_there_is_room(page, qtbot):
    # A laptop's 1366 pixels at 150 % leave the page about 674 of its 911 beside the navigation.
    page.resize(674, 420)
    qtbot.wait(10)
    combo = page.chart_combo
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(r)) for r in range(combo.count()))
    assert combo.width() >= longest + 24  # the text, the frame and the arrow
