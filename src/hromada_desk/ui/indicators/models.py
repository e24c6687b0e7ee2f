"""Tables of the «Показники» page: models of a year's Annex 1 indicators and existing
services, and the view that edits, copies and pastes them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hromada_desk.domain.indicators import INDICATORS, SERVICES
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.parsing import name_key, shown
from hromada_desk.domain.pasted_rows import row_shown
from hromada_desk.domain.records import MAX_POPULATION
from hromada_desk.ui.common.cells import CountInputError, parse_block, parse_count, warning_icon
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.sheet_view import SheetView

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

VALUE_COLUMN_WIDTH = 110
ROW_PADDING = 8

# The community file accepts at most this many of one service (its schema's CHECK).
MAX_SERVICE_COUNT = 100_000

# Writes {key: value or None} as one undoable edit; False when nothing was written.
Writer = Callable[[dict[str, int | None]], bool]

# An indicator's code as a spreadsheet in a Ukrainian locale may give it back: «6,1».
_CODE = re.compile(r"[0-9]+[.,][0-9]+")


def _label_key(text: str) -> str:
    """A label as a pasted row is matched by it: any case, spacing and apostrophe; a code
    with a decimal comma is the code."""
    key = name_key(text)
    return key.replace(",", ".") if _CODE.fullmatch(key) else key


def _is_count(text: str) -> bool:
    try:
        return parse_count(text) is not None
    except CountInputError:
        return False


class CountsModel(QAbstractTableModel):
    """Fixed rows (one per key) with descriptive columns and one editable count column, the
    last. The page gives it a ``writer``; refused input is reported through ``refused``."""

    refused = Signal(str)

    def __init__(
        self, keys: Sequence[str], parent: QObject | None = None, *, maximum: int = MAX_POPULATION
    ) -> None:
        super().__init__(parent)
        self._keys = tuple(keys)
        self.maximum = maximum
        self._values: dict[str, int | None] = {}
        self._notes: dict[str, str] = {}
        self.writer: Writer | None = None

    # -- what subclasses describe --------------------------------------------------------------
    def _label_columns(self) -> int:
        raise NotImplementedError

    def _label(self, row: int, column: int) -> str:
        raise NotImplementedError

    def _header(self, column: int) -> str:
        raise NotImplementedError

    def row_name(self, row: int) -> str:
        """How a message names the row («Indicator 6.2»)."""
        raise NotImplementedError

    def _naming_columns(self) -> tuple[int, ...]:
        """The label columns each of which names its row on its own."""
        raise NotImplementedError

    # -- contents ----------------------------------------------------------------------------
    @property
    def keys(self) -> tuple[str, ...]:
        return self._keys

    @property
    def value_column(self) -> int:
        return self._label_columns()

    def value(self, key: str) -> int | None:
        return self._values.get(key)

    def row_of(self, key: str) -> int:
        return self._keys.index(key)

    def key_named(self, cells: Sequence[str]) -> str | None:
        """The key of the row one of ``cells`` names (an indicator's code or wording, a
        service's name: what the table's own copy gives, in any case and spacing); None
        when they name no row."""
        named = {_label_key(text) for text in cells if text.strip()}
        for row, key in enumerate(self._keys):
            if any(_label_key(self._label(row, c)) in named for c in self._naming_columns()):
                return key
        return None

    def set_values(
        self, values: Mapping[str, int | None], notes: Mapping[str, str] | None = None
    ) -> None:
        """Show another year's values (the rows stay: no reset, an open editor survives)."""
        self._values = {k: values.get(k) for k in self._keys}
        self._notes = dict(notes or {})
        if self._keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._keys) - 1, self.value_column)
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.value_column)
        self.set_values(self._values, self._notes)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._label_columns() + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.value_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column != self.value_column:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._label(row, column)
            return None
        key = self._keys[row]
        value = self._values.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else format_number(value)
        if role == Qt.ItemDataRole.EditRole:
            # Text, so that the editor is a line edit: a spin box cannot be left empty.
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and key in self._notes:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self._notes:
                return self._notes[key]
            if value is None:
                return QCoreApplication.translate("CountsModel", "Not entered")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if value is None:
                return QCoreApplication.translate("CountsModel", "not entered")
            return str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section <= self.value_column
        ):
            return self._header(section)
        return None

    # -- edits -------------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != self.value_column
        ):
            return False
        text = "" if value is None else str(value)
        try:
            number = parse_count(text, self.maximum)
        except CountInputError as exc:
            self.refused.emit(
                QCoreApplication.translate(
                    "CountsModel", "%1: %2 Nothing was saved; the previous value is kept."
                )
                .replace("%1", self.row_name(index.row()))
                .replace("%2", exc.describe())
            )
            return False
        return self._write({self._keys[index.row()]: number})

    def set_rows(self, rows: Sequence[int], texts: Sequence[str]) -> bool:
        """Several values in one edit, all or nothing (a paste, a clearing)."""
        changes: dict[str, int | None] = {}
        for row, text in zip(rows, texts, strict=True):
            try:
                changes[self._keys[row]] = parse_count(text, self.maximum)
            except CountInputError as exc:
                self.refused.emit(
                    QCoreApplication.translate("CountsModel", "Nothing was pasted. %1: %2")
                    .replace("%1", self.row_name(row))
                    .replace("%2", exc.describe())
                )
                return False
        return self._write(changes)

    def _write(self, changes: dict[str, int | None]) -> bool:
        changes = {k: v for k, v in changes.items() if self._values.get(k) != v}
        if not changes:
            return True
        if self.writer is None or not self.writer(changes):
            return False
        self._values.update(changes)
        for key in changes:
            index = self.index(self.row_of(key), self.value_column)
            self.dataChanged.emit(index, index)
        return True

    def plain_text(self, index: _Index) -> str:
        """A cell as copied to the clipboard: numbers without grouping, for Excel."""
        if index.column() == self.value_column:
            return str(self.data(index, Qt.ItemDataRole.EditRole))
        return str(self.data(index) or "")


