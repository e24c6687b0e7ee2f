"""F1: a short help page in Ukrainian on how the Methodology's calculation works."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hromada_desk.resources import resource
from hromada_desk.ui.common.geometry import fit_to_screen

HELP_PAGE = ("help", "needs_uk.html")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help: the needs calculation"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(resource(*HELP_PAGE).read_text(encoding="utf-8"))
        self.browser.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 600)
