"""The «Розрахунок потреб» page: Methodology No. 787 for the selected year, and its parameters."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.indicators import SERVICES_BY_KEY
from hromada_desk.domain.methodology import METHODOLOGY_TITLE, MINIMUM_REQUIREMENTS
from hromada_desk.domain.needs import NeedsInput, NeedsResult, ServiceResult, calculate
from hromada_desk.domain.numbers import format_number
from hromada_desk.errors import InputError
from hromada_desk.services import year_figures
from hromada_desk.services.needs import input_from_file
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.responsive import CompactSwitch
from hromada_desk.ui.common.year_selector import YearSelector
from hromada_desk.ui.needs.parameters import Edit, ParametersForm
from hromada_desk.ui.session import Session

_NEED_COLOURS = {True: "#b3261e", False: "#2e7d32"}
_NOTE_BACKGROUND, _NOTE_TEXT = "#fff4cc", "#3d2e00"
_CONCLUSION_BACKGROUND, _CONCLUSION_TEXT = "#e8f0fb", "#10233f"


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _blend(first: QColor, second: QColor, share: float) -> str:
    mixed = [
        round(a * share + b * (1 - share))
        for a, b in zip(
            (first.red(), first.green(), first.blue()),
            (second.red(), second.green(), second.blue()),
            strict=True,
        )
    ]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


class _ResultView(QTextBrowser):
    """The result: it takes the height the form leaves. Its default size hint (about ten
    lines) would make the page scroll down on a short screen as soon as the form grows."""

    PREFERRED_LINES = 6

    def sizeHint(self) -> QSize:
        return QSize(
            super().sizeHint().width(), self.fontMetrics().lineSpacing() * self.PREFERRED_LINES
        )


class NeedsPage(Page):
    topics = frozenset(
        {"settlements", "population", "indicators", "services", "rayon", "parameters"}
    )
    uses_year = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: NeedsInput | None = None
        self.result: NeedsResult | None = None
        self.problem = ""  # why there is no result, shown in its place

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.year_selector = YearSelector(session, allow_new=False)

        self.parameters = ParametersForm()
        self.parameters.apply_requested.connect(self.apply_changes)
        self.parameters.reset_requested.connect(self.reset_parameters)

        self.browser = _ResultView()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.browser.scrollToAnchor(url.fragment()))
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_conclusion)
        # The parameters fold away: the verdicts are what a person comes for. They open by
        # themselves while a change waits for its reason.
        self.parameters_button = QToolButton()
        self.parameters_button.setCheckable(True)
        self.parameters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.parameters_button.setAutoRaise(True)
        self.parameters_button.toggled.connect(self._fold)
        self.parameters.setVisible(False)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_pending)
        self.addAction(self.save_action)

        # The copy button beside the heading: on a short screen every line of height left to
        # the result counts.
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(24)
        top.addWidget(self.year_selector, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parameters_button)
        layout.addWidget(self.parameters)
        layout.addWidget(self.browser, 1)
        # The parameters in one column when the page is too narrow for two.
        self.layout_switch = CompactSwitch(
            self, lambda compact: self.parameters.arrange(compact=compact)
        )

        chain: list[QWidget] = [
            self.year_selector.combo,
            self.parameters_button,
            *self.parameters.focus_chain(),
            self.browser,
            self.copy_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.retranslate()  # and refresh()

    # -- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Needs calculation")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.parameters.retranslate()
        self.layout_switch.reset()  # the texts' widths decide whether two columns fit
        self._show_fold()
        self.copy_button.setText(self.tr("&Copy the conclusion"))
        self.copy_button.setToolTip(
            self.tr("Put the overall conclusion on the clipboard, to paste it into the protocol")
        )
        self.browser.setAccessibleName(self.tr("Result of the needs calculation"))
        self.refresh()

    # -- showing the year -------------------------------------------------------------------
    def refresh(self) -> None:
        cf, year = self.session.cf, self.session.year
        self.data, self.result, self.problem = None, None, ""
        self.parameters.show_stored(
            year, year_figures.get_parameters(cf, year) if cf and year else {}
        )
        self.parameters.setEnabled(cf is not None and year is not None)
        if cf is None:
            self.problem = self.tr("No community file is open.")
        elif year is None:
            self.problem = self.tr(
                "The file holds no figures yet: enter the population of the settlements first."
            )
        else:
            try:
                self.data = input_from_file(cf, year)
                self.result = calculate(self.data)
            except InputError as exc:
                self.data, self.problem = None, str(exc)
        self.parameters.show_community_population(
            format_number(self.data.population) if self.data else ""
        )
        self._show_fold()
        self.copy_button.setEnabled(self.result is not None)
        self._show_result()

    def _fold(self, unfolded: bool) -> None:
        self.parameters.setVisible(unfolded)
        self._show_fold()

    def _show_fold(self) -> None:
        """«▸ Parameters of the calculation (2 changed)», the arrow saying open or closed."""
        changed = len(self.result.parameter_changes) if self.result is not None else 0
        text = (
            self.tr("Parameters of the calculation: %n changed", "", changed)
            if changed
            else self.tr("Parameters of the calculation: the Methodology's values")
        )
        self.parameters_button.setText(text)
        self.parameters_button.setArrowType(
            Qt.ArrowType.DownArrow
            if self.parameters_button.isChecked()
            else Qt.ArrowType.RightArrow
        )

    def _show_result(self) -> None:
        scroll = self.browser.verticalScrollBar().value()
        if self.result is not None and self.data is not None:
            self.browser.setHtml(self.result_html(self.data, self.result))
        else:
            hint = (
                self.tr(
                    "The calculation appears here as soon as the year's population and "
                    "indicators are entered."
                )
                if self.session.cf
                else ""
            )
            self.browser.setHtml(
                f"<p style='font-size:large'>{_escape(self.problem)}</p><p>{_escape(hint)}</p>"
            )
        self.browser.verticalScrollBar().setValue(scroll)

    def result_html(self, data: NeedsInput, result: NeedsResult) -> str:
        """The calculation as a person reads it: page labels translated, document texts as
        the Methodology and the calculation word them."""
        palette = self.browser.palette()
        muted = _blend(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.6
        )
        settlements = len(data.settlements)
        parts = [
            "<h2>"
            + _escape(
                self.tr("Needs for specialised support services in %1").replace(
                    "%1", str(result.year)
                )
            )
            + "</h2>",
            self._verdicts_html(result),
            f"<p style='color:{muted}'>{_escape(METHODOLOGY_TITLE)}</p>",
            "<p>"
            + _escape(
                self.tr("%1: population %2 in %n settlement(s).", "", settlements)
                .replace("%1", data.community)
                .replace("%2", format_number(result.population))
            )
            + "</p>",
            f"<p>{_escape(result.basis)}</p>",
        ]
        if result.parameter_changes:
            items = "".join(f"<li>{_escape(c.describe())}</li>" for c in result.parameter_changes)
            parts.append(
                f"<table width='100%' cellpadding='6' bgcolor='{_NOTE_BACKGROUND}'><tr><td "
                f"style='color:{_NOTE_TEXT}'><b>"
                + _escape(self.tr("Changed parameters (instead of the Methodology's values):"))
                + f"</b><ul style='margin-top:2px; margin-bottom:0'>{items}</ul></td></tr>"
                "</table>"
            )
        else:
            parts.append(
                f"<p style='color:{muted}'>"
                + _escape(self.tr("All parameters are the Methodology's values."))
                + "</p>"
            )
        for number, service in enumerate(result.services.values(), 1):
            parts.append(self._service_html(number, service, muted))
        parts += [
            f"<hr><p style='color:{muted}'>"
            + _escape(
                self.tr("The calculation informs the coordination council; the council decides.")
            )
            + "</p>",
        ]
        return "\n".join(parts)

    def _verdicts_html(self, result: NeedsResult) -> str:
        """What the calculation says, first: each service's verdict, then the conclusion."""
        rows = "".join(
            f"<tr><td bgcolor='{_NEED_COLOURS[s.need]}' style='color:#ffffff'><b>&nbsp;"
            + _escape(self.tr("Need") if s.need else self.tr("No need"))
            + f"&nbsp;</b></td><td>&nbsp;<a href='#{s.key}'>{_escape(s.name)}</a></td></tr>"
            for s in result.services.values()
        )
        return (
            f"<table cellspacing='2' cellpadding='2'>{rows}</table>"
            "<p style='margin-bottom:2px'><b>" + _escape(self.tr("Overall conclusion")) + "</b></p>"
            f"<table width='100%' cellpadding='8' bgcolor='{_CONCLUSION_BACKGROUND}'><tr>"
            f"<td style='color:{_CONCLUSION_TEXT}'>{_escape(result.conclusion)}</td></tr>"
            "</table>"
        )

    def _service_html(self, number: int, service: ServiceResult, muted: str) -> str:
        marker = self.tr("Need") if service.need else self.tr("No need")
        colour = _NEED_COLOURS[service.need]
        figures = [(self.tr("Existing"), format_number(service.existing))]
        if not service.facts.counts_persons:  # persons, not centres
            figures += [
                (self.tr("Required"), format_number(service.required)),
                (self.tr("Deficit"), format_number(service.deficit)),
            ]
        cells = "".join(
            f"<td style='padding-right:18px'>{_escape(label)}: <b>{_escape(value)}</b></td>"
            for label, value in figures
        )
        unit = SERVICES_BY_KEY[service.key].unit
        requirements = "".join(
            f"<p style='margin:0 0 2px 12px; color:{muted}'>{_escape(line)}</p>"
            for line in MINIMUM_REQUIREMENTS[service.key]
        )
        steps = "".join(
            f"<p style='margin:0 0 2px 12px'>{_escape(step)}</p>" for step in service.steps
        )
        return (
            f"<hr><h3><a name='{service.key}'></a>{number}. {_escape(service.name)}</h3>"
            "<table cellspacing='0' cellpadding='3'><tr>"
            f"<td bgcolor='{colour}' style='color:#ffffff'><b>&nbsp;{_escape(marker)}"
            f"&nbsp;</b></td><td width='10'></td>{cells}"
            f"<td style='color:{muted}'>({_escape(unit)})</td></tr></table>"
            f"<p style='margin-bottom:2px'><b>"
            + _escape(self.tr("Minimum requirements of the Methodology:"))
            + "</b></p>"
            + requirements
            + "<p style='margin-bottom:2px'><b>"
            + _escape(self.tr("Calculation:"))
            + "</b></p>"
            + steps
            + "<p><b>"
            + _escape(self.tr("Proposed conclusion:"))
            + "</b> "
            + _escape(service.conclusion)
            + "</p>"
        )

    # -- edits ------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self.parameters.pending())

    def save_pending(self) -> bool:
        """Ctrl+S, and before the file is closed: write the changed parameters (each with its
        reason; False, the form open at the one without, when one is missing)."""
        if not self.parameters.apply_changes():
            self.parameters_button.setChecked(True)
            return False
        return True

    def apply_changes(self, edits: dict[str, Edit]) -> None:
        """Write the form's parameters (each change with its reason) as one undoable edit."""
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None or not edits:
            return
        text = self.tr("Change the calculation parameters for %1").replace("%1", str(year))
        self.session.run(text, year_figures.change_parameters(cf, year, edits))

    def reset_parameters(self) -> None:
        """Back to the Methodology's values for the year (one undoable edit)."""
        cf, year = self.session.cf, self.session.year
        if cf is None or year is None:
            return
        edit = year_figures.reset_parameters(cf, year)
        if edit is None:
            return
        text = self.tr("Reset the calculation parameters for %1").replace("%1", str(year))
        self.session.run(text, edit)

    def copy_conclusion(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(self.result.conclusion)
