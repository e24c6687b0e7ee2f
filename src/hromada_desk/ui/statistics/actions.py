"""The File menu's statistics workbook, fill-in template and template import: the data is
read on the GUI thread, workbooks are written and read on a worker thread, and an import
is one undoable edit after a preview of what it changes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from hromada_desk import APP_NAME
from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
from hromada_desk.errors import KnownError
from hromada_desk.services.community import community_name
from hromada_desk.ui.common.documents import remember, suggested_path
from hromada_desk.ui.common.i18n import fill

if TYPE_CHECKING:
    # The import service and its preview load only when a template is imported: they are
    # not needed to show the main window.
    from hromada_desk.services.statistics_import import ImportPlan
    from hromada_desk.ui.common.worker import Job
    from hromada_desk.ui.statistics.import_preview import ImportPreviewDialog
    from hromada_desk.ui.window_host import WindowHost

XLSX = ".xlsx"


def _file_name(text: str) -> str:
    """A community name made safe as part of a file name on Windows."""
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", text).strip(" .") or "hromada"


def _with_xlsx(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == XLSX else path.with_name(path.name + XLSX)


class StatisticsActions(QObject):
    """Three actions for the File menu of ``window``; enabled only while a file is open."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_statistics)
        self.template_action = QAction(window)
        self.template_action.triggered.connect(self.make_template)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_template)
        self.last_preview: ImportPreviewDialog | None = None

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.template_action, self.import_action]

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export &statistics to Excel…"))
        self.template_action.setText(self.tr("Make a fill-in &template…"))
        self.import_action.setText(self.tr("&Import a filled template…"))

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    # -- helpers ----------------------------------------------------------------------------
    def _save_path(self, caption: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            caption,
            suggested_path(f"{_file_name(name)}{XLSX}"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = _with_xlsx(chosen)
        remember(path)
        return path

    def _run(self, label: str, work: Callable[[], object], done: Callable[[object], None]) -> Job:
        return self.window.start_job(label, lambda _report: work(), done)

    def _saved(self, text: str) -> Callable[[object], None]:
        def done(result: object) -> None:
            self.window.show_document(fill(text, result), Path(str(result)))

        return done

    # -- the statistics workbook ------------------------------------------------------------
    def export_statistics(self) -> Job | None:
        from hromada_desk.exports.statistics import StatisticsOptions, export_statistics
        from hromada_desk.services.statistics import statistics_for

        cf = self.window.session.cf
        if cf is None:
            return None
        path = self._save_path(
            self.tr("Export statistics to Excel"), f"Статистика {community_name(cf)}"
        )
        if path is None:
            return None
        try:
            data = statistics_for(cf)  # the file is read here, on the GUI thread
        except KnownError as exc:
            self.window.report_error(exc)
            return None
        return self._run(
            self.tr("Exporting statistics…"),
            lambda: export_statistics(data, path, StatisticsOptions(None)),
            self._saved(self.tr("Statistics saved: %1")),
        )

    # -- the fill-in template ---------------------------------------------------------------
    def make_template(self) -> Job | None:
        from hromada_desk.exports.template import export_template
        from hromada_desk.services.statistics_import import template_for

        session = self.window.session
        cf = session.cf
        if cf is None:
            return None
        default = session.year if session.year is not None else dt.date.today().year
        year, ok = QInputDialog.getInt(
            self.window,
            self.tr("Make a fill-in template"),
            self.tr("The year the figures are for:"),
            default,
            MIN_YEAR,
            MAX_YEAR,
        )
        if not ok:
            return None
        try:
            data = template_for(cf, year)
        except KnownError as exc:
            self.window.report_error(exc)
            return None
        path = self._save_path(
            self.tr("Make a fill-in template"), f"Шаблон {data.community} {year}"
        )
        if path is None:
            return None
        return self._run(
            self.tr("Making the template…"),
            lambda: export_template(data, path),
            self._saved(self.tr("Template saved: %1")),
        )

    # -- importing a filled template --------------------------------------------------------
    def import_template(self) -> Job | None:
        from hromada_desk.imports.workbook import read_template

        cf = self.window.session.cf
        if cf is None:
            return None
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a filled template"),
            suggested_path(""),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        return self._run(
            self.tr("Reading the template…"),
            lambda: read_template(path),
            lambda filled: self._preview(cf, path, filled),
        )

    def _preview(self, opened: object, path: Path, filled: object) -> None:
        from hromada_desk.services.statistics_import import FilledTemplate, plan_import
        from hromada_desk.ui.statistics.import_preview import ImportPreviewDialog

        assert isinstance(filled, FilledTemplate)
        cf = self.window.session.cf
        if cf is None or cf is not opened:  # the file was closed while the book was read
            return
        try:
            plan = plan_import(cf, filled)
        except KnownError as exc:
            self.window.report_error(exc)
            return
        if not plan.changes:
            QMessageBox.information(
                self.window,
                APP_NAME,
                fill(
                    self.tr(
                        "All figures for %1 in «%2» are the same as in the file: there is "
                        "nothing to change."
                    ),
                    plan.year,
                    path.name,
                ),
            )
            return
        dialog = ImportPreviewDialog(plan, path.name, self.window)
        self.last_preview = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply(plan, path.name)

    def apply(self, plan: ImportPlan, source: str) -> bool:
        """The plan as one undoable edit; undo puts back what the file held before."""
        from hromada_desk.services.year_figures import import_template

        cf = self.window.session.cf
        if cf is None:
            return False
        done = self.window.session.run(
            fill(self.tr("import of «%1»"), source), import_template(cf, plan), before="import"
        )
        if done:
            self.window.statusBar().showMessage(
                fill(
                    self.tr("%n change(s) for %1 imported from «%2».", None, len(plan.changes)),
                    plan.year,
                    source,
                ),
                10_000,
            )
        return done
