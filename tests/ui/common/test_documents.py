"""A saved document: the next save starts where it went; it can be opened, its folder shown,
a PDF printed."""

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from hromada_desk.ui.common import documents
from hromada_desk.ui.common.message_line import MessageLine


def test_the_save_dialog_starts_where_the_last_document_went(qapp, tmp_path):
    first = Path(documents.suggested_path("Протокол.pdf"))
    assert first.name == "Протокол.pdf" and first.parent != tmp_path
    documents.remember(tmp_path / "План.pdf")
    assert documents.suggested_path("Протокол.pdf") == str(tmp_path / "Протокол.pdf")


def test_a_saved_document_offers_open_show_in_folder_and_print(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    line = MessageLine()
    qtbot.addWidget(line)
    line.show()
    path = tmp_path / "Протокол №1.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    line.show_document(f"Saved to {path}.", path)
    buttons = line.documents
    assert buttons is not None and buttons.isVisible() and buttons.print_button.isVisible()
    buttons.open_button.click()
    buttons.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(path), str(tmp_path)]
    line.show_document("Saved.", tmp_path / "Статистика.xlsx")
    assert not buttons.print_button.isVisible()
    line.show_message("Something else happened.")  # the buttons belong to the saving
    assert not buttons.isVisible()


@pytest.fixture
def without_qtpdf(monkeypatch):
    """A program without QtPdf, as a bundle that left it out: importing it fails (None in
    sys.modules makes every import of it raise ImportError)."""
    monkeypatch.setattr(documents, "_CAN_PRINT", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)


@pytest.fixture
def warnings(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    return said


def test_a_document_the_system_cannot_open_is_said_with_its_folder(
    qtbot, tmp_path, monkeypatch, warnings
):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    buttons = documents.DocumentButtons()
    qtbot.addWidget(buttons)
    path = tmp_path / "Статистика.xlsx"
    path.write_bytes(b"PK")
    buttons.offer(path)
    assert not buttons.open_saved()
    assert len(warnings) == 1 and ".xlsx" in warnings[0] and str(tmp_path) in warnings[0]
    assert not buttons.show_saved_folder()
    assert len(warnings) == 2 and str(tmp_path) in warnings[1]


def test_a_document_moved_away_since_it_was_saved_is_said_not_opened(
    qtbot, tmp_path, monkeypatch, warnings
):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    buttons = documents.DocumentButtons()
    qtbot.addWidget(buttons)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "Протокол №2.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    buttons.offer(path)
    path.unlink()
    buttons.open_button.click()
    assert opened == [] and len(warnings) == 1
    assert path.name in warnings[0] and str(stick) in warnings[0]
    stick.rmdir()  # the stick taken out: the folder is gone too
    buttons.folder_button.click()
    assert opened == [] and len(warnings) == 2 and str(stick) in warnings[1]


def test_without_qtpdf_a_pdf_is_offered_without_print(qtbot, tmp_path, without_qtpdf):
    line = MessageLine()
    qtbot.addWidget(line)
    line.show()
    line.show_document("Saved.", tmp_path / "Протокол №1.pdf")
    buttons = line.documents
    assert buttons is not None and buttons.isVisible()
    assert buttons.open_button.isVisible() and buttons.folder_button.isVisible()
    assert not buttons.print_button.isVisible()
    assert not documents.can_print()


def test_the_windows_program_prints_through_the_systems_pdf_program(
    qtbot, tmp_path, without_qtpdf, monkeypatch
):
    """The Windows bundle leaves QtPdf out: «Друкувати…» is still offered and hands the file
    to the print command of the program the system opens PDFs with."""
    handed = []
    monkeypatch.setattr(documents.os, "startfile", lambda *a: handed.append(a), raising=False)
    line = MessageLine()
    qtbot.addWidget(line)
    line.show()
    pdf = tmp_path / "Протокол №1.pdf"
    line.show_document("Saved.", pdf)
    buttons = line.documents
    assert buttons is not None and buttons.print_button.isVisible()
    buttons.print_button.click()
    assert handed == [(str(pdf), "print")]


def test_a_pdf_the_system_cannot_print_is_said_with_what_to_do(
    qtbot, tmp_path, without_qtpdf, monkeypatch
):
    def refuse(path, operation):
        raise OSError(1155, "No application is associated with the specified file")

    said = []
    monkeypatch.setattr(documents.os, "startfile", refuse, raising=False)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: said.append(text)
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not documents.print_document(tmp_path / "план.pdf", parent)
    assert len(said) == 1
    assert "No application is associated" in said[0] and "Open it and print it" in said[0]
