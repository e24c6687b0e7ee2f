"""The state of the council's assignments as a table: the document a chair asks for at «Про
виконання попередніх доручень» (PDF and XLSX)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hromada_desk.domain.assignments import GivenAssignment

TITLE = "СТАН ВИКОНАННЯ ДОРУЧЕНЬ"
OVERDUE = "прострочено"


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    number: int  # in the table, from 1
    meeting_id: int
    meeting: str  # «№1 від 30.06.2023»
    meeting_day: dt.date
    item_number: int
    item_title: str
    text: str
    responsible: str
    deadline: str  # as the decision words it; empty: none given
    due: dt.date | None  # when it falls due as of the report's day
    overdue: bool
    status: str  # «виконується», «стан не зазначено»
    status_day: dt.date | None
    note: str
    is_open: bool


@dataclass(frozen=True, slots=True)
class AssignmentsReport:
    council_name: str  # «Ланнівська сільська рада»
    council_name_genitive: str
    as_of: dt.date
    open_only: bool
    rows: tuple[AssignmentRow, ...]

    @property
    def subtitle(self) -> str:
        council = f" {self.council_name_genitive}" if self.council_name_genitive else ""
        control = ", що перебувають на контролі," if self.open_only else ""
        return f"доручень координаційної ради{council}{control} станом на {self.as_of:%d.%m.%Y}"

    def meetings(self) -> list[tuple[str, list[AssignmentRow]]]:
        """The rows by meeting, in the table's order: («Засідання №1 від 30.06.2023», rows)."""
        groups: list[tuple[str, list[AssignmentRow]]] = []
        for row in self.rows:
            if not groups or groups[-1][1][0].meeting_id != row.meeting_id:
                groups.append((f"Засідання {row.meeting}", []))
            groups[-1][1].append(row)
        return groups

    def texts(self) -> Iterable[str]:
        """Every text the document prints (a PDF font must cover them)."""
        yield from (TITLE, self.subtitle, self.council_name, OVERDUE)
        for title, rows in self.meetings():
            yield title
            for row in rows:
                yield from (
                    row.item_title,
                    row.text,
                    row.responsible,
                    row.deadline,
                    row.status,
                    row.note,
                )


def report_rows(
    given: Sequence[GivenAssignment], today: dt.date, *, open_only: bool
) -> tuple[AssignmentRow, ...]:
    """The table's rows, oldest meeting first (``given`` is in that order)."""
    chosen = [g for g in given if g.assignment.is_open or not open_only]
    rows = []
    for number, entry in enumerate(chosen, 1):
        assignment, mark = entry.assignment, entry.assignment.mark
        rows.append(
            AssignmentRow(
                number=number,
                meeting_id=entry.meeting_id,
                meeting=entry.meeting_label,
                meeting_day=entry.meeting_day,
                item_number=entry.item_number,
                item_title=entry.item_title,
                text=assignment.text,
                responsible=entry.responsible,
                deadline=assignment.deadline.label,
                due=entry.due(today),
                overdue=entry.is_overdue(today),
                status=assignment.status_label,
                status_day=mark.day if mark else None,
                note=mark.note if mark else "",
                is_open=assignment.is_open,
            )
        )
    return tuple(rows)
