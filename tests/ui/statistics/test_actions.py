"""The File menu's statistics export, fill-in template and template import."""

import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from hromada_desk.settings import Settings
from hromada_desk.storage import community_repo
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.session import Session
from hromada_desk.ui.statistics.import_preview import ChangesModel, ImportPreviewDialog


@pytest.fixture
def window(qtbot, tmp_path, policy, errors, demo_path, languages):
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    qtbot.addWidget(window)
    assert window.files.open_path(demo_path)
    yield window
    window.session.close()


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def open_from(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


@pytest.fixture
def previews(monkeypatch):
    """Answers the preview dialog instead of a person: the dialogs shown, and the answer."""
    shown: list[ImportPreviewDialog] = []
    answer = {"code": QDialog.DialogCode.Accepted}

    def exec_(dialog):
        shown.append(dialog)
        return answer["code"]

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return shown, answer


def make_template(window, monkeypatch, tmp_path, year: int) -> Path:
    path = tmp_path / "шаблон.xlsx"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (year, True))
    save_to(monkeypatch, path)
    job = window.statistics.make_template()
    assert job is not None and job.wait()
    assert path.is_file()
    return path


def fill_cells(path: Path, cells: dict[tuple[str, str], object]) -> None:
    wb = openpyxl.load_workbook(path)
    for (sheet, coordinate), value in cells.items():
        wb[sheet][coordinate] = value
    wb.save(path)


def run_import(window, monkeypatch, path: Path) -> None:
    open_from(monkeypatch, path)
    job = window.statistics.import_template()
    assert job is not None and job.wait()


