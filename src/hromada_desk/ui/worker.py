"""Long work off the GUI thread, with a progress dialog that appears after half a second."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[[int, int], None]
SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """Raised inside the work when the person pressed Cancel."""


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self.report)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One piece of background work. Widgets are touched only in the GUI thread: the work
    function gets a ``report(done, total)`` callable and nothing else of the interface."""

    finished = Signal()

    def __init__(self, parent: QWidget, label: str, work: Callable[[Report], Any],
                 on_success: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._on_success, self._on_error = on_success, on_error
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._progress)
        self._runner.succeeded.connect(self._succeeded)
        self._runner.failed.connect(self._failed)
        self.dialog.canceled.connect(self._runner.cancel_requested.set)
        self.cancelled = False
        self._done = False

    def start(self) -> None:
        self._thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._done = True
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.cancelled = True
        else:
            self._on_error(exc)
        self.finished.emit()

    @property
    def done(self) -> bool:
        return self._done

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """For --self-test and tests: process events until the job has reported back."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self._done:
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return True


def run_job(parent: QWidget, label: str, work: Callable[[Report], Any],
            on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> Job:
    job = Job(parent, label, work, on_success, on_error)
    job.start()
    return job
