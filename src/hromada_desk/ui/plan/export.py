"""Exporting the action plan, or its execution report for a period, from the «План дій» page:
where to save it, and the writing on a worker thread."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hromada_desk.domain.plans import ActionPlan, MeasureReport
from hromada_desk.errors import KnownError
from hromada_desk.ui.common.documents import remember, suggested_path
from hromada_desk.ui.common.errors import show_error
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.worker import Job, run_job


class PlanExport(QObject):
    """Asks where to save the plan (or its report) as PDF or XLSX and writes it in the
    background; says how it went through ``reported(kind, text)`` (kind "info" or "error")."""

    reported = Signal(str, str)
    saved = Signal(str, object)  # the text to show, the document's Path

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None

    def choose_path(self, name: str, caption: str) -> Path | None:
        pdf, xlsx = self.tr("PDF document (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._parent, caption, suggested_path(f"{name}.pdf"), f"{pdf};;{xlsx}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if chosen_filter == xlsx else ".pdf"))
        remember(path)
        return path

    def export_plan(self, plan: ActionPlan, author: str = "") -> Job | None:
        path = self.choose_path(f"План дій {plan.period}", self.tr("Export the action plan"))
        if path is None:
            return None
        from hromada_desk.exports.plan import export_plan

        font = self._font()
        return self._run(
            self.tr("Exporting the action plan…"),
            lambda: export_plan(plan, path, font_path=font, author=author),
        )

    def export_report(
        self, plan: ActionPlan, reports: Mapping[int, MeasureReport], period: str, author: str = ""
    ) -> Job | None:
        path = self.choose_path(
            f"Звіт про виконання плану дій за {period}", self.tr("Export the execution report")
        )
        if path is None:
            return None
        from hromada_desk.documents.plan import PlanReport
        from hromada_desk.exports.plan import export_report

        font = self._font()
        report = PlanReport(plan, period, reports)
        return self._run(
            self.tr("Exporting the execution report…"),
            lambda: export_report(report, path, font_path=font, author=author),
        )

    def _font(self) -> Path | None:
        from hromada_desk.settings import Settings

        return Settings().document_font  # the font chosen in Settings, if any

    def _run(self, label: str, work: Callable[[], Path]) -> Job:
        self.job = run_job(self._parent, label, lambda _report: work(), self._done, self._failed)
        return self.job

    def _done(self, result: object) -> None:
        self.saved.emit(fill(self.tr("Saved to %1."), result), Path(str(result)))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash handler reports it
        self.reported.emit(error.message, "error")
        show_error(self._parent, error)
