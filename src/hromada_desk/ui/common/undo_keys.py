"""Ctrl+Z in a text field: the field's own undo while it has one, else the file's undo."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The widgets that keep a history of their own typing.
TEXT_FIELDS = (QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _own_history(widget: QObject) -> tuple[bool, bool] | None:
    """(can undo, can redo) of a text field's own typing; None for other widgets."""
    if isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        widget = line if line is not None else widget
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False, False
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False, False
        document = widget.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    return None


class UndoKeys(QObject):
    """Watches the key presses of one window: a text field keeps Ctrl+Z (and Ctrl+Y,
    Ctrl+Shift+Z) for its own typing; with nothing of its own to undo, the key goes to the
    window's Undo, which takes back the last saved change. Otherwise Ctrl+Z would do
    nothing at all in a field whose change has just been saved (saving resets its history).

    It watches only the text field that has the keyboard focus in the window (the key goes
    there first), not every event of the program: a filter on the application would hand
    every paint and every mouse move to Python, in every window."""

    def __init__(self, window: QWidget, application: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        application.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the field is being deleted
                self._watched.removeEventFilter(self)
            self._watched = None
        if isinstance(now, TEXT_FIELDS) and now.window() is self._window:
            now.installEventFilter(self)
            self._watched = now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")
        )
        if not (undo or redo):
            return False
        history = _own_history(watched)
        if history is None:
            return False
        can_undo, can_redo = history
        if (undo and not can_undo) or (redo and not can_redo):
            event.ignore()
            return True  # not the field's: the window's shortcut takes it
        return False
