"""The «Громада» page: the community's official names and region, each edit undoable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain import limits
from hromada_desk.domain.council_body import CouncilBody
from hromada_desk.domain.parsing import one_line
from hromada_desk.domain.places import oblast_name, rayon_name
from hromada_desk.domain.records import Community
from hromada_desk.services.community import change_community, get_community
from hromada_desk.services.population import list_settlements
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.session import Session

# Long official names («Виконавчий комітет Ланнівської сільської ради») fit; a form stretched
# across a wide window is hard to read.
FORM_MAX_WIDTH = 720
# Fields that may not be empty (the schema refuses them too).
REQUIRED = frozenset({"name", "council_name"})


# How each field's typed text becomes the stored value.
_NORMALISE: dict[str, Callable[[str], str]] = {
    "name": one_line,
    "council_name": one_line,
    "council_name_genitive": one_line,
    "executive_committee": one_line,
    "oblast": oblast_name,
    "rayon": rayon_name,
}


def _help_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


class CommunityPage(Page):
    topics = frozenset({"community", "settlements"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._community: Community | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # One short sentence; a word-wrapped label would reserve two lines in the form.
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("QLabel { color: #a1130a; }")

        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for field in _NORMALISE:
            edit = QLineEdit()
            edit.setObjectName(field)
            # The file's limits: longer text would be refused by the file itself.
            region = field in ("oblast", "rayon")
            edit.setMaxLength(limits.REGION if region else limits.COMMUNITY_NAME)
            edit.editingFinished.connect(lambda field=field: self.commit(field))
            label = QLabel()
            label.setBuddy(edit)
            self.edits[field] = edit
            self.labels[field] = label
        # Whose meetings the protocols record: the name documents print (Ukrainian, as the
        # protocol's other document words).
        self.body_label = QLabel()
        self.body_combo = QComboBox()
        for body in CouncilBody:
            self.body_combo.addItem(body.nominative, body.value)
        self.body_label.setBuddy(self.body_combo)
        self.body_combo.activated.connect(lambda _index: self.commit_body())
        self.body_help = _help_label()
        self.genitive_help = _help_label()
        self.committee_help = _help_label()
        self.region_help = _help_label()

        self.admin_center = QLabel()
        self.admin_center.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.admin_center_label = QLabel()
        self.settlement_count = QLabel()
        self.settlement_count_label = QLabel()
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label = QLabel()
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.open_link_dialog)
        self.link_dialog: QWidget | None = None  # the last one opened (tests drive it)
        code_row = QWidget()
        code_layout = QHBoxLayout(code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.link_button)
        code_layout.addStretch(1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for field in ("name", "council_name"):
            self.form.addRow(self.labels[field], self.edits[field])
        # Beside the two fields that can refuse a value.
        self.form.addRow("", self.message)
        self.form.setRowVisible(self.message, False)
        self.form.addRow(
            self.labels["council_name_genitive"],
            self._with_help(self.edits["council_name_genitive"], self.genitive_help),
        )
        self.form.addRow(
            self.labels["executive_committee"],
            self._with_help(self.edits["executive_committee"], self.committee_help),
        )
        self.form.addRow(self.body_label, self._with_help(self.body_combo, self.body_help))
        self.form.addRow(self.labels["oblast"], self.edits["oblast"])
        self.form.addRow(
            self.labels["rayon"], self._with_help(self.edits["rayon"], self.region_help)
        )
        self.form.addRow(self.admin_center_label, self.admin_center)
        self.form.addRow(self.settlement_count_label, self.settlement_count)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow("", code_row)

        form_box = QWidget()
        form_box.setMaximumWidth(FORM_MAX_WIDTH)
        form_box.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(form_box)
        layout.addStretch(1)
        self.intro.setMaximumWidth(FORM_MAX_WIDTH)

        self.retranslate()  # and refresh()

    @staticmethod
    def _with_help(edit: QWidget, help_label: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(help_label)
        return box

    def title(self) -> str:
        return self.tr("Community")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.intro.setText(
            self.tr(
                "The official names of the community and its council, as they appear in "
                "protocols, plans and workbooks. A change is saved when you leave the field."
            )
        )
        texts = {
            "name": self.tr("C&ommunity:"),
            "council_name": self.tr("&Council:"),
            "council_name_genitive": self.tr("Council in the &genitive:"),
            "executive_committee": self.tr("E&xecutive committee:"),
            "oblast": self.tr("O&blast:"),
            "rayon": self.tr("&Rayon:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.edits["name"].setPlaceholderText(
            self.tr("e.g. Ланнівська сільська територіальна громада")
        )
        self.edits["council_name"].setPlaceholderText(self.tr("e.g. Ланнівська сільська рада"))
        self.edits["council_name_genitive"].setPlaceholderText(
            self.tr("e.g. Ланнівської сільської ради")
        )
        self.edits["executive_committee"].setPlaceholderText(
            self.tr("e.g. Виконавчий комітет Ланнівської сільської ради")
        )
        self.edits["oblast"].setPlaceholderText(self.tr("e.g. Полтавська"))
        self.edits["rayon"].setPlaceholderText(self.tr("e.g. Полтавський"))
        self.genitive_help.setText(
            self.tr("Used after «of» in the titles of protocols, plans and workbooks.")
        )
        self.committee_help.setText(
            self.tr("The first line of a protocol's header, printed in capitals.")
        )
        self.region_help.setText(
            self.tr("Without the words «oblast» and «rayon»: they are added in documents.")
        )
        self.body_label.setText(self.tr("Meetings held b&y:"))
        self.body_combo.setAccessibleName(self.tr("The body whose meetings are recorded"))
        self.body_help.setText(
            self.tr(
                "Named in the protocols: «Присутні члени …», the roles of its chair and secretary."
            )
        )
        self.admin_center_label.setText(self.tr("Administrative centre:"))
        self.settlement_count_label.setText(self.tr("Settlements:"))
        self.admin_center.setToolTip(self.tr("Chosen in the list of settlements."))
        self.code_label.setText(self.tr("Codifier code:"))
        self.link_button.setText(self.tr("&Link to the codifier…"))
        self.link_button.setToolTip(
            self.tr(
                "Give the community and its settlements their codes in the official codifier "
                "(КАТОТТГ), matched by name and kind: the rayon's consolidation and the templates "
                "know them by the codes."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        cf = self.session.cf
        self._community = get_community(cf) if cf is not None else None
        community = self._community
        for field, edit in self.edits.items():
            # An undo while the person is typing elsewhere must not eat what they typed.
            if edit.hasFocus() and edit.isModified():
                continue
            edit.setText(getattr(community, field) if community is not None else "")
            edit.setReadOnly(cf is None or cf.readonly)
        self.body_combo.setCurrentIndex(
            max(
                0,
                self.body_combo.findData(
                    community.council_body.value if community is not None else ""
                ),
            )
        )
        self.body_combo.setEnabled(cf is not None and not cf.readonly)
        self.setEnabled(community is not None)
        settlements = list_settlements(cf, include_archived=False) if cf is not None else []
        centres = [s.display_name for s in settlements if s.admin_center]
        self.admin_center.setText(centres[0] if centres else self.tr("not chosen"))
        self.settlement_count.setText(str(len(settlements)))
        linked = sum(1 for s in settlements if s.katottg)
        if community is not None and community.katottg:
            self.code.setText(
                self.tr("%1 (settlements with a code: %2 of %3)")
                .replace("%1", community.katottg)
                .replace("%2", str(linked))
                .replace("%3", str(len(settlements)))
            )
        else:
            self.code.setText(self.tr("not linked"))
        self.link_button.setEnabled(cf is not None and not cf.readonly)

    def open_link_dialog(self) -> None:
        """The codes from the codifier, matched and resolved in a dialog (one undo step)."""
        from hromada_desk.ui.community.link_dialog import LinkDialog

        if self.session.cf is None:
            return
        dialog = LinkDialog(self.session, self)
        self.link_dialog = dialog
        dialog.open()

    def commit_body(self) -> None:
        """The body chosen in the list: one undoable edit."""
        old = self._community
        if old is None or self.session.cf is None or self.session.cf.readonly:
            return
        body = CouncilBody(self.body_combo.currentData())
        if body is old.council_body:
            return
        self.session.run(
            self.tr("Change the body whose meetings are recorded"),
            change_community(old, dataclasses.replace(old, council_body=body)),
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.form.setRowVisible(self.message, bool(text))

    def commit(self, field: str) -> None:
        """Write one field if it changed: one undoable edit."""
        old = self._community
        edit = self.edits[field]
        if old is None or self.session.cf is None or edit.isReadOnly():
            return
        value = _NORMALISE[field](edit.text())
        stored = getattr(old, field)
        if value == stored:
            edit.setText(stored)
            return
        if field in REQUIRED and not value:
            self.show_message(
                self.tr("The name of the community cannot be empty; the previous name is kept.")
                if field == "name"
                else self.tr("The name of the council cannot be empty; the previous name is kept.")
            )
            edit.setText(stored)
            return
        changes: dict[str, Any] = {field: value}
        new = dataclasses.replace(old, **changes)
        undo_texts = {
            "name": self.tr("Change the community name"),
            "council_name": self.tr("Change the council name"),
            "council_name_genitive": self.tr("Change the council name in the genitive"),
            "executive_committee": self.tr("Change the executive committee"),
            "oblast": self.tr("Change the oblast"),
            "rayon": self.tr("Change the rayon"),
        }
        self.show_message("")
        edit.setText(value)  # as stored; no longer "being typed", so refresh() updates it
        written = self.session.run(undo_texts[field], change_community(old, new))
        if not written:
            edit.setModified(True)  # the session reported why; leaving the field tries again
