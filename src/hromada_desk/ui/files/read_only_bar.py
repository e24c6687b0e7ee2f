"""The bar above the pages of a file opened read-only: why nothing can be saved, and the way
out — a copy that can be edited, opened at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hromada_desk.ui.session import Session


class ReadOnlyBar(QFrame):
    """Shown while the open file is read-only (a locked stick, a CD, a folder without write
    permission, a file another window holds); hidden otherwise."""

    def __init__(
        self, session: Session, edit_a_copy: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("read_only_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#read_only_bar { background: #fff4ce; border: 1px solid #e0c060; "
            "border-radius: 3px; } #read_only_bar QLabel { color: #3b2f00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(lambda: edit_a_copy())
        layout.addWidget(self.copy_button)
        session.file_changed.connect(self._file_changed)
        self.retranslate()
        self._file_changed()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "This file is open read-only: changes to it cannot be saved. To work on it, save "
                "a copy where you can write, and edit the copy."
            )
        )
        # no Alt+letter in English: every letter of it is taken on some page
        self.copy_button.setText(self.tr("Save a copy and edit it…"))

    def _file_changed(self) -> None:
        cf = self._session.cf
        self.setVisible(cf is not None and cf.readonly)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
