"""The «New community file» wizard: the community found in the codifier (or typed by hand),
council names, region, settlements, where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hromada_desk.domain import limits
from hromada_desk.domain.records import SettlementKind
from hromada_desk.services.new_community import (
    NewCommunityOptions,
    free_path,
    options_from_codifier,
    propose_file_name,
    propose_names,
)
from hromada_desk.storage.database import FILE_SUFFIX
from hromada_desk.ui.common.cells import KindDelegate, fill_kind_combo
from hromada_desk.ui.common.codifier_search import CodifierLoader
from hromada_desk.ui.common.geometry import fit_to_screen
from hromada_desk.ui.files.new_community_find import FindPage
from hromada_desk.ui.population.settlement_list import SettlementListModel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterLineEdit(QLineEdit):
    """A field whose Enter does its own work (returnPressed) and no more: a QLineEdit passes
    Enter on to the dialog, whose default button (Next) would leave the page."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in _ENTER:
            event.accept()


class Message(QLabel):
    """A line under a page's fields: a grey hint, or red when something was refused."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_hint(self, text: str) -> None:
        self.setStyleSheet("")
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        # Placeholder text is drawn half-transparent: an error needs the full colour.
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setStyleSheet("QLabel { color: #a1130a; }")
        self.setText(text)
        self.setVisible(bool(text))


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class CheckedPage(QWizardPage):
    """A page that says under its fields what is still missing and refuses Next until then."""

    def __init__(self) -> None:
        super().__init__()
        self.message = Message()

    def problem(self) -> str:
        """What keeps Next disabled, as a sentence; empty when nothing does."""
        return ""

    def problem_on_leaving(self) -> str:
        """Also checked when Next or Finish is pressed (the file system, for instance)."""
        return self.problem()

    def hint(self) -> str:
        return self.problem()

    def _changed(self) -> None:
        self.message.show_hint(self.hint())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()

    def validatePage(self) -> bool:
        # QWizard.next() does not ask isComplete(): check here too.
        problem = self.problem_on_leaving()
        if problem:
            self.message.show_error(problem)
        return not problem


class CouncilPage(CheckedPage):
    """The council's name; the other forms are proposed from it and can be corrected."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The council"))
        self.setSubTitle(
            self.tr(
                "The names as they appear in protocols and plans. Type the council's name: the "
                "other forms are proposed from it; check them and correct if needed."
            )
        )
        self.council = QLineEdit()
        self.council.setPlaceholderText(self.tr("e.g. Ланнівська сільська рада"))
        self.genitive = QLineEdit()
        self.committee = QLineEdit()
        self.community = QLineEdit()
        self.proposal_note = _help_label("")
        # What was last proposed in each field: a field still holding it follows the council's
        # name, one the person changed is left alone.
        self._proposed = {self.genitive: "", self.committee: "", self.community: ""}

        form = QFormLayout(self)
        rows = [
            (self.tr("&Council:"), self.council),
            (self.tr("Council in the &genitive:"), self.genitive),
            (self.tr("E&xecutive committee:"), self.committee),
            (self.tr("C&ommunity:"), self.community),
        ]
        for text, edit in rows:
            edit.setMaxLength(limits.COMMUNITY_NAME)
            form.addRow(_label(text, edit), edit)
            edit.textChanged.connect(self._changed)
        form.insertRow(1, "", self.proposal_note)
        form.addRow("", self.message)
        self.council.textChanged.connect(self._propose)
        self._propose("")
        self._changed()

    def fill(self, council: str, genitive: str, committee: str, community: str) -> None:
        """Names proposed from elsewhere (the codifier): they follow the council's name
        afterwards as the forms proposed here do."""
        self.council.setText(council)
        for edit, value in (
            (self.genitive, genitive),
            (self.committee, committee),
            (self.community, community),
        ):
            edit.setText(value)
            self._proposed[edit] = value

    def _propose(self, council: str) -> None:
        proposal = propose_names(council)
        values = {
            self.genitive: proposal.council_name_genitive if proposal else "",
            self.committee: proposal.executive_committee if proposal else "",
            self.community: proposal.community_name if proposal else "",
        }
        for edit, value in values.items():
            if edit.text() == self._proposed[edit]:
                edit.setText(value)
                self._proposed[edit] = value
        if proposal is not None:
            self.proposal_note.setText(
                self.tr("The forms below are proposed from the council's name: please check them.")
            )
        elif council.strip():
            self.proposal_note.setText(
                self.tr("The forms below could not be proposed from this name: please type them.")
            )
        else:
            self.proposal_note.setText(
                self.tr("The forms below are proposed from the council's name.")
            )

    def problem(self) -> str:
        if not self.council.text().strip():
            return self.tr("To continue, type the name of the council.")
        if not self.community.text().strip():
            return self.tr("To continue, type the official name of the community.")
        return ""


class RegionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Oblast and rayon"))
        self.setSubTitle(self.tr("Where the community is. Both may be filled in later."))
        self.oblast = QLineEdit()
        self.oblast.setPlaceholderText(self.tr("e.g. Полтавська"))
        self.rayon = QLineEdit()
        self.rayon.setPlaceholderText(self.tr("e.g. Полтавський"))
        form = QFormLayout(self)
        for edit in (self.oblast, self.rayon):
            edit.setMaxLength(limits.REGION)
        form.addRow(_label(self.tr("&Oblast:"), self.oblast), self.oblast)
        form.addRow(_label(self.tr("&Rayon:"), self.rayon), self.rayon)
        form.addRow(
            "", _help_label(self.tr("Without the words «oblast» and «rayon»: documents add them."))
        )


class SettlementsPage(CheckedPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Settlements"))
        self.setSubTitle(
            self.tr(
                "Add every settlement of the community and tick its administrative centre. "
                "More details (area, starosta district) can be filled in later."
            )
        )
        self.model = SettlementListModel(self)
        self.edition = ""  # the codifier's, when the list came from it

        self.name = EnterLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Коржиха"))
        self.name.setMaxLength(limits.SETTLEMENT_NAME)
        self.kind = QComboBox()
        fill_kind_combo(self.kind)
        self.add_button = QPushButton(self.tr("&Add"))
        entry = QHBoxLayout()
        entry.addWidget(_label(self.tr("Na&me:"), self.name))
        entry.addWidget(self.name, 1)
        entry.addWidget(_label(self.tr("&Kind:"), self.kind))
        entry.addWidget(self.kind)
        entry.addWidget(self.add_button)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SettlementListModel.KIND, KindDelegate(self.view))
        self.view.setAccessibleName(self.tr("Settlements of the community"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SettlementListModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            SettlementListModel.KIND,
            SettlementListModel.CENTRE,
            SettlementListModel.CODE,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)

        below = QHBoxLayout()
        below.addWidget(self.message, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(below)

        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
        )
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.model.modelReset,
        ):
            signal.connect(self._changed)
        self.model.name_refused.connect(self._name_refused)
        self._changed()

    def _name_refused(self, name: str) -> None:
        self.message.show_error(
            self.tr("«%1» is already in the list.").replace("%1", name)
            if name
            else self.tr("The name of a settlement cannot be empty.")
        )

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.message.show_error(self.tr("Type the name of the settlement first."))
            self.name.setFocus()
            return
        if self.model.contains(name):
            self.message.show_error(self.tr("«%1» is already in the list.").replace("%1", name))
            self.name.selectAll()
            self.name.setFocus()
            return
        self.model.add(name, SettlementKind(self.kind.currentData()))
        self.name.clear()
        # Back to «село» (most settlements are villages): the kind of the centre typed first
        # would otherwise stay for all the others.
        self.kind.setCurrentIndex(0)
        self.name.setFocus()

    def remove(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def problem(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr("To continue, add at least one settlement.")
        return ""

    def hint(self) -> str:
        if self.problem():
            return self.problem()
        if not any(s.admin_center for s in self.model.settlements()):
            return self.tr("No administrative centre is ticked.")
        count = self.tr("Settlements in the list: %1.").replace("%1", str(self.model.rowCount()))
        if self.edition and any(s.katottg for s in self.model.settlements()):
            return (
                count
                + " "
                + self.tr(
                    "Names, kinds and codes are from %1: check them; a settlement added by hand is "
                    "marked as not in the codifier."
                ).replace("%1", self.edition)
            )
        return count


class SavePage(CheckedPage):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to save"))
        self.setSubTitle(
            self.tr(
                "All the community's records are kept in this one file. You can copy it to a USB "
                "stick or open it on another computer."
            )
        )
        self._folder = folder
        self._proposed = ""
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        summary_box = QGroupBox(self.tr("The new community"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        form = QFormLayout(self)
        form.addRow(_label(self.tr("Fi&le:"), self.path_edit), row)
        form.addRow("", self.message)
        form.addItem(QSpacerItem(0, 12))
        form.addRow(summary_box)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, NewCommunityWizard)
        options = wizard.community_options()
        # Follow the community's name while the person has not chosen a path themselves.
        if self.path_edit.text() in ("", self._proposed):
            self._proposed = str(free_path(self._folder, propose_file_name(options.name)))
            self.path_edit.setText(self._proposed)
        centres = [s.name for s in options.settlements if s.admin_center]
        edition = wizard.settlements_page.edition
        self.summary.setText(
            "\n".join(
                [
                    options.name,
                    options.executive_committee or options.council_name,
                    self.tr("Settlements: %1; administrative centre: %2.")
                    .replace("%1", str(len(options.settlements)))
                    .replace("%2", centres[0] if centres else self.tr("not chosen")),
                    self.tr("Codifier code: %1 (%2).")
                    .replace("%1", options.katottg)
                    .replace("%2", edition)
                    if options.katottg
                    else self.tr("Not linked to the codifier: typed by hand."),
                ]
            )
        )
        self._changed()

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new community file"),
            self.path_edit.text(),
            self.tr("Community files (*.hromada)"),
        )
        if name:
            self.path_edit.setText(str(_with_suffix(Path(name))))

    def path(self) -> Path:
        return _with_suffix(Path(self.path_edit.text().strip()))

    def problem(self) -> str:
        if not self.path_edit.text().strip():
            return self.tr("To finish, choose where to save the file.")
        return ""

    def problem_on_leaving(self) -> str:
        path = self.path()
        if self.problem():
            return self.problem()
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.exists():
            return self.tr("The file %1 already exists; choose another name.").replace(
                "%1", path.name
            )
        return ""


def _with_suffix(path: Path) -> Path:
    if not path.name or path.suffix.lower() == FILE_SUFFIX:
        return path
    return path.with_name(path.name + FILE_SUFFIX)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class NewCommunityWizard(QWizard):
    """Asks for a new community; ``path()`` and ``community_options()`` say what to create."""

    def __init__(self, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New community file"))
        self.loader = CodifierLoader(self)
        self.find_page = FindPage(self.loader)
        self.council_page = CouncilPage()
        self.region_page = RegionPage()
        self.settlements_page = SettlementsPage()
        self.save_page = SavePage(folder if folder is not None else documents_folder())
        for page in (
            self.find_page,
            self.council_page,
            self.region_page,
            self.settlements_page,
            self.save_page,
        ):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._katottg: str | None = None
        self._filled = False  # the pages hold what the codifier proposed
        self._chosen = ""  # the community whose settlements the list holds
        self.find_page.changed.connect(self._apply_codifier)
        fit_to_screen(self, 760, 560)
        self.loader.start()  # read on a thread: the wizard is there at once

    def _apply_codifier(self) -> None:
        """Fill the pages from the community chosen in the codifier: the names for its kind
        of council, and (for a newly chosen one) the oblast, rayon and settlements; empty
        them again when the choice is dropped."""
        community = self.find_page.community
        council, region, settlements = (self.council_page, self.region_page, self.settlements_page)
        if community is None:
            self._katottg, self._chosen = None, ""
            if self._filled:
                council.fill("", "", "", "")
                region.oblast.clear()
                region.rayon.clear()
                settlements.model.replace(())
                settlements.edition = ""
                self._filled = False
            return
        options = options_from_codifier(community, self.find_page.council_kind())
        council.fill(
            options.council_name,
            options.council_name_genitive,
            options.executive_committee,
            options.name,
        )
        if community.code != self._chosen:
            region.oblast.setText(options.oblast)
            region.rayon.setText(options.rayon)
            settlements.edition = f"КАТОТТГ від {community.edition}"
            settlements.model.replace(options.settlements)
        self._katottg, self._chosen, self._filled = options.katottg, community.code, True

    def community_options(self) -> NewCommunityOptions:
        council, region = self.council_page, self.region_page
        return NewCommunityOptions(
            name=" ".join(council.community.text().split()),
            council_name=" ".join(council.council.text().split()),
            council_name_genitive=" ".join(council.genitive.text().split()),
            executive_committee=" ".join(council.committee.text().split()),
            oblast=" ".join(region.oblast.text().split()),
            rayon=" ".join(region.rayon.text().split()),
            settlements=self.settlements_page.model.settlements(),
            katottg=self._katottg,
        )

    def path(self) -> Path:
        return self.save_page.path()
