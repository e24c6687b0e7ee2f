"""The needs calculation's parameter form: the Methodology's values unless changed, with
the reason for each change; it asks the page to write what it says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hromada_desk.domain.indicators import INDICATOR_CODES, INDICATORS_BY_CODE
from hromada_desk.domain.limits import PARAMETER_BOUNDS
from hromada_desk.domain.needs import CounsellingBasis, Parameters
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.records import MAX_POPULATION
from hromada_desk.ui.common.number_spin import NumberSpinBox

DEFAULTS = Parameters()
REASON_MAX_LENGTH = 1000  # the schema's limit
# A changed parameter stands out in the form; fixed colours so that it reads in any theme.
_FORM_STYLE = """
QLabel[changed="true"] { font-weight: bold; }
QSpinBox[changed="true"], QComboBox[changed="true"] {
    background-color: #fff0b3; color: #3d2e00; }
QLineEdit[missing="true"] { border: 2px solid #c62828; }
"""

# The form's texts keep the translation context of the page they appear on (and were
# translated in before the form had a class of its own).
translate = QCoreApplication.translate

StoredParameters = dict[str, tuple[str, str]]
Edit = tuple[str | None, str]  # (value as stored text or None for the default, reason)


def _shortened(text: str, limit: int = 28) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _int(text: str, fallback: int) -> int:
    try:
        return int(text.strip())
    except ValueError:
        return fallback


def _basis(text: str) -> CounsellingBasis:
    try:
        return CounsellingBasis(text)
    except ValueError:
        return DEFAULTS.counselling_basis


def _normal(name: str, text: str) -> str | None:
    """A stored value as this form would write it; None when it is the Methodology's own."""
    default = getattr(DEFAULTS, name)
    value: object = text.strip()
    if isinstance(default, int) or name in ("counselling_threshold", "served_population"):
        try:
            value = int(text.strip())
        except ValueError:
            return text  # unreadable: the result says why, Apply replaces it
    if value == default:
        return None
    return str(value)


@dataclass(frozen=True)
class _Row:
    """One line of the parameter form: stored names it writes, label, editors, reason."""

    names: tuple[str, ...]
    label: QLabel
    editors: tuple[QWidget, ...]
    reason: QLineEdit


class ParametersForm(QGroupBox):
    """The year's parameters as editors, each changed one with its reason.

    ``show_stored`` loads what the file holds (what is being typed survives a reload of the
    same values). Apply emits ``apply_requested`` with the edits to write once every change
    has its reason; Reset emits ``reset_requested`` when the file holds changes (otherwise the
    form just goes back to the Methodology's values)."""

    apply_requested = Signal(dict)  # name → Edit
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: StoredParameters = {}
        self._loaded: tuple[int | None, StoredParameters] | None = None
        self._refused = False

        self.per_place = self._spin(*PARAMETER_BOUNDS["population_per_family_place"])
        self.brigade_cases = self._spin(*PARAMETER_BOUNDS["brigade_cases_per_month"])
        self.months = self._spin(*PARAMETER_BOUNDS["months"])
        self.indicator = QComboBox()
        self.indicator.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.indicator.setMinimumContentsLength(12)
        self.indicator.view().setMinimumWidth(560)
        self.indicator.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        for code in INDICATOR_CODES:
            self.indicator.addItem(f"{code} — {_shortened(INDICATORS_BY_CODE[code].wording)}", code)
            self.indicator.setItemData(
                self.indicator.count() - 1,
                INDICATORS_BY_CODE[code].wording,
                Qt.ItemDataRole.ToolTipRole,
            )
        self.basis = QComboBox()
        for basis in CounsellingBasis:
            self.basis.addItem("", basis.value)
        self.threshold = self._spin(0, MAX_POPULATION)
        self.served = self._spin(0, MAX_POPULATION)  # 0 shows as «the community's»

        self.setStyleSheet(_FORM_STYLE)
        self.grid = grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        threshold_box = QWidget()
        pair = QHBoxLayout(threshold_box)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.basis)
        pair.addWidget(self.threshold)
        # Numbers on the left, choices on the right; each column's editors share one width.
        specs: list[tuple[tuple[str, ...], tuple[QWidget, ...], QWidget]] = [
            (("population_per_family_place",), (self.per_place,), self.per_place),
            (("brigade_cases_per_month",), (self.brigade_cases,), self.brigade_cases),
            (("months",), (self.months,), self.months),
            (("cases_indicator",), (self.indicator,), self.indicator),
            (
                ("counselling_basis", "counselling_threshold"),
                (self.basis, self.threshold),
                threshold_box,
            ),
            (("served_population",), (self.served,), self.served),
        ]
        self.rows: list[_Row] = []
        self._cells: list[tuple[QWidget, QWidget, QWidget]] = []
        for names, editors, cell in specs:
            label = QLabel()
            label.setBuddy(editors[0])
            reason = QLineEdit()
            reason.setMaxLength(REASON_MAX_LENGTH)
            reason.setClearButtonEnabled(True)
            reason.setMinimumWidth(110)
            reason.textChanged.connect(self._edited)
            reason.returnPressed.connect(self.apply_changes)
            self._cells.append((label, cell, reason))
            self.rows.append(_Row(names, label, editors, reason))
        for spin in (self.per_place, self.brigade_cases, self.months, self.threshold, self.served):
            spin.valueChanged.connect(self._edited)
        for combo in (self.indicator, self.basis):
            combo.currentIndexChanged.connect(self._edited)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_changes)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self._actions = QHBoxLayout()
        self._actions.addWidget(self.notice, 1)
        self._actions.addWidget(self.reset_button)
        self._actions.addWidget(self.apply_button)
        self._label_widths = [0, 0]  # the bold width of each wide column's labels
        self.columns = 2
        self.arrange(compact=False)

    def arrange(self, compact: bool) -> None:
        """Lay the six parameters out in two columns of label, value and reason; or, when
        the page is narrow (a 1366×768 laptop at 150 % scaling gives it about 690 pixels),
        in one column with each reason under its value, shown once the value is changed."""
        grid = self.grid
        self.columns = 1 if compact else 2
        per_column = -(-len(self._cells) // self.columns)
        for index, (label, cell, reason) in enumerate(self._cells):
            if compact:
                grid.addWidget(label, 2 * index, 0)
                grid.addWidget(cell, 2 * index, 1)
                grid.addWidget(reason, 2 * index + 1, 1)
            else:
                column, row = divmod(index, per_column)
                grid.addWidget(label, row, column * 4)
                grid.addWidget(cell, row, column * 4 + 1)
                grid.addWidget(reason, row, column * 4 + 2)
        grid.removeItem(self._actions)
        if compact:
            grid.addLayout(self._actions, 2 * len(self._cells), 0, 1, 2)
        else:
            grid.addLayout(self._actions, per_column, 0, 1, 4 * self.columns - 1)
        for column in range(8):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        if compact:
            grid.setColumnStretch(1, 1)
            grid.setColumnMinimumWidth(0, max(self._label_widths))
        else:
            grid.setColumnStretch(2, 1)
            grid.setColumnMinimumWidth(3, 12)
            grid.setColumnStretch(6, 1)
            for column, width in enumerate(self._label_widths):
                grid.setColumnMinimumWidth(column * 4, width)
        self._update_form()

    @staticmethod
    def _spin(minimum: int, maximum: int) -> QSpinBox:
        spin = NumberSpinBox()
        spin.setRange(minimum, maximum)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setMinimumWidth(90)
        return spin

    def focus_chain(self) -> list[QWidget]:
        """The form's widgets in the order Tab visits them."""
        chain: list[QWidget] = []
        for line in self.rows:
            chain += [*line.editors, line.reason]
        return [*chain, self.reset_button, self.apply_button]

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(
            translate(
                "NeedsPage",
                "Parameters of the calculation (the Methodology's values unless changed)",
            )
        )
        labels = [
            translate("NeedsPage", "Population per family p&lace:"),
            translate("NeedsPage", "Cases per &brigade a month:"),
            translate("NeedsPage", "&Months in the year:"),
            translate("NeedsPage", "&Indicator used as A:"),
            translate("NeedsPage", "C&ounselling, a specialist in:"),
            translate("NeedsPage", "Served &population P:"),
        ]
        bold = QFont(self.font())
        bold.setBold(True)
        widths = [0, 0]
        for index, (row, text) in enumerate(zip(self.rows, labels, strict=True)):
            row.label.setText(text)
            # Reserve the bold width, so that highlighting a change does not shift the form.
            column = index // 3
            widths[column] = max(
                widths[column], QFontMetrics(bold).horizontalAdvance(text.replace("&", "")) + 4
            )
            name = text.replace("&", "").rstrip(":")
            row.editors[0].setAccessibleName(name)
            row.reason.setAccessibleName(
                translate("NeedsPage", "Reason for changing: %1").replace("%1", name)
            )
            row.reason.setToolTip(
                translate(
                    "NeedsPage",
                    "Why the Methodology's value is changed: required, and printed "
                    "with the calculation",
                )
            )
        self._label_widths = widths
        self.arrange(compact=self.columns == 1)
        basis_texts = {
            CounsellingBasis.SETTLEMENTS: translate("NeedsPage", "every settlement"),
            CounsellingBasis.STAROSTA_DISTRICTS: translate("NeedsPage", "every starosta district"),
            CounsellingBasis.THRESHOLD: translate("NeedsPage", "settlements from"),
        }
        for index in range(self.basis.count()):
            self.basis.setItemText(index, basis_texts[CounsellingBasis(self.basis.itemData(index))])
        self.threshold.setSuffix(translate("NeedsPage", " people"))
        # Its range reaches ten million, but real thresholds are a few hundred people.
        self.threshold.setMaximumWidth(
            self.threshold.fontMetrics().horizontalAdvance("100000" + self.threshold.suffix()) + 36
        )
        self.threshold.setAccessibleName(translate("NeedsPage", "Smallest settlement population"))
        self.indicator.setToolTip(
            translate(
                "NeedsPage",
                "Annex 1 indicator whose number is taken as the cases of domestic violence (A)",
            )
        )
        self.apply_button.setText(translate("NeedsPage", "Save (Ctrl+S)"))
        self.reset_button.setText(translate("NeedsPage", "&Reset to the Methodology's values"))

    def show_community_population(self, population: str) -> None:
        """What «served population» falls back to: the community's, formatted, or "" when the
        year cannot be calculated."""
        self.served.setSpecialValueText(
            translate("NeedsPage", "the community's (%1)").replace("%1", population)
            if population
            else translate("NeedsPage", "the community's")
        )

    # -- the stored parameters --------------------------------------------------------------
    def show_stored(self, year: int | None, stored: StoredParameters) -> None:
        """The year's stored parameters; what is being typed is kept while they stay the
        same (another page's edit refreshes this one too)."""
        self._stored = stored
        if self._loaded != (year, stored):
            self._load(stored)
            self._loaded = (year, stored)
        self._update_form()

    def _load(self, stored: StoredParameters) -> None:
        """Show the stored parameters of the year (the Methodology's where none is stored)."""
        text = {name: value for name, (value, _reason) in stored.items()}
        editors: list[QWidget] = [
            self.per_place,
            self.brigade_cases,
            self.months,
            self.indicator,
            self.basis,
            self.threshold,
            self.served,
        ]
        for editor in editors:
            editor.blockSignals(True)
        self.per_place.setValue(
            _int(text.get("population_per_family_place", ""), DEFAULTS.population_per_family_place)
        )
        self.brigade_cases.setValue(
            _int(text.get("brigade_cases_per_month", ""), DEFAULTS.brigade_cases_per_month)
        )
        self.months.setValue(_int(text.get("months", ""), DEFAULTS.months))
        code = text.get("cases_indicator", DEFAULTS.cases_indicator)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(code)))
        self.basis.setCurrentIndex(
            self.basis.findData(_basis(text.get("counselling_basis", "")).value)
        )
        self.threshold.setValue(_int(text.get("counselling_threshold", ""), 0))
        self.served.setValue(_int(text.get("served_population", ""), 0))
        for editor in editors:
            editor.blockSignals(False)
        for row in self.rows:
            reasons = [stored[name][1] for name in row.names if name in stored]
            row.reason.setText(reasons[0] if reasons else "")
        self._refused = False

    def desired(self) -> dict[str, str | None]:
        """What the form says per parameter: stored text, or None for the Methodology's."""
        basis = CounsellingBasis(self.basis.currentData())
        values: dict[str, object] = {
            "population_per_family_place": self.per_place.value(),
            "brigade_cases_per_month": self.brigade_cases.value(),
            "months": self.months.value(),
            "cases_indicator": self.indicator.currentData(),
            "counselling_basis": basis,
            "counselling_threshold": (
                self.threshold.value() if basis is CounsellingBasis.THRESHOLD else None
            ),
            "served_population": self.served.value() or None,
        }
        return {
            name: None if value == getattr(DEFAULTS, name) else str(value)
            for name, value in values.items()
        }

    def pending(self) -> dict[str, Edit]:
        """The edits that Apply would write: the form against what the file holds."""
        desired = self.desired()
        edits: dict[str, Edit] = {}
        for row in self.rows:
            reason = one_line(row.reason.text())
            for name in row.names:
                value = desired[name]
                old = self._stored.get(name)
                old_value = _normal(name, old[0]) if old else None
                if value is None:
                    if old_value is not None:
                        edits[name] = (None, "")
                elif (old_value, old[1] if old else "") != (value, reason):
                    edits[name] = (value, reason)
        return edits

    # -- showing what changed ---------------------------------------------------------------
    def _row_changed(self, row: _Row, desired: dict[str, str | None]) -> bool:
        return any(desired[name] is not None for name in row.names)

    def _edited(self) -> None:
        self._refused = False
        self._update_form()

    def _update_form(self) -> None:
        desired = self.desired()
        pending = self.pending()
        for row in self.rows:
            changed = self._row_changed(row, desired)
            for widget in (row.label, *row.editors):
                self._set_flag(widget, "changed", changed)
            row.reason.setEnabled(changed)
            row.reason.setVisible(changed or self.columns > 1)
            row.reason.setPlaceholderText(
                translate("NeedsPage", "reason") if changed else translate("NeedsPage", "no change")
            )
            missing = self._refused and changed and not row.reason.text().strip()
            self._set_flag(row.reason, "missing", missing)
        self.threshold.setEnabled(
            CounsellingBasis(self.basis.currentData()) is CounsellingBasis.THRESHOLD
        )
        self.apply_button.setEnabled(bool(pending))
        self.reset_button.setEnabled(
            bool(self._stored) or any(value is not None for value in desired.values())
        )
        if not self._refused:
            self._set_notice(
                translate("NeedsPage", "Changes not applied yet.") if pending else "", error=False
            )

    @staticmethod
    def _set_flag(widget: QWidget, name: str, value: bool) -> None:
        if widget.property(name) != value:
            widget.setProperty(name, value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _set_notice(self, text: str, *, error: bool) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("QLabel { color: #a1130a; font-weight: bold; }" if error else "")

    # -- Apply and Reset --------------------------------------------------------------------
    def apply_changes(self) -> bool:
        """Ask for the form's parameters to be written; a change needs its reason (False
        when one is missing)."""
        edits = self.pending()
        if not edits:
            return True
        without_reason = [
            row
            for row in self.rows
            if any(
                name in edits and edits[name][0] is not None and not edits[name][1]
                for name in row.names
            )
        ]
        if without_reason:
            self._refused = True
            self._update_form()
            names = ", ".join(
                row.label.text().replace("&", "").rstrip(":") for row in without_reason
            )
            self._set_notice(
                translate(
                    "NeedsPage", "Not applied: give the reason for each changed parameter (%1)."
                ).replace("%1", names),
                error=True,
            )
            without_reason[0].reason.setFocus()
            return False
        self.apply_requested.emit(edits)
        return True

    def reset(self) -> None:
        """Back to the Methodology's values: the page writes it when the file holds changes;
        otherwise only what was typed goes."""
        if self._stored:
            self.reset_requested.emit()
            return
        self._load({})
        self._update_form()
