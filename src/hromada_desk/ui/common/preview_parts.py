"""Parts every preview of a paste or an import shares: the notes under its list (what is
refused, in dark red, and what is left out) and its «do it» and «Cancel» buttons."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.common.message_line import paint_as_error


class NotesArea(QScrollArea):
    """Two blocks of lines, refusals above the other notes, each shown only when it has text;
    ``fit_height`` keeps all of them in sight up to a height and scrolls past it."""

    def __init__(self, refusals: list[str], notes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.refusals_label = QLabel("\n".join(refusals))
        paint_as_error(self.refusals_label)
        self.notes_label = QLabel("\n".join(notes))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.refusals_label, self.notes_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setVisible(bool(label.text()))
            layout.addWidget(label)
        layout.addStretch(1)
        self._content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVisible(bool(self.refusals_label.text() or self.notes_label.text()))

    def fit_height(self, limit: int) -> None:
        """As tall as the lines need at the width they have now, at most ``limit`` pixels
        (wrapped lines are known only for a width: call it from the dialog's resizeEvent)."""
        width = self.viewport().width() or self.width()
        needed = self._content.heightForWidth(width)
        self.setFixedHeight(min(max(needed, 0), limit))


def add_buttons(
    dialog: QDialog, layout: QVBoxLayout, accept_text: str, cancel_text: str
) -> tuple[QPushButton, QPushButton]:
    """The dialog's accepting button (the default, so Enter accepts) and «Cancel», at the
    bottom of ``layout``; the texts come translated in the dialog's own context."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    cancel.setDefault(False)
    accept.setDefault(True)
    return accept, cancel


def preview_table(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    """A read-only list of what the preview will do: whole rows selected, no editing, one line
    a row, columns as wide as their texts but ``stretch``, which takes the rest of the width.
    Tab leaves it (its rows are read, not typed into)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def paste_shortcut(widget: QWidget) -> QAction:
    """Ctrl+V (the platform's Paste) on ``widget`` alone — a list that pastes a whole list from
    the clipboard, while Ctrl+V in the fields beside it pastes into them; also in the widget's
    context menu when it shows its actions."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    widget.addAction(action)
    return action


# Room for the notes under a preview's list before they scroll: about six lines.
NOTES_HEIGHT = 110


class ListPreview(QDialog):
    """A pasted list's preview: a summary, what the list gives (``model``), the notes (what
    is refused, what is left out), a hint, and «do it» / «Cancel». With nothing to give, the
    notes take the height. A subclass calls ``build`` with its texts, translated in its own
    context."""

    def build(
        self,
        *,
        model: QAbstractItemModel,
        name: str,
        stretch: int,
        rows: int,
        refusals: list[str],
        notes: list[str],
        accept: str,
        cancel: str,
        hint: str = "",
        size: tuple[int, int] = (860, 480),
    ) -> None:
        self._rows = rows
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = preview_table(model, name, stretch)
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table, 1)
        self.notes = NotesArea(refusals, notes)
        self.refusals_label, self.notes_label = self.notes.refusals_label, self.notes.notes_label
        layout.addWidget(self.notes, 0 if rows else 1)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setVisible(bool(rows))
            layout.addWidget(label)
        self.accept_button, self.cancel_button = add_buttons(self, layout, accept, cancel)
        self.accept_button.setEnabled(bool(rows))
        fit_to_screen(self, *size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_rows", 0):
            self.notes.fit_height(NOTES_HEIGHT)
