"""The year selector shared by the pages that show one year's figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR, proposed_year
from hromada_desk.ui.session import Session


class YearSelector(QWidget):
    """«Рік: [2023 ▾] [Новий рік…]» bound to the session's selected year."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, allow_new: bool = True
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.combo = QComboBox()
        self.label.setBuddy(self.combo)
        self.new_button = QPushButton()
        self.new_button.setVisible(allow_new)
        self._shown: tuple[list[int], int | None, bool] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.new_button)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.ask_new_year)
        session.year_changed.connect(lambda _y: self.reload())
        session.data_changed.connect(lambda _w: self.reload())
        session.file_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Year:"))
        self.new_button.setText(self.tr("New year…"))
        self.combo.setAccessibleName(self.tr("Year"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        years = self.session.years()
        shown = (years, self.session.year, self.session.is_open)
        if shown == self._shown:  # most edits change no year: nothing to redo
            return
        self._shown = shown
        self.combo.blockSignals(True)
        self.combo.clear()
        for year in years:
            self.combo.addItem(str(year), year)
        if self.session.year is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(self.session.year)))
        self.combo.blockSignals(False)
        self.setEnabled(self.session.is_open)

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.session.set_year(int(self.combo.itemData(index)))

    def ask_new_year(self) -> None:
        proposal = proposed_year(self.session.figure_years(), dt.date.today().year)
        year, ok = QInputDialog.getInt(
            self,
            self.tr("New year"),
            self.tr("Year of the figures (population on 1 January):"),
            proposal,
            MIN_YEAR,
            MAX_YEAR,
        )
        if ok:
            self.session.set_year(year)
