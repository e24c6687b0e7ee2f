"""Who signs the protocol: a row per signature line (role and member), the council's chair and
secretary on the meeting's date proposed in one click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.council import Member, Signature, proposed_signatures


class SignersEditor(QWidget):
    """The signature lines of one meeting; ``value()`` is the list to store."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._day = dt.date.today()
        self._rows: list[tuple[QLineEdit, QComboBox, QToolButton]] = []
        self._read_only = False
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The role («Секретар координаційної ради») is longer than a name («Бондар О.І.»).
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.propose_button = QPushButton()
        self.add_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        self.propose_button.clicked.connect(self.propose)
        self.add_button.clicked.connect(lambda: self._add_row(Signature(0, ""), edited=True))

    def retranslate(self) -> None:
        self.propose_button.setText(self.tr("Chair and secretary"))
        self.propose_button.setToolTip(
            self.tr("The council's chair and secretary on the date of the meeting sign")
        )
        self.add_button.setText(self.tr("Add a signer"))
        self.empty_label.setText(
            self.tr(
                "Nobody signs yet: the protocol has no signature lines. Choose «Chair and "
                "secretary» once they are entered on the «Council members» page."
            )
        )
        for role, combo, remove in self._rows:
            role.setPlaceholderText(self.tr("role, e.g. Голова координаційної ради"))
            combo.setAccessibleName(self.tr("Member who signs"))
            remove.setToolTip(self.tr("Remove this signature line"))

    def set_signatures(
        self, members: list[Member], signatures: list[Signature], day: dt.date
    ) -> None:
        self._members, self._day = list(members), day
        while self._rows:
            self._remove_row(self._rows[-1], edited=False)
        for signature in signatures:
            self._add_row(signature, edited=False)
        self._show_empty()

    def set_members(self, members: list[Member], day: dt.date) -> None:
        """Another list or date: the rows keep their choice."""
        chosen = self.value()
        self._members, self._day = list(members), day
        for (_role, combo, _remove), signature in zip(self._rows, chosen, strict=False):
            self._fill(combo, signature.member_id)

    def value(self) -> list[Signature]:
        return [
            Signature(combo.currentData(), " ".join(role.text().split()))
            for role, combo, _remove in self._rows
            if combo.currentData()
        ]

    def text(self) -> str:
        """The lines as shown, one a line: «role: member»."""
        return "\n".join(
            f"{role.text()}: {combo.currentText()}" for role, combo, _remove in self._rows
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for role, combo, remove in self._rows:
            role.setReadOnly(read_only)
            combo.setEnabled(not read_only)
            remove.setVisible(not read_only)
        self.propose_button.setVisible(not read_only)
        self.add_button.setVisible(not read_only)

    def propose(self) -> None:
        """The chair and the secretary on the meeting's date, as in the seed protocol."""
        self.set_signatures(self._members, proposed_signatures(self._members, self._day), self._day)
        self.changed.emit()

    def _fill(self, combo: QComboBox, member_id: int) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", 0)
        for member in self._members:
            if member.id == member_id or member.is_member_on(self._day):
                combo.addItem(member.name.short, member.id)
        combo.setCurrentIndex(max(0, combo.findData(member_id)))
        combo.blockSignals(False)

    def _add_row(self, signature: Signature, *, edited: bool) -> None:
        role = QLineEdit(signature.role)
        role.setMaxLength(limits.SIGNATURE_ROLE)
        combo = QComboBox()
        self._fill(combo, signature.member_id)
        remove = QToolButton()
        remove.setText("×")
        row = (role, combo, remove)
        line = len(self._rows)
        self._grid.addWidget(role, line, 0)
        self._grid.addWidget(combo, line, 1)
        self._grid.addWidget(remove, line, 2)
        self._rows.append(row)
        role.textEdited.connect(lambda _text: self.changed.emit())
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        remove.clicked.connect(lambda: self._remove_row(row, edited=True))
        self.retranslate()
        self.set_read_only(self._read_only)
        self._show_empty()
        if edited:
            role.setFocus()
            self.changed.emit()

    def _remove_row(self, row: tuple[QLineEdit, QComboBox, QToolButton], *, edited: bool) -> None:
        index = self._rows.index(row)
        self._rows.pop(index)
        for widget in row:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        # The rows below move up one line.
        for line, widgets in enumerate(self._rows[index:], index):
            for column, moved in enumerate(widgets):
                self._grid.addWidget(moved, line, column)
        self._show_empty()
        if edited:
            self.changed.emit()

    def _show_empty(self) -> None:
        self.empty_label.setVisible(not self._rows)
