"""The File menu's community-file work: a new community, opening one (chosen, recent, the
demo or dropped on the window), a verified copy on a worker, restoring a backup, closing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from hromada_desk import APP_NAME
from hromada_desk.errors import KnownError, StorageError
from hromada_desk.storage.database import FILE_SUFFIX, is_community_file
from hromada_desk.ui.common.i18n import fill

if TYPE_CHECKING:
    # The worker, the wizard and the backup dialog load when their action runs: they are
    # not needed to show the main window.
    from hromada_desk.ui.common.worker import Job
    from hromada_desk.ui.window_host import WindowHost


def _dropped_file(event: QDropEvent) -> Path | None:
    """The first community file among what is dragged over the window, if any."""
    for url in event.mimeData().urls():
        path = Path(url.toLocalFile())
        if is_community_file(path):
            return path
    return None


class FileActions(QObject):
    """The file actions of ``window``'s File menu and the recent-files submenu; copy,
    restore and close are enabled only while a file is open. Files dropped on the window
    open too (an event filter on the window, so the window needs no drag handlers)."""

    def __init__(self, window: WindowHost, demo_factory: Callable[[], Path] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._demo_factory = demo_factory
        keys = QKeySequence.StandardKey
        self.new_action = self._action(keys.New, self.new_file)
        self.open_action = self._action(keys.Open, self.choose_file)
        self.demo_action = self._action(None, self.open_demo)
        self.copy_action = self._action("Ctrl+Shift+S", self.save_copy_as)
        self.restore_action = self._action(None, self.restore_from_backup)
        self.close_action = self._action(keys.Close, self.close_file)
        self.recent_menu = QMenu(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        # Parented to the window, as its own actions are: the shortcuts work in the window.
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.new_action.setText(self.tr("&New community file…"))
        self.open_action.setText(self.tr("&Open…"))
        self.demo_action.setText(self.tr("Open the &demo community"))
        self.copy_action.setText(self.tr("Save a &copy as…"))
        self.restore_action.setText(self.tr("Restore from a &backup…"))
        self.close_action.setText(self.tr("&Close"))

    def set_enabled(self, is_open: bool) -> None:
        """Copy, restore and close need an open file; the others never do. Restoring
        replaces the file, so not one opened read-only (another window may hold it)."""
        for action in (self.copy_action, self.close_action):
            action.setEnabled(is_open)
        cf = self.window.session.cf
        self.restore_action.setEnabled(is_open and cf is not None and not cf.readonly)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _documents_folder(self) -> str:
        last = self.window.settings.last_file
        if last is not None and last.parent.is_dir():
            return str(last.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # -- leaving the open file --------------------------------------------------------------
    def confirm_leaving(self) -> bool:
        """Before the open file is closed or replaced: pages with unsaved forms save, discard
        or keep them (False = the person chose to stay)."""
        window = self.window
        if not window.interactive:
            return True
        for row, page in window.stack.built():  # a page never built holds no edits
            settle = getattr(page, "settle_unsaved", None)
            if settle is not None:
                if not settle():
                    return False
                continue
            unsaved = getattr(page, "has_unsaved_changes", None)
            if unsaved is not None and unsaved():
                # One model everywhere: what a form holds is saved, discarded, or kept.
                buttons = QMessageBox.StandardButton
                answer = QMessageBox.question(
                    window,
                    APP_NAME,
                    fill(
                        self.tr("The page «%1» has changes that are not saved. Save them?"),
                        page.title(),
                    ),
                    buttons.Save | buttons.Discard | buttons.Cancel,
                    buttons.Save,
                )
                if answer == buttons.Discard:
                    continue
                save = getattr(page, "save_pending", None) or getattr(page, "save", None)
                if answer == buttons.Save and save is not None and save():
                    continue
                window.navigation.setCurrentRow(row)
                return False
        return True

    def close_file(self) -> bool:
        if not self.confirm_leaving():
            return False
        self.window.session.close()
        return True

    # -- opening ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a community file"),
            self._documents_folder(),
            self.tr("Community files (*.hromada)"),
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        window = self.window
        if window.session.is_open and not self.confirm_leaving():
            return False
        try:
            # a file that cannot be written (locked stick, read-only folder) opens read-only;
            # one open elsewhere, read-only if the person wants; a stick file, as a local copy
            cf = window.guard.open(path)
        except KnownError as exc:
            if isinstance(exc, StorageError) and not path.exists():
                window.settings.forget_recent(path)
                window.welcome.set_recent(window.settings.recent_files)
            window.report_error(exc)
            return False
        if cf is None:
            return False
        window.session.open(cf, origin=window.guard.origin_of(cf))
        window.settings.opened(path)
        return True

    def open_demo(self) -> None:
        if self._demo_factory is None:
            return
        try:
            path = self._demo_factory()
        except KnownError as exc:
            self.window.report_error(exc)
            return
        if self.open_path(path):
            self.window.settings.forget_recent(path)  # a throwaway copy is not a recent file
            self.window.settings.last_file = None

    def new_file(self) -> None:
        from hromada_desk.services.new_community import create_community
        from hromada_desk.ui.files.new_community_wizard import NewCommunityWizard

        session = self.window.session
        if session.is_open and not self.confirm_leaving():
            return
        wizard = NewCommunityWizard(self.window)
        if not wizard.exec():
            return
        try:
            cf = create_community(
                wizard.path(), wizard.community_options(), backups=session.backups
            )
        except KnownError as exc:
            self.window.report_error(exc)
            return
        cf.close()
        self.open_path(cf.path)  # through the guard: the lock, a working copy on a stick

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A community file dragged onto the window is accepted, and opened when dropped."""
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent is a QDropEvent too
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.open_path(path)
                return True
        return False

    # -- copies and backups -----------------------------------------------------------------
    def edit_a_copy(self) -> Job | None:
        """For a file opened read-only: save a copy where it can be written, then open it."""
        return self.save_copy_as(open_after=True)

    def save_copy_as(self, *, open_after: bool = False) -> Job | None:
        cf = self.window.session.cf
        if cf is None:
            return None
        suggestion = str(Path(self._documents_folder()) / f"{cf.path.stem} (копія).hromada")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy as"),
            suggestion,
            self.tr("Community files (*.hromada)"),
        )
        if not name:
            return None
        return self.start_copy(Path(name), open_after=open_after)

    def start_copy(self, target: Path, *, open_after: bool = False) -> Job | None:
        """The open file copied to ``target`` on a worker and checked there; the window's
        status bar says where it went."""
        from hromada_desk.storage.copies import save_copy

        window = self.window
        cf = window.session.cf
        if cf is None:
            return None
        if not is_community_file(target):
            target = target.with_name(target.name + FILE_SUFFIX)

        def done(_result: object) -> None:
            window.statusBar().showMessage(
                fill(self.tr("Copy saved and checked: %1"), str(target)), 10_000
            )
            if open_after:
                self.open_path(target)

        return window.start_job(
            self.tr("Saving a copy…"), lambda report: save_copy(cf, target, progress=report), done
        )

    def backups(self) -> list[Path]:
        """The backups of the open file's community, newest first (none when no file is
        open)."""
        from hromada_desk.storage.backups import list_backups

        session = self.window.session
        cf = session.cf
        if cf is None:
            return []
        return list_backups(session.backups, session.origin or cf.path, cf.info.community_uid)

    def restore_from_backup(self) -> None:
        from hromada_desk.ui.files.backup_dialog import BackupDialog

        if self.window.session.cf is None:
            return
        backups = self.backups()
        if not backups:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr(
                    "There are no backups of this file yet. They are made when a file is closed "
                    "after changes and before an import, a paste or a restore."
                ),
            )
            return
        dialog = BackupDialog(backups, self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return
        self.restore(dialog.chosen())

    def restore(self, backup: Path | None) -> bool:
        """The open file replaced by ``backup`` (closed first, reopened after)."""
        from hromada_desk.storage.copies import restore_backup
        from hromada_desk.ui.files.lock import FileLock, LockState

        session = self.window.session
        path = session.origin
        if path is None or backup is None:
            return False
        if not self.close_file():
            return False
        # The file is replaced while nobody has it open: its lock is held until it is done.
        lock = FileLock.beside(path)
        try:
            if lock.acquire() is LockState.HELD:
                raise StorageError(
                    f"Файл «{path.name}» відкрито в іншому вікні або на іншому комп’ютері; "
                    "його не відновлено з резервної копії.",
                    "Закрийте його там і повторіть.",
                )
            restore_backup(path, backup, session.backups)
        except KnownError as exc:
            self.window.report_error(exc)
        finally:
            lock.release()
        return self.open_path(path)
