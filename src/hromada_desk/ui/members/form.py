"""The form for one council member, with a live preview of both name forms."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.council import CouncilRole, Member
from hromada_desk.domain.names import PersonName
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
from hromada_desk.ui.common.date_edit import DateEdit

# The community file's limits (longer text would be refused by the file itself).
NAME_PART_LIMIT = limits.NAME_PART
POSITION_LIMIT = limits.POSITION
ORGANISATION_LIMIT = limits.ORGANISATION
PHONE_LIMIT = limits.PHONE
NAME_COLUMN_EMS = 12
# Beyond this a form column is hard to read on a wide window.
FORM_MAX_WIDTH = 1000
# A date edit at this date shows «—»: no date. The file takes no date before 1990.
UNSET_DATE = QDate(MIN_YEAR - 1, 12, 31)


class Mode(Enum):
    NONE = "none"  # nothing selected: the form is empty and cannot be edited
    EDIT = "edit"  # the form shows a member of the list
    NEW = "new"  # the form is for a member not yet saved


def tidy(member: Member) -> Member:
    """The member as the form would give it back, so that an untouched form is «unchanged»."""
    name = member.name
    return dataclasses.replace(
        member,
        name=PersonName.of(name.surname, name.given_name, name.patronymic, name.gender),
        position=one_line(member.position),
        organisation=one_line(member.organisation),
        phone=one_line(member.phone),
    )


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class MemberForm(QWidget):
    """One member's fields in two columns (the person; their place in the council), with the
    two forms of the name documents use, shown as they are typed."""

    changed = Signal()  # by the person, not by fill()
    role_changed = Signal()
    submitted = Signal()  # Enter in a text field

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._quiet = False  # set while fill() or a tick box changes the fields
        self._id: int | None = None

        self.surname_edit = QLineEdit()
        self.given_name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        for edit in (self.surname_edit, self.given_name_edit, self.patronymic_edit):
            edit.setMaxLength(NAME_PART_LIMIT)
        self.gender_combo = QComboBox()
        for value in ("", "m", "f"):
            self.gender_combo.addItem("", value)
        self.role_combo = QComboBox()
        for role in CouncilRole:
            self.role_combo.addItem(role.label, role.value)  # as documents name it
        self.position_edit = QLineEdit()
        self.position_edit.setMaxLength(POSITION_LIMIT)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(ORGANISATION_LIMIT)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(PHONE_LIMIT)
        self.text_edits = (
            self.surname_edit,
            self.given_name_edit,
            self.patronymic_edit,
            self.position_edit,
            self.organisation_edit,
            self.phone_edit,
        )
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        for date_edit in (self.from_edit, self.to_edit):
            date_edit.setDateRange(UNSET_DATE, QDate(MAX_YEAR, 12, 31))
            date_edit.setSpecialValueText("—")
        self.from_unknown = QCheckBox()
        self.to_open = QCheckBox()
        # The date a ticked box put aside, for when it is unticked again.
        self._put_aside: dict[QDateEdit, QDate] = {}

        self.short_preview = QLabel()
        self.signature_preview = QLabel()
        for preview in (self.short_preview, self.signature_preview):
            preview.setTextFormat(Qt.TextFormat.PlainText)
            preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = preview.font()  # as a document prints it
            font.setFamilies(["Times New Roman", "Liberation Serif", "serif"])
            font.setStyleHint(QFont.StyleHint.Serif)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            preview.setFont(font)

        self.fields: dict[str, QWidget] = {
            "surname": self.surname_edit,
            "given_name": self.given_name_edit,
            "patronymic": self.patronymic_edit,
            "gender": self.gender_combo,
            "role": self.role_combo,
            "position": self.position_edit,
            "organisation": self.organisation_edit,
            "phone": self.phone_edit,
            "member_from": self.from_edit,
            "member_to": self.to_edit,
        }
        self.labels: dict[str, QLabel] = {}
        for field, buddy in self.fields.items():
            label = QLabel()
            label.setBuddy(buddy)
            self.labels[field] = label
        self.short_label, self.signature_label = QLabel(), QLabel()

        person, council = QFormLayout(), QFormLayout()
        for field in ("surname", "given_name", "patronymic", "gender"):
            person.addRow(self.labels[field], self.fields[field])
        person.addRow(self.short_label, self.short_preview)
        person.addRow(self.signature_label, self.signature_preview)
        for field in ("role", "position", "organisation", "phone"):
            council.addRow(self.labels[field], self.fields[field])
        council.addRow(
            self.labels["member_from"], self._with_check(self.from_edit, self.from_unknown)
        )
        council.addRow(self.labels["member_to"], self._with_check(self.to_edit, self.to_open))
        for form in (person, council):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(person, 1)
        columns.addSpacing(18)  # not setSpacing(): the forms would inherit it between rows
        columns.addLayout(council, 1)

        for edit in self.text_edits:
            edit.textChanged.connect(self._changed)
            edit.returnPressed.connect(self.submitted)
        for combo in (self.gender_combo, self.role_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.role_combo.currentIndexChanged.connect(
            lambda _index: None if self._quiet else self.role_changed.emit()
        )
        for date_edit, check in ((self.from_edit, self.from_unknown), (self.to_edit, self.to_open)):
            date_edit.dateChanged.connect(lambda date, check=check: self._date_changed(date, check))
            check.toggled.connect(
                lambda on, date_edit=date_edit: self._unset_toggled(date_edit, on)
            )
            date_edit.dateChanged.connect(self._changed)
            check.toggled.connect(self._changed)
        self.retranslate()

    @staticmethod
    def _with_check(date_edit: QDateEdit, check: QCheckBox) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(date_edit)
        row.addWidget(check)
        row.addStretch(1)
        return box

    def focus_chain(self) -> list[QWidget]:
        return [
            self.surname_edit,
            self.given_name_edit,
            self.patronymic_edit,
            self.gender_combo,
            self.role_combo,
            self.position_edit,
            self.organisation_edit,
            self.phone_edit,
            self.from_edit,
            self.from_unknown,
            self.to_edit,
            self.to_open,
        ]

    def retranslate(self) -> None:
        texts = {
            "surname": self.tr("S&urname:"),
            "given_name": self.tr("Given &name:"),
            "patronymic": self.tr("Patron&ymic:"),
            "gender": self.tr("&Gender:"),
            "role": self.tr("Ro&le:"),
            "position": self.tr("Pos&ition:"),
            "organisation": self.tr("&Organisation:"),
            "phone": self.tr("&Phone:"),
            "member_from": self.tr("Member fro&m:"),
            "member_to": self.tr("Member &to:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        names = {
            "surname": self.tr("Surname"),
            "given_name": self.tr("Given name"),
            "patronymic": self.tr("Patronymic"),
            "gender": self.tr("Gender"),
            "role": self.tr("Role in the council"),
            "position": self.tr("Position"),
            "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"),
            "member_from": self.tr("Member from"),
            "member_to": self.tr("Member to"),
        }
        for field, name in names.items():
            self.fields[field].setAccessibleName(name)
        self.surname_edit.setPlaceholderText(self.tr("e.g. Удовиченко"))
        self.given_name_edit.setPlaceholderText(self.tr("e.g. Костянтин, or just К"))
        self.patronymic_edit.setPlaceholderText(self.tr("e.g. Олександрович, or just О"))
        self.position_edit.setPlaceholderText(self.tr("e.g. сільський голова"))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Ланнівська сільська рада"))
        self.given_name_edit.setToolTip(
            self.tr("The full given name, or only its initial when that is all the documents give")
        )
        self.patronymic_edit.setToolTip(
            self.tr("The full patronymic, or only its initial; may be left empty")
        )
        self.gender_combo.setToolTip(
            self.tr(
                "Chooses the word forms that agree with the person in documents («який» or «яка»)"
            )
        )
        self.role_combo.setToolTip(self.tr("As the role is written in documents"))
        for index, text in enumerate((self.tr("not stated"), self.tr("male"), self.tr("female"))):
            self.gender_combo.setItemText(index, text)
        self.from_unknown.setText(self.tr("not &known"))
        self.from_unknown.setAccessibleName(self.tr("Start of membership not known"))
        self.to_open.setText(self.tr("still &a member"))
        self.to_open.setAccessibleName(self.tr("Still a member: no end of membership"))
        self.to_open.setToolTip(self.tr("Untick and set the date when the person left the council"))
        self.short_label.setText(self.tr("In lists:"))
        self.signature_label.setText(self.tr("Under a signature:"))
        self.short_preview.setAccessibleName(self.tr("The name as lists in documents give it"))
        self.signature_preview.setAccessibleName(
            self.tr("The name as documents give it under a signature")
        )

    # -- reading and writing the fields -----------------------------------------------------
    def fill(self, member: Member | None) -> None:
        """Put a member (or nothing) into the fields; ``changed`` is not emitted."""
        self._quiet = True
        try:
            self._id = member.id if member is not None else None
            name = member.name if member is not None else PersonName("", "")
            self.surname_edit.setText(name.surname)
            self.given_name_edit.setText(name.given_name)
            self.patronymic_edit.setText(name.patronymic)
            gender = name.gender.value if name.gender is not None else ""
            self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(gender)))
            role = member.role if member is not None else CouncilRole.MEMBER
            self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
            self.position_edit.setText(member.position if member is not None else "")
            self.organisation_edit.setText(member.organisation if member is not None else "")
            self.phone_edit.setText(member.phone if member is not None else "")
            for day, date_edit, unset in (
                (member.member_from if member else None, self.from_edit, self.from_unknown),
                (member.member_to if member else None, self.to_edit, self.to_open),
            ):
                unset.setChecked(day is None)
                date_edit.setDate(UNSET_DATE if day is None else _to_qdate(day))
                self._put_aside.pop(date_edit, None)
            for edit in self.text_edits:
                edit.setCursorPosition(0)  # long positions show their beginning
        finally:
            self._quiet = False
        self.show_preview()

    def value(self) -> Member:
        """The member as the fields now have it (with the id of the one filled in)."""
        gender = self.gender_combo.currentData()
        return Member(
            name=PersonName.of(
                self.surname_edit.text(),
                self.given_name_edit.text(),
                self.patronymic_edit.text(),
                gender or None,
            ),
            position=one_line(self.position_edit.text()),
            role=CouncilRole(self.role_combo.currentData()),
            organisation=one_line(self.organisation_edit.text()),
            phone=one_line(self.phone_edit.text()),
            member_from=self._date_of(self.from_edit, self.from_unknown),
            member_to=self._date_of(self.to_edit, self.to_open),
            id=self._id,
        )

    def set_editable(self, editable: bool) -> None:
        for edit in self.text_edits:
            edit.setReadOnly(not editable)
        for widget in (self.gender_combo, self.role_combo, self.from_unknown, self.to_open):
            widget.setEnabled(editable)
        self.from_edit.setEnabled(editable and not self.from_unknown.isChecked())
        self.to_edit.setEnabled(editable and not self.to_open.isChecked())

    def show_preview(self) -> None:
        name = self.value().name
        shown = bool(name.surname or name.given_name or name.patronymic)
        self.short_preview.setText(name.short if shown else "—")
        self.signature_preview.setText(name.signature if shown else "—")

    def _changed(self) -> None:
        if not self._quiet:
            self.show_preview()
            self.changed.emit()

    # -- dates that may be unset ------------------------------------------------------------
    @staticmethod
    def _date_of(date_edit: QDateEdit, unset: QCheckBox) -> dt.date | None:
        date = date_edit.date()
        return None if unset.isChecked() or date == UNSET_DATE else _day(date)

    def _unset_toggled(self, date_edit: QDateEdit, unset: bool) -> None:
        if self._quiet:
            return
        self._quiet = True  # one change of the form, not two
        try:
            if unset:
                if date_edit.date() != UNSET_DATE:
                    self._put_aside[date_edit] = date_edit.date()
                date_edit.setDate(UNSET_DATE)
            else:
                date_edit.setDate(self._put_aside.pop(date_edit, _to_qdate(self.today())))
        finally:
            self._quiet = False

    def _date_changed(self, date: QDate, unset: QCheckBox) -> None:
        # Scrolling below the earliest date reaches «—»: the box says so too.
        if not self._quiet and date == UNSET_DATE and not unset.isChecked():
            self._quiet = True
            try:
                unset.setChecked(True)
            finally:
                self._quiet = False
