"""The «Settlements and population» page: one year's figures per settlement, edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.records import Settlement
from hromada_desk.services import population as service
from hromada_desk.services.population import PopulationEdit
from hromada_desk.ui.common.cells import warning_icon
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import NoteLabel
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.year_selector import YearSelector
from hromada_desk.ui.population.settlement_dialog import AddSettlementDialog
from hromada_desk.ui.population.table_model import Column, PopulationTableModel
from hromada_desk.ui.population.view import PopulationView
from hromada_desk.ui.session import Session

# Number columns wide enough for «10 000 000» in a bold font, with a warning icon.
NUMBER_COLUMN_WIDTH = 104
KIND_COLUMN_WIDTH = 96
NAME_COLUMN_EMS = 16
# Beyond this the summary is cut short; the icons in the grid still show every warning.
MAX_WARNING_LINES = 6


class PopulationPage(Page):
    """Settlements down, total / men / women / children of the selected year across."""

    topics = frozenset({"settlements", "population"})
    uses_year = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_dialog: AddSettlementDialog | None = None
        self.edit_dialog: AddSettlementDialog | None = None
        self.year_selector = YearSelector(session)
        self.model = PopulationTableModel(session, self)
        self.view = PopulationView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(Column.KIND, KIND_COLUMN_WIDTH)
        for column in (Column.TOTAL, Column.MEN, Column.WOMEN, Column.CHILDREN):
            header.resizeSection(column, NUMBER_COLUMN_WIDTH)
        self.heading = QLabel()
        self.heading.setBuddy(self.view)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        # Also in the grid's context menu, after its copy, paste and clear.
        separator = QAction(self.view)
        separator.setSeparator(True)
        self.edit_action = QAction(self.view)
        self.view.addActions([separator, self.edit_action])
        self.fill_button = QPushButton()
        self.show_archived = QCheckBox()
        self.warnings_label = QLabel()
        self.warnings_icon = QLabel()
        self.warnings_icon.setPixmap(warning_icon().pixmap(16, 16))
        self.message_label = NoteLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Rows kept short so that the page fits a 1366×768 screen at 150 % scaling.
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_selector)
        year_row.addWidget(self.fill_button)
        year_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addLayout(buttons)
        layout.addWidget(self.heading)
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.view, 1)
        grid_row.addStretch(0)
        layout.addLayout(grid_row, 1)
        warnings_row = QHBoxLayout()
        warnings_row.addWidget(self.warnings_icon, 0, Qt.AlignmentFlag.AlignTop)
        warnings_row.addWidget(self.warnings_label, 1)
        layout.addLayout(warnings_row)
        layout.addWidget(self.message_label)
        QWidget.setTabOrder(self.year_selector.new_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.fill_button)
        QWidget.setTabOrder(self.fill_button, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.view)

        header.sectionResized.connect(lambda *_args: self._fit_view_width())
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.edit_action.triggered.connect(self.open_edit_dialog)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.fill_button.clicked.connect(self.fill_from_previous_year)
        self.show_archived.toggled.connect(self._show_archived_toggled)
        self.model.message.connect(self.show_message)
        self.view.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        session.year_changed.connect(self._year_changed)
        self.retranslate()
        self.refresh()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settlements and population")

    def refresh(self) -> None:
        edit, applied = self.session.change or (None, True)  # the edit behind it, if one
        if isinstance(edit, PopulationEdit) and self.model.show_edit(edit, applied):
            self._show_warnings()
            self._update_buttons()
            return
        current = self.view.currentIndex()
        settlement = self.model.settlement_at(current.row()) if current.isValid() else None
        column = current.column() if current.isValid() else Column.TOTAL
        if self.model.reload():
            self._fit_name_column()
            row = self.model.row_of(settlement.id) if settlement is not None else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, column))
        self.setEnabled(self.session.is_open)
        self._show_heading()
        self._show_warnings()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add settlement…"))
        self.add_button.setToolTip(self.tr("Add a settlement to the community"))
        self.edit_button.setText(self.tr("Edi&t settlement…"))
        self.edit_button.setToolTip(
            self.tr("Name, kind, starosta district, area and distance of the selected settlement")
        )
        self.edit_button.setAccessibleName(self.tr("Edit the selected settlement"))
        self.edit_action.setText(self.edit_button.text())
        self.fill_button.setText(self.tr("F&ill from previous year"))
        self.fill_button.setToolTip(
            self.tr("Copy last year's figures into the empty cells of this year")
        )
        self.show_archived.setText(self.tr("Sho&w archived"))
        self.show_archived.setToolTip(
            self.tr("Also list settlements that no longer belong to the community (greyed)")
        )
        self.add_button.setAccessibleName(self.tr("Add a settlement"))
        self.fill_button.setAccessibleName(self.tr("Fill from the previous year"))
        self.show_archived.setAccessibleName(self.tr("Show archived settlements"))
        self.message_label.setAccessibleName(self.tr("Message"))
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        self.view.setAccessibleName(self.tr("Population by settlement"))
        self.view.setAccessibleDescription(
            self.tr("Type to change a figure; Ctrl+C and Ctrl+V copy and paste blocks as in Excel")
        )
        self.view.retranslate()
        self.model.retranslate()
        self.show_message("")
        self._show_heading()
        self._show_warnings()
        self._update_buttons()

    def _year_changed(self, _year: int) -> None:
        self.show_message("")

    # -- showing ----------------------------------------------------------------------------
    def _fit_name_column(self) -> None:
        self.view.resizeColumnToContents(Column.NAME)
        minimum = self.view.fontMetrics().horizontalAdvance("M") * NAME_COLUMN_EMS
        if self.view.columnWidth(Column.NAME) < minimum:
            self.view.setColumnWidth(Column.NAME, minimum)
        self._fit_view_width()

    def _fit_view_width(self) -> None:
        # As wide as its columns (no empty band on the right), room kept for the scroll bar.
        view = self.view
        width = (
            view.horizontalHeader().length()
            + 2 * view.frameWidth()
            + view.verticalScrollBar().sizeHint().width()
        )
        view.setMaximumWidth(width)

    def _show_heading(self) -> None:
        year = self.model.year
        self.heading.setText(
            fill(self.tr("&Population on 1 January %1:"), year)
            if year is not None
            else self.tr("&Population:")
        )

    def _show_warnings(self) -> None:
        lines = []
        found = self.model.warnings()
        if found:
            items = [fill(self.tr("%1: %2"), name, finding.message) for name, finding in found]
            if len(items) > MAX_WARNING_LINES:
                more = len(items) - MAX_WARNING_LINES + 1
                items[MAX_WARNING_LINES - 1 :] = [
                    self.tr(
                        "… and %n more: point at the marked Total cells to read them.", None, more
                    )
                ]
            lines.append(fill(self.tr("Warnings: %1 — %2"), len(found), "\n".join(items)))
        year = self.model.year
        if year is not None and self.model.settlement_count and not self.model.has_figures:
            hint = (
                self.tr(
                    "No figures for %1 yet: type them, paste them from Excel, or use "
                    "«Fill from previous year»."
                )
                if self.model.has_previous_year
                else self.tr("No figures for %1 yet: type them or paste them from Excel.")
            )
            lines.append(fill(hint, year))
        hidden = self.model.hidden_in_total
        if hidden:
            lines.append(
                fill(
                    self.tr("The total also counts archived settlements that are not shown: %1."),
                    ", ".join(hidden),
                )
            )
        self.warnings_label.setText("\n".join(lines))  # the same text: nothing redrawn
        _show(self.warnings_icon, bool(found))
        _show(self.warnings_label, bool(lines))

    def show_message(self, text: str, kind: str = "info") -> None:
        """The message line under the grid: why something was refused, or what happened."""
        self.message_label.show_message(text, kind)

    def _update_buttons(self) -> None:
        settlement = self.selected_settlement()
        self.archive_button.setEnabled(settlement is not None)
        self.edit_button.setEnabled(settlement is not None)
        self.edit_action.setEnabled(settlement is not None)
        if settlement is not None and settlement.archived:
            self.archive_button.setText(self.tr("&Restore"))
            self.archive_button.setAccessibleName(self.tr("Restore the selected settlement"))
            self.archive_button.setToolTip(self.tr("Count the selected settlement again"))
        else:
            self.archive_button.setText(self.tr("Ar&chive"))
            self.archive_button.setAccessibleName(self.tr("Archive the selected settlement"))
            self.archive_button.setToolTip(
                self.tr(
                    "The selected settlement no longer belongs to the community; its past "
                    "figures are kept"
                )
            )
        self.fill_button.setEnabled(self.model.has_previous_year)

    def selected_settlement(self) -> Settlement | None:
        current = self.view.currentIndex()
        return self.model.settlement_at(current.row()) if current.isValid() else None

    def _show_archived_toggled(self, checked: bool) -> None:
        self.model.show_archived = checked
        self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def open_add_dialog(self) -> None:
        cf = self.session.cf
        if cf is None:
            return
        settlements = service.list_settlements(cf)
        self.add_dialog = AddSettlementDialog(
            {(s.name, s.kind) for s in settlements},
            self,
            districts=[s.starosta_district for s in settlements if s.starosta_district],
        )
        self.add_dialog.accepted.connect(lambda: self._add(self.add_dialog))
        self.add_dialog.open()

    def open_edit_dialog(self) -> None:
        cf, settlement = self.session.cf, self.selected_settlement()
        if cf is None or settlement is None:
            return
        others = [s for s in service.list_settlements(cf) if s.id != settlement.id]
        dialog = AddSettlementDialog(
            {(s.name, s.kind) for s in others},
            self,
            settlement=settlement,
            districts=[s.starosta_district for s in others if s.starosta_district],
        )
        dialog.accepted.connect(lambda: self._save_edit(dialog))
        self.edit_dialog = dialog
        dialog.open()

    def _save_edit(self, dialog: AddSettlementDialog) -> None:
        cf = self.session.cf
        edited = dialog.value()
        before = service.get_settlement(cf, edited.id) if cf is not None and edited.id else None
        if cf is None or before is None:
            return
        edit = service.edit_settlement(cf, before, edited)
        if edit is None:
            return
        text = fill(self.tr("Edit %1"), before.display_name)
        if self.session.run(text, edit):
            self.show_message(fill(self.tr("%1 saved."), edited.display_name))

    def _add(self, dialog: AddSettlementDialog | None) -> None:
        cf = self.session.cf
        if dialog is None or cf is None:
            return
        settlement = dialog.value()
        edit = service.add_settlement(cf, settlement)
        text = fill(self.tr("Add %1"), settlement.display_name)
        if self.session.run(text, edit) and edit.key is not None:
            row = self.model.row_of(edit.key.id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, Column.TOTAL))
            self.view.setFocus()
            self.show_message(
                fill(
                    self.tr(
                        "%1 added: type its figures in the Total, Men, Women and Children columns."
                    ),
                    settlement.display_name,
                )
            )

    def toggle_archived(self) -> None:
        settlement = self.selected_settlement()
        if settlement is None:
            return
        archived = not settlement.archived
        if archived:
            text = fill(self.tr("Archive %1"), settlement.name)
        else:
            text = fill(self.tr("Restore %1"), settlement.name)
        if not self.session.run(text, service.set_archived(settlement, archived)):
            return
        if archived and not self.model.show_archived:
            self.show_message(
                fill(
                    self.tr(
                        "%1 is archived and no longer shown; tick «Show archived» to see it, or "
                        "undo "
                        "(Ctrl+Z)."
                    ),
                    settlement.display_name,
                )
            )
        else:
            self.show_message("")

    def fill_from_previous_year(self) -> None:
        year = self.model.year
        if year is None:
            return
        count = self.model.fill_from_previous_year()
        if count:
            self.show_message(
                fill(
                    self.tr(
                        "Figures of %1 copied into the empty cells of %n settlement(s) for %2; "
                        "check "
                        "and correct them.",
                        None,
                        count,
                    ),
                    year - 1,
                    year,
                )
            )
        else:
            self.show_message(
                fill(
                    self.tr("Nothing to fill: every settlement already has its figures for %1."),
                    year,
                )
            )


def _show(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` only when that changes: setVisible(True) on a widget already
    shown repaints it, and the warnings' wrapped text took a millisecond or two of each
    figure typed."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)
