"""The «New community file» wizard's first page: the community found in the codifier, which
fills the names, the oblast and rayon and the settlements of the pages after it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from hromada_desk.domain.codifier import CodifiedCommunity
from hromada_desk.domain.places import COUNCIL_KINDS
from hromada_desk.ui.common.codifier_search import CodifierLoader, CommunitySearch

# The kinds of council, as official names write them (not translated: they are names).
_COUNCIL_KINDS = tuple(dict.fromkeys(reversed(COUNCIL_KINDS.values())))  # сільська first


class FindPage(QWizardPage):
    """Type a few letters of the community, its rayon or oblast; choose it in the list. The
    kind of council is proposed from the kind of its centre and can be changed. Going on
    without choosing leaves every page to be typed by hand."""

    changed = Signal()  # the community chosen or its kind of council changed (or cleared)

    def __init__(self, loader: CodifierLoader) -> None:
        super().__init__()
        self.loader = loader
        self.community: CodifiedCommunity | None = None
        self.setTitle(self.tr("The community in the codifier"))
        self.setSubTitle(
            self.tr(
                "Find the community in the official codifier (КАТОТТГ) to fill in its names, "
                "oblast, "
                "rayon and settlements with their codes; everything can be corrected after. Not "
                "there? Go on with Next and type it by hand."
            )
        )
        self.search = CommunitySearch(loader)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search.field)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        for kind in _COUNCIL_KINDS:
            self.kind.addItem(f"{kind} рада", kind)
        kind_label = QLabel(self.tr("&Kind of council:"))
        kind_label.setBuddy(self.kind)
        self.kind_note = QLabel()
        self.kind_note.setWordWrap(True)
        self.kind_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.clear_button = QPushButton(self.tr("Type by &hand"))
        self.clear_button.setToolTip(
            self.tr("Forget the community chosen and empty the pages it filled in.")
        )

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search.field, 1)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.kind_note, 1)
        kind_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.chosen_label)
        layout.addLayout(kind_row)

        self.search.chosen.connect(self.choose)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.clear_button.clicked.connect(self.clear)
        self._show_choice()

    def initializePage(self) -> None:
        self.search.field.setFocus()

    def choose(self, code: str) -> None:
        codifier = self.loader.codifier
        community = codifier.community(code) if codifier is not None else None
        if community is None:
            return
        self.community = community
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(_COUNCIL_KINDS.index(community.council_kind))
        self.kind.blockSignals(False)
        self._show_choice()
        self.changed.emit()

    def clear(self) -> None:
        self.community = None
        self._show_choice()
        self.changed.emit()
        self.search.field.setFocus()

    def council_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        if self.community is not None:
            self.changed.emit()

    def _show_choice(self) -> None:
        community = self.community
        for widget in (self.kind, self.clear_button):
            widget.setEnabled(community is not None)
        if community is None:
            self.chosen_label.setText(
                self.tr("No community chosen: the next pages are typed by hand.")
            )
            self.kind_note.setText("")
            return
        self.chosen_label.setText(
            self.tr("Chosen: %1 (%2, %3); settlements: %4, the centre: %5.")
            .replace("%1", community.unit.label)
            .replace("%2", community.code)
            .replace("%3", f"КАТОТТГ від {community.edition}")
            .replace("%4", str(len(community.settlements)))
            .replace("%5", community.centre.display_name)
        )
        self.kind_note.setText(
            self.tr(
                "Proposed from the kind of its centre; change it if the council is named otherwise."
            )
        )
