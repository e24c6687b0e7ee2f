"""A length limit for plain-text boxes, which (unlike QLineEdit) have no ``setMaxLength``."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

from hromada_desk.ui.common.i18n import fill


class PlainTextLimit(QObject):
    """Keeps a plain-text box within ``maximum`` characters, as the file would refuse more.

    Text typed or pasted past the limit is cut off where it was inserted (what was there
    before stays whole), the program beeps and a tooltip says what the limit is, so nothing
    is lost without a word. ``maximum`` counts characters as the schema's ``length()`` does.
    """

    def __init__(self, edit: QPlainTextEdit, maximum: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.maximum = maximum
        self.truncated = 0  # how many times text was cut off (for tests and curiosity)
        edit.textChanged.connect(self._enforce)

    def _enforce(self) -> None:
        text = self.edit.toPlainText()
        excess = len(text) - self.maximum
        if excess <= 0:
            return
        cursor = self.edit.textCursor()
        end = min(cursor.position(), len(text))
        start = max(0, end - excess)
        kept = text[:start] + text[end:]
        if len(kept) > self.maximum:  # the cursor was not after the new text: cut the end
            kept = kept[: self.maximum]
        self.truncated += 1
        self.edit.blockSignals(True)
        try:
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(kept)
            cursor.endEditBlock()
            cursor.setPosition(min(start, len(kept)))
            self.edit.setTextCursor(cursor)
        finally:
            self.edit.blockSignals(False)
        self.edit.textChanged.emit()  # the form's own handlers see the final text once
        QApplication.beep()
        if self.edit.isVisible():  # text set by the program into a hidden form: no tooltip
            QToolTip.showText(
                self.edit.mapToGlobal(self.edit.cursorRect().bottomRight()),
                self.message(),
                self.edit,
            )

    def message(self) -> str:
        return fill(
            self.tr("At most %1 characters fit here; the rest was not added."), self.maximum
        )


def limit_plain_text(edit: QPlainTextEdit, maximum: int) -> PlainTextLimit:
    """Limit ``edit`` to ``maximum`` characters (the limit lives as long as the box)."""
    return PlainTextLimit(edit, maximum)
