"""A line of text with an icon for a page's errors, warnings and notes."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStyle, QWidget


def paint_as_error(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
    label.setPalette(palette)


class MessageLine(QWidget):
    """An icon and a wrapped line of text; hidden while there is nothing to say."""

    ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """``kind``: «info», «warning» or «error» (the icon); empty text hides the line."""
        if not text:
            self.clear()
            return
        size = self.text.fontMetrics().height()
        icon = QApplication.style().standardIcon(self.ICONS[kind])
        self.icon.setPixmap(icon.pixmap(size, size))
        self.text.setText(text)
        self.kind = kind
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.kind = ""
        self.hide()

    def message(self) -> str:
        return self.text.text()


class NoteLabel(QLabel):
    """The line under a form or a grid: what happened, or (in the error colour) why something
    was refused; selectable, so that it can be copied; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.is_error = False
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """``kind`` «error» paints the line in the error colour; empty text hides it."""
        is_error = kind == "error"
        self.setText(text)
        self.setVisible(bool(text))
        if is_error != self.is_error:
            self.is_error = is_error
            if is_error:
                paint_as_error(self)
            else:
                self.setPalette(QPalette())
