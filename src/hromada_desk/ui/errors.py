"""Showing errors: known ones as a plain message, unexpected ones as a crash report and a log."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.crash_report import format_report
from hromada_desk.errors import KnownError
from hromada_desk.paths import user_data_dir
from hromada_desk.ui.geometry import fit_to_screen


def show_error(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    if error.advice:
        box.setInformativeText(error.advice)
    box.exec()


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """The report people can copy and the log keeps: versions and the traceback, with no
    personal data (see hromada_desk.crash_report for what is kept and what is masked)."""
    return format_report(exc_type, exc, tb,
                         toolkit=f"Qt {qVersion()}, PySide6 {PySide6.__version__}")


def write_crash_log(report: str) -> Path | None:
    folder = user_data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(report, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashDialog(QDialog):
    def __init__(self, report: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr("The program met an error it did not expect. Everything saved before it "
                       "stays saved. The report below contains no personal data (no names, "
                       "figures or file paths): please copy it and send it to whoever "
                       "supports the program.")
        if log is not None:
            text += "\n" + self.tr("The report was also written to %1.").replace("%1", str(log))
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420)


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
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = crash_report(exc_type, exc, tb)
        log = write_crash_log(report)
        self.last_report = report
        sys.stderr.write(report)
        self._relay.crashed.emit(report, log)

    def _show(self, report: str, log: Path | None) -> None:
        if self.interactive:
            CrashDialog(report, log, self.parent).exec()
