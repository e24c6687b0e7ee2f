"""--self-test and --screenshots: the real window driven without a person, for tests and builds."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hromada_desk import APP_NAME

SCREEN = (1366, 768)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _fail(reason: str) -> int:
    print(f"{APP_NAME} --self-test: НЕ ВДАЛОСЯ: {reason}", file=sys.stderr)
    return 1


def run_self_test(window) -> int:  # type: ignore[no-untyped-def]
    """Visit every page, run the calculation for every year, export what can be exported into
    a temporary folder, switch languages; 0 when all of it worked."""
    from hromada_desk.domain.needs import calculate
    from hromada_desk.errors import KnownError
    from hromada_desk.services.check import check_opens
    from hromada_desk.services.needs import input_from_file

    session = window.session
    if not session.is_open:
        return _fail("файл громади не відкрито")
    steps: list[str] = []
    _settle()
    for row, page in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        _settle()
        if not page.isVisible():
            return _fail(f"сторінка «{page.title()}» не показалася")
        steps.append(f"сторінка «{page.title()}»")
    for year in session.years():
        session.set_year(year)
        _settle()
        try:
            calculate(input_from_file(session.cf, year))
        except KnownError as exc:
            steps.append(f"розрахунок за {year}: {exc}")
        else:
            steps.append(f"розрахунок за {year}")
    with tempfile.TemporaryDirectory(prefix="hromada-self-test-") as folder:
        target = Path(folder) / "копія.hromada"
        job = window.files.start_copy(target)
        if job is None or not job.wait() or not target.exists():
            return _fail("не вдалося зберегти копію файлу")
        try:
            check_opens(target)
        except KnownError as exc:
            return _fail(f"збережена копія не відкривається: {exc}")
        steps.append("копія файлу")
        from hromada_desk.exports.protocol import export_protocol
        from hromada_desk.services.meetings import list_meetings
        from hromada_desk.services.protocol import protocol_for

        for meeting in list_meetings(session.cf):
            for suffix in ("pdf", "docx"):
                target = Path(folder) / f"протокол-{meeting.number}-{meeting.year}.{suffix}"
                try:
                    export_protocol(
                        protocol_for(session.cf, meeting),
                        target,
                        font_path=window.settings.document_font,
                    )
                except KnownError as exc:
                    return _fail(f"протокол №{meeting.label} ({suffix}): {exc}")
                if not target.exists() or target.stat().st_size == 0:
                    return _fail(f"протокол №{meeting.label} ({suffix}) не записано")
            steps.append(f"протокол №{meeting.label} (PDF, DOCX)")
            problem = _printable(Path(folder) / f"протокол-{meeting.number}-{meeting.year}.pdf")
            if problem:
                return _fail(problem)
        from hromada_desk.exports.plan import export_plan
        from hromada_desk.exports.statistics import StatisticsOptions, export_statistics
        from hromada_desk.services.plans import list_plans
        from hromada_desk.services.statistics import statistics_for

        try:
            export_statistics(
                statistics_for(session.cf),
                Path(folder) / "статистика.xlsx",
                StatisticsOptions(None),
            )
            steps.append("статистика (XLSX)")
            for plan in list_plans(session.cf):
                for suffix in ("pdf", "xlsx"):
                    export_plan(
                        plan,
                        Path(folder) / f"план-{plan.id}.{suffix}",
                        font_path=window.settings.document_font,
                    )
                steps.append(f"план дій {plan.period} (PDF, XLSX)")
        except KnownError as exc:
            return _fail(f"експорт: {exc}")
    language = window.settings.language
    for code in ("en", "uk", language):
        window.set_language(code)
        _settle()
    steps.append("мови інтерфейсу")
    crash = getattr(window, "crash_handler", None)
    if crash is not None and crash.last_report:
        return _fail("неочікувана помилка:\n" + crash.last_report)
    print(f"{APP_NAME} --self-test: гаразд ({'; '.join(steps)})")
    window.close()
    return 0


def _printable(pdf: Path) -> str:
    """What «Друкувати…» does before the printer where Qt prints: the PDF's first page drawn
    by QtPdf. The Windows program, without QtPdf, hands the file to the system's PDF program
    instead, and a build without either shows no button: nothing to check then. An empty
    string when it worked."""
    from hromada_desk.ui.common.documents import qt_can_print

    if not qt_can_print():
        return ""  # the Windows program prints through the system; elsewhere no button
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        return f"QtPdf не прочитав {pdf.name}"
    if document.render(0, QSize(210, 297)).isNull():
        return f"QtPdf не намалював сторінку {pdf.name}"
    return ""


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")


def _dialog_shot(dialog: QDialog, path: Path, prepare: Callable[[], None] | None = None) -> None:
    dialog.show()
    if prepare is not None:
        prepare()
    _save(dialog, path)
    dialog.reject()


def _edit_settlement_shot(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The settlement dialog as «Edit settlement…» opens it, with details typed in."""
    from hromada_desk.ui.population.page import PopulationPage
    from hromada_desk.ui.population.table_model import Column

    row, page = next(
        ((row, page) for row, page in enumerate(window.pages) if isinstance(page, PopulationPage)),
        (-1, None),
    )
    if page is None or page.model.settlement_count < 2:
        return
    window.navigation.setCurrentRow(row)
    page.view.setCurrentIndex(page.model.index(1, Column.TOTAL))
    page.open_edit_dialog()
    dialog = page.edit_dialog
    if dialog is not None:
        dialog.district_edit.setText("Коржиський старостинський округ")
        dialog.area_edit.setText("12,5")
        dialog.distance_edit.setText("7")
        # As wide as on a real screen (the offscreen one is 800 pixels wide).
        _dialog_shot(dialog, path, lambda: dialog.resize(dialog.sizeHint()))


