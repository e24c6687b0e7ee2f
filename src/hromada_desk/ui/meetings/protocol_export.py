"""Exporting a meeting's protocol from the «Засідання» page: where to save it, and the writing
on a worker thread. The export itself (hromada_desk.exports.protocol) may be missing from a
build; the page then offers no export."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
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
    saved = Signal(str, object, str)  # the text to show, the document's Path, the kind

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None

    def choose_path(self, meeting: Meeting, suffix: str) -> Path | None:
        name = f"Протокол №{meeting.number} від {meeting.date:%d.%m.%Y}.{suffix}"
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the protocol"), suggested_path(name), filters[suffix]
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        remember(path)
        return path

    def start(self, data: ProtocolData, path: Path, warning: str = "") -> Job:
        """Write the protocol; ``warning`` is said with the outcome (the document is not
        changed by it)."""
        export_protocol = importlib.import_module(EXPORT_MODULE).export_protocol
        font = self._font()
        self._warning = warning
        self.job = run_job(
            self._parent,
            self.tr("Exporting the protocol…"),
            lambda _report: export_protocol(data, path, font_path=font),
            self._done,
            self._failed,
        )
        return self.job

    def choose_document_path(self, name: str) -> Path | None:
        """Where to save another document of the meeting (an extract, the notice): PDF or
        DOCX, as the file dialog's choice or the name's extension says."""
        pdf, docx = self.tr("PDF document (*.pdf)"), self.tr("Word document (*.docx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the document"),
            suggested_path(f"{name}.pdf"),
            f"{pdf};;{docx}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_name(f"{path.name}.{'docx' if chosen_filter == docx else 'pdf'}")
        remember(path)
        return path

    def start_document(
        self, write: Callable[[Callable[..., Path], Path | None], Path], function: str
    ) -> Job:
        """Write another document of the meeting with ``function`` of the export module
        (``write`` calls it with the font chosen in Settings)."""
        export = getattr(importlib.import_module(EXPORT_MODULE), function)
        font = self._font()
        self._warning = ""
        self.job = run_job(
            self._parent,
            self.tr("Saving the document…"),
            lambda _report: write(export, font),
            self._document_done,
            self._failed,
        )
        return self.job

    @staticmethod
    def _font() -> Path | None:
        from hromada_desk.settings import Settings

        return Settings().document_font  # the font chosen in Settings, if any

    _warning = ""

    def _done(self, result: object) -> None:
        text = fill(self.tr("The protocol was saved to %1."), result)
        if self._warning:
            self.saved.emit(f"{text} {self._warning}", Path(str(result)), "warning")
        else:
            self.saved.emit(text, Path(str(result)), "info")

    def _document_done(self, result: object) -> None:
        self.saved.emit(
            fill(self.tr("The document was saved to %1."), result), Path(str(result)), "info"
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash handler reports it
        self.reported.emit(error.message, "error")
        show_error(self._parent, error)
