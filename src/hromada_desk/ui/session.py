"""The open community file as the interface sees it: edits as undoable commands, and signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hromada_desk.domain.records import reporting_year
from hromada_desk.errors import KnownError
from hromada_desk.services.edit import ALL, Edit
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import CommunityFile, load_writing_library

Change = Callable[[CommunityFile], None]


class _StorageCommand(QUndoCommand):
    """One edit = one transaction. It has already been applied when it is pushed."""

    def __init__(
        self,
        session: Session,
        text: str,
        apply: Change,
        revert: Change,
        what: str,
        edit: Edit | None,
    ) -> None:
        super().__init__(text)
        self._session, self._apply, self._revert, self._what = session, apply, revert, what
        self._edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push() calls redo(); the change is already written
            self._applied = False
            return
        self._session._run(self._apply, self._what, self._edit, applied=True)

    def undo(self) -> None:
        self._session._run(self._revert, self._what, self._edit, applied=False)


class Session(QObject):
    """Holds the open file, the undo stack and the selected year; pages listen to it."""

    data_changed = Signal(str)
    file_changed = Signal()
    year_changed = Signal(int)
    error = Signal(object)  # a KnownError for the window to show

    def __init__(self, backups: BackupPolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.cf: CommunityFile | None = None
        self.undo_stack = QUndoStack(self)
        self._year: int | None = None
        self._origin: Path | None = None
        self._years: list[int] | None = None  # the file's years, read once a change
        # While data_changed is emitted for an edit: the edit, and whether it was applied
        # (done or redone) or reverted (undone); a page that can show just that change
        # need not read its data again (see PopulationPage).
        self.change: tuple[Edit, bool] | None = None

    # -- the file ---------------------------------------------------------------------------
    def open(self, cf: CommunityFile, origin: Path | None = None) -> None:
        """``origin``: the file as people know it when ``cf`` is a local working copy of it."""
        self.close()
        self.cf = cf
        self._years = None
        self._origin = origin
        years = community_repo.data_years(cf)
        # A new file shows the year being reported, ready for its figures.
        self._year = years[-1] if years else reporting_year(dt.date.today().year)
        self.file_changed.emit()
        self.data_changed.emit(ALL)
        if self._year is not None:
            self.year_changed.emit(self._year)

    def close(self) -> None:
        """Close the file (its backup is made on close); errors are reported, not raised."""
        if self.cf is None:
            return
        cf, self.cf = self.cf, None
        self._years = None
        self.undo_stack.clear()
        try:
            cf.close()
        except KnownError as exc:
            self.error.emit(exc)
        self.file_changed.emit()

    @property
    def is_open(self) -> bool:
        return self.cf is not None

    @property
    def origin(self) -> Path | None:
        """The open file's path as shown to people: the stick file, not its working copy."""
        if self.cf is None:
            return None
        return self._origin or self.cf.path

    # -- the selected year ------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self._year

    def set_year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            self.year_changed.emit(year)

    def figure_years(self) -> list[int]:
        """Years with any figures in the file."""
        return community_repo.data_years(self.cf) if self.cf is not None else []

    @staticmethod
    def load_writing_library() -> None:
        """Load what the first edit of a session writes with, ahead of it (see storage)."""
        load_writing_library()

    def years(self) -> list[int]:
        """Years with any figures, plus the selected one (a new year has none yet)."""
        if self.cf is None:
            return []
        if self._years is None:  # every page's year selector asks after each edit
            self._years = community_repo.data_years(self.cf)
        years = set(self._years)
        if self._year is not None:
            years.add(self._year)
        return sorted(years)

    # -- edits ------------------------------------------------------------------------------
    def execute(
        self,
        text: str,
        apply: Change,
        revert: Change,
        what: str,
        *,
        before: str | None = None,
        edit: Edit | None = None,
    ) -> bool:
        """Write an edit now (one transaction) and put it on the undo stack.

        ``before`` names an edit that changes many values at once («paste», «fill»,
        «import»): the file's current state is first kept as a «before-…» backup, and the
        edit is not made when that backup fails.

        On a storage problem nothing is pushed, the error is reported and False returned:
        the caller keeps what the person typed so that it can be tried again.
        """
        if self.cf is None:
            return False
        try:
            self.cf.require_writable()
            if before is not None:
                self.cf.backup_before(before)
            apply(self.cf)
        except KnownError as exc:
            self.error.emit(exc)
            return False
        self.undo_stack.push(_StorageCommand(self, text, apply, revert, what, edit))
        self._changed(what, edit, applied=True)
        return True

    def run(self, text: str, edit: Edit, *, before: str | None = None) -> bool:
        """``execute`` an edit a service made, under the interface's ``text`` for Undo."""
        return self.execute(text, edit.apply, edit.revert, edit.what, before=before, edit=edit)

    def _run(self, change: Change, what: str, edit: Edit | None, *, applied: bool) -> None:
        if self.cf is None:
            return
        try:
            change(self.cf)
        except KnownError as exc:
            self.error.emit(exc)
            edit = None  # what is in the file is not known: everyone reads it again
        self._changed(what, edit, applied=applied)

    def _changed(self, what: str, edit: Edit | None, *, applied: bool) -> None:
        self._years = None
        self.change = (edit, applied) if edit is not None else None
        try:
            self.data_changed.emit(what)
        finally:
            self.change = None
