"""What pasting a block into the population grid will write, to paste or cancel."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.pasted_rows import Skip
from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.ui.common.cells import fill_kind_combo, kind_label
from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.preview_parts import NotesArea, add_buttons, preview_table
from hromada_desk.ui.common.rows_model import RowsTableModel
from hromada_desk.ui.population.cells import (
    FIELDS,
    Addition,
    FigureChange,
    PastePreview,
    column_title,
    what_to_paste,
)

Index = QModelIndex | QPersistentModelIndex
_TITLES = {field: column for column, field in FIELDS.items()}
# Room for the notes under the lists before they scroll: about six lines.
NOTES_HEIGHT = 110
MIN_CHANGE_ROWS = 5


def _number(value: int | None) -> str:
    return "" if value is None else format_number(value)


class PasteChangesModel(RowsTableModel):
    """One row per changed figure: settlement, figure, now, will be."""

    SETTLEMENT, FIGURE, OLD, NEW = range(4)

    def __init__(self, changes: tuple[FigureChange, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes

    def rows(self) -> list[object]:
        return list(self._changes)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Settlement"), self.tr("Figure"), self.tr("Now"), self.tr("Will be"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SETTLEMENT:
                if change.settlement.archived:  # the grid may not show it
                    return fill(self.tr("%1 (archived)"), change.settlement.display_name)
                return change.settlement.display_name
            if column == self.FIGURE:
                return column_title(_TITLES[change.field])
            value = change.old if column == self.OLD else change.new
            return self.tr("empty") if value is None else _number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OLD, self.NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PastePreviewDialog(QDialog):
    """Lists what a paste changes, the settlements it would add (each to tick, with its kind)
    and the rows it leaves out; «Paste» writes it as one undo step, «Cancel» nothing."""

    def __init__(self, preview: PastePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(fill(self.tr("Paste into %1"), preview.year))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.changes_model = PasteChangesModel(preview.changes, self)
        self.changes_table = preview_table(
            self.changes_model, self.tr("Changes"), PasteChangesModel.SETTLEMENT
        )
        header = self.changes_table.horizontalHeader()
        # Room for «10 000 000» in both number columns, so that they do not jump about.
        number_width = self.fontMetrics().horizontalAdvance("10 000 000") + 24
        for column in (PasteChangesModel.OLD, PasteChangesModel.NEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, number_width)
        # A few changes stay in sight however many settlements are offered below.
        shown_rows = min(len(preview.changes), MIN_CHANGE_ROWS)
        self.changes_table.setMinimumHeight(
            self.changes_table.horizontalHeader().sizeHint().height()
            + shown_rows * self.changes_table.verticalHeader().defaultSectionSize()
            + 2 * self.changes_table.frameWidth()
        )
        self.changes_table.setVisible(bool(preview.changes))
        layout.addWidget(self.changes_table, 3)

        self.additions: list[tuple[QCheckBox, QComboBox]] = []
        self.additions_box = QGroupBox(self.tr("Rows that match no settlement: add them?"))
        self.additions_box.setVisible(bool(preview.additions))
        self._build_additions()
        layout.addWidget(self.additions_box, 2)

        self.notes = NotesArea(self._refusals(), self._skipped())
        self.refusals_label, self.skipped_label = self.notes.refusals_label, self.notes.notes_label
        layout.addWidget(self.notes)

        self.paste_button, self.cancel_button = add_buttons(
            self, layout, self.tr("Paste"), self.tr("Cancel")
        )
        fit_to_screen(self, 820, 520)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The notes keep their lines (scrolling past NOTES_HEIGHT) and leave the rest of the
        # height to the lists above.
        self.notes.fit_height(NOTES_HEIGHT)

    # -- texts ------------------------------------------------------------------------------
    def _summary(self) -> str:
        preview = self.preview
        count = len(preview.changes)
        if preview.named:
            text = fill(
                self.tr(
                    "Each row goes to the settlement of its name, whatever its place in the grid; "
                    "no settlement is renamed. %n figure(s) of %1 will change.",
                    None,
                    count,
                ),
                preview.year,
            )
        else:
            text = fill(
                self.tr("%n figure(s) of %1 will change where they were pasted.", None, count),
                preview.year,
            )
        return text

    def _refusals(self) -> list[str]:
        if not self.preview.refusals:
            return []
        return [self.tr("Not pasted:"), *self.preview.refusals, what_to_paste()]

    def _skipped(self) -> list[str]:
        preview = self.preview
        lines = []
        for skipped in preview.skipped:
            if skipped.reason is Skip.HEADER:
                template = self.tr("Row %1 is a header, skipped: %2")
            else:
                template = self.tr("Row %1 is a total, skipped: %2")
            lines.append(fill(template, skipped.line, skipped.text))
        if preview.extra_rows:
            lines.append(
                self.tr(
                    "%n pasted row(s) below the last settlement are left out.",
                    None,
                    preview.extra_rows,
                )
            )
        if preview.extra_columns:
            lines.append(
                self.tr(
                    "%n pasted column(s) beyond Children are left out.", None, preview.extra_columns
                )
            )
        return lines

    # -- settlements to add -----------------------------------------------------------------
    def _build_additions(self) -> None:
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(
            2 * grid.horizontalSpacing() if grid.horizontalSpacing() > 0 else 12
        )
        grid.setColumnStretch(3, 1)
        titles = (
            self.tr("Settlement"),
            self.tr("Kind"),
            self.tr("Total / men / women / children"),
            "",
        )
        for column, title in enumerate(titles):
            grid.addWidget(QLabel(title), 0, column)
        for row, addition in enumerate(self.preview.additions, start=1):
            box = QCheckBox(addition.name)
            box.setChecked(addition.like is None)  # a near miss is likely a misspelling
            combo = QComboBox()
            fill_kind_combo(combo)
            combo.setCurrentIndex(combo.findData((addition.kind or SettlementKind.VILLAGE).value))
            combo.setAccessibleName(fill(self.tr("Kind of %1"), addition.name))
            box.toggled.connect(combo.setEnabled)
            combo.setEnabled(box.isChecked())
            grid.addWidget(box, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(QLabel(self._figures(addition.figures)), row, 2)
            grid.addWidget(QLabel(self._note(addition)), row, 3)
            self.additions.append((box, combo))
        grid.setRowStretch(len(self.preview.additions) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        hint = QLabel(
            self.tr(
                "To rename a settlement instead, type the new name into its "
                "name cell or use «Edit settlement…»."
            )
        )
        hint.setWordWrap(True)
        box_layout = QVBoxLayout(self.additions_box)
        box_layout.addWidget(scroll, 1)
        box_layout.addWidget(hint)

    def _figures(self, figures: Population | None) -> str:
        if figures is None:
            return self.tr("no figures")
        return " / ".join(_number(v) or "—" for v in (figures.total, *figures.breakdown))

    def _note(self, addition: Addition) -> str:
        like = addition.like
        if like is None:
            return fill(self.tr("row %1"), addition.line)
        if like.name.casefold() == addition.name.casefold():
            return fill(
                self.tr("row %1; the list has %2, a %3"),
                addition.line,
                like.display_name,
                kind_label(like.kind),
            )
        return fill(self.tr("row %1; did you mean %2?"), addition.line, like.display_name)

    def chosen(self) -> list[tuple[Settlement, Population | None]]:
        """The ticked settlements to add, each of the kind chosen, with its figures."""
        return [
            (Settlement(addition.name, SettlementKind(combo.currentData())), addition.figures)
            for addition, (box, combo) in zip(self.preview.additions, self.additions, strict=True)
            if box.isChecked()
        ]
