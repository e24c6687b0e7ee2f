"""A line of text with an icon for a page's errors, warnings and notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStyle, QWidget

if TYPE_CHECKING:
    from hromada_desk.ui.common.documents import DocumentButtons


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
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.kind = ""
        self.documents: DocumentButtons | None = None  # made for the first document saved
        self.hide()

    def show_document(self, text: str, path: Path, kind: str = "info") -> None:
        """Say that a document was saved (``kind`` «warning» when something is to be said
        with it), with buttons to open it, show its folder and print it."""
        self.show_message(text, kind)
        if self.documents is None:
            from hromada_desk.ui.common.documents import DocumentButtons

            self.documents = DocumentButtons()
            self._layout.addWidget(self.documents, 0, Qt.AlignmentFlag.AlignTop)
        self.documents.offer(path)

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
        if self.documents is not None:
            self.documents.offer(None)
        self.show()

    def clear(self) -> None:
        if self.documents is not None:
            self.documents.offer(None)
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
