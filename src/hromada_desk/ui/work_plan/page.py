"""The «План роботи ради» page: the council's yearly work plan — the questions it means to
consider, by quarter, with who prepares each — adopted at a meeting; a planned question goes
into the agenda of the meeting held for its quarter. Each change is one undo step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.domain import limits
from hromada_desk.domain.council import Meeting, MeetingStatus
from hromada_desk.domain.work_plan import QUARTER_NAMES, QUARTERS, PlannedQuestion, WorkPlan
from hromada_desk.errors import InputError
from hromada_desk.services import meetings as meetings_service
from hromada_desk.services import work_plan as service
from hromada_desk.services.edit import Edit
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.preview_parts import paste_shortcut
from hromada_desk.ui.common.rows_model import RowsTableModel
from hromada_desk.ui.common.text_limit import limit_plain_text
from hromada_desk.ui.meetings.assignments import fit_columns
from hromada_desk.ui.session import Session

if TYPE_CHECKING:  # loaded when a plan is pasted
    from hromada_desk.ui.work_plan.list_paste import WorkPlanListDialog

Index = QModelIndex | QPersistentModelIndex


def copy_plan(plan: WorkPlan) -> WorkPlan:
    return dataclasses.replace(plan, questions=[dataclasses.replace(q) for q in plan.questions])


class QuestionsModel(RowsTableModel):
    """The plan's questions, quarter by quarter: quarter, question, who prepares it, the
    meeting that took it."""

    QUARTER, TITLE, RESPONSIBLE, MEETING = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedQuestion] = []
        self._meetings: dict[int, str] = {}
        self.retranslate()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Quarter"),
            self.tr("Question"),
            self.tr("Prepares it"),
            self.tr("Meeting"),
        )

    def rows(self) -> list[Any]:
        return self._rows

    def reload(self, plan: WorkPlan | None, meetings: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = sorted(plan.questions, key=lambda q: q.quarter) if plan else []
        self._meetings = meetings
        self.endResetModel()

    def question(self, row: int) -> PlannedQuestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, question_id: int | None) -> int:
        return next((r for r, q in enumerate(self._rows) if q.id == question_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        question = self.question(index.row()) if index.isValid() else None
        if question is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if column == self.QUARTER:
            return QUARTER_NAMES[question.quarter]
        if column == self.TITLE:
            return question.title
        if column == self.RESPONSIBLE:
            return question.responsible
        if question.meeting_id is None:
            return self.tr("waiting")
        return self._meetings.get(question.meeting_id, "")


class QuestionDialog(QDialog):
    """A planned question: its quarter, its wording, who prepares it."""

    def __init__(self, question: PlannedQuestion | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = question
        self.result_question: PlannedQuestion | None = None
        self.quarter_combo = QComboBox()
        for quarter in QUARTERS:
            self.quarter_combo.addItem(QUARTER_NAMES[quarter], quarter)
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_limit = limit_plain_text(self.title_edit, limits.WORK_QUESTION_TITLE)
        self.title_edit.setMaximumHeight(self.title_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setMaxLength(limits.WORK_QUESTION_RESPONSIBLE)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.error_label.hide()
        self.quarter_label, self.title_label = QLabel(), QLabel()
        self.responsible_label = QLabel()
        self.quarter_label.setBuddy(self.quarter_combo)
        self.title_label.setBuddy(self.title_edit)
        self.responsible_label.setBuddy(self.responsible_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.quarter_label, self.quarter_combo)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.responsible_label, self.responsible_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if question is not None:
            self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(question.quarter))
            self.title_edit.setPlainText(question.title)
            self.responsible_edit.setText(question.responsible)
        self.setWindowTitle(self.tr("Question of the work plan"))
        self.quarter_label.setText(self.tr("&Quarter:"))
        self.title_label.setText(self.tr("Q&uestion:"))
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Про стан запобігання домашньому насильству за 9 місяців")
        )
        self.responsible_label.setText(self.tr("&Prepares it:"))
        self.responsible_edit.setPlaceholderText(self.tr("e.g. Служба у справах дітей"))
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def value(self) -> PlannedQuestion:
        original = self._original
        return PlannedQuestion(
            int(self.quarter_combo.currentData()),
            " ".join(self.title_edit.toPlainText().split()),
            " ".join(self.responsible_edit.text().split()),
            meeting_id=original.meeting_id if original else None,
            id=original.id if original else None,
        )

    def accept(self) -> None:
        question = self.value()
        if not question.title:
            self.error_label.setText(self.tr("Write the question."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        self.result_question = question
        super().accept()


class WorkPlanPage(Page):
    """The work plan of the year chosen, its questions by quarter, and where each went."""

    topics = frozenset({"work_plan", "meetings"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.plans: list[WorkPlan] = []
        self.meetings: list[Meeting] = []
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_label.setBuddy(self.year_combo)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.adopted_label = QLabel()
        self.adopted_label.setWordWrap(True)
        self.adopt_button = QPushButton()
        self.model = QuestionsModel(self)
        self.questions_label = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QuestionsModel.QUARTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuestionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 5)
        self.questions_label.setBuddy(self.view)
        self.add_button = QPushButton()
        self.paste_button = QPushButton()
        self.paste_action = paste_shortcut(self.view)  # Ctrl+V on the questions
        self.paste_dialog: WorkPlanListDialog | None = None
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        # Tool buttons, narrower than push buttons: the row fits a small screen at 150 %.
        self.up_button = QToolButton()
        self.down_button = QToolButton()
        for arrow in (self.up_button, self.down_button):
            arrow.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.into_button = QPushButton()
        self.message_line = MessageLine()

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        adopted = QHBoxLayout()
        adopted.addWidget(self.adopted_label, 1)
        adopted.addWidget(self.adopt_button)
        buttons = QHBoxLayout()
        row: tuple[QWidget, ...] = (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.into_button,
        )
        for widget in row:
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(adopted)
        # «Paste…» by the questions' heading: the row of buttons under them is as wide as a
        # laptop's screen at 150 % already
        questions_row = QHBoxLayout()
        questions_row.addWidget(self.questions_label, 1)
        questions_row.addWidget(self.paste_button)
        layout.addLayout(questions_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_line)

        self.year_combo.activated.connect(lambda _row: self.refresh())
        self.new_button.clicked.connect(self.new_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        self.adopt_button.clicked.connect(self.adopt)
        self.add_button.clicked.connect(self.add_question)
        self.paste_button.clicked.connect(self.paste_questions)
        self.paste_action.triggered.connect(self.paste_questions)
        self.edit_button.clicked.connect(self.edit_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.into_button.clicked.connect(self.into_meeting)
        self.view.doubleClicked.connect(lambda _index: self.edit_question())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        self.retranslate()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Council's work plan")

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Work plan for:"))
        self.year_combo.setAccessibleName(self.tr("Year of the work plan"))
        self.new_button.setText(self.tr("&New plan…"))
        self.new_button.setToolTip(self.tr("A work plan for another year"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the work plan shown"))
        self.adopt_button.setText(self.tr("Adopt a&t a meeting…"))
        self.adopt_button.setToolTip(
            self.tr(
                "The plan is adopted at a meeting: its agenda gets «Про затвердження плану роботи "
                "координаційної ради на … рік»"
            )
        )
        self.questions_label.setText(self.tr("&Questions by quarter:"))
        self.view.setAccessibleName(self.tr("Questions of the work plan"))
        self.add_button.setText(self.tr("&Add question…"))
        self.paste_button.setText(self.tr("&Paste…"))
        self.paste_button.setToolTip(
            self.tr(
                "Add the questions of a work plan copied in Word or Excel: a table «Питання | "
                "Відповідальні | Термін», or questions under «І квартал» headings; Ctrl+V on "
                "the list does the same"
            )
        )
        self.paste_button.setAccessibleName(self.tr("Paste questions into the work plan"))
        self.paste_action.setText(self.paste_button.accessibleName())
        self.edit_button.setText(self.tr("Chan&ge…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected question"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected question"))
        self.up_button.setText(self.tr("&Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected question up"))
        self.up_button.setToolTip(self.tr("Earlier within its quarter (the plan lists it so)"))
        self.down_button.setText(self.tr("D&own"))
        self.down_button.setAccessibleName(self.tr("Move the selected question down"))
        self.down_button.setToolTip(self.tr("Later within its quarter (the plan lists it so)"))
        self.into_button.setText(self.tr("Into a meet&ing's agenda…"))
        self.into_button.setToolTip(
            self.tr("The selected question becomes an agenda item of a planned meeting or a draft")
        )
        self.model.retranslate()
        fit_columns(self.view, {QuestionsModel.RESPONSIBLE: 10, QuestionsModel.MEETING: 8})
        self.message_line.clear()
        self.refresh()

    @property
    def plan(self) -> WorkPlan | None:
        year = self.year_combo.currentData()
        return next((p for p in self.plans if p.year == year), None)

    def refresh(self) -> None:
        cf = self.session.cf
        self.setEnabled(cf is not None)
        year = self.year_combo.currentData()
        self.plans = service.list_plans(cf) if cf is not None else []
        self.meetings = meetings_service.list_meetings(cf) if cf is not None else []
        self.year_combo.clear()
        for plan in sorted(self.plans, key=lambda p: p.year):
            self.year_combo.addItem(str(plan.year), plan.year)
        if self.plans:
            found = self.year_combo.findData(year)
            self.year_combo.setCurrentIndex(found if found >= 0 else self._nearest())
        shown = self.plan
        labels = {m.id: f"№{m.label}" for m in self.meetings if m.id is not None}
        self.model.reload(shown, labels)
        if shown is None:
            self.adopted_label.setText(
                self.tr(
                    "No work plan yet: «New plan…» makes one for a year, then add its questions."
                )
            )
        elif shown.adopted_meeting_id is not None:
            meeting = next((m for m in self.meetings if m.id == shown.adopted_meeting_id), None)
            self.adopted_label.setText(
                fill(
                    self.tr("Adopted at meeting №%1 of %2."),
                    meeting.label if meeting else "?",
                    f"{meeting.date:%d.%m.%Y}" if meeting else "?",
                )
            )
        else:
            self.adopted_label.setText(self.tr("Not adopted yet."))
        self._update_buttons()

    def _nearest(self) -> int:
        """This year's plan, else the latest."""
        found = self.year_combo.findData(dt.date.today().year)
        return found if found >= 0 else self.year_combo.count() - 1

    def _update_buttons(self) -> None:
        cf = self.session.cf
        writable = cf is not None and not cf.readonly
        plan = self.plan
        chosen = self.model.question(self.view.currentIndex().row())
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and plan is not None)
        self.adopt_button.setEnabled(writable and plan is not None)
        self.add_button.setEnabled(writable and plan is not None)
        self.paste_button.setEnabled(writable and plan is not None)
        self.paste_action.setEnabled(writable and plan is not None)
        self.edit_button.setEnabled(writable and chosen is not None)
        self.remove_button.setEnabled(writable and chosen is not None)
        self.up_button.setEnabled(writable and self._neighbour(chosen, -1) is not None)
        self.down_button.setEnabled(writable and self._neighbour(chosen, 1) is not None)
        self.into_button.setEnabled(writable and chosen is not None and chosen.meeting_id is None)

    def _run(self, text: str, edit: Edit) -> bool:
        try:
            return self.session.run(text, edit)
        except InputError as exc:  # the service refused: said on the page
            self.message_line.show_message(f"{exc.message} {exc.advice}".strip(), "error")
            return False

    # -- the plan ---------------------------------------------------------------------------
    def new_plan(self) -> None:
        today = dt.date.today()
        year, ok = QInputDialog.getInt(
            self,
            self.tr("New work plan"),
            self.tr("The year of the work plan:"),
            today.year + (1 if today.month >= 10 else 0),
            limits.MIN_YEAR,
            limits.MAX_YEAR,
        )
        if ok:
            self.create_plan(year)

    def create_plan(self, year: int) -> bool:
        if any(p.year == year for p in self.plans):
            self.message_line.show_message(
                fill(self.tr("There is already a work plan for %1: add its questions."), year),
                "error",
            )
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
            self.refresh()
            return False
        if not self._run(
            fill(self.tr("New work plan for %1"), year), service.add_plan(WorkPlan(year))
        ):
            return False
        self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.refresh()
        return True

    def delete_plan(self) -> None:
        cf, plan = self.session.cf, self.plan
        if cf is None or plan is None:
            return
        if (
            QMessageBox.question(
                self,
                APP_NAME,
                fill(
                    self.tr(
                        "Delete the work plan for %1 with its questions? "
                        "Edit ▸ Undo brings it back."
                    ),
                    plan.year,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        edit = service.delete_plan(cf, plan)
        if edit is not None:
            self._run(fill(self.tr("Delete the work plan for %1"), plan.year), edit)

    def open_meetings(self) -> list[Meeting]:
        """The meetings whose agenda may still change: planned ones and drafts."""
        return [m for m in self.meetings if m.status is not MeetingStatus.FINAL]

    def _choose_meeting(self, title: str) -> Meeting | None:
        choices = self.open_meetings()
        if not choices:
            self.message_line.show_message(
                self.tr("There is no planned meeting or draft: make one on the «Meetings» page."),
                "error",
            )
            return None
        labels = [f"№{m.label} — {m.date:%d.%m.%Y}" for m in choices]
        chosen, ok = QInputDialog.getItem(self, title, self.tr("Meeting:"), labels, 0, False)
        return choices[labels.index(chosen)] if ok and chosen in labels else None

    def adopt(self) -> None:
        meeting = self._choose_meeting(self.tr("Adopt the work plan at a meeting"))
        if meeting is not None:
            self.adopt_at(meeting)

    def adopt_at(self, meeting: Meeting) -> bool:
        cf, plan = self.session.cf, self.plan
        if cf is None or plan is None:
            return False
        try:
            edit = service.adopt_at(cf, plan, meeting)
        except InputError as exc:
            self.message_line.show_message(f"{exc.message} {exc.advice}".strip(), "error")
            return False
        if self._run(fill(self.tr("Adopt the work plan for %1"), plan.year), edit):
            self.message_line.show_message(
                fill(
                    self.tr("The work plan is adopted at meeting №%1: its agenda has the item."),
                    meeting.label,
                )
            )
            return True
        return False

    # -- questions --------------------------------------------------------------------------
    def question_dialog(self, question: PlannedQuestion | None) -> QuestionDialog:
        return QuestionDialog(question, self)

    def _ask(self, question: PlannedQuestion | None) -> PlannedQuestion | None:
        dialog = self.question_dialog(question)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_question

    def _replace(self, text: str, change: list[PlannedQuestion]) -> bool:
        plan = self.plan
        if plan is None:
            return False
        new = dataclasses.replace(copy_plan(plan), questions=change)
        return self._run(text, service.replace_plan(copy_plan(plan), new))

    def add_question(self) -> None:
        plan = self.plan
        question = self._ask(None) if plan is not None else None
        if plan is not None and question is not None:
            self._replace(
                self.tr("Add a question to the work plan"), [*copy_plan(plan).questions, question]
            )

    def paste_questions(self) -> None:
        """Read the clipboard as the year's work plan and show the questions it would add,
        to confirm; they are added as one undo step."""
        cf, plan = self.session.cf, self.plan
        if cf is None or cf.readonly or plan is None:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message_line.show_message(
                self.tr(
                    "The clipboard holds no text. Copy the work plan's table or its questions "
                    "in Word or Excel, then press «Paste…» again."
                ),
                "error",
            )
            return
        from hromada_desk.domain.work_plan_list import read_work_plan
        from hromada_desk.ui.work_plan.list_paste import WorkPlanListDialog

        listed = read_work_plan(text, plan.year)
        dialog = WorkPlanListDialog(listed, plan.year, self)

        def answered(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or not listed.questions:
                return
            current = self.plan
            if current is None:
                return
            count = len(listed.questions)
            if self._replace(
                self.tr("Paste %n question(s) into the work plan", None, count),
                [*copy_plan(current).questions, *listed.questions],
            ):
                self.message_line.show_message(
                    self.tr(
                        "%n question(s) added to the plan. Undo (Ctrl+Z) removes them all.",
                        None,
                        count,
                    )
                )

        dialog.finished.connect(answered)
        self.paste_dialog = dialog
        dialog.open()

    def edit_question(self) -> None:
        plan, chosen = self.plan, self.model.question(self.view.currentIndex().row())
        if plan is None or chosen is None:
            return
        changed = self._ask(chosen)
        if changed is None or changed == chosen:
            return
        self._replace(
            self.tr("Change a question of the work plan"),
            [changed if q.id == chosen.id else dataclasses.replace(q) for q in plan.questions],
        )

    def remove_question(self) -> None:
        plan, chosen = self.plan, self.model.question(self.view.currentIndex().row())
        if plan is None or chosen is None:
            return
        self._replace(
            self.tr("Remove a question of the work plan"),
            [dataclasses.replace(q) for q in plan.questions if q.id != chosen.id],
        )

    def _neighbour(self, question: PlannedQuestion | None, step: int) -> PlannedQuestion | None:
        """The question ``step`` places before (-1) or after (1) ``question`` in its quarter."""
        plan = self.plan
        if plan is None or question is None:
            return None
        same = plan.in_quarter(question.quarter)
        at = next((i for i, q in enumerate(same) if q.id == question.id), -1)
        return same[at + step] if at >= 0 and 0 <= at + step < len(same) else None

    def move_question(self, step: int) -> bool:
        """The selected question one place earlier (-1) or later (1) within its quarter: the
        order the plan and its document list the quarter's questions in. One undo step."""
        plan, chosen = self.plan, self.model.question(self.view.currentIndex().row())
        other = self._neighbour(chosen, step)
        if plan is None or chosen is None or other is None:
            return False
        swapped = {chosen.id: other, other.id: chosen}
        moved = [dataclasses.replace(swapped.get(q.id, q)) for q in plan.questions]
        if not self._replace(self.tr("Move a question of the work plan"), moved):
            return False
        row = self.model.row_of(chosen.id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, QuestionsModel.TITLE))
        return True

    def into_meeting(self) -> None:
        meeting = self._choose_meeting(self.tr("Into a meeting's agenda"))
        if meeting is not None:
            self.put_into(meeting)

    def put_into(self, meeting: Meeting) -> bool:
        cf, plan = self.session.cf, self.plan
        chosen = self.model.question(self.view.currentIndex().row())
        if cf is None or plan is None or chosen is None or chosen.id is None:
            return False
        try:
            edit = service.questions_into(cf, plan, chosen.quarter, meeting, [chosen.id])
        except InputError as exc:
            self.message_line.show_message(f"{exc.message} {exc.advice}".strip(), "error")
            return False
        if edit is None or not self._run(
            fill(self.tr("Question into meeting №%1"), meeting.label), edit
        ):
            return False
        self.message_line.show_message(
            fill(self.tr("The question is an agenda item of meeting №%1 now."), meeting.label)
        )
        return True
