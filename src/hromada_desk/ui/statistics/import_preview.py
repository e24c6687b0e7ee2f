"""What importing a filled-in template would change (old → new) and what looks wrong in it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.services.statistics_import import Change, ImportPlan
from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.common.preview_parts import add_buttons, preview_table
from hromada_desk.ui.common.rows_model import RowsTableModel

_POPULATION = "Населення, "
_INDICATOR = "Показник "
_WORDING = {indicator.code: indicator.wording for indicator in INDICATORS}

Index = QModelIndex | QPersistentModelIndex


def describe(change: Change) -> tuple[str, str]:
    """(sheet, settlement or indicator) of a change, as the template names them."""
    if change.what.startswith(_POPULATION):
        return "Населення", change.what[len(_POPULATION) :]
    if change.what.startswith(_INDICATOR):
        code = change.what[len(_INDICATOR) :]
        wording = _WORDING.get(code)
        return "Показники", f"{code} — {wording}" if wording else code
    return "", change.what


class ChangesModel(RowsTableModel):
    """One row per change: sheet, settlement or indicator, old value, new value."""

    SHEET, ITEM, OLD, NEW = range(4)

    def __init__(self, changes: tuple[Change, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._described = [describe(change) for change in changes]

    def rows(self) -> list[object]:
        return list(self._changes)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Sheet"),
            self.tr("Settlement or indicator"),
            self.tr("Now"),
            self.tr("Will be"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column in (self.SHEET, self.ITEM):
                return self._described[index.row()][column]
            if column == self.OLD:
                if change.old is None:
                    return self.tr("not entered")
                return str(change.old)
            if change.formula:  # the result the spreadsheet stored, not a typed number
                return fill(self.tr("%1 (from a formula)"), change.new)
            return str(change.new)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OLD, self.NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """Lists the changes of an import plan; «Import» accepts, «Cancel» rejects."""

    def __init__(self, plan: ImportPlan, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import a filled template"))
        layout = QVBoxLayout(self)
        count = len(plan.changes)
        self.summary = QLabel(
            fill(
                self.tr(
                    "%n change(s) for %1 from «%2». Empty cells of the template leave the "
                    "figures as they are.",
                    None,
                    count,
                ),
                plan.year,
                source,
            )
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # the plausibility warnings (a total below its parts, a jump of over 30 % against
        # the year before): shown before anything is written, never blocking the import
        self.warning_title = MessageLine()
        layout.addWidget(self.warning_title)
        self.warning_list = QListWidget()
        self.warning_list.setAccessibleName(self.tr("Warnings"))
        layout.addWidget(self.warning_list)
        self._show_warnings(plan)
        self.model = ChangesModel(plan.changes, self)
        self.table = preview_table(self.model, self.tr("Changes"), ChangesModel.ITEM)
        layout.addWidget(self.table, 1)
        self.import_button, self.cancel_button = add_buttons(
            self, layout, self.tr("Import"), self.tr("Cancel")
        )
        fit_to_screen(self, 760, 460)

    def _show_warnings(self, plan: ImportPlan) -> None:
        if not plan.warnings:
            self.warning_list.hide()
            return
        self.warning_title.show_message(
            self.tr(
                "%n figure(s) look unlikely; check them before importing:", None, len(plan.warnings)
            ),
            "warning",
        )
        self.warning_list.addItems(
            [f"{f.subject}: {f.message}" if f.subject else f.message for f in plan.warnings]
        )
        shown = min(len(plan.warnings), 5)  # a long list scrolls: the changes come first
        self.warning_list.setMaximumHeight(
            self.warning_list.sizeHintForRow(0) * shown + 2 * self.warning_list.frameWidth()
        )
