"""Opening files safely: the lock against a second window, and the working copy of a file on
a USB stick or a network share, written back after each edit and on close."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from hromada_desk.errors import KnownError, StorageError
from hromada_desk.storage import removable, working_copy
from hromada_desk.storage.database import CommunityFile, can_write, open_file
from hromada_desk.storage.working_copy import WorkingCopy
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.files.guard_dialogs import GuardQuestions, LockAnswer, Recovery
from hromada_desk.ui.files.lock import FileLock, LockState
from hromada_desk.ui.session import Session

if TYPE_CHECKING:  # the thread machinery loads with the first write-back
    from hromada_desk.ui.common.worker import BackgroundTask

WRITE_BACK_DELAY_MS = 400  # a burst of edits (typing in a table) is written back once
RETRY_MS = 5000  # how often a failed write-back is tried again, e.g. once the stick is back


@dataclass(slots=True)
class _Opened:
    """What the guard holds for one open file."""

    original: Path
    cf: CommunityFile
    lock: FileLock | None
    local_lock: FileLock | None = None
    wc: WorkingCopy | None = None

    def release(self) -> None:
        for lock in (self.local_lock, self.lock):
            if lock is not None:
                lock.release()


class FileGuard(QObject):
    """Opens community files for the window and keeps a stick file's working copy in step."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self.session = session
        self.questions = GuardQuestions(window)
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        window.statusBar().addPermanentWidget(self.label)
        self._current: _Opened | None = None
        self._pending: _Opened | None = None
        self._failed = False  # the last write-back failed (the person was told once)
        self._written_at: QTime | None = None
        self._edits = 0  # edits so far, to tell whether a write-back took the latest one
        # the write-back running on another thread: (task, file, edits then, quietly)
        self._background: tuple[BackgroundTask, _Opened, int, bool] | None = None
        self._timer = QTimer(self, singleShot=True, interval=WRITE_BACK_DELAY_MS)
        self._timer.timeout.connect(self._write_back_soon)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._retry_write_back)
        session.data_changed.connect(self._data_changed)
        session.file_changed.connect(self._file_changed)
        window.installEventFilter(self)
        self._show_status()

    # -- opening ----------------------------------------------------------------------------
    def open(self, path: Path) -> CommunityFile | None:
        """Open ``path`` for the window: None when the person cancelled; a KnownError when it
        cannot be opened. The caller hands the file to ``Session.open``."""
        path = Path(path)
        if self._current is not None and self._current.original == path.resolve():
            self.session.close()  # opening the open file again: our own lock must go first
        if not path.is_file():
            return open_file(path, readonly=None, backups=self.session.backups)  # its error
        lock = FileLock.beside(path)
        state = lock.acquire()
        if state is LockState.HELD:
            answer = self.questions.open_locked(path, lock.holder(), lock.held_elsewhere())
            if answer is LockAnswer.CANCEL:
                return None
            if answer is LockAnswer.READ_ONLY:
                return self._hold(_Opened(path.resolve(), open_file(path, readonly=True), None))
            if lock.take_over() is not LockState.LOCKED:  # taken again, or not removable
                raise StorageError(
                    f"Не вдалося зняти блокування файлу «{path.name}»: його тримає інша "
                    "програма або інший комп’ютер.",
                    "Відкрийте файл лише для читання або спробуйте пізніше.",
                )
        if state is LockState.UNAVAILABLE or not can_write(path):
            lock.release()  # a read-only place: nobody can write it, nothing to guard
            return self._hold(_Opened(path.resolve(), open_file(path, readonly=None), None))
        try:
            if removable.is_removable(path):
                opened = self._open_working_copy(path.resolve(), lock)
                if opened is None:
                    lock.release()
                    return None
            else:
                opened = _Opened(
                    path.resolve(),
                    open_file(path, readonly=None, backups=self.session.backups),
                    lock,
                )
        except BaseException:
            lock.release()
            raise
        return self._hold(opened)

    def _hold(self, opened: _Opened) -> CommunityFile:
        stale = self._pending
        if stale is not None and stale is not self._current:
            # opened before but never taken up by the session (it refused it): let it go
            with contextlib.suppress(KnownError):
                stale.cf.close()
            stale.release()
        self._pending = opened
        return opened.cf

    def _open_working_copy(self, original: Path, lock: FileLock) -> _Opened | None:
        local_lock = FileLock(working_copy.lock_path_of(working_copy.folder_for(original)))
        local_lock.lock_path.parent.mkdir(parents=True, exist_ok=True)
        if local_lock.acquire() is LockState.HELD:
            raise StorageError(
                f"Робочу копію файлу «{original.name}» уже відкрито в іншому вікні hromada-desk.",
                "Перейдіть до того вікна.",
            )
        try:
            existing = working_copy.find(original)
            if existing is not None and existing.unsynchronised() and not self._resolve(existing):
                local_lock.release()
                return None
            wc = working_copy.start(original)
            try:
                cf = open_file(wc.local, readonly=False, backups=self.session.backups)
            except BaseException:
                working_copy.discard(wc)  # nothing was changed in it
                raise
        except BaseException:
            local_lock.release()
            raise
        self._written_at = None
        self._failed = False
        return _Opened(original, cf, lock, local_lock, wc)

    # -- recovering working copies left with changes ----------------------------------------
    def offer_recovery(self) -> None:
        """At start-up: every working copy with changes not on the stick, one at a time
        (except those another window is working on right now)."""
        for wc in working_copy.unsynchronised():
            local_lock = FileLock(wc.lock_path)
            if local_lock.acquire() is not LockState.LOCKED:
                continue
            try:
                lock = FileLock.beside(wc.original)
                state = lock.acquire()
                if state is LockState.HELD:
                    continue  # the original is open elsewhere; it is offered again later
                try:
                    self._resolve(wc)
                finally:
                    lock.release()
            finally:
                local_lock.release()

    def _resolve(self, wc: WorkingCopy) -> bool:
        """Ask what to do with an unsynchronised working copy; True once it is settled."""
        while True:
            choice = self.questions.recovery(wc)
            try:
                if choice is Recovery.WRITE_BACK:
                    working_copy.write_back(wc)
                    working_copy.discard(wc)
                    return True
                if choice is Recovery.SAVE_ELSEWHERE:
                    target = self.questions.copy_path(self._suggestion(wc.original))
                    if target is None:
                        continue
                    working_copy.write_back(wc, target)
                    working_copy.discard(wc)
                    self.questions.tell(
                        fill(self.tr("The changes were saved to %1 and checked."), target)
                    )
                    return True
                if choice is Recovery.DISCARD:
                    if not self.questions.confirm_discard(wc):
                        continue
                    working_copy.discard(wc)
                    return True
                return False
            except KnownError as exc:
                self._report(exc)
                wc = working_copy.load(wc.folder) or wc

    # -- writing back -----------------------------------------------------------------------
    def _data_changed(self, _what: str) -> None:
        current = self._current
        if current is None or current.wc is None or not current.cf.changed:
            return
        self._edits += 1
        with contextlib.suppress(OSError):
            current.wc = working_copy.mark_dirty(current.wc)
        self._show_status(writing=True)
        self._timer.start()

    def write_back_now(self) -> bool:
        """Write the working copy back to the stick now and wait for it (before closing, and
        for tests); False (and a warning) on failure."""
        self._timer.stop()
        current = self._current
        if current is None or current.wc is None:
            return True
        self._settle_background()
        if current.cf.conn.in_transaction:
            self._timer.start()  # only a committed file is copied
            return True
        try:
            wc = working_copy.write_back(current.wc)
        except KnownError as exc:
            self._written_back(current, None, exc, quietly=False)
            return False
        self._written_back(current, wc, None, quietly=False)
        return True

    def _write_back_soon(self) -> None:
        """The timer's write-back: on another thread, from a snapshot taken now, so that a
        large file on a slow stick never holds up the window."""
        current = self._current
        if current is None or current.wc is None:
            return
        if self._background is not None or current.cf.conn.in_transaction:
            self._timer.start()  # one write-back at a time; only a committed file is copied
            return
        self._start_background(current, quietly=False)

    def _retry_write_back(self) -> None:
        current = self._current
        if (
            current is not None
            and current.wc is not None
            and self._background is None
            and not current.cf.conn.in_transaction
        ):
            # whether the stick is back is found out on the worker thread (a dropped
            # network share can take long to answer)
            self._start_background(current, quietly=True)

    def _start_background(self, current: _Opened, *, quietly: bool) -> None:
        from hromada_desk.ui.common.worker import BackgroundTask

        wc = current.wc
        assert wc is not None
        try:
            still = working_copy.snapshot(wc)
        except OSError as exc:
            self._written_back(
                current,
                None,
                StorageError(
                    f"Не вдалося підготувати запис на флешку: {exc.strerror or exc}.",
                    "Перевірте, чи є місце на диску комп’ютера.",
                ),
                quietly=quietly,
            )
            return

        def work() -> WorkingCopy:
            try:
                return working_copy.write_back(wc, source=still)
            finally:
                with contextlib.suppress(OSError):
                    still.unlink()

        self._show_status(writing=True)
        task = BackgroundTask(work, self)
        self._background = (task, current, self._edits, quietly)
        task.ended.connect(self._background_ended)
        task.start()

    def _background_ended(self) -> None:
        background, self._background = self._background, None
        if background is None:
            return  # already settled by _settle_background
        task, current, edits, quietly = background
        task.wait()
        task.deleteLater()
        error = task.error
        if error is not None and not isinstance(error, KnownError):
            self._failed = True  # not on the stick: say so, and keep trying
            self._retry.start()
            self._show_status()
            raise error  # a bug: the crash handler reports it
        self._written_back(current, task.result, error, quietly=quietly)
        if error is None and self._edits != edits and current is self._current:
            # edited while it was being written: the stick has the snapshot, not the latest
            with contextlib.suppress(OSError):
                if current.wc is not None:
                    current.wc = working_copy.mark_dirty(current.wc)
            self._show_status(writing=True)
            self._timer.start()

    def _settle_background(self) -> None:
        """Wait for a write-back running on another thread and take in its outcome."""
        if self._background is not None:
            self._background[0].wait()
            self._background_ended()

    def _written_back(
        self, current: _Opened, wc: WorkingCopy | None, error: KnownError | None, *, quietly: bool
    ) -> None:
        if error is not None:
            assert current.wc is not None
            current.wc = working_copy.load(current.wc.folder) or current.wc
            first = not self._failed
            self._failed = True
            self._retry.start()
            self._show_status()
            if first and not quietly and self.questions.save_after_failure(error):
                self._save_elsewhere(current)
            return
        current.wc = wc
        self._failed = False
        self._retry.stop()
        self._written_at = QTime.currentTime()
        self._show_status()

    def _save_elsewhere(self, current: _Opened) -> None:
        assert current.wc is not None
        target = self.questions.copy_path(self._suggestion(current.original))
        if target is None:
            return
        try:
            working_copy.write_back(current.wc, target)
        except KnownError as exc:
            self._report(exc)
            return
        self._window.statusBar().showMessage(
            fill(self.tr("Copy saved and checked: %1"), str(target)), 10_000
        )

    def _suggestion(self, original: Path) -> Path:
        return Path.home() / f"{original.stem} (копія).hromada"

    # -- closing ----------------------------------------------------------------------------
    def _file_changed(self) -> None:
        cf = self.session.cf
        if self._current is not None and self._current.cf is not cf:
            finished, self._current = self._current, None
            self._finish(finished)
        if self._pending is not None and self._pending.cf is cf:
            self._current, self._pending = self._pending, None
        self._show_status()

    def _finish(self, opened: _Opened) -> None:
        """The file was closed: write its working copy back, then let go of it."""
        self._timer.stop()
        self._retry.stop()
        if self._background is not None:  # let the one under way finish first
            task = self._background[0]
            task.wait()
            task.deleteLater()
            self._background = None  # its outcome is taken in below, from the record
            if opened.wc is not None:
                opened.wc = working_copy.load(opened.wc.folder) or opened.wc
        try:
            wc = opened.wc
            if wc is None or not wc.unsynchronised():
                if wc is not None:
                    working_copy.discard(wc)
                return
            try:
                working_copy.write_back(wc)
            except KnownError as exc:
                kept = working_copy.load(wc.folder) or wc
                if self.questions.save_after_failure(exc):
                    target = self.questions.copy_path(self._suggestion(kept.original))
                    if target is not None:
                        try:
                            working_copy.write_back(kept, target)
                        except KnownError as again:
                            self._report(again)
                self.questions.tell(
                    self.tr(
                        "The changes stay in the working copy on this computer. The program will "
                        "offer to write them to the stick when it starts or opens the file again."
                    )
                )
                return
            working_copy.discard(wc)
        finally:
            self._failed = False
            opened.release()

    def _report(self, exc: KnownError) -> None:
        report = getattr(self._window, "report_error", None)
        if report is not None:
            report(exc)

    # -- the status bar ---------------------------------------------------------------------
    def _show_status(self, *, writing: bool = False) -> None:
        current = self._current
        if current is None or current.wc is None:
            self.label.clear()
            self.label.setStyleSheet("")
            return
        if self._failed and not writing:
            self.label.setText(
                self.tr("Not written to the stick! The changes are kept on this computer")
            )
            self.label.setStyleSheet("color: #b00020; font-weight: bold")
            return
        self.label.setStyleSheet("")
        if writing:
            self.label.setText(self.tr("Writing to the stick…"))
        elif self._written_at is None:
            self.label.setText(
                self.tr("Working on a copy of the file on the stick — the stick can be removed")
            )
        else:
            time = self._written_at.toString("HH:mm")
            self.label.setText(
                fill(self.tr("Written to the stick at %1 — the stick can be removed"), time)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._show_status()
        return False

    def origin_of(self, cf: CommunityFile) -> Path:
        """The file as people know it (the one on the stick) for a file this guard opened."""
        for opened in (self._pending, self._current):
            if opened is not None and opened.cf is cf:
                return opened.original
        return cf.path