def take_screenshots(window, folder: Path) -> int:  # type: ignore[no-untyped-def]
    """One PNG per page, and the dialogs worth seeing, at 1366×768; then exit."""
    from hromada_desk.ui.common.help_dialog import HelpDialog
    from hromada_desk.ui.files.backup_dialog import BackupDialog
    from hromada_desk.ui.files.new_community_wizard import NewCommunityWizard

    folder.mkdir(parents=True, exist_ok=True)
    # A 1366×768 screen: with display scaling (QT_SCALE_FACTOR=1.5) the window gets fewer
    # logical pixels, exactly as on a laptop set to 150 %.
    ratio = window.devicePixelRatioF() or 1.0
    window.resize(round(SCREEN[0] / ratio), round(SCREEN[1] / ratio))
    session = window.session
    shots = 0
    if session.is_open:
        for row, page in enumerate(window.pages, 1):
            window.navigation.setCurrentRow(row - 1)
            _save(window, folder / f"{row:02d}-{type(page).__name__}.png")
            shots += 1
        _edit_settlement_shot(window, folder / "dialog-edit-settlement.png")
        _dialog_shot(BackupDialog(window.files.backups(), window), folder / "dialog-backups.png")
        path = session.cf.path
        session.close()
        window.settings.forget_recent(path)
    _save(window, folder / "00-welcome.png")
    _dialog_shot(HelpDialog(window), folder / "dialog-help.png")
    wizard = NewCommunityWizard(window, folder=folder)
    wizard.show()

    def find_lanna() -> None:
        # the codifier is read on a thread: wait for it as a person would
        deadline = time.monotonic() + 30
        while not wizard.loader.done and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        wizard.find_page.search.field.setText("ланн")
        wizard.find_page.search.choose()
        page = wizard.find_page
        page.kind.setCurrentIndex(page.kind.findData("сільська"))

    fill = {wizard.find_page: find_lanna}
    for number in range(1, 6):
        page = wizard.currentPage()
        if page in fill:
            fill[page]()
        _save(wizard, folder / f"dialog-new-community-{number}.png")
        wizard.next()
    wizard.reject()
    print(f"{APP_NAME}: знімки збережено в {folder} (сторінок: {shots}, а також діалоги)")
    window.close()
    return 0
