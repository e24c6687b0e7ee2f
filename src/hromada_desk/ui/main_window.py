"""The main window: navigation, pages, the File, Edit, Settings and Help menus, status bar."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.errors import KnownError
from hromada_desk.services.community import get_community
from hromada_desk.settings import Settings
from hromada_desk.ui.common.errors import CrashHandler, show_error
from hromada_desk.ui.common.i18n import Languages
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.common.undo_keys import UndoKeys
from hromada_desk.ui.files.actions import FileActions
from hromada_desk.ui.files.guard import FileGuard
from hromada_desk.ui.files.read_only_bar import ReadOnlyBar
from hromada_desk.ui.page_stack import PageStack
from hromada_desk.ui.session import Session
from hromada_desk.ui.statistics.actions import StatisticsActions
from hromada_desk.ui.window_host import WindowHost

if TYPE_CHECKING:  # built or run only when needed, not at start-up
    from hromada_desk.ui.common.message_line import MessageLine
    from hromada_desk.ui.common.worker import Job, Report
    from hromada_desk.ui.files.welcome_page import WelcomePage


# Once the window is shown, and idle, the first write's libraries are loaded (not while the
# window is being drawn, nor inside the first figure typed).
WARM_UP_AFTER_MS = 300


class MainWindow(WindowHost):
    """The window a council specialist works in. It holds no business logic: pages edit
    through the Session; the File menu's file work is ``self.files`` (FileActions), its
    statistics work ``self.statistics``."""

    first_painted = Signal()

    def __init__(
        self,
        session: Session,
        settings: Settings,
        languages: Languages,
        demo_factory: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.languages = languages
        self._painted = False
        self.interactive = True
        self.crash_handler: CrashHandler | None = None
        self.jobs: list[Job] = []
        self.document_line: MessageLine | None = None  # made for the first document saved
        self._saved_at = ""  # when the last change was written, as the status bar says
        self.resize(1280, 720)

        self._welcome: WelcomePage | None = None  # built only when no file is open
        # Until the window is first shown: a window that opens a file before it is shown
        # (the usual start) never builds the welcome page.
        self._welcome_deferred = True
        self.files = FileActions(self, demo_factory)  # it also opens files dropped on the window
        self.navigation = QListWidget()
        self.navigation.setWordWrap(True)
        self.navigation.setSpacing(3)
        # Pages are built the first time they are shown (see PageStack).
        self.stack = PageStack(session)
        for _title in self.stack.titles():
            self.navigation.addItem("")
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.workspace = QWidget()
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        pages = QVBoxLayout()
        self.read_only_bar = ReadOnlyBar(session, self.files.edit_a_copy)
        pages.addWidget(self.read_only_bar)
        pages.addWidget(self.stack, 1)
        layout.addLayout(pages, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.file_label)

        self._build_actions()
        self._build_menus()
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        self.undo_keys = UndoKeys(self, application)
        session.file_changed.connect(self._file_changed)
        session.data_changed.connect(self._data_changed)
        session.error.connect(self.report_error)
        self.guard = FileGuard(self, session)  # the lock, and the working copy of a stick file
        self.navigation.setCurrentRow(0)
        self.retranslate()
        self._file_changed()

    @property
    def welcome(self) -> WelcomePage:
        """The page shown when no file is open, made the first time it is needed: a window
        that starts with a file never pays for it."""
        if self._welcome is None:
            from hromada_desk.ui.files.welcome_page import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.new_requested.connect(self.files.new_file)
            self._welcome.open_requested.connect(self.files.choose_file)
            self._welcome.demo_requested.connect(self.files.open_demo)
            self._welcome.recent_requested.connect(self.files.open_path)
            self.central.addWidget(self._welcome)
        return self._welcome

    # -- actions and menus ------------------------------------------------------------------
    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.statistics = StatisticsActions(self)
        self.quit_action = self._action(keys.Quit, self.close)
        stack = self.session.undo_stack
        self.undo_action = self._action(keys.Undo, stack.undo)
        self.redo_action = self._action(None, stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._show_undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._show_undo_texts())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        redo_keys = {
            k.toString(): k for k in (*QKeySequence.keyBindings(keys.Redo), QKeySequence("Ctrl+Y"))
        }
        self.redo_action.setShortcuts(list(redo_keys.values()))
        self.settings_action = self._action(keys.Preferences, self.show_settings)
        self.help_action = self._action(keys.HelpContents, self.show_help)
        self.about_action = self._action(None, self.show_about)
        self.next_page_action = self._action("Ctrl+PgDown", lambda: self._step_page(1))
        self.previous_page_action = self._action("Ctrl+PgUp", lambda: self._step_page(-1))
        self.addActions([self.next_page_action, self.previous_page_action])
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("uk", "en"):
            action = QAction(self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.settings.language].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        files = self.files
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([files.new_action, files.open_action])
        self.file_menu.addMenu(files.recent_menu)
        self.file_menu.addAction(files.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([files.copy_action, files.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.statistics.actions)
        self.file_menu.addSeparator()
        self.file_menu.addActions([files.close_action, self.quit_action])
        self.file_menu.aboutToShow.connect(files.fill_recent_menu)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.settings_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.files.retranslate()
        self.statistics.retranslate()
        self.quit_action.setText(self.tr("E&xit"))
        self._show_undo_texts()
        self.settings_action.setText(self.tr("&Settings…"))
        self.help_action.setText(self.tr("&Help on this page"))
        self.about_action.setText(self.tr("&About hromada-desk"))
        self.language_actions["uk"].setText("Українська")
        self.language_actions["en"].setText("English")
        self.navigation.setAccessibleName(self.tr("Sections"))
        titles = self.stack.titles()
        for row, title in enumerate(titles):
            self.navigation.item(row).setText(title)
        # As wide as the longest title, within bounds; longer titles wrap.
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(title) for title in titles)
        self.navigation.setFixedWidth(max(120, min(200, widest + 28)))
        self._show_title()
        self._show_file_label()
        self._show_saved()  # the status bar speaks the new language too
        if self.document_line is not None:
            self.document_line.clear()  # composed in the previous language

    def _show_undo_texts(self) -> None:
        stack = self.session.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self.languages.apply(code)
        self.language_actions[code].setChecked(True)

    # -- pages ------------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        """The page at ``index`` of the navigation, built now if it was never shown."""
        return self.stack.page(index)

    @property
    def pages(self) -> list[Page]:
        """Every page, building the ones not shown yet: for the self-test and tests. The
        window itself only touches pages already built (``self.stack.built()``)."""
        return self.stack.all_pages()

    def _page_chosen(self, row: int) -> None:
        # Without a file the welcome page covers the workspace: nothing to build yet.
        if self.session.is_open:
            self.stack.show_page(row)
        else:
            self.stack.setCurrentIndex(row)

    def _step_page(self, step: int) -> None:
        if self.session.is_open:
            count = self.navigation.count()
            self.navigation.setCurrentRow((self.navigation.currentRow() + step) % count)

    # -- errors and background jobs ---------------------------------------------------------
    def report_error(self, exc: KnownError) -> None:
        """A dialog for a person; stderr when nobody is there (--self-test, --screenshots)."""
        if self.interactive:
            show_error(self, exc)
        else:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)

    def _job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.report_error(exc)
        else:
            raise exc

    def start_job(
        self, label: str, work: Callable[[Report], Any], done: Callable[[Any], None]
    ) -> Job:
        """Long work on a worker with a progress dialog (after half a second); a known
        error is reported, a bug goes to the crash dialog."""
        from hromada_desk.ui.common.worker import run_job  # not needed to show the window

        job = run_job(self, label, work, done, self._job_failed)
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job))
        return job

    def show_document(self, text: str, path: Path, kind: str = "info") -> None:
        """A document saved from a menu: said in the status bar, with «Open», «Show in
        folder» and, for a PDF, «Print…»."""
        from hromada_desk.ui.common.message_line import MessageLine

        if self.document_line is None:
            self.document_line = MessageLine()
            self.statusBar().addWidget(self.document_line, 1)
        self.statusBar().clearMessage()
        self.document_line.show_document(text, path, kind)

    # -- reactions --------------------------------------------------------------------------
    def _file_changed(self) -> None:
        is_open = self.session.is_open
        self._saved_at = ""  # another file: nothing of it was saved yet
        self.statusBar().clearMessage()
        if is_open:
            self._welcome_deferred = False
            self.stack.show_page(self.navigation.currentRow())
            self.central.setCurrentWidget(self.workspace)
        elif not self._welcome_deferred:
            self._show_welcome()
        self.files.set_enabled(is_open)
        self.statistics.set_enabled(is_open)
        self._show_title()
        self._show_file_label()

    def _data_changed(self, what: str) -> None:
        if what in ("community", "all"):
            self._show_title()
        if self.session.undo_stack.count():
            self._saved_at = QTime.currentTime().toString("HH:mm")
            self._show_saved()

    def _show_saved(self) -> None:
        """«All changes saved (12:05)», in the language of the moment."""
        if self._saved_at:
            self.statusBar().showMessage(
                self.tr("All changes saved (%1)").replace("%1", self._saved_at)
            )

    def _show_title(self) -> None:
        cf = self.session.cf
        if cf is None:
            self.setWindowTitle(APP_NAME)
            return
        community = get_community(cf)
        name = community.name if community else ""
        shown = (self.session.origin or cf.path).name
        if cf.readonly:
            shown = self.tr("%1 (read-only)").replace("%1", shown)
        self.setWindowTitle(" — ".join(p for p in (name, shown, APP_NAME) if p))

    def _show_file_label(self) -> None:
        cf = self.session.cf
        if cf is None:
            self.file_label.setText(self.tr("No file open"))
        elif cf.readonly:
            self.file_label.setText(
                self.tr("%1 — read-only: changes cannot be saved").replace(
                    "%1", str(self.session.origin)
                )
            )
        else:
            self.file_label.setText(str(self.session.origin))

    def show_settings(self) -> None:
        from hromada_desk.ui.settings_dialog import (
            SettingsDialog,
            apply_settings,
            backup_policy,
            current_choice,
        )

        dialog = SettingsDialog(current_choice(self.settings), self)
        if not dialog.exec():
            return
        choice = dialog.choice()
        apply_settings(self.settings, choice)
        self.set_language(choice.language)
        # Files opened from now on back up there; the open file keeps its policy until closed.
        self.session.backups = backup_policy(choice)

    # -- help -------------------------------------------------------------------------------
    def show_help(self) -> None:
        from hromada_desk.ui.common.help_dialog import HelpDialog
        from hromada_desk.ui.page_stack import PAGE_SLOTS

        # The page one is on (the first steps without a file).
        row = self.navigation.currentRow()
        name = PAGE_SLOTS[row].name if self.session.is_open and row >= 0 else None
        HelpDialog(self, name).exec()

    def show_about(self) -> None:
        from hromada_desk import __version__

        QMessageBox.about(
            self,
            APP_NAME,
            self.tr(
                "hromada-desk %1\nRecords of the coordination council on preventing domestic and "
                "gender-based violence, and the needs calculation of Methodology No. 787. Works "
                "without the internet."
            ).replace("%1", __version__),
        )

    # -- window events ----------------------------------------------------------------------
    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files)
        self.central.setCurrentWidget(self.welcome)

    def showEvent(self, event: QShowEvent) -> None:
        if self._welcome_deferred:
            self._welcome_deferred = False
            if not self.session.is_open:
                self._show_welcome()
        super().showEvent(event)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(WARM_UP_AFTER_MS, self.session.load_writing_library)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.is_open and not self.files.confirm_leaving():
            event.ignore()
            return
        self.settings.geometry = bytes(self.saveGeometry().data())
        self._welcome_deferred = True  # the window is going away: nothing to show instead
        self.session.close()
        self.settings.sync()
        super().closeEvent(event)
