"""A table edited like a spreadsheet: the keys, copying and moving on that the grids share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from hromada_desk.ui.common.cells import format_block


class SheetView(QTableView):
    """Typing replaces a cell and Enter saves it and moves down, as in Excel; Ctrl+C copies
    the selection as tab-separated text, Ctrl+V pastes and Delete clears. While the table has
    the focus these keys are its own, whatever window shortcut has them too.

    Subclasses name the actions (``copy_action``, ``paste_action``, ``clear_action``) in their
    own retranslate, and say what a cell copies as (``copy_text``), what pasting and clearing
    write (``paste_text``, ``clear_selected``) and whether the edit just made was refused
    (``edit_refused``: then Enter keeps the cell current)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table (arrows move inside it): keyboard users reach the next field.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self._keys: dict[QAction, QKeySequence.StandardKey] = {}
        self.copy_action = self._action(QKeySequence.StandardKey.Copy, self.copy_selection)
        self.paste_action = self._action(QKeySequence.StandardKey.Paste, self.paste)
        self.clear_action = self._action(QKeySequence.StandardKey.Delete, self.clear_selected)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _action(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self._keys[action] = key
        return action

    # -- what subclasses say -----------------------------------------------------------------
    def copy_text(self, index: QModelIndex) -> str:
        """A cell as copied: numbers plain (1762), as a spreadsheet reads them."""
        raise NotImplementedError

    def paste_text(self, text: str) -> bool:
        """Write tab-separated text at the selection as one edit; False when nothing was."""
        raise NotImplementedError

    def clear_selected(self) -> bool:
        """Empty the selected values as one edit; False when nothing was cleared."""
        raise NotImplementedError

    def edit_refused(self) -> bool:
        return False

    # -- keys --------------------------------------------------------------------------------
    def _own_key(self, event: QKeyEvent) -> QAction | None:
        if self.state() == QAbstractItemView.State.EditingState:
            return None  # the editor's own Ctrl+C, Ctrl+V and Delete
        for action, key in self._keys.items():
            if action.isEnabled() and event.matches(key):
                return action
        return None

    def event(self, event: QEvent) -> bool:
        # Our keys win over a window-wide shortcut while the table has the focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._own_key(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._own_key(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moving = (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.edit_refused()
        )
        super().closeEditor(editor, hint)
        # Enter after typing moves to the cell below if it can be edited; a refused value
        # keeps its cell current, to be corrected.
        if moving:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid() and below.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(below)

    # -- copy, paste -------------------------------------------------------------------------
    def selected_or_current(self) -> list[QModelIndex]:
        """The selected cells, or the current one when none is selected."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return indexes

    def selection_as_text(self) -> str:
        return format_block(
            {(i.row(), i.column()): self.copy_text(i) for i in self.selected_or_current()}
        )

    def copy_selection(self) -> None:
        text = self.selection_as_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self) -> bool:
        return self.paste_text(QGuiApplication.clipboard().text())
