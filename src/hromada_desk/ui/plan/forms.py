"""The forms of the «Action plan» page: a section, a goal, a measure, and a measure's execution
report for one period. They show a record, say whether it was changed, and give the edited
record back or refuse it; the page writes it."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.numbers import GROUP_SEPARATOR, format_number
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.plans import (
    MeasureReport,
    MeasureStatus,
    PlanGoal,
    PlanMeasure,
    PlanSection,
)
from hromada_desk.ui.common.cells import parse_decimal
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.text_limit import limit_plain_text
from hromada_desk.ui.plan.tree import status_icon

# The community file's limits (storage/schema.py), checked here so that a person is told
# which field is too long instead of meeting a database error.
SECTION_TITLE_LIMIT = limits.SECTION_TITLE
STATEMENT_LIMIT = limits.SECTION_STATEMENT
GOAL_TEXT_LIMIT = limits.GOAL_TEXT
INDICATORS_LIMIT = limits.GOAL_INDICATORS
MEASURE_NUMBER_LIMIT = limits.MEASURE_NUMBER
MEASURE_TEXT_LIMIT = limits.MEASURE_TEXT
COORDINATOR_LIMIT = limits.COORDINATOR
INVOLVED_LIMIT = limits.INVOLVED
DEADLINE_LIMIT = limits.DEADLINE
FUNDING_LIMIT = limits.FUNDING
DONE_LIMIT = limits.REPORT_DONE
MAX_GOAL_NUMBER = 99
# Far more than a council spends on one measure: a larger sum is a typing slip.
MAX_MONEY = 10_000_000_000


class Refused(Exception):
    """A field the form cannot save: the message for a person, the field to correct."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


class TextBox(QPlainTextEdit):
    """A paragraph field a few lines high; Tab moves on to the next field."""

    def __init__(self, lines: int, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.limit = limit_plain_text(self, limit)
        # Spare height goes to the paragraphs, the longer ones getting more of it.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setVerticalStretch(lines)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self._lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), int(height))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(
            super().minimumSizeHint().width(),
            min(hint.height(), self.fontMetrics().lineSpacing() * 2 + 12),
        )


def format_money(value: float | None) -> str:
    """«1500», «1500,50», «12 345,50»; None → empty (nothing entered)."""
    if value is None:
        return ""
    number = Decimal(repr(value))
    if number == number.to_integral_value():
        text = format(number.quantize(Decimal(1)), "f")
    else:
        text = format(number.quantize(Decimal("0.01")), "f")
    whole, _, fraction = text.partition(".")
    if len(whole) > 4:  # Ukrainian typography groups from five digits: 7130, 10 000
        groups: list[str] = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = GROUP_SEPARATOR.join(groups)
    return f"{whole},{fraction}" if fraction else whole


class _Form(QWidget):
    """Fields of one record; ``edited`` on every change, ``is_dirty()`` against the shown one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        # Labels beside their fields even when narrow: height is what a small screen lacks.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._shown: tuple[Any, ...] = ()

    def _row(self, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        self.form.addRow(label, field)
        if isinstance(field, QLineEdit | QPlainTextEdit):
            field.textChanged.connect(lambda *_args: self.edited.emit())
        elif isinstance(field, QSpinBox):
            field.valueChanged.connect(lambda *_args: self.edited.emit())
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(lambda *_args: self.edited.emit())
        return label

    def _values(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def _remember(self) -> None:
        self._shown = self._values()
        self.edited.emit()

    def is_dirty(self) -> bool:
        return self._values() != self._shown

    def fields(self) -> list[QWidget]:
        """The fields in tab order."""
        raise NotImplementedError

    @staticmethod
    def _text(box: QPlainTextEdit | QLineEdit) -> str:
        if isinstance(box, QPlainTextEdit):
            return box.toPlainText().strip()
        return one_line(box.text())

    def _checked(
        self, box: QPlainTextEdit | QLineEdit, name: str, limit: int, required: bool = False
    ) -> str:
        text = self._text(box)
        if required and not text:
            raise Refused(fill(self.tr("«%1» cannot be empty."), name), box)
        if len(text) > limit:
            raise Refused(
                fill(
                    self.tr("«%1» is too long: %2 characters, at most %3."), name, len(text), limit
                ),
                box,
            )
        return text


def _name(label: QLabel) -> str:
    """A field's name for a message: its label without the mnemonic and the colon."""
    return label.text().replace("&", "").rstrip(":").strip()


class SectionForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(SECTION_TITLE_LIMIT)
        self.statement_edit = TextBox(5, STATEMENT_LIMIT)
        self.title_label = self._row(self.title_edit)
        self.statement_label = self._row(self.statement_edit)
        self._section = PlanSection("")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("&Title:"))
        self.statement_label.setText(self.tr("Des&ired state:"))
        self.title_edit.setAccessibleName(self.tr("Title of the section"))
        self.statement_edit.setAccessibleName(self.tr("Statement of the desired state"))
        self.statement_edit.setToolTip(
            self.tr("What the community wants to reach in this policy area")
        )

    def fields(self) -> list[QWidget]:
        return [self.title_edit, self.statement_edit]

    def show_record(self, section: PlanSection) -> None:
        self._section = section
        self.title_edit.setText(section.title)
        self.statement_edit.setPlainText(section.statement)
        self._remember()

    def _values(self) -> tuple[Any, ...]:
        return (self.title_edit.text(), self.statement_edit.toPlainText())

    def value(self) -> PlanSection:
        return dataclasses.replace(
            self._section,
            title=self._checked(
                self.title_edit, _name(self.title_label), SECTION_TITLE_LIMIT, required=True
            ),
            statement=self._checked(
                self.statement_edit, _name(self.statement_label), STATEMENT_LIMIT
            ),
        )


class GoalForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, MAX_GOAL_NUMBER)
        self.number_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text_edit = TextBox(4, GOAL_TEXT_LIMIT)
        self.indicators_edit = TextBox(3, INDICATORS_LIMIT)
        self.number_label = self._row(self.number_spin)
        self.text_label = self._row(self.text_edit)
        self.indicators_label = self._row(self.indicators_edit)
        self._goal = PlanGoal(1, "")
        self._taken: set[int] = set()

    def retranslate(self) -> None:
        self.number_label.setText(self.tr("&Number:"))
        self.text_label.setText(self.tr("&Text:"))
        self.indicators_label.setText(self.tr("&Indicators:"))
        self.number_spin.setAccessibleName(self.tr("Number of the goal"))
        self.text_edit.setAccessibleName(self.tr("Text of the goal"))
        self.indicators_edit.setAccessibleName(self.tr("Indicators of achievement"))
        self.indicators_edit.setToolTip(
            self.tr("How the council will know that the goal is reached")
        )

    def fields(self) -> list[QWidget]:
        return [self.number_spin, self.text_edit, self.indicators_edit]

    def show_record(self, goal: PlanGoal, taken: set[int]) -> None:
        """``taken``: the numbers of the section's other goals."""
        self._goal, self._taken = goal, taken
        self.number_spin.setValue(goal.number)
        self.text_edit.setPlainText(goal.text)
        self.indicators_edit.setPlainText(goal.indicators)
        self._remember()

    def _values(self) -> tuple[Any, ...]:
        return (
            self.number_spin.value(),
            self.text_edit.toPlainText(),
            self.indicators_edit.toPlainText(),
        )

    def value(self) -> PlanGoal:
        number = self.number_spin.value()
        if number in self._taken:
            raise Refused(
                fill(self.tr("This section already has a goal %1."), number), self.number_spin
            )
        return dataclasses.replace(
            self._goal,
            number=number,
            text=self._checked(
                self.text_edit, _name(self.text_label), GOAL_TEXT_LIMIT, required=True
            ),
            indicators=self._checked(
                self.indicators_edit, _name(self.indicators_label), INDICATORS_LIMIT
            ),
        )


class MeasureForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(MEASURE_NUMBER_LIMIT)
        self.number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.text_edit = TextBox(3, MEASURE_TEXT_LIMIT)
        self.coordinator_edit = TextBox(2, COORDINATOR_LIMIT)
        self.involved_edit = TextBox(2, INVOLVED_LIMIT)
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setMaxLength(DEADLINE_LIMIT)
        self.funding_edit = TextBox(2, FUNDING_LIMIT)
        self.number_label = self._row(self.number_edit)
        self.text_label = self._row(self.text_edit)
        self.coordinator_label = self._row(self.coordinator_edit)
        self.involved_label = self._row(self.involved_edit)
        self.deadline_label = self._row(self.deadline_edit)
        self.funding_label = self._row(self.funding_edit)
        self._measure = PlanMeasure("", "")

    def retranslate(self) -> None:
        self.number_label.setText(self.tr("&Number:"))
        self.text_label.setText(self.tr("&Measure:"))
        self.coordinator_label.setText(self.tr("&Coordinator:"))
        self.involved_label.setText(self.tr("In&volved subjects:"))
        self.deadline_label.setText(self.tr("Deadl&ine:"))
        self.funding_label.setText(self.tr("F&unding:"))
        self.number_edit.setAccessibleName(self.tr("Number of the measure"))
        self.number_edit.setToolTip(
            self.tr("The goal's number, a dot and the measure's number within the goal, e.g. 2.8")
        )
        self.text_edit.setAccessibleName(self.tr("Text of the measure"))
        self.coordinator_edit.setAccessibleName(self.tr("Coordinator of the measure"))
        self.involved_edit.setAccessibleName(self.tr("Involved subjects"))
        self.deadline_edit.setAccessibleName(self.tr("Deadline or frequency"))
        self.deadline_edit.setToolTip(
            self.tr(
                "A date, a period or a frequency, as the plan words it: «Щомісячно», «Постійно», "
                "«Листопад-грудень»"
            )
        )
        self.funding_edit.setAccessibleName(self.tr("Sources of funding"))
        self.funding_edit.setToolTip(
            self.tr("For example «Не потребує фінансування» or «Бюджет громади»")
        )

    def fields(self) -> list[QWidget]:
        return [
            self.number_edit,
            self.text_edit,
            self.coordinator_edit,
            self.involved_edit,
            self.deadline_edit,
            self.funding_edit,
        ]

    def show_record(self, measure: PlanMeasure) -> None:
        self._measure = measure
        self.number_edit.setText(measure.number)
        self.text_edit.setPlainText(measure.text)
        self.coordinator_edit.setPlainText(measure.coordinator)
        self.involved_edit.setPlainText(measure.involved)
        self.deadline_edit.setText(measure.deadline)
        self.funding_edit.setPlainText(measure.funding)
        self._remember()

    def _values(self) -> tuple[Any, ...]:
        return (
            self.number_edit.text(),
            self.text_edit.toPlainText(),
            self.coordinator_edit.toPlainText(),
            self.involved_edit.toPlainText(),
            self.deadline_edit.text(),
            self.funding_edit.toPlainText(),
        )

    def value(self) -> PlanMeasure:
        return dataclasses.replace(
            self._measure,
            number=self._checked(
                self.number_edit, _name(self.number_label), MEASURE_NUMBER_LIMIT, required=True
            ),
            text=self._checked(
                self.text_edit, _name(self.text_label), MEASURE_TEXT_LIMIT, required=True
            ),
            coordinator=self._checked(
                self.coordinator_edit, _name(self.coordinator_label), COORDINATOR_LIMIT
            ),
            involved=self._checked(self.involved_edit, _name(self.involved_label), INVOLVED_LIMIT),
            deadline=self._checked(self.deadline_edit, _name(self.deadline_label), DEADLINE_LIMIT),
            funding=self._checked(self.funding_edit, _name(self.funding_label), FUNDING_LIMIT),
        )


