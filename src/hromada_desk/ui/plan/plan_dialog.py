"""The dialog of a plan's own details: period, title and approving decision; for a new plan
also what it starts with (the four policy areas as sections, nothing, or a copy of another
plan's contents)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.plans import (
    POLICY_AREAS,
    ActionPlan,
    PlanSection,
    copied_plan,
    plan_title,
)
from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
from hromada_desk.ui.common.date_edit import DateEdit
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.text_limit import limit_plain_text

AREAS = "areas"
EMPTY = "empty"
PLAN_YEARS = 3  # the seed's plan: 2023–2025


class PlanDialog(QDialog):
    """``plan()`` is the plan as the dialog describes it (new, or ``editing`` changed)."""

    def __init__(
        self,
        plans: list[ActionPlan],
        editing: ActionPlan | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._editing = editing
        today = today or dt.date.today()
        start = (
            editing.period_start
            if editing
            else max([today.year, *(p.period_end + 1 for p in plans)])
        )
        self.start_spin, self.end_spin = QSpinBox(), QSpinBox()
        for spin in (self.start_spin, self.end_spin):
            spin.setRange(MIN_YEAR, MAX_YEAR)
            spin.setGroupSeparatorShown(False)
        self.start_spin.setValue(start)
        self.end_spin.setValue(editing.period_end if editing else start + PLAN_YEARS - 1)
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setFixedHeight(self.title_edit.fontMetrics().lineSpacing() * 3 + 14)
        limit_plain_text(self.title_edit, limits.PLAN_TITLE)
        self.title_edit.setPlainText(
            editing.title if editing else plan_title(start, self.end_spin.value())
        )
        self.approved_by_edit = QLineEdit(editing.approved_by if editing else "")
        self.approved_by_edit.setMaxLength(limits.APPROVED_BY)
        self.date_edit = DateEdit()
        self.date_edit.setMinimumDate(QDate(MIN_YEAR - 1, 12, 31))
        self.date_edit.setSpecialValueText("—")
        approved = editing.approved_date if editing else None
        self.date_edit.setDate(
            QDate(approved.year, approved.month, approved.day)
            if approved
            else self.date_edit.minimumDate()
        )
        self.number_edit = QLineEdit(editing.approved_number if editing else "")
        self.number_edit.setMaxLength(limits.APPROVED_NUMBER)
        self.position_edit = QLineEdit(editing.signatory_position if editing else "")
        self.position_edit.setMaxLength(limits.SIGNATORY_POSITION)
        self.name_edit = QLineEdit(editing.signatory_name if editing else "")
        self.name_edit.setMaxLength(limits.SIGNATORY_NAME)
        self.contents_combo = QComboBox()
        self.contents_combo.addItem(
            self.tr("the four policy areas as sections (%1)").replace(
                "%1", ", ".join(POLICY_AREAS)
            ),
            AREAS,
        )
        self.contents_combo.addItem(self.tr("nothing (sections added one by one)"), EMPTY)
        for plan in plans:
            self.contents_combo.addItem(
                fill(self.tr("a copy of the plan for %1–%2"), plan.period_start, plan.period_end),
                plan.id,
            )
        self.contents_combo.setMinimumContentsLength(20)
        self.contents_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        period = QHBoxLayout()
        period.addWidget(self.start_spin)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        form = QFormLayout()
        labels: list[tuple[str, QWidget]] = [
            (self.tr("&Period:"), self.start_spin),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("Approved &by:"), self.approved_by_edit),
            (self.tr("&Date of the decision:"), self.date_edit),
            (self.tr("&Number of the decision:"), self.number_edit),
            (self.tr("Signed by (&position):"), self.position_edit),
            (self.tr("Signed by (n&ame):"), self.name_edit),
        ]
        for text, field in labels:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, period if field is self.start_spin else field)
        if editing is None:
            label = QLabel(self.tr("&Starts with:"))
            label.setBuddy(self.contents_combo)
            form.addRow(label, self.contents_combo)
        self.approved_by_edit.setPlaceholderText(
            self.tr("e.g. рішення виконавчого комітету сільської ради")
        )
        self.date_edit.setToolTip(self.tr("«—»: not approved yet"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Plan details") if editing else self.tr("New action plan"))
        self._proposed = self.title_edit.toPlainText()
        self.start_spin.valueChanged.connect(self._period_changed)
        self.end_spin.valueChanged.connect(self._period_changed)

    def _period_changed(self) -> None:
        # The title follows the period while it is the proposed one.
        if self.title_edit.toPlainText() == self._proposed:
            self._proposed = plan_title(self.start_spin.value(), self.end_spin.value())
            self.title_edit.setPlainText(self._proposed)

    def accept(self) -> None:
        problem = ""
        if self.end_spin.value() < self.start_spin.value():
            problem = self.tr("The period ends before it starts.")
        elif not self.title_edit.toPlainText().strip():
            problem = self.tr("The plan needs a title.")
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        super().accept()

    def plan(self) -> ActionPlan:
        day = self.date_edit.date()
        approved = (
            None
            if day == self.date_edit.minimumDate()
            else dt.date(day.year(), day.month(), day.day())
        )
        details = {
            "title": one_line(self.title_edit.toPlainText()),
            "period_start": self.start_spin.value(),
            "period_end": self.end_spin.value(),
            "approved_by": one_line(self.approved_by_edit.text()),
            "approved_date": approved,
            "approved_number": one_line(self.number_edit.text()),
            "signatory_position": one_line(self.position_edit.text()),
            "signatory_name": one_line(self.name_edit.text()),
        }
        if self._editing is not None:
            return dataclasses.replace(self._editing, **details)  # type: ignore[arg-type]
        start = self.contents_combo.currentData()
        if start == AREAS:
            plan = ActionPlan("", 0, 0, sections=[PlanSection(area) for area in POLICY_AREAS])
        elif start == EMPTY:
            plan = ActionPlan("", 0, 0)
        else:
            source = next(p for p in self._plans if p.id == start)
            plan = copied_plan(source, 0, 0, "")
        return dataclasses.replace(plan, **details)  # type: ignore[arg-type]
