"""The population grid's view: Excel's keys, pasting blocks of figures and names."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from hromada_desk.ui.cells import KindDelegate, parse_block
from hromada_desk.ui.population_table import NUMBER_COLUMNS, Column, PopulationTableModel
from hromada_desk.ui.sheet_view import SheetView


class PopulationView(SheetView):
    """The grid, with Excel's keys: typing replaces a cell, Enter saves and goes down,
    Ctrl+C / Ctrl+V copy and paste blocks, Delete clears the selected figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setItemDelegateForColumn(Column.KIND, KindDelegate(self))
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
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
        return self.population_model().text(index.row(), index.column(),
                                            edit=index.column() != Column.NAME)

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
            model.message.emit(self.tr("The clipboard holds no text to paste."), True)
            return False
        selected = self.selectionModel().selectedIndexes()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            # One value over a selection fills every selected cell, as in Excel.
            spread: list[tuple[int, int, object]] = [
                (i.row(), i.column(), block[0][0]) for i in selected
                if not model.is_total_row(i.row())]
            return model.write_cells(spread, self.tr("Paste %n cells", None, len(spread)))
        start = self._top_left()
        if not start.isValid() or model.is_total_row(start.row()):
            model.message.emit(self.tr(
                "Choose a settlement's cell to paste into: the Total row is calculated."), True)
            return False
        cells: list[tuple[int, int, object]] = []
        extra_rows = extra_columns = 0
        for r, line in enumerate(block):
            row = start.row() + r
            if row >= model.settlement_count:
                extra_rows += 1
                continue
            for c, cell in enumerate(line):
                column = start.column() + c
                if column >= len(Column):
                    extra_columns = max(extra_columns, c - (len(Column) - start.column()) + 1)
                    continue
                cells.append((row, column, cell))
        if not cells:
            return False
        if not model.write_cells(cells, self.tr("Paste %n cells", None, len(cells))):
            return False
        last = max(r for r, _c, _t in cells)
        right = max(c for _r, c, _t in cells)
        self.selectionModel().select(
            QItemSelection(model.index(start.row(), start.column()), model.index(last, right)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        notes = []
        if extra_rows:
            notes.append(self.tr("%n pasted row(s) below the last settlement were ignored.",
                                 None, extra_rows))
        if extra_columns:
            notes.append(self.tr("%n pasted column(s) beyond Children were ignored.",
                                 None, extra_columns))
        if notes:
            model.message.emit(" ".join(notes), False)
        return True

    def clear_selected(self) -> bool:
        model = self.population_model()
        cells: list[tuple[int, int, object]] = [
            (i.row(), i.column(), "") for i in self.selectionModel().selectedIndexes()
            if i.column() in NUMBER_COLUMNS and not model.is_total_row(i.row())]
        if not cells:
            return False
        return model.write_cells(cells, self.tr("Clear %n cells", None, len(cells)))
