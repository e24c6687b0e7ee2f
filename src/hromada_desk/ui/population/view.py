"""The population grid's view: Excel's keys, pasting blocks of figures and of named rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from hromada_desk.domain.pasted_rows import PastePlan
from hromada_desk.ui.common.cells import CellError, KindDelegate, parse_block
from hromada_desk.ui.common.sheet_view import SheetView
from hromada_desk.ui.population.cells import PastePreview, what_to_paste
from hromada_desk.ui.population.paste_preview import PastePreviewDialog
from hromada_desk.ui.population.table_model import NUMBER_COLUMNS, Column, PopulationTableModel


class PopulationView(SheetView):
    """The grid, with Excel's keys: typing replaces a cell, Enter saves and goes down,
    Ctrl+C / Ctrl+V copy and paste blocks, Delete clears the selected figures.

    A pasted block never renames or re-types a settlement: rows with names go to the
    settlements of those names, figures alone go where they land, and a block of more than
    one row is shown in a preview before it is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setItemDelegateForColumn(Column.KIND, KindDelegate(self))
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.paste_dialog: PastePreviewDialog | None = None  # the last paste's preview
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_action.setText(self.tr("&Copy"))
        self.paste_action.setText(self.tr("&Paste"))
        self.clear_action.setText(self.tr("C&lear figures"))

    def population_model(self) -> PopulationTableModel:
        model = self.model()
        assert isinstance(model, PopulationTableModel)
        return model

    def edit_refused(self) -> bool:
        return not self.population_model().last_write_ok

    def copy_text(self, index: QModelIndex) -> str:
        # A name as the grid shows it («с. Коржиха»; pasting it back drops the «с.»).
        return self.population_model().text(
            index.row(), index.column(), edit=index.column() != Column.NAME
        )

    # -- paste, clear -----------------------------------------------------------------------
    def _top_left(self) -> QModelIndex:
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return self.currentIndex()
        row = min(i.row() for i in indexes)
        column = min(i.column() for i in indexes)
        return self.population_model().index(row, column)

    def paste_text(self, text: str) -> bool:
        model = self.population_model()
        block = parse_block(text)
        if block == [[""]]:
            model.message.emit(self.tr("The clipboard holds no text to paste."), "error")
            return False
        selected = self.selectionModel().selectedIndexes()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            return self._spread(block[0][0], selected)
        start = self._top_left()
        if not start.isValid() or model.is_total_row(start.row()):
            model.message.emit(
                self.tr("Choose a settlement's cell to paste into: the Total row is calculated."),
                "error",
            )
            return False
        plan = model.edits.plan_paste(block, start.column())
        if plan.named:
            return self._paste_named(plan)
        return self._paste_in_place(plan, start)

    def _spread(self, value: str, selected: list[QModelIndex]) -> bool:
        """One value over a selection fills every selected figure, as in Excel (names and
        kinds are not pasted over)."""
        model = self.population_model()
        spread: list[tuple[int, int, object]] = [
            (i.row(), i.column(), value)
            for i in selected
            if i.column() in NUMBER_COLUMNS and not model.is_total_row(i.row())
        ]
        if not spread:
            model.message.emit(self._no_retyping(), "error")
            return False
        many = len({row for row, _c, _v in spread}) > 1
        return model.write_cells(
            spread, self.tr("Paste %n cells", None, len(spread)), before="paste" if many else None
        )

    def _paste_in_place(self, plan: PastePlan, start: QModelIndex) -> bool:
        """Figures without names, written from the top-left cell as Excel pastes them."""
        model = self.population_model()
        cells: list[tuple[int, int, object]] = []
        extra_rows = extra_columns = 0
        for r, (_line, line) in enumerate(plan.rows):
            row = start.row() + r
            if row >= model.settlement_count:
                extra_rows += 1
                continue
            for c, cell in enumerate(line):
                column = start.column() + c
                if column >= len(Column):
                    extra_columns = max(extra_columns, c - (len(Column) - start.column()) + 1)
                    continue
                if column not in NUMBER_COLUMNS:
                    model.message.emit(self._no_retyping(), "error")
                    return False
                cells.append((row, column, cell))
        if not cells:
            return False
        last = max(r for r, _c, _t in cells)
        right = max(c for _r, c, _t in cells)
        block = QItemSelection(model.index(start.row(), start.column()), model.index(last, right))
        if last == start.row() and not plan.skipped:  # one row: written at once, as typed
            if not model.write_cells(cells, self.tr("Paste %n cells", None, len(cells))):
                return False
            self._pasted(block, extra_rows, extra_columns)
            return True
        try:
            preview = model.edits.preview_cells(cells, plan.skipped, extra_rows, extra_columns)
        except CellError as exc:
            model.message.emit(str(exc), "error")
            return False
        if not preview.changes:
            model.message.emit(
                self.tr("Nothing to change: the grid already holds these figures."), "info"
            )
            return False
        self._show_preview(preview, block)
        return True

    def _paste_named(self, plan: PastePlan) -> bool:
        """Rows with names, each written to the settlement of its name."""
        model = self.population_model()
        preview = model.edits.preview_named(plan)
        if preview.changes or preview.additions:
            self._show_preview(preview, None)
            return True
        if preview.refusals:
            model.message.emit(" ".join([*preview.refusals[:2], what_to_paste()]), "error")
        elif not plan.fields:
            model.message.emit(self._no_retyping(), "error")
        else:
            model.message.emit(
                self.tr("Nothing to change: the grid already holds these figures."), "info"
            )
        return False

    def _no_retyping(self) -> str:
        return " ".join(
            [
                self.tr(
                    "Pasting does not change a settlement's name or kind: type it into the cell, "
                    "or "
                    "use «Edit settlement…»."
                ),
                what_to_paste(),
            ]
        )

    def _show_preview(self, preview: PastePreview, block: QItemSelection | None) -> None:
        if self.paste_dialog is not None:
            self.paste_dialog.deleteLater()
        dialog = PastePreviewDialog(preview, self)
        self.paste_dialog = dialog
        dialog.accepted.connect(lambda: self._write_preview(dialog, block))
        dialog.open()

    def _write_preview(self, dialog: PastePreviewDialog, block: QItemSelection | None) -> None:
        model = self.population_model()
        preview = dialog.preview
        new = dialog.chosen()
        if not model.write_paste(preview, new):
            return
        if block is not None:
            self._pasted(block, preview.extra_rows, preview.extra_columns)
            return
        notes = [
            self.tr(
                "Figures pasted by name into %n settlement(s).", None, len(preview.edit.population)
            )
        ]
        if new:
            notes.append(self.tr("%n settlement(s) added.", None, len(new)))
        model.message.emit(" ".join(notes), "info")

    def _pasted(self, block: QItemSelection, extra_rows: int, extra_columns: int) -> None:
        self.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        notes = []
        if extra_rows:
            notes.append(
                self.tr(
                    "%n pasted row(s) below the last settlement were ignored.", None, extra_rows
                )
            )
        if extra_columns:
            notes.append(
                self.tr("%n pasted column(s) beyond Children were ignored.", None, extra_columns)
            )
        if notes:
            self.population_model().message.emit(" ".join(notes), "info")

    def clear_selected(self) -> bool:
        model = self.population_model()
        cells: list[tuple[int, int, object]] = [
            (i.row(), i.column(), "")
            for i in self.selectionModel().selectedIndexes()
            if i.column() in NUMBER_COLUMNS and not model.is_total_row(i.row())
        ]
        if not cells:
            return False
        return model.write_cells(cells, self.tr("Clear %n cells", None, len(cells)))
