"""The «Показники» page: a year's Annex 1 indicators, existing services and rayon figures."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.indicators import INDICATOR_CODES, MEDICAL_INDICATOR
from hromada_desk.domain.needs import Parameters
from hromada_desk.domain.validation import Finding, validate_indicators
from hromada_desk.services import year_figures
from hromada_desk.services.edit import Edit
from hromada_desk.ui.common.cells import CountInputError, parse_count
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.year_selector import YearSelector
from hromada_desk.ui.indicators.models import (
    VALUE_COLUMN_WIDTH,
    CountsTableView,
    IndicatorsModel,
    ServicesModel,
)
from hromada_desk.ui.session import Session


class IndicatorsPage(Page):
    """«Показники»: the selected year's figures, each edit written at once and undoable."""

    topics = frozenset({"indicators", "services", "rayon"})
    uses_year = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._shown_year: int | None = None
        self.year_selector = YearSelector(session)

        # The indicators tab.
        self.indicators_model = IndicatorsModel(self)
        self.indicators_model.writer = self._write_indicators
        self.indicators_view = CountsTableView(self.indicators_model)
        header = self.indicators_view.horizontalHeader()
        header.setSectionResizeMode(IndicatorsModel.CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndicatorsModel.WORDING, QHeaderView.ResizeMode.Stretch)
        self.indicators_label = QLabel()
        self.indicators_label.setWordWrap(True)
        self.indicators_label.setBuddy(self.indicators_view)
        self.missing_line = MessageLine()
        self.warnings_line = MessageLine()
        indicators_tab = QWidget()
        layout = QVBoxLayout(indicators_tab)
        layout.addWidget(self.indicators_label)
        layout.addWidget(self.indicators_view, 1)
        layout.addWidget(self.missing_line)
        layout.addWidget(self.warnings_line)
        layout.addStretch(0)

        # The services and rayon tab.
        self.services_model = ServicesModel(self)
        self.services_model.writer = self._write_services
        self.services_view = CountsTableView(self.services_model)
        header = self.services_view.horizontalHeader()
        header.setSectionResizeMode(ServicesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ServicesModel.UNIT, QHeaderView.ResizeMode.ResizeToContents)
        self.services_label = QLabel()
        self.services_label.setWordWrap(True)
        self.services_label.setBuddy(self.services_view)
        self.rayon_box = QGroupBox()
        self.population_label, self.population_edit = QLabel(), self._number_edit()
        self.cases_label, self.cases_edit = QLabel(), self._number_edit()
        self.population_label.setBuddy(self.population_edit)
        self.cases_label.setBuddy(self.cases_edit)
        self.rayon_explanation = QLabel()
        self.rayon_explanation.setWordWrap(True)
        self.rayon_state = MessageLine()
        form = QFormLayout()
        form.addRow(self.population_label, self.population_edit)
        form.addRow(self.cases_label, self.cases_edit)
        fields = QHBoxLayout()
        fields.addLayout(form)
        fields.addWidget(self.rayon_explanation, 1)
        rayon_layout = QVBoxLayout(self.rayon_box)
        rayon_layout.addLayout(fields)
        rayon_layout.addWidget(self.rayon_state)
        services_tab = QWidget()
        layout = QVBoxLayout(services_tab)
        layout.addWidget(self.services_label)
        layout.addWidget(self.services_view, 1)
        layout.addSpacing(8)
        layout.addWidget(self.rayon_box)
        layout.addStretch(0)

        self.tabs = QTabWidget()
        self.tabs.addTab(indicators_tab, "")
        self.tabs.addTab(services_tab, "")
        self.message_line = MessageLine()
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(self.year_selector)
        page_layout.addWidget(self.tabs, 1)
        page_layout.addWidget(self.message_line)

        for view in (self.indicators_view, self.services_view):
            view.refused.connect(self._refuse)
        self.population_edit.editingFinished.connect(lambda: self._rayon_edited(0))
        self.cases_edit.editingFinished.connect(lambda: self._rayon_edited(1))
        for first, second in (
            (self.year_selector.combo, self.year_selector.new_button),
            (self.year_selector.new_button, self.tabs),
            (self.tabs, self.indicators_view),
            (self.indicators_view, self.services_view),
            (self.services_view, self.population_edit),
            (self.population_edit, self.cases_edit),
        ):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    @staticmethod
    def _number_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(VALUE_COLUMN_WIDTH + 20)
        return edit

    # -- Page --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Indicators")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Indicators (Annex 1)"))
        self.tabs.setTabText(1, self.tr("Existing services and &rayon"))
        self.indicators_label.setText(
            self.tr(
                "&Values for the year, sections 5 and 6 of Annex 1 of the Methodology. Type a "
                "whole "
                "number; leave the cell empty if the figure is not known."
            )
        )
        self.indicators_view.setAccessibleName(self.tr("Annex 1 indicators"))
        self.services_label.setText(
            self.tr("&Existing specialised services in the community, in the units shown:")
        )
        self.services_view.setAccessibleName(self.tr("Existing services"))
        self.rayon_box.setTitle(self.tr("Figures of the whole rayon (optional)"))
        self.population_label.setText(self.tr("&Population of the rayon:"))
        self.population_edit.setAccessibleName(self.tr("Population of the rayon"))
        self.cases_label.setText(self.tr("&Cases in the rayon:"))
        self.cases_edit.setAccessibleName(self.tr("Cases of domestic violence in the rayon"))
        for edit in (self.population_edit, self.cases_edit):
            edit.setPlaceholderText(self.tr("not entered"))
        self.rayon_explanation.setText(
            self.tr(
                "When both are entered, the mobile brigade's rate E is the rayon's cases divided "
                "by "
                "the rayon's population. Otherwise the community's own figures are used (the cases "
                "indicator and the community's population). Leave both empty if they are not "
                "known."
            )
        )
        for view in (self.indicators_view, self.services_view):
            view.retranslate()
        self.indicators_model.retranslate()
        self.services_model.retranslate()
        self.message_line.clear()  # its text was composed in the previous language
        self.refresh()

    def refresh(self) -> None:
        cf, year = self.session.cf, self.session.year
        if year != self._shown_year:
            self.message_line.clear()
            self._shown_year = year
        self.tabs.setEnabled(cf is not None and year is not None)
        if cf is None or year is None:
            self.indicators_model.set_values({})
            self.services_model.set_values({})
            for edit in (self.population_edit, self.cases_edit):
                edit.clear()
            for line in (self.missing_line, self.warnings_line, self.rayon_state):
                line.clear()
            return
        indicators = year_figures.get_indicators(cf, year)
        notes, summary = self._findings(validate_indicators(year, indicators))
        self.indicators_model.set_values(indicators, notes)
        self.warnings_line.show_message(summary, "warning")
        self._show_missing(year_figures.get_parameters(cf, year), indicators)
        self.services_model.set_values(year_figures.get_existing_services(cf, year))
        population, cases = year_figures.get_rayon_figures(cf, year)
        self.population_edit.setText("" if population is None else str(population))
        self.cases_edit.setText("" if cases is None else str(cases))
        self._show_rayon_state(population, cases)

    # -- what the page tells ---------------------------------------------------------------------
    def _findings(self, findings: list[Finding]) -> tuple[dict[str, str], str]:
        """Warnings as notes on the cells they concern and as one summary text."""
        notes: dict[str, list[str]] = {}
        texts = []
        for finding in findings:
            if finding.is_error:
                continue  # stored values are whole numbers; errors cannot reach the file
            if finding.code == "programme_completed_exceeds_applied":
                text = self.tr(
                    "More persons completed a perpetrator programme (5.5: %1) than "
                    "applied for one (5.4: %2). Please check the figures."
                )
                text = text.replace("%1", str(finding.params["completed"])).replace(
                    "%2", str(finding.params["applied"])
                )
                codes: tuple[str, ...] = ("5.4", "5.5")
            else:
                text = finding.message
                code = finding.params.get("indicator")
                codes = (code,) if isinstance(code, str) else ()
            texts.append(text)
            for code in codes:
                notes.setdefault(code, []).append(text)
        return {code: "\n".join(lines) for code, lines in notes.items()}, "\n".join(texts)

    def _show_missing(
        self, parameters: Mapping[str, tuple[str, str]], indicators: Mapping[str, int]
    ) -> None:
        stored = parameters.get("cases_indicator")
        cases = (
            stored[0] if stored and stored[0] in INDICATOR_CODES else (Parameters().cases_indicator)
        )
        needed = sorted({cases, MEDICAL_INDICATOR})
        missing = [code for code in needed if code not in indicators]
        texts = []
        cf, year = self.session.cf, self.session.year
        no_population = cf is not None and year not in year_figures.population_years(cf)
        if no_population:
            texts.append(
                fill(
                    self.tr(
                        "%1 has no population figures yet: enter them on the «Settlements and "
                        "population» page, or no needs calculation can be made for %1."
                    ),
                    year,
                )
            )
        if missing:
            texts.append(
                self.tr(
                    "Not entered yet: %1. The needs calculation needs these values; enter 0 if "
                    "there were none."
                ).replace("%1", ", ".join(missing))
            )
        if texts:
            self.missing_line.show_message(" ".join(texts), "warning" if no_population else "info")
        else:
            self.missing_line.clear()

    def _show_rayon_state(self, population: int | None, cases: int | None) -> None:
        if population is not None and cases is not None:
            self.rayon_state.show_message(
                self.tr("Both are entered: the rate E is calculated from the rayon's figures."),
                "info",
            )
        elif population is not None or cases is not None:
            self.rayon_state.show_message(
                self.tr(
                    "Only one of the two is entered: the rate E uses the community's own figures "
                    "until both are."
                ),
                "warning",
            )
        else:
            self.rayon_state.clear()

    def _refuse(self, message: str) -> None:
        self.message_line.show_message(message, "error")

    # -- edits -------------------------------------------------------------------------------
    def _write_indicators(self, changes: dict[str, int | None]) -> bool:
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None:
            return False
        if len(changes) == 1:
            text = self.tr("Change indicator %1 (%2)").replace("%1", next(iter(changes)))
        else:
            text = self.tr("Change %n indicator value(s) (%2)", None, len(changes))
        return self._write_counts(
            text.replace("%2", str(year)),
            len(changes),
            year_figures.change_indicators(cf, year, changes),
        )

    def _write_services(self, changes: dict[str, int | None]) -> bool:
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None:
            return False
        text = self.tr("Change the number of existing services (%1)").replace("%1", str(year))
        return self._write_counts(
            text, len(changes), year_figures.change_existing_services(cf, year, changes)
        )

    def _write_counts(self, text: str, count: int, edit: Edit | None) -> bool:
        if edit is None:  # nothing changes
            return True
        # A block pasted over several values first keeps the state it replaces.
        done = self.session.run(text, edit, before="paste" if count > 1 else None)
        if done:
            self.message_line.clear()
        return done

    def _rayon_edited(self, field: int) -> None:
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None:
            return
        edit = (self.population_edit, self.cases_edit)[field]
        before = year_figures.get_rayon_figures(cf, year)
        name = (self.tr("Population of the rayon"), self.tr("Cases in the rayon"))[field]
        try:
            value = parse_count(edit.text())
        except CountInputError as exc:
            self._refuse_rayon(edit, before[field], name, exc.describe())
            return
        if field == 0 and value == 0:
            self._refuse_rayon(
                edit, before[field], name, self.tr("The rayon's population cannot be 0.")
            )
            return
        after = (value, before[1]) if field == 0 else (before[0], value)
        if after == before:
            return
        done = self.session.run(
            self.tr("Change the rayon figures (%1)").replace("%1", str(year)),
            year_figures.change_rayon_figures(year, before, after),
        )
        if done:
            self.message_line.clear()

    def _refuse_rayon(self, edit: QLineEdit, old: int | None, name: str, why: str) -> None:
        self._refuse(
            self.tr("%1: %2 Nothing was saved; the previous value is kept.")
            .replace("%1", name)
            .replace("%2", why)
        )
        edit.setText("" if old is None else str(old))
