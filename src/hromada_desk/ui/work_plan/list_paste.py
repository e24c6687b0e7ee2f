"""What a pasted work plan will add to the year's plan: its questions with their quarters and
who prepares them, and the lines left out with the reason; «Add» writes them as one undo
step, «Cancel» nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from hromada_desk.domain.work_plan import QUARTER_NAMES, PlannedQuestion
from hromada_desk.domain.work_plan_list import Left, WorkPlanList
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.preview_parts import ListPreview
from hromada_desk.ui.common.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ListedQuestionsModel(RowsTableModel):
    """One row per question read: its quarter, the question, who prepares it."""

    QUARTER, TITLE, RESPONSIBLE = range(3)

    def __init__(self, questions: list[PlannedQuestion], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions = questions

    def rows(self) -> list[object]:
        return list(self._questions)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Quarter"), self.tr("Question"), self.tr("Prepared by"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        question = self._questions[index.row()]
        if index.column() == self.QUARTER:
            return QUARTER_NAMES[question.quarter]  # as the plan prints it
        if index.column() == self.TITLE:
            return question.title
        return question.responsible


class WorkPlanListDialog(ListPreview):
    """The questions a pasted plan names for ``year``, and the lines it leaves out."""

    def __init__(self, listed: WorkPlanList, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listed = listed
        self.setWindowTitle(fill(self.tr("Paste into the work plan for %1"), year))
        count = len(listed.questions)
        self.model = ListedQuestionsModel(listed.questions, self)
        self.build(
            model=self.model,
            name=self.tr("Questions to add"),
            stretch=ListedQuestionsModel.TITLE,
            rows=count,
            refusals=self._refusals(),
            notes=self._notes(),
            accept=self.tr("Add %n question(s)", None, count) if count else self.tr("Add"),
            cancel=self.tr("Cancel"),
        )
        self.add_button = self.accept_button
        self.summary.setText(
            self.tr("%n question(s) will be added to the plan.", None, count)
            if count
            else self.tr("The pasted text has no question with its quarter: nothing to add.")
        )

    def _refusals(self) -> list[str]:
        lines = []
        for left in self.listed.left:
            if left.why is Left.NO_QUARTER:
                lines.append(
                    fill(
                        self.tr(
                            "line %1: «%2» — no quarter: give one in its term («ІІ квартал», "
                            "«березень») or under a quarter's heading"
                        ),
                        left.line,
                        left.text,
                    )
                )
            elif left.why is Left.INVALID:
                lines.append(fill(self.tr("line %1: «%2» — %3"), left.line, left.text, left.detail))
        return [self.tr("Not added:"), *lines] if lines else []

    def _notes(self) -> list[str]:
        return [
            fill(self.tr("Line %1 is a heading, left out: «%2»"), left.line, left.text)
            for left in self.listed.left
            if left.why is Left.HEADER
        ]
