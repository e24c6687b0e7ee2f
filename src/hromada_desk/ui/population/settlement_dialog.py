"""The dialog that adds a settlement to the community or edits one: name, kind, centre, details."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.numbers import format_number
from hromada_desk.domain.parsing import name_key, one_line
from hromada_desk.domain.records import Settlement, SettlementKind
from hromada_desk.ui.common.cells import fill_kind_combo, format_decimal, parse_decimal
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import paint_as_error

# The community file's limit for a starosta district's name.
DISTRICT_LIMIT = limits.STAROSTA_DISTRICT
# Far more than any settlement's area or distance: a larger figure is a typing slip.
DETAIL_MAXIMUM = 100_000


class _Refused(Exception):
    """A field the dialog cannot save: the message for a person, the field to correct."""

    def __init__(self, message: str, field: QLineEdit) -> None:
        super().__init__(message)
        self.field = field


class AddSettlementDialog(QDialog):
    """A settlement's name, kind, administrative-centre flag, starosta district, area and
    distance to the centre: empty for a new settlement, or those of ``settlement`` to edit it.

    (It keeps the name it had when it could only add, so that its translations still match.)
    """

    def __init__(
        self,
        taken: set[tuple[str, SettlementKind]],
        parent: QWidget | None = None,
        *,
        settlement: Settlement | None = None,
        districts: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._taken = {(name_key(name), kind) for name, kind in taken}
        self._base = settlement if settlement is not None else Settlement("")
        self.editing = settlement is not None
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        fill_kind_combo(self.kind_combo)
        self.center_check = QCheckBox()
        self.district_edit = QLineEdit()
        self.district_edit.setMaxLength(DISTRICT_LIMIT)
        # The districts already typed, so that one district is spelt the same everywhere
        # (the needs calculation counts districts by their names).
        completer = QCompleter(sorted(set(districts or [])), self.district_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.district_edit.setCompleter(completer)
        self.area_edit = QLineEdit()
        self.distance_edit = QLineEdit()
        for edit in (self.area_edit, self.distance_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(120)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        paint_as_error(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_label, self.kind_label = QLabel(), QLabel()
        self.district_label, self.area_label, self.distance_label = QLabel(), QLabel(), QLabel()
        for label, buddy in (
            (self.name_label, self.name_edit),
            (self.kind_label, self.kind_combo),
            (self.district_label, self.district_edit),
            (self.area_label, self.area_edit),
            (self.distance_label, self.distance_edit),
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow("", self.center_check)
        form.addRow(self.district_label, self.district_edit)
        form.addRow(self.area_label, self.area_edit)
        form.addRow(self.distance_label, self.distance_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.area_edit, self.distance_edit):
            edit.textEdited.connect(lambda _text: self.error_label.clear())
        self._show(self._base)
        self.retranslate()
        self.setMinimumWidth(460)

    def _show(self, settlement: Settlement) -> None:
        self.name_edit.setText(settlement.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(settlement.kind.value))
        self.center_check.setChecked(settlement.admin_center)
        self.district_edit.setText(settlement.starosta_district)
        self.area_edit.setText(format_decimal(settlement.area_km2))
        self.distance_edit.setText(format_decimal(settlement.distance_km))

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit a settlement") if self.editing else self.tr("Add a settlement")
        )
        self.name_label.setText(self.tr("&Name:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.center_check.setText(self.tr("&Administrative centre of the community"))
        self.district_label.setText(self.tr("&Starosta district:"))
        self.area_label.setText(self.tr("A&rea, km²:"))
        self.distance_label.setText(self.tr("&Distance to the administrative centre, km:"))
        self.name_edit.setAccessibleName(self.tr("Name of the settlement"))
        self.kind_combo.setAccessibleName(self.tr("Kind of settlement"))
        self.district_edit.setAccessibleName(self.tr("Starosta district"))
        self.area_edit.setAccessibleName(self.tr("Area in square kilometres"))
        self.distance_edit.setAccessibleName(
            self.tr("Distance to the administrative centre in kilometres")
        )
        for edit in (self.district_edit, self.area_edit, self.distance_edit):
            edit.setPlaceholderText(self.tr("not entered"))
        self.district_edit.setToolTip(
            self.tr(
                "Settlements of one starosta district get the same name here; leave it empty for "
                "those the centre serves itself"
            )
        )
        self.area_edit.setToolTip(self.tr("For example 12,5; leave it empty if not known"))
        self.distance_edit.setToolTip(
            self.tr(
                "By road, to the community's administrative centre; leave it empty if not known"
            )
        )

    def _read(self) -> Settlement:
        """The fields as a settlement; _Refused names the first one that cannot be saved."""
        name = one_line(self.name_edit.text())
        kind = SettlementKind(self.kind_combo.currentData())
        if not name:
            raise _Refused(self.tr("Type the name of the settlement."), self.name_edit)
        if (name_key(name), kind) in self._taken:
            raise _Refused(
                fill(
                    self.tr(
                        "«%1» is already in the list (perhaps archived: tick «Show archived» "
                        "and restore it)."
                    ),
                    name,
                ),
                self.name_edit,
            )
        numbers: list[float | None] = []
        for edit, refusal in (
            (
                self.area_edit,
                self.tr(
                    "The area «%1» is not a number from 0 to %2 (square kilometres, e.g. 12,5)."
                ),
            ),
            (
                self.distance_edit,
                self.tr("The distance «%1» is not a number from 0 to %2 (kilometres, e.g. 7,5)."),
            ),
        ):
            try:
                numbers.append(parse_decimal(edit.text(), DETAIL_MAXIMUM))
            except ValueError:
                raise _Refused(
                    fill(refusal, edit.text().strip(), format_number(DETAIL_MAXIMUM)), edit
                ) from None
        return dataclasses.replace(
            self._base,
            name=name,
            kind=kind,
            admin_center=self.center_check.isChecked(),
            starosta_district=one_line(self.district_edit.text()),
            area_km2=numbers[0],
            distance_km=numbers[1],
        )

    def value(self) -> Settlement:
        """The settlement as the dialog was accepted (the edited one's id and archived flag
        kept)."""
        return self._read()

    def accept(self) -> None:
        try:
            self._read()
        except _Refused as refused:
            self.error_label.setText(str(refused))
            refused.field.setFocus()
            if refused.field is not self.name_edit:
                refused.field.selectAll()  # a number is retyped rather than corrected
            return
        super().accept()
