"""«Нове засідання на основі попереднього…»: the next meeting proposed from the last one — its
number, place, members and signers carried over, «Про затвердження протоколу попереднього
засідання» and «Про виконання попередніх доручень» (with the open assignments and their state)
first — and the previous meeting's unfinished items and the work plan's questions offered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.services import next_meeting
from hromada_desk.services.edit import Edit
from hromada_desk.ui.common.date_edit import DateEdit
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.session import Session


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _checked_list(rows: int) -> QListWidget:
    view = QListWidget()
    view.setWordWrap(True)
    view.setMaximumHeight(view.fontMetrics().height() * rows + 12)
    return view


class NextMeetingDialog(QDialog):
    """Proposes the meeting on the day chosen after the latest one before it; the items and
    questions ticked go into its agenda after the two standing ones."""

    def __init__(
        self,
        session: Session,
        day: dt.date,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today or dt.date.today()
        self.proposal: next_meeting.NextMeeting | None = None

        self.day_label = QLabel()
        self.day_edit = DateEdit()
        self.day_label.setBuddy(self.day_edit)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.standing_label = QLabel()
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.offered_label = QLabel()
        self.offered_view = _checked_list(4)
        self.offered_label.setBuddy(self.offered_view)
        self.planned_label = QLabel()
        self.planned_view = _checked_list(4)
        self.planned_label.setBuddy(self.planned_view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        content = QWidget()
        column = QVBoxLayout(content)
        form = QFormLayout()
        form.addRow(self.day_label, self.day_edit)
        column.addLayout(form)
        for widget in (
            self.summary,
            self.standing_label,
            self.standing,
            self.offered_label,
            self.offered_view,
            self.planned_label,
            self.planned_view,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()  # a small screen: the dialog scrolls down, its buttons stay
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.retranslate()
        self.day_edit.setDate(_qdate(day))
        self._propose()
        self.day_edit.dateChanged.connect(lambda _date: self._propose())
        self.resize(560, min(420, self.sizeHint().height()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting from the previous one"))
        self.day_label.setText(self.tr("&Date of the meeting:"))
        self.day_edit.setAccessibleName(self.tr("Date of the meeting"))
        self.standing_label.setText(self.tr("The agenda begins with:"))
        self.offered_label.setText(
            self.tr("&Unfinished items of the previous meeting (ticked ones are added):")
        )
        self.offered_view.setAccessibleName(self.tr("Unfinished items of the previous meeting"))
        self.planned_label.setText(
            self.tr("&Questions the work plan sets for the quarter (ticked ones are added):")
        )
        self.planned_view.setAccessibleName(self.tr("Questions of the work plan"))

    @property
    def day(self) -> dt.date:
        value = self.day_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def _propose(self) -> None:
        cf = self._session.cf
        if cf is None:
            return
        proposal = next_meeting.propose_next(cf, self.day, today=self._today)
        self.proposal = proposal
        meeting, previous = proposal.meeting, proposal.previous
        lines = [
            fill(
                self.tr("Meeting №%1 of %2, %3."),
                meeting.number,
                meeting.date.year,
                meeting.place or self.tr("no place yet"),
            )
        ]
        if previous is not None:
            lines.append(
                fill(
                    self.tr(
                        "After meeting №%1 of %2: its members present and its "
                        "signers are carried over."
                    ),
                    previous.label,
                    f"{previous.date:%d.%m.%Y}",
                )
            )
        else:
            lines.append(
                self.tr(
                    "There is no earlier meeting: the members of the council on "
                    "that day are listed."
                )
            )
        if meeting.date > self._today:
            lines.append(
                self.tr(
                    "The day is ahead: the meeting is planned; «Meeting held» "
                    "when it has taken place."
                )
            )
        self.summary.setText("\n".join(lines))
        standing = [f"{number}. {item.title}" for number, item in enumerate(meeting.agenda, 1)]
        if proposal.open_assignments:
            standing.append(
                fill(
                    self.tr("(open assignments with their status: %1)"),
                    len(proposal.open_assignments),
                )
            )
        self.standing.setText("\n".join(standing) if standing else self.tr("(nothing)"))
        self.standing_label.setVisible(bool(meeting.agenda))
        self.standing.setVisible(bool(meeting.agenda))
        self._fill(
            self.offered_view, [(item.title, index) for index, item in enumerate(proposal.offered)]
        )
        self._fill(self.planned_view, [(q.title, q.id) for q in proposal.planned])
        for label, view in (
            (self.offered_label, self.offered_view),
            (self.planned_label, self.planned_view),
        ):
            label.setVisible(view.count() > 0)
            view.setVisible(view.count() > 0)

    @staticmethod
    def _fill(view: QListWidget, rows: list[tuple[str, object]]) -> None:
        view.clear()
        for text, data in rows:
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, data)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            view.addItem(row)

    @staticmethod
    def _ticked(view: QListWidget) -> list[int]:
        return [
            int(view.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(view.count())
            if view.item(row).checkState() == Qt.CheckState.Checked
        ]

    def edit(self) -> Edit | None:
        """The meeting with what is ticked, as one edit to run."""
        if self.proposal is None:
            return None
        return next_meeting.create_next(
            self.proposal, self._ticked(self.offered_view), self._ticked(self.planned_view)
        )
