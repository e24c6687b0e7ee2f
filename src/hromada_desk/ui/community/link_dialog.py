"""Linking the open file to the codifier (the window's «hromada-desk link»): the settlements
matched by code, name and kind, the unmatched left for the person to resolve, one undoable
edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.places import own_name
from hromada_desk.errors import InputError
from hromada_desk.services.codifier import LinkPlan, link_edit, plan_link
from hromada_desk.services.community import get_community
from hromada_desk.ui.common.codifier_search import CodifierLoader, CommunitySearch
from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.common.message_line import MessageLine
from hromada_desk.ui.session import Session

SETTLEMENT, CODE, NOTE = range(3)


class LinkDialog(QDialog):
    """Shows what linking writes; the unmatched each get a list of the community's
    settlements the file lacks (or «not in the codifier»); Link writes it all as one edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: LinkPlan | None = None
        self.choices: dict[int, QComboBox] = {}
        self.setWindowTitle(self.tr("Link to the codifier"))
        self.loader = CodifierLoader(self)
        intro = QLabel(
            self.tr(
                "Each settlement of the file is matched to the codifier's by its code, else by its "
                "name and kind. For one left without a code choose its settlement in the codifier, "
                "or leave it as not in the codifier (renamed, or newer than the edition)."
            )
        )
        intro.setWordWrap(True)
        self.community_label = QLabel()
        self.community_label.setWordWrap(True)
        self.community_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.community_label.font()
        font.setBold(True)
        self.community_label.setFont(font)
        self.other_button = QPushButton(self.tr("Another &community…"))
        self.search = CommunitySearch(self.loader)
        self.search_label = QLabel(self.tr("&Search:"))
        self.search_label.setBuddy(self.search.field)
        self.search_box = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search.field, 1)
        search_column = QVBoxLayout(self.search_box)
        search_column.setContentsMargins(0, 0, 0, 0)
        search_column.addLayout(search_row)
        search_column.addWidget(self.search)
        self.search_box.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Settlements of the file and their codes"))
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.link_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(self.tr("&Link"))
        self.link_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.community_label, 1)
        top.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.search_box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.other_button.clicked.connect(self.show_search)
        self.search.chosen.connect(self.show_plan)
        self.buttons.accepted.connect(self.link)
        self.buttons.rejected.connect(self.reject)
        self.loader.loaded.connect(lambda: self.show_plan(None))
        self.loader.failed.connect(lambda error: self.message.show_message(error, "error"))
        self.community_label.setText(self.tr("Reading the codifier…"))
        fit_to_screen(self, 820, 560)
        self.loader.start()

    def show_search(self, text: str = "") -> None:
        self.search_box.setVisible(True)
        if text:
            self.search.field.setText(text)
        self.search.field.setFocus()

    def show_plan(self, code: str | None) -> None:
        """What linking to the community of ``code`` writes (None: the file's community,
        by its code or else by its names)."""
        codifier, cf = self.loader.codifier, self.session.cf
        if codifier is None or cf is None:
            return
        try:
            plan = plan_link(cf, codifier, code)
        except InputError as exc:
            self.plan = None
            self.community_label.setText(self.tr("Which community of the codifier is this?"))
            self.message.show_message(exc.message, "error")
            self.model.clear()
            self.summary.clear()
            self.link_button.setEnabled(False)
            community = get_community(cf)
            self.show_search(own_name(community.council_name) if community else "")
            return
        self.plan = plan
        self.message.clear()
        unit = plan.community.unit
        self.community_label.setText(f"{unit.label} — {unit.code} ({plan.title})")
        self.search_box.setVisible(False)
        self._fill(plan)
        self.link_button.setEnabled(True)
        self.link_button.setDefault(True)

    def _fill(self, plan: LinkPlan) -> None:
        self.model.clear()
        self.choices = {}
        self.model.setHorizontalHeaderLabels(
            [self.tr("Settlement of the file"), self.tr("In the codifier"), self.tr("Note")]
        )
        # those that need the person first
        rows = [(u.settlement, "", u.reason) for u in plan.unmatched]
        rows += [(s, c.display_name + " — " + c.code, "") for s, c in plan.matched]
        for settlement, matched, note in rows:
            self.model.appendRow(
                [
                    QStandardItem(settlement.display_name),
                    QStandardItem(matched),
                    QStandardItem(note),
                ]
            )
        for row, (settlement, matched, _note) in enumerate(rows):
            if matched:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("not in the codifier"), None)
            for free in plan.missing:
                combo.addItem(f"{free.display_name} — {free.code}", free.code)
            kept = plan.codes.get(settlement.id or 0)
            if kept:  # a code a later edition gave: kept unless the person chooses
                combo.addItem(self.tr("%1 (not in this edition)").replace("%1", kept), kept)
                combo.setCurrentIndex(combo.count() - 1)
            combo.setAccessibleName(self.tr("Code for %1").replace("%1", settlement.display_name))
            self.view.setIndexWidget(self.model.index(row, CODE), combo)
            self.choices[settlement.id or 0] = combo
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SETTLEMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        total = len(plan.matched) + len(plan.unmatched)
        lines = [
            self.tr("Settlements matched: %1 of %2.")
            .replace("%1", str(len(plan.matched)))
            .replace("%2", str(total))
        ]
        if plan.missing:
            lines.append(
                self.tr("In the codifier but not in the file: %1.").replace(
                    "%1", ", ".join(s.display_name for s in plan.missing)
                )
            )
        if not plan.changes and not plan.unmatched:
            lines.append(self.tr("The file is already linked: nothing to change."))
        self.summary.setText(" ".join(lines))

    def chosen_codes(self) -> dict[int, str | None]:
        return {settlement_id: combo.currentData() for settlement_id, combo in self.choices.items()}

    def link(self) -> None:
        """Write the codes as one undoable edit (a backup of the file first), or say why
        not and stay."""
        cf, plan = self.session.cf, self.plan
        if cf is None or plan is None:
            return
        choices = self.chosen_codes()
        if not plan.changes and all(plan.codes.get(k) == v for k, v in choices.items()):
            self.accept()
            return
        try:
            edit = link_edit(cf, plan, choices)
        except InputError as exc:
            self.message.show_message(exc.message, "error")
            return
        if self.session.run(self.tr("Link to the codifier"), edit, before="link"):
            self.accept()
