"""A document the program saved: where the save dialog starts (where the last one went), and
what can be done with it afterwards: open it, show its folder, print a PDF."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from hromada_desk.settings import Settings


def suggested_path(name: str) -> str:
    """``name`` in the folder the last document was saved to, else in Documents."""
    folder = Settings().export_folder
    if folder is None or not folder.is_dir():
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
    return str(folder / name)


def remember(path: Path) -> None:
    """The next save dialog starts where ``path`` went."""
    Settings().export_folder = path.parent


def open_document(path: Path) -> bool:
    """Open the document in the program the system has for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_folder(path: Path) -> bool:
    """Open the folder the document is in."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def can_print() -> bool:
    """Whether PDFs can be printed here: through Qt (``qt_can_print``) or, in the Windows
    program, which leaves QtPdf out, through the print command of the system's PDF program.
    Elsewhere «Друкувати…» is hidden instead of offering a button that fails."""
    return qt_can_print() or hasattr(os, "startfile")


def qt_can_print() -> bool:
    """Whether Qt can print a PDF itself: QtPdf draws the pages, QtPrintSupport talks to the
    printer."""
    global _CAN_PRINT
    if _CAN_PRINT is None:
        try:
            for module in ("PySide6.QtPdf", "PySide6.QtPrintSupport"):
                importlib.import_module(module)
        except ImportError:
            _CAN_PRINT = False
        else:
            _CAN_PRINT = True
    return _CAN_PRINT


_CAN_PRINT: bool | None = None


def print_pdf(path: Path, parent: QWidget) -> bool:
    """Print a PDF through Qt's print dialog: each page drawn at the printer's resolution.
    False when it was not printed (cancelled, or the file cannot be read)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index, page in enumerate(range(first - 1, last)):
            if index:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return True


def print_document(path: Path, parent: QWidget) -> bool:
    """«Друкувати…»: Qt's print dialog where Qt can print a PDF, else the print command of the
    program the system opens PDFs with (Windows: ShellExecute's «print»); a failure is said
    in a message box with what to do instead. False when nothing was printed."""
    if qt_can_print():
        return print_pdf(path, parent)
    start = getattr(os, "startfile", None)
    if start is None:
        return False
    try:
        start(str(path), "print")
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent,
            QCoreApplication.translate("documents", "Print"),
            QCoreApplication.translate(
                "documents",
                "The document could not be handed to the printer (%1). Open it and print it "
                "from the program that shows it.",
            ).replace("%1", exc.strerror or str(exc)),
        )
        return False
    return True


class DocumentButtons(QWidget):
    """«Відкрити», «Показати в теці» and, for a PDF, «Друкувати…» for the document just
    saved; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.print_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.folder_button, self.print_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.open_button.clicked.connect(self.open_saved)
        self.folder_button.clicked.connect(self.show_saved_folder)
        self.print_button.clicked.connect(lambda: self.path and print_document(self.path, self))
        self.retranslate()
        self.hide()

    def open_saved(self) -> bool:
        """«Відкрити»: the document in the system's program for it; why not, when it cannot."""
        path = self.path
        if path is None or not self._still_there(path, path.exists()):
            return False
        if open_document(path):
            return True
        self._say(
            self.tr(
                "The system has no program that opens «%1» files, or it did not start. Open "
                "the document from its folder: %2"
            )
            .replace("%1", path.suffix.lower() or path.name)
            .replace("%2", str(path.parent))
        )
        return False

    def show_saved_folder(self) -> bool:
        """«Показати в теці»: the folder the document went to; why not, when it cannot."""
        path = self.path
        if path is None or not self._still_there(path, path.parent.is_dir()):
            return False
        if show_folder(path):
            return True
        self._say(self.tr("The folder could not be shown: %1").replace("%1", str(path.parent)))
        return False

    def _still_there(self, path: Path, found: bool) -> bool:
        if not found:  # moved, deleted, or on a stick that was taken out
            self._say(
                self.tr(
                    "«%1» is no longer in «%2»: it was moved or deleted, or the stick it is on "
                    "was taken out. Save the document again."
                )
                .replace("%1", path.name)
                .replace("%2", str(path.parent))
            )
        return found

    def _say(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Document"), text)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the document in the program for it"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setToolTip(self.tr("Open the folder the document was saved in"))
        self.print_button.setText(self.tr("Print…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, path: Path | None) -> None:
        self.path = path
        self.print_button.setVisible(
            path is not None and path.suffix.lower() == ".pdf" and can_print()
        )
        self.setVisible(path is not None)
