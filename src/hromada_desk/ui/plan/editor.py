"""The right-hand side of the «Action plan» page: the selected section, goal or measure in its
form, and below it the measure's execution in the chosen period. It shows and tells what was
changed; the page decides what to write."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.plans import MeasureReport, PlanGoal, PlanMeasure, PlanSection
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.kept_splitter import KeptSplitter
from hromada_desk.ui.plan.forms import GoalForm, MeasureForm, ReportForm, SectionForm

# Pages of the form stack.
HINT, SECTION, GOAL, MEASURE = range(4)
RecordForm = SectionForm | GoalForm | MeasureForm


class ElidedLabel(QLabel):
    """One line that ends in «…» when it does not fit; the whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(
                self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)
            )
        )


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PlanEditor(QSplitter):
    """Above: the record's form with Save and Discard; below: the execution report. Both
    scroll, and the line between them can be moved, for small screens."""

    edited = Signal()  # something was typed or chosen in any of the forms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.adding = False  # the measure form holds a new measure
        self.heading = _bold(QLabel())
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.section_form, self.goal_form = SectionForm(), GoalForm()
        self.measure_form = MeasureForm()
        self.forms = QStackedWidget()
        for widget in (self.hint, self.section_form, self.goal_form, self.measure_form):
            self.forms.addWidget(widget)
        self.save_button, self.discard_button = QPushButton(), QPushButton()
        self.report_box = QGroupBox()
        self.report_form = ReportForm()
        self.report_button = QPushButton()

        record = QWidget()
        record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(6, 0, 6, 0)
        record_layout.addWidget(self.heading)
        record_layout.addWidget(self.forms, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        record_layout.addLayout(buttons)
        report_layout = QVBoxLayout(self.report_box)
        report_layout.addWidget(self.report_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        report_layout.addLayout(buttons)
        report = QWidget()
        layout = QVBoxLayout(report)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.report_box)
        layout.addStretch(1)
        self.setChildrenCollapsible(False)
        self.addWidget(_scrolled(record))
        self.addWidget(_scrolled(report))
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([330, 250])
        self.kept = KeptSplitter(self, "plan-editor")
        for form in (self.section_form, self.goal_form, self.measure_form, self.report_form):
            form.edited.connect(self._edited)

    def retranslate(self) -> None:
        self.discard_button.setText(self.tr("Disca&rd changes"))
        self.discard_button.setAccessibleName(self.tr("Discard the changes in the form"))
        self.report_button.setText(self.tr("Save e&xecution report"))
        self.report_button.setAccessibleName(self.tr("Save the execution report"))
        self.hint.setText(
            self.tr(
                "Choose a section, a goal or a measure in the list to see and edit it. For a "
                "measure, record below what was done in the period chosen above."
            )
        )
        for form in (self.section_form, self.goal_form, self.measure_form, self.report_form):
            form.retranslate()
        self._update_buttons()

    def fields(self) -> list[QWidget]:
        """Every field and button in tab order (the hidden forms' are skipped by Qt)."""
        return [
            *self.section_form.fields(),
            *self.goal_form.fields(),
            *self.measure_form.fields(),
            self.save_button,
            self.discard_button,
            *self.report_form.fields(),
            self.report_button,
        ]

    # -- showing ----------------------------------------------------------------------------
    def show_record(
        self,
        record: PlanSection | PlanGoal | PlanMeasure | None,
        taken_goal_numbers: set[int] | None = None,
    ) -> None:
        """A record in its form; ``taken_goal_numbers``: those of the goal's neighbours."""
        self.adding = False
        if isinstance(record, PlanSection):
            self.heading.setText(fill(self.tr("Section «%1»"), record.title))
            self.section_form.show_record(record)
            self.forms.setCurrentIndex(SECTION)
        elif isinstance(record, PlanGoal):
            self.heading.setText(fill(self.tr("Goal %1"), record.number))
            self.goal_form.show_record(record, taken_goal_numbers or set())
            self.forms.setCurrentIndex(GOAL)
        elif isinstance(record, PlanMeasure):
            self.heading.setText(fill(self.tr("Measure %1"), record.number))
            self.measure_form.show_record(record)
            self.forms.setCurrentIndex(MEASURE)
        else:
            self.heading.setText("")
            self.forms.setCurrentIndex(HINT)
        self._update_buttons()

    def show_new_measure(self, goal: PlanGoal, number: str) -> None:
        self.adding = True
        self.heading.setText(fill(self.tr("New measure for goal %1"), goal.number))
        self.measure_form.show_record(PlanMeasure(number, ""))
        self.forms.setCurrentIndex(MEASURE)
        self.show_report(None)
        self.measure_form.text_edit.setFocus()

    def show_report(self, report: MeasureReport | None, title: str = "") -> None:
        """A measure's report (None: not reported) under ``title``; without a title the
        report form is disabled (no measure is shown)."""
        self.report_box.setTitle(title or self.tr("Execution (choose a measure)"))
        self.report_form.show_report(report)
        self.report_box.setEnabled(bool(title))
        self._update_buttons()

    # -- what was changed -------------------------------------------------------------------
    def record_form(self) -> RecordForm | None:
        forms: dict[int, RecordForm] = {
            SECTION: self.section_form,
            GOAL: self.goal_form,
            MEASURE: self.measure_form,
        }
        return forms.get(self.forms.currentIndex())

    def record_unsaved(self) -> bool:
        """Something typed in the record's form (a new measure counts once typed in)."""
        form = self.record_form()
        return form is not None and form.is_dirty()

    def report_unsaved(self) -> bool:
        return self.report_box.isEnabled() and self.report_form.is_dirty()

    def _edited(self) -> None:
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self) -> None:
        # One Save for what the forms hold, the item and its execution alike (Ctrl+S too).
        dirty = self.adding or self.record_unsaved() or self.report_unsaved()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.report_button.setEnabled(self.report_unsaved())
        self.report_button.hide()
        self.save_button.setText(
            self.tr("Save &the new measure") if self.adding else self.tr("Save (Ctrl+S)")
        )