class IndicatorsModel(CountsModel):
    """The twelve Annex 1 indicators: code, wording (document text, not translated), value."""

    CODE, WORDING, VALUE = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([i.code for i in INDICATORS], parent)

    def _label_columns(self) -> int:
        return 2

    def _label(self, row: int, column: int) -> str:
        indicator = INDICATORS[row]
        return indicator.code if column == self.CODE else indicator.wording

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.CODE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Section %1 of Annex 1").replace(
                    "%1", str(INDICATORS[index.row()].section)
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def _header(self, column: int) -> str:
        return (self.tr("Code"), self.tr("Indicator"), self.tr("Value"))[column]

    def row_name(self, row: int) -> str:
        return self.tr("Indicator %1").replace("%1", self.keys[row])

    def _naming_columns(self) -> tuple[int, ...]:
        return (self.CODE, self.WORDING)


class ServicesModel(CountsModel):
    """The five specialised services: name and unit (document text), how many exist."""

    NAME, UNIT, COUNT = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([s.key for s in SERVICES], parent, maximum=MAX_SERVICE_COUNT)

    def _label_columns(self) -> int:
        return 2

    def _label(self, row: int, column: int) -> str:
        service = SERVICES[row]
        return service.name if column == self.NAME else service.unit

    def _header(self, column: int) -> str:
        return (self.tr("Service"), self.tr("Unit"), self.tr("Existing"))[column]

    def row_name(self, row: int) -> str:
        return "«" + SERVICES[row].name + "»"

    def _naming_columns(self) -> tuple[int, ...]:
        return (self.NAME,)  # units repeat («сімейних місць»)


