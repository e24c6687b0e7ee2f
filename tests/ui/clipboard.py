"""Pasting as a person does: the text put on the clipboard, then Ctrl+V in a widget of an
active window (a shortcut of one widget fires only there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def press_ctrl_v(qtbot, widget: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
