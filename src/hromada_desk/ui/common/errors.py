"""Showing errors: known ones as a plain message, unexpected ones as a crash report and a log."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from hromada_desk import APP_NAME
from hromada_desk.errors import KnownError
from hromada_desk.paths import user_data_dir

# The report's and the dialog's modules (platform, sysconfig, datetime, the dialog's widgets)
# are imported when something goes wrong, not on every start.


def show_error(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, error.message, QMessageBox.StandardButton.Ok, parent
    )
    if error.advice:
        box.setInformativeText(error.advice)
    box.exec()


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The report people can copy and the log keeps: versions and the traceback, with no
    personal data (see hromada_desk.crash_report for what is kept and what is masked)."""
    import PySide6
    from PySide6.QtCore import qVersion

    from hromada_desk.crash_report import format_report

    return format_report(
        exc_type, exc, tb, toolkit=f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    )


# Crash logs kept: a program that crashes in a loop must not fill the disk.
KEPT_CRASH_LOGS = 20


def write_crash_log(report: str) -> Path | None:
    """The report in a new log file of the logs folder (its owner's only); the oldest logs
    beyond ``KEPT_CRASH_LOGS`` are removed."""
    import contextlib
    import datetime as dt
    import os

    folder = user_data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(report)
    except OSError:
        return None
    for old in sorted(folder.glob("crash-*.log"), reverse=True)[KEPT_CRASH_LOGS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


class _CrashRelay(QObject):
    """Carries an exception from any thread to the GUI thread."""

    crashed = Signal(str, object)


class CrashHandler:
    """Replaces sys.excepthook so that no exception ends the program silently."""

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        self.parent = parent
        self.interactive = interactive
        self.last_report: str | None = None
        self._relay = _CrashRelay()
        self._relay.crashed.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = crash_report(exc_type, exc, tb)
        log = write_crash_log(report)
        self.last_report = report
        sys.stderr.write(report)
        self._relay.crashed.emit(report, log)

    def _show(self, report: str, log: Path | None) -> None:
        if not self.interactive or sys.is_finalizing():
            return  # the report is in the log and on stderr; no window to show it in
        from shiboken6 import isValid

        from hromada_desk.ui.common.crash_dialog import CrashDialog

        # An error while the window is being torn down must not raise a second one here.
        parent = self.parent if self.parent is not None and isValid(self.parent) else None
        CrashDialog(report, log, parent).exec()
