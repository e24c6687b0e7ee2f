"""Exporting a meeting's protocol from the «Засідання» page: where to save it, and the writing
on a worker thread. The export itself (hromada_desk.exports.protocol) may be missing from a
build; the page then offers no export."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hromada_desk.domain.council import Meeting
from hromada_desk.errors import KnownError
from hromada_desk.services.protocol import ProtocolData
from hromada_desk.ui.common.documents import remember, suggested_path
from hromada_desk.ui.common.errors import show_error
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.worker import Job, run_job

EXPORT_MODULE = "hromada_desk.exports.protocol"
EXPORT_SUFFIXES = ("pdf", "docx")


def protocol_export_available() -> bool:
    """Whether this build has the protocol export."""
    try:
        return importlib.util.find_spec(EXPORT_MODULE) is not None
    except (ImportError, ValueError):
        return False


class ProtocolExport(QObject):
    """Asks where to save a protocol and writes it in the background; says how it went through
    ``reported(text, kind)`` (kind "info" or "error"), and shows a problem in a message box."""

    reported = Signal(str, str)
    saved = Signal(str, object)  # the text to show, the document's Path

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None

    def choose_path(self, meeting: Meeting, suffix: str) -> Path | None:
        name = f"Протокол №{meeting.number} від {meeting.date:%d.%m.%Y}.{suffix}"
        filters = {"pdf": self.tr("PDF document (*.pdf)"),
                   "docx": self.tr("Word document (*.docx)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the protocol"), suggested_path(name),
            filters[suffix])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        remember(path)
        return path

    def start(self, data: ProtocolData, path: Path) -> Job:
        from hromada_desk.settings import Settings

        export_protocol = importlib.import_module(EXPORT_MODULE).export_protocol
        font = Settings().document_font  # the font chosen in Settings, if any
        self.job = run_job(self._parent, self.tr("Exporting the protocol…"),
                           lambda _report: export_protocol(data, path, font_path=font),
                           self._done, self._failed)
        return self.job

    def _done(self, result: object) -> None:
        self.saved.emit(fill(self.tr("The protocol was saved to %1."), result), Path(str(result)))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash handler reports it
        self.reported.emit(error.message, "error")
        show_error(self._parent, error)