class ReportForm(_Form):
    """A measure's execution in one period: status, what was done, money spent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem("", None)
        for status in MeasureStatus:
            # The status as documents word it: Ukrainian data, shown as it is.
            self.status_combo.addItem(status_icon(status), status.label, status.value)
        self.done_edit = TextBox(3, DONE_LIMIT)
        self.money_edit = QLineEdit()
        self.money_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.money_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 18)
        self.status_label = self._row(self.status_combo)
        self.done_label = self._row(self.done_edit)
        self.money_label = self._row(self.money_edit)

    def retranslate(self) -> None:
        self.status_combo.setItemText(0, self.tr("not reported"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.done_label.setText(self.tr("&What was done:"))
        self.money_label.setText(self.tr("Mone&y spent, UAH:"))
        self.status_combo.setAccessibleName(self.tr("Status of the measure in the period"))
        self.done_edit.setAccessibleName(self.tr("What was done"))
        self.money_edit.setAccessibleName(self.tr("Money spent, in hryvnias"))
        self.money_edit.setPlaceholderText(self.tr("not entered"))
        self.money_edit.setToolTip(
            self.tr(
                "In hryvnias, with a decimal comma, e.g. 1 500,50; leave it empty if nothing was "
                "spent or the sum is not known"
            )
        )

    def fields(self) -> list[QWidget]:
        return [self.status_combo, self.done_edit, self.money_edit]

    def show_report(self, report: MeasureReport | None) -> None:
        status = report.status.value if report else None
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self.done_edit.setPlainText(report.done if report else "")
        self.money_edit.setText(format_money(report.money_spent) if report else "")
        self._remember()

    def _values(self) -> tuple[Any, ...]:
        return (
            self.status_combo.currentIndex(),
            self.done_edit.toPlainText(),
            self.money_edit.text(),
        )

    def money(self) -> float | None:
        """The sum typed, or None; Refused when it is not a sum of money."""
        text = self.money_edit.text().strip()
        try:
            value = parse_decimal(text, MAX_MONEY)
        except ValueError:
            if text.startswith(("-", "\u2212")):
                why = self.tr("The money spent cannot be negative («%1»).")
            else:
                why = self.tr(
                    "«%1» is not a sum of money: write it in hryvnias with a decimal "
                    "comma, e.g. 1 500,50 (at most %2)."
                )
            raise Refused(fill(why, text, format_number(MAX_MONEY)), self.money_edit) from None
        if value is not None and round(value, 2) != value:
            raise Refused(
                fill(
                    self.tr(
                        "«%1» has more than two decimals: a sum is written "
                        "in hryvnias and kopecks, e.g. 1 500,50."
                    ),
                    text,
                ),
                self.money_edit,
            )
        return value

    def value(self, measure_id: int, period: str) -> MeasureReport | None:
        """The report as filled in; None when no status is chosen and nothing is typed."""
        done = self._checked(self.done_edit, _name(self.done_label), DONE_LIMIT)
        money = self.money()
        status = self.status_combo.currentData()
        if status is None:
            if done or money is not None:
                raise Refused(
                    self.tr("Choose a status to save what was done and the money spent."),
                    self.status_combo,
                )
            return None
        return MeasureReport(measure_id, period, MeasureStatus(status), done, money)