class _RoomyDelegate(QStyledItemDelegate):
    """A little air above and below each row's text: long wordings stay readable."""

    def sizeHint(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class CountsTableView(SheetView):
    """A table of counts: whole rows wrapped to fit, Enter moves down as in Excel, Ctrl+C
    copies the selection as tab-separated text, Ctrl+V pastes a column of numbers or whole
    rows (each where its code, wording or name says) and Delete clears the selected values,
    each as one undoable edit."""

    refused = Signal(str)

    def __init__(self, model: CountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = model
        self.setModel(model)
        self._refused = False
        model.refused.connect(self._on_refused)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(self.editTriggers() | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(
            model.value_column, QHeaderView.ResizeMode.Fixed
        )
        self.setColumnWidth(model.value_column, VALUE_COLUMN_WIDTH)
        self.horizontalHeader().sectionResized.connect(self._fit_rows)
        # Tabbing into the table lands on the first value, not on a read-only code.
        self.selectionModel().setCurrentIndex(
            model.index(0, model.value_column), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def retranslate(self) -> None:
        self.setAccessibleDescription(
            self.tr(
                "Type a number to change a value, leave it empty if not known; Ctrl+C copies, "
                "Ctrl+V pastes a column of numbers or whole rows from Excel, Delete clears the "
                "selected values"
            )
        )
        self.copy_action.setText(self.tr("&Copy"))
        self.paste_action.setText(self.tr("&Paste"))
        self.clear_action.setText(self.tr("C&lear the selected values"))

    # -- row heights: the whole wording is always visible ---------------------------------------
    def _fit_rows(self, *_args: object) -> None:
        self.resizeRowsToContents()
        # No taller than its rows: what follows the table sits right under it.
        header = self.horizontalHeader()
        self.setMaximumHeight(
            max(header.height(), header.sizeHint().height())
            + self.verticalHeader().length()
            + 2 * self.frameWidth()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    # -- refusals --------------------------------------------------------------------------------
    def commitData(self, editor: QWidget) -> None:
        self._refused = False
        super().commitData(editor)

    def edit_refused(self) -> bool:
        return self._refused

    def _on_refused(self, message: str) -> None:
        self._refused = True
        self.refused.emit(message)

    # -- copy, paste, clear ----------------------------------------------------------------------
    def copy_text(self, index: QModelIndex) -> str:
        return self.counts.plain_text(index)

    def _target_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selected_or_current()})

    def paste_text(self, text: str) -> bool:
        """Paste a column of values into the value column from the first selected row down
        (one value fills every selected row), or whole rows (``_paste_rows``). All or
        nothing, as one edit."""
        block = parse_block(text)
        while block and not "".join(block[-1]).strip():
            block.pop()  # blank rows at the end: a copied column's trailing line breaks
        if not block:
            self.refused.emit(self.tr("Nothing was pasted: the clipboard holds no numbers."))
            return False
        if any(len(row) > 1 for row in block):
            return self._paste_rows(block)
        texts = [row[0] for row in block]
        rows = self._target_rows()
        if not rows:
            return False
        if len(texts) == 1 and len(rows) > 1:
            texts = texts * len(rows)
        else:
            room = self.counts.rowCount() - rows[0]
            if len(texts) > room:
                self.refused.emit(
                    self.tr(
                        "Nothing was pasted: %1 values do not fit, there is room for %2 "
                        "from the selected row down."
                    )
                    .replace("%1", str(len(texts)))
                    .replace("%2", str(room))
                )
                return False
            rows = list(range(rows[0], rows[0] + len(texts)))
        if not self.counts.set_rows(rows, texts):
            return False
        self._select_values(rows)
        return True

    def _paste_rows(self, block: list[list[str]]) -> bool:
        """Rows of several cells, as this table copies them or a spreadsheet holds them:
        each row's value (its last cell) goes to the row its code, wording or name names,
        whatever the order; a first row that names none and ends in no number is the
        columns' titles."""
        values: dict[int, str] = {}
        pasted_at: dict[int, int] = {}
        for number, cells in enumerate(block, 1):
            if not "".join(cells).strip():
                continue
            key = self.counts.key_named(cells[:-1])
            if key is None:
                if number == 1 and not _is_count(cells[-1]):
                    continue
                self.refused.emit(
                    fill(
                        self.tr(
                            "Nothing was pasted: row %1 of the clipboard («%2») names no row "
                            "of this table. Paste a single column of numbers, or whole rows "
                            "copied with their first columns."
                        ),
                        number,
                        shown(row_shown(cells)),
                    )
                )
                return False
            row = self.counts.row_of(key)
            if row in values:
                self.refused.emit(
                    fill(
                        self.tr("Nothing was pasted: rows %1 and %2 of the clipboard are both %3."),
                        pasted_at[row],
                        number,
                        self.counts.row_name(row),
                    )
                )
                return False
            values[row], pasted_at[row] = cells[-1], number
        if not values:
            self.refused.emit(self.tr("Nothing was pasted: the clipboard holds no numbers."))
            return False
        rows = sorted(values)
        if not self.counts.set_rows(rows, [values[row] for row in rows]):
            return False
        self._select_values(rows)
        return True

    def clear_selected(self) -> bool:
        rows = self._target_rows()
        return bool(rows) and self.counts.set_rows(rows, [""] * len(rows))

    def _select_values(self, rows: list[int]) -> None:
        column = self.counts.value_column
        selection = self.selectionModel()
        selection.clearSelection()  # rows pasted by their names may lie elsewhere
        self.setCurrentIndex(self.counts.index(rows[0], column))
        for row in rows:
            selection.select(self.counts.index(row, column), selection.SelectionFlag.Select)
