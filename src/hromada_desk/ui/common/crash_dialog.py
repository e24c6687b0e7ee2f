"""The dialog shown after an unexpected error: what happened, the report to copy, the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.common.i18n import fill


class CrashDialog(QDialog):
    def __init__(self, report: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "The program met an error it did not expect. Everything saved before it "
            "stays saved. The report below contains no personal data (no names, "
            "figures or file paths): please copy it and send it to whoever "
            "supports the program."
        )
        if log is not None:
            text += "\n" + fill(self.tr("The report was also written to %1."), str(log))
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420)