def rows(dialog: ImportPreviewDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def figures(window, year: int) -> tuple[int | None, int | None]:
    cf = window.session.cf
    population = {p.settlement_id: p for p in community_repo.get_population(cf, year)}
    first = population.get(1)
    return (first.total if first else None, community_repo.get_indicators(cf, year).get("6.1"))


def test_actions_are_in_the_file_menu_and_need_an_open_file(window):
    actions = window.file_menu.actions()
    texts = [a.text() for a in actions]
    copy = texts.index("Save a &copy as…")
    export = texts.index("Export &statistics to Excel…")
    assert copy < export
    assert actions[export - 1].isSeparator()
    assert texts[export + 1 : export + 3] == [
        "Make a fill-in &template…",
        "&Import a filled template…",
    ]
    assert actions[export + 3].isSeparator()
    assert all(a.isEnabled() for a in window.statistics.actions)
    window.session.close()
    assert not any(a.isEnabled() for a in window.statistics.actions)
    assert window.statistics.export_statistics() is None


def test_export_statistics_writes_a_workbook(window, monkeypatch, tmp_path, errors):
    target = tmp_path / "Статистика"  # the suffix is added
    proposed = []

    def save(parent, caption, suggestion, filters):
        proposed.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    job = window.statistics.export_statistics()
    assert job is not None and job.wait()
    assert not errors
    assert Path(proposed[0]).name == "Статистика Ланнівська сільська територіальна громада.xlsx"
    written = target.with_name("Статистика.xlsx")
    wb = openpyxl.load_workbook(written)
    assert "Розрахунок 2023" in wb.sheetnames
    # Said with what can be done with it, and the next save starts in its folder.
    assert str(written) in window.document_line.message()
    buttons = window.document_line.documents
    assert buttons.path == written and buttons.open_button.isVisibleTo(window)
    assert buttons.folder_button.isVisibleTo(window)
    assert not buttons.print_button.isVisibleTo(window)  # a workbook is printed from Excel
    window.statistics.export_statistics()
    assert Path(proposed[1]).parent == tmp_path


def test_export_statistics_cancelled_writes_nothing(window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert window.statistics.export_statistics() is None


def test_template_proposes_the_selected_year(window, monkeypatch):
    asked = []

    def get_int(parent, title, label, value, low, high):
        asked.append(value)
        return value, False

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    assert window.statistics.make_template() is None
    assert window.session.year == 2023 and asked == [2023]


def test_import_previews_applies_undoes_and_redoes(window, monkeypatch, tmp_path, previews, errors):
    shown, _answer = previews
    path = make_template(window, monkeypatch, tmp_path, 2023)
    assert figures(window, 2023) == (1762, 2)
    fill_cells(path, {("Населення", "C4"): 1800, ("Показники", "C9"): 5})
    run_import(window, monkeypatch, path)
    assert not errors
    (dialog,) = shown
    assert rows(dialog) == [
        ["Населення", "Ланна, усього", "1762", "1800"],
        ["Показники", rows(dialog)[1][1], "2", "5"],
    ]
    assert rows(dialog)[1][1].startswith("6.1 — ")
    # The plural form depends on which translator an earlier test left: match either.
    assert re.match(r"2 change(s|\(s\)) for 2023", dialog.summary.text())
    assert re.search(r"2 change(s|\(s\)) for 2023 imported", window.statusBar().currentMessage())
    assert figures(window, 2023) == (1800, 5)
    stack = window.session.undo_stack
    assert stack.count() == 1 and "шаблон.xlsx" in stack.undoText()
    stack.undo()
    assert figures(window, 2023) == (1762, 2)
    stack.redo()
    assert figures(window, 2023) == (1800, 5)


def test_undo_of_an_import_into_a_new_year_removes_the_figures(
    window, monkeypatch, tmp_path, previews
):
    shown, _answer = previews
    path = make_template(window, monkeypatch, tmp_path, 2024)
    fill_cells(path, {("Населення", "C4"): 1750, ("Показники", "C9"): 3})
    run_import(window, monkeypatch, path)
    assert rows(shown[0])[0][2] == "not entered"
    assert figures(window, 2024) == (1750, 3)
    window.session.undo_stack.undo()
    assert figures(window, 2024) == (None, None)
    assert community_repo.get_population(window.session.cf, 2024) == []


def test_cancel_in_the_preview_changes_nothing(window, monkeypatch, tmp_path, previews):
    shown, answer = previews
    answer["code"] = QDialog.DialogCode.Rejected
    path = make_template(window, monkeypatch, tmp_path, 2023)
    fill_cells(path, {("Населення", "C4"): 1800, ("Показники", "C9"): 5})
    run_import(window, monkeypatch, path)
    assert len(shown) == 1
    assert figures(window, 2023) == (1762, 2)
    assert window.session.undo_stack.count() == 0


def test_a_broken_workbook_is_reported_and_nothing_changes(
    window, monkeypatch, tmp_path, previews, errors
):
    shown, _answer = previews
    path = make_template(window, monkeypatch, tmp_path, 2023)
    fill_cells(path, {("Населення", "C4"): 1800, ("Показники", "C9"): "багато"})
    run_import(window, monkeypatch, path)
    assert not shown
    (error,) = errors
    assert "Аркуш «Показники», C9" in error.message and "багато" in error.message
    assert figures(window, 2023) == (1762, 2)
    assert window.session.undo_stack.count() == 0


def test_an_import_without_changes_says_so(window, monkeypatch, tmp_path, previews):
    shown, _answer = previews
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    path = make_template(window, monkeypatch, tmp_path, 2023)
    fill_cells(path, {("Населення", "C4"): 1762})
    run_import(window, monkeypatch, path)
    assert not shown
    assert "nothing to change" in told[0]
    assert window.session.undo_stack.count() == 0


def test_the_preview_model_shows_old_and_new(qapp):
    from hromada_desk.services.statistics_import import Change

    model = ChangesModel((Change("Показник 5.1", None, 4),))
    assert model.rowCount() == 1 and model.columnCount() == 4
    assert model.data(model.index(0, 2)) == "not entered"
    assert model.data(model.index(0, 3)) == "4"


def set_cells_xml(path: Path, sheet_part: str, cells: dict[str, str]) -> None:
    """Cells written as a spreadsheet stores them (a formula with its stored result), which
    openpyxl cannot write."""
    from tests.imports.books import parts_of, set_cell, write_parts

    parts = parts_of(path)
    for reference, cell in cells.items():
        parts[sheet_part] = set_cell(parts[sheet_part], reference, cell)
    write_parts(path, parts)


def test_the_preview_says_which_values_come_from_formulas_and_what_looks_wrong(
    window, monkeypatch, tmp_path, previews, errors
):
    from tests.imports.books import POPULATION

    shown, answer = previews
    answer["code"] = QDialog.DialogCode.Rejected
    path = make_template(window, monkeypatch, tmp_path, 2024)
    set_cells_xml(
        path,
        POPULATION,
        {"C4": '<c r="C4"><f>50*2</f><v>100</v></c>', "C5": '<c r="C5"><v>226</v></c>'},
    )
    run_import(window, monkeypatch, path)
    assert not errors
    (dialog,) = shown
    assert rows(dialog) == [
        ["Населення", "Ланна, усього", "not entered", "100 (from a formula)"],
        ["Населення", "Коржиха, усього", "not entered", "226"],
    ]
    assert not dialog.warning_list.isHidden()
    assert [dialog.warning_list.item(i).text() for i in range(dialog.warning_list.count())] == [
        "Ланна, 2024: чисельність змінилася на −94\u00a0% за рік (1762 → 100)"
    ]
    assert re.match(r"1 figure( looks|\(s\) look) unlikely", dialog.warning_title.message())
    assert figures(window, 2024) == (None, None)  # cancelled: nothing written


def test_the_preview_of_plausible_figures_shows_no_warnings(
    window, monkeypatch, tmp_path, previews
):
    shown, _answer = previews
    path = make_template(window, monkeypatch, tmp_path, 2023)
    fill_cells(path, {("Населення", "C5"): 230, ("Населення", "D5"): 99})  # 99 + 94 + 37
    run_import(window, monkeypatch, path)
    (dialog,) = shown
    assert len(rows(dialog)) == 2
    assert dialog.warning_list.isHidden() and dialog.warning_title.message() == ""


def test_the_window_refuses_what_the_command_refuses(
    window, monkeypatch, tmp_path, previews, errors
):
    shown, _answer = previews
    path = make_template(window, monkeypatch, tmp_path, 2023)
    fill_cells(path, {("Населення", "C4"): 1800, ("_hromada", "B3"): 2101})
    run_import(window, monkeypatch, path)
    assert not shown
    (error,) = errors
    assert "рік має бути від 1990 до 2100, отримано «2101»" in error.message
    assert figures(window, 2023) == (1762, 2)
