"""The «Діаграми» page: population by settlement, the community's population over the years and
the yearly indicators as charts, each exportable as a PNG image."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegendMarker,
    QLineSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.records import settlement_label
from hromada_desk.services import year_figures
from hromada_desk.ui.common.documents import remember, suggested_path
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.year_selector import YearSelector
from hromada_desk.ui.session import Session

# The charts, in the order of the chooser.
SETTLEMENTS, YEARS, INDICATOR_LINES = range(3)
DEFAULT_INDICATOR = "6.1"  # statements and reports: the figure the needs calculation uses
WORDING = {i.code: i.wording for i in INDICATORS}
LABEL_COLOUR = QColor("#303030")  # values beside bars and points, as dark as the axis labels
OTHERS_COLOUR = QColor("#9e9e9e")
EXPONENT_FROM = 1_000_000  # QtCharts writes a value label from a million on as 1.5e+06
# More bars than this cannot be read (nor drawn quickly): the largest settlements are shown
# and the rest summed in one bar.
MAX_SETTLEMENT_BARS = 20


def _year_axis(years: Sequence[int]) -> QCategoryAxis:
    """A label and a grid line at each year, half a year of room on either side so that the
    first and last points are not drawn on the frame."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for year in years:
        axis.append(str(year), year)
    axis.setRange(years[0] - 0.5, years[-1] + 0.5)
    return axis


