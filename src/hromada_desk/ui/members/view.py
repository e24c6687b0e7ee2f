"""The council's members as a table on the «Члени ради» page: sorting, column widths and
showing one member selected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hromada_desk.domain.council import Member
from hromada_desk.domain.names import PersonName
from hromada_desk.ui.members.form import NAME_COLUMN_EMS
from hromada_desk.ui.members.model import Column, MembersSortModel, format_period


class MembersView(QTableView):
    """One row per member, read-only (the form below the list edits); a click on a heading
    sorts, a third click brings the council's own order back."""

    def __init__(self, proxy: MembersSortModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.POSITION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # The council's own order until a header is clicked; a third click brings it back.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        self.setSortingEnabled(True)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 4)

    def fit_columns(self) -> None:
        """Widen the name, role and period columns to what they hold; never narrow them, so
        that a width the person chose stays."""
        metrics = self.fontMetrics()
        sample = Member(
            PersonName("", ""),
            "",
            member_from=dt.date(2000, 12, 28),
            member_to=dt.date(2000, 12, 28),
        )
        least = {
            Column.NAME: metrics.horizontalAdvance("M") * NAME_COLUMN_EMS,
            Column.ROLE: 0,
            Column.PERIOD: metrics.horizontalAdvance(format_period(sample)) + 16,
        }
        for column, minimum in least.items():
            wanted = max(
                minimum,
                self.sizeHintForColumn(column),
                self.horizontalHeader().sectionSizeHint(column),
            )
            if wanted > self.columnWidth(column):
                self.setColumnWidth(column, wanted)

    def show_member(self, member_id: int | None) -> None:
        """Select the row of a member and scroll to it; None (or a member not in the list):
        no row selected and no current row."""
        row = self.proxy.row_of(member_id) if member_id is not None else -1
        selection = self.selectionModel()
        if row >= 0:
            index = self.proxy.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
