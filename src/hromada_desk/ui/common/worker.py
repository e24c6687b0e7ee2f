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
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[[int, int], None]
SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """Raised inside the work when the person pressed Cancel."""


class _Bridge(QObject):
    """Lives in the GUI thread; the worker thread emits its signals, Qt queues them over."""

    progressed = Signal(int, int)
    ended = Signal()


class Job(QObject):
    """One piece of background work on a Python thread. Widgets are touched only in the GUI
    thread: the work function gets a ``report(done, total)`` callable and nothing else of
    the interface; raising Cancelled from ``report`` ends it when Cancel was pressed."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Report], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._work, self._on_success, self._on_error = work, on_success, on_error
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._progress)
        self._bridge.ended.connect(self._ended)
        self._result: object = None
        self._error: BaseException | None = None
        self._cancel = threading.Event()
        self.dialog.canceled.connect(self._cancel.set)
        self._thread = threading.Thread(target=self._run, name="hromada-desk job", daemon=True)
        self.cancelled = False
        self._done = False

    def start(self) -> None:
        self._thread.start()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._bridge.progressed.emit(done, total)

    def _run(self) -> None:
        # The outcome stays in attributes and the signal carries nothing: Python objects
        # (None above all) sent through queued signals are mis-counted by PySide6 6.12 and
        # crash the interpreter when it exits.
        try:
            self._result = self._work(self._report)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._error = exc
        self._bridge.ended.emit()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._done = True
        self._thread.join()
        self.dialog.close()

    def _ended(self) -> None:
        self._finish()
        error, self._error = self._error, None
        if error is None:
            self._on_success(self._result)
        elif isinstance(error, Cancelled):
            self.cancelled = True
        else:
            self._on_error(error)
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


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Report], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    job = Job(parent, label, work, on_success, on_error)
    job.start()
    return job


class BackgroundTask(QObject):
    """Quiet work on a Python thread, without a dialog (writing a file back to a USB stick
    while the person goes on working). ``ended`` is emitted in the GUI thread; the outcome is
    in ``result`` / ``error``. ``wait()`` blocks until the thread is done (before closing)."""

    ended = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self._bridge = _Bridge(self)
        self._bridge.ended.connect(self.ended)
        self._thread = threading.Thread(
            target=self._run, name="hromada-desk background", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.error = exc
        self._bridge.ended.emit()

    def wait(self) -> None:
        self._thread.join()