def _count_axis(largest: float) -> QValueAxis:
    """From 0, whole numbers; a small count gets one tick per unit."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    if largest <= 8:
        top = max(2, math.ceil(largest) + 1)
        axis.setRange(0, top)
        axis.setTickCount(top + 1)
    else:
        axis.setRange(0, largest * 1.12)
        axis.applyNiceNumbers()
    return axis


def fold_settlements(
    totals: Sequence[tuple[str, int]], limit: int = MAX_SETTLEMENT_BARS
) -> tuple[list[tuple[str, int]], tuple[int, int] | None]:
    """The (label, total) bars of settlements to draw, and (how many, their sum) of the
    settlements left out to be drawn as one «others» bar.

    Up to ``limit`` settlements: all of them, in the list's order, none left out. More: the
    ``limit - 1`` largest, largest first (equal totals in the list's order), so that with the
    «others» bar there are ``limit`` bars.
    """
    if len(totals) <= limit:
        return list(totals), None
    order = sorted(range(len(totals)), key=lambda i: -totals[i][1])
    rest = [totals[i][1] for i in order[limit - 1 :]]
    return [totals[i] for i in order[: limit - 1]], (len(rest), sum(rest))


class ChartsPage(Page):
    topics = frozenset({"population", "settlements", "indicators"})
    uses_year = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.series_counts: list[int] = []  # points (or bars) of each series shown
        self.chosen_codes: set[str] | None = None  # None: not chosen yet, a default applies

        self.chart_label, self.chart_combo = QLabel(), QComboBox()
        self.chart_label.setBuddy(self.chart_combo)
        # Narrower than its longest item when space is short (a small screen at 150 %).
        self.chart_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chart_combo.setMinimumContentsLength(18)
        for _ in range(3):
            self.chart_combo.addItem("")
        self.year_selector = YearSelector(session, allow_new=False)
        self.export_button = QPushButton()
        self.indicators_label = QLabel()
        self.indicators_list = QListWidget()
        self.indicators_label.setBuddy(self.indicators_list)
        self.indicators_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.indicators_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for indicator in INDICATORS:
            item = QListWidgetItem(f"{indicator.code}  {indicator.wording}")
            item.setData(Qt.ItemDataRole.UserRole, indicator.code)
            item.setToolTip(f"<p>{indicator.code}: {indicator.wording}</p>")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators_list.addItem(item)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(320, 240)
        self.chart = QChart()
        self.chart_view.setChart(self.chart)
        self.message_line = MessageLine()

        top = QHBoxLayout()
        top.addWidget(self.chart_label)
        # The chooser takes the room first, up to its longest item; the rest is left blank.
        top.addWidget(self.chart_combo, 100)
        top.addSpacing(12)
        top.addWidget(self.year_selector)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.chooser = QWidget()
        chooser_layout = QVBoxLayout(self.chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(self.indicators_label)
        chooser_layout.addWidget(self.indicators_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chooser)
        self.splitter.addWidget(self.chart_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 800])
        self.kept_splitter = KeptSplitter(self.splitter, "charts")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_line)
        for first, second in (
            (self.chart_combo, self.year_selector.combo),
            (self.year_selector.combo, self.export_button),
            (self.export_button, self.indicators_list),
        ):
            QWidget.setTabOrder(first, second)

        self.chart_combo.currentIndexChanged.connect(lambda _row: self.refresh())
        self.indicators_list.itemChanged.connect(self._indicator_toggled)
        self.export_button.clicked.connect(self.choose_export_path)
        self.retranslate()  # and refresh()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Charts")

    def retranslate(self) -> None:
        self.chart_label.setText(self.tr("&Chart:"))
        for row, text in enumerate(
            (
                self.tr("Population by settlement (one year)"),
                self.tr("Population of the community over the years"),
                self.tr("Indicators over the years"),
            )
        ):
            self.chart_combo.setItemText(row, text)
        self.chart_combo.setAccessibleName(self.tr("Which chart to show"))
        # As wide as its longest item when there is room (frame and arrow included).
        widest = max(
            self.chart_combo.fontMetrics().horizontalAdvance(self.chart_combo.itemText(row))
            for row in range(self.chart_combo.count())
        )
        self.chart_combo.setMaximumWidth(widest + 48)
        self.export_button.setText(self.tr("E&xport PNG…"))
        self.export_button.setToolTip(
            self.tr("Save the chart as a picture, to put into a report or a presentation")
        )
        self.export_button.setAccessibleName(self.tr("Export the chart as a PNG picture"))
        self.indicators_label.setText(self.tr("&Indicators to show:"))
        self.indicators_list.setAccessibleName(self.tr("Indicators shown on the chart"))
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self.refresh()

    def refresh(self) -> None:
        kind = self.chart_combo.currentIndex()
        self.year_selector.setVisible(kind == SETTLEMENTS)
        self.chooser.setVisible(kind == INDICATOR_LINES)
        self.message_line.clear()
        cf = self.session.cf
        self.setEnabled(cf is not None)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        font = chart.titleFont()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        chart.setTitleFont(font)
        self.series_counts = []
        if cf is not None:
            if kind == SETTLEMENTS:
                self._population_by_settlement(chart)
            elif kind == YEARS:
                self._population_over_years(chart)
            else:
                self._indicators_over_years(chart)
        self.chart_view.setChart(chart)
        self.chart.deleteLater()  # the view lets go of the chart it showed before
        self.chart = chart
        self.chart_view.setAccessibleDescription(chart.title())
        self.export_button.setEnabled(bool(self.series_counts))

    # -- the three charts -------------------------------------------------------------------
    def _population_by_settlement(self, chart: QChart) -> None:
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None:
            self.message_line.show_message(
                self.tr("The file holds no population figures yet."), "info"
            )
            return
        chart.setTitle(fill(self.tr("Population on 1 January %1, by settlement"), year))
        totals = [
            (settlement_label(name, kind), total)
            for name, kind, total in year_figures.settlement_totals(cf, year)
        ]
        if not totals:
            self.message_line.show_message(
                fill(
                    self.tr(
                        "No population figures for %1: enter them on the «Settlements and "
                        "population» "
                        "page."
                    ),
                    year,
                ),
                "info",
            )
            return
        shown, others = fold_settlements(totals)
        if others is not None:
            label = fill(self.tr("others: %1"), format_number(others[1]))
            shown.append((label, others[1]))
            self.message_line.show_message(
                fill(
                    self.tr(
                        "%1 settlements: the %2 largest are shown; the other %3 are summed in the "
                        "last "
                        "bar, «%4»."
                    ),
                    format_number(len(totals)),
                    len(shown) - 1,
                    format_number(others[0]),
                    label,
                ),
                "info",
            )
        # The first bar at the top: a horizontal bar chart lists categories upwards.
        shown.reverse()
        labels: list[str] = []
        taken: set[str] = set()
        for label, _total in shown:
            while label in taken:  # the axis needs distinct names
                label += " "
            taken.add(label)
            labels.append(label)
        bars = QBarSet(self.tr("Population"))
        bars.setLabelColor(LABEL_COLOUR)
        bars.append([float(total) for _label, total in shown])
        if others is not None:
            # «others» is a sum, not a settlement: a muted bar.
            bars.setSelectedColor(OTHERS_COLOUR)
            bars.selectBar(0)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(10)  # 14301594, not 1.43016e+07
        chart.addSeries(series)
        names_axis = QBarCategoryAxis()
        names_axis.append(labels)
        chart.addAxis(names_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names_axis)
        # Scaled to the settlements: the «others» bar (at the bottom) runs off the edge, its
        # sum in its name.
        counts = _count_axis(max(total for _label, total in shown[1 if others else 0 :]))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        chart.legend().hide()
        self.series_counts = [bars.count()]

    def _population_over_years(self, chart: QChart) -> None:
        cf = self.session.cf
        if cf is None:
            return
        chart.setTitle(self.tr("Population of the community on 1 January"))
        totals = year_figures.population_totals(cf)
        if not totals:
            self.message_line.show_message(
                self.tr("The file holds no population figures yet."), "info"
            )
            return
        series = QLineSeries()
        series.setName(self.tr("Population"))
        series.append([QPointF(year, total) for year, total in totals.items()])
        series.setPointsVisible(True)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsClipping(False)
        series.setPointLabelsColor(LABEL_COLOUR)
        for index, total in enumerate(totals.values()):
            if total >= EXPONENT_FROM:  # «@yPoint» would write 1.43987e+07
                series.setPointConfiguration(
                    index, QXYSeries.PointConfiguration.LabelFormat, str(total)
                )
        chart.addSeries(series)
        years_axis = _year_axis(list(totals))
        chart.addAxis(years_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(years_axis)
        counts = _count_axis(max(totals.values()))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        chart.legend().hide()
        self.series_counts = [series.count()]
        if len(totals) == 1:
            self.message_line.show_message(
                self.tr("Only one year has figures: the line appears from the second year on."),
                "info",
            )

    def _indicators_over_years(self, chart: QChart) -> None:
        cf = self.session.cf
        if cf is None:
            return
        chart.setTitle(self.tr("Annex 1 indicators by year"))
        values = {
            year: year_figures.get_indicators(cf, year) for year in year_figures.data_years(cf)
        }
        values = {year: found for year, found in values.items() if found}
        codes = self._codes_to_show(values)
        if not values:
            self.message_line.show_message(
                self.tr(
                    "The file holds no indicator values yet: enter them on the «Indicators» page."
                )
            )
            return
        if not codes:
            self.message_line.show_message(
                self.tr("Tick the indicators to show in the list on the left."), "info"
            )
            return
        years = sorted(values)
        years_axis = _year_axis(years)
        counts = _count_axis(max((v.get(c, 0) for v in values.values() for c in codes), default=0))
        chart.addAxis(years_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        for code in codes:
            series = QLineSeries()
            series.setName(code)  # the code in the legend; the wording in its tooltip
            series.append(
                [QPointF(year, values[year][code]) for year in years if code in values[year]]
            )
            series.setPointsVisible(True)
            chart.addSeries(series)
            series.attachAxis(years_axis)
            series.attachAxis(counts)
            series.hovered.connect(lambda point, state, c=code: self._show_point(c, point, state))
            self.series_counts.append(series.count())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        for marker in chart.legend().markers():
            marker.hovered.connect(lambda state, m=marker: self._show_wording(m, state))

    def _codes_to_show(self, values: Mapping[int, Mapping[str, int]]) -> list[str]:
        if self.chosen_codes is None:
            # At first: the indicators that were ever above zero, or the cases indicator.
            self.chosen_codes = {
                code for found in values.values() for code, value in found.items() if value
            } or {DEFAULT_INDICATOR}
            self.indicators_list.blockSignals(True)
            for row in range(self.indicators_list.count()):
                item = self.indicators_list.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in self.chosen_codes
                    else Qt.CheckState.Unchecked
                )
            self.indicators_list.blockSignals(False)
        return [i.code for i in INDICATORS if i.code in self.chosen_codes]

    def _indicator_toggled(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        chosen = set(self.chosen_codes or set())
        if item.checkState() == Qt.CheckState.Checked:
            chosen.add(code)
        else:
            chosen.discard(code)
        self.chosen_codes = chosen
        self.refresh()

    def set_indicators(self, codes: set[str]) -> None:
        """Tick exactly these indicators (as clicks in the list would)."""
        for row in range(self.indicators_list.count()):
            item = self.indicators_list.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in codes
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)
        self.chosen_codes = set(codes)
        self.refresh()

    # -- tooltips ---------------------------------------------------------------------------
    # The chart view's own tooltip follows what the mouse is over, so that Qt shows it when
    # the mouse rests there, like any other tooltip.
    @staticmethod
    def wording_tip(code: str) -> str:
        return f"<p><b>{code}</b> {WORDING.get(code, '')}</p>"

    def _show_wording(self, marker: QLegendMarker, state: bool) -> None:
        self.chart_view.setToolTip(self.wording_tip(marker.label()) if state else "")

    def _show_point(self, code: str, point: QPointF, state: bool) -> None:
        value = fill(self.tr("%1: %2 in %3"), code, round(point.y()), round(point.x()))
        self.chart_view.setToolTip(f"<p>{value}</p>{self.wording_tip(code)}" if state else "")

    # -- export -----------------------------------------------------------------------------
    def default_file_name(self) -> str:
        kind = self.chart_combo.currentIndex()
        if kind == SETTLEMENTS:
            return fill(self.tr("population-%1.png"), self.session.year or "")
        if kind == YEARS:
            return self.tr("population-by-year.png")
        return self.tr("indicators-by-year.png")

    def choose_export_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chart as PNG"),
            suggested_path(self.default_file_name()),
            self.tr("PNG pictures (*.png)"),
        )
        if name:
            path = Path(name)
            self.export_png(
                path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")
            )

    def export_png(self, path: Path) -> bool:
        """Save the chart as it is shown into a PNG file; say where, or why not."""
        if self.chart_view.grab().save(str(path), "PNG"):
            remember(path)
            self.message_line.show_document(fill(self.tr("The chart is saved in %1."), path), path)
            return True
        self.message_line.show_message(
            fill(
                self.tr(
                    "The chart could not be saved in %1: check that the folder exists and can be "
                    "written to."
                ),
                path,
            ),
            "error",
        )
        return False
