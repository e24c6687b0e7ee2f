"""The main window: the open community file's overview, and the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.errors import KnownError
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import CommunityFile, open_file
from hromada_desk.ui.population_model import PopulationOverviewModel


class MainWindow(QMainWindow):
    def __init__(self, backups: BackupPolicy) -> None:
        super().__init__()
        self._backups = backups
        self.community_file: CommunityFile | None = None
        self.resize(1100, 680)

        self.welcome = QLabel(self.tr(
            "No community file is open.\nUse File → Open… (Ctrl+O) to open a .hromada file."))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.population_model = PopulationOverviewModel(self)
        self.population_view = QTableView()
        self.population_view.setModel(self.population_model)
        self.population_view.setAccessibleName(self.tr("Population by settlement and year"))
        self.population_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.addWidget(self.heading)
        layout.addWidget(self.population_view)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(overview)
        self.setCentralWidget(self.pages)
        self._build_menu()
        self._show_title()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_file)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_community)
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addActions([self.open_action, self.close_action])
        menu.addSeparator()
        menu.addAction(quit_action)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a community file"), "",
            self.tr("Community files (*.hromada)"))
        if not name:
            return
        try:
            self.open_community(open_file(Path(name), backups=self._backups))
        except KnownError as exc:
            QMessageBox.critical(self, APP_NAME, str(exc))

    def open_community(self, cf: CommunityFile) -> None:
        self.close_community()
        self.community_file = cf
        community = community_repo.get_community(cf)
        settlements = community_repo.list_settlements(cf, include_archived=False)
        population = {year: community_repo.get_population(cf, year)
                      for year in community_repo.population_years(cf)}
        self.population_model.set_data(settlements, population)
        if community is not None:
            lines = [community.executive_committee or community.council_name, community.name,
                     community.region]
            self.heading.setText("\n".join(line for line in lines if line))
        self.pages.setCurrentIndex(1)
        self.statusBar().showMessage(str(cf.path))
        self._show_title()

    def close_community(self) -> None:
        if self.community_file is None:
            return
        try:
            self.community_file.close()
        except KnownError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
        self.community_file = None
        self.population_model.set_data([], {})
        self.pages.setCurrentIndex(0)
        self.statusBar().clearMessage()
        self._show_title()

    def _show_title(self) -> None:
        if self.community_file is None:
            self.setWindowTitle(APP_NAME)
            return
        community = community_repo.get_community(self.community_file)
        name = community.name if community else ""
        self.setWindowTitle(f"{name} — {self.community_file.path.name} — {APP_NAME}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_community()
        super().closeEvent(event)
