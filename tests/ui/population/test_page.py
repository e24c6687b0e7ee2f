"""The «Settlements and population» page driven as a person would: typing, pasting, buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from hromada_desk.domain.records import Population, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.ui.common.cells import kind_label, parse_block, parse_count
from hromada_desk.ui.common.i18n import use_ukrainian_formats
from hromada_desk.ui.population.page import PopulationPage
from hromada_desk.ui.population.table_model import NUMBER_COLUMNS, Column

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def ukrainian_numbers():
    before = QLocale()
    use_ukrainian_formats()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def page(qtbot, session, ukrainian_numbers):
    page = PopulationPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_text(widget, text: str) -> None:
    """Key presses carrying Ukrainian letters (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


# Roles that may be empty are read from the model itself, not through QModelIndex.data():
# PySide6 6.12 on Python 3.11 returns an empty QVariant as a None it does not own.


def figures(session, year: int) -> dict[str, Population]:
    names = {s.id: s.name for s in community_repo.list_settlements(session.cf)}
    return {names[p.settlement_id]: p for p in community_repo.get_population(session.cf, year)}


def row_of(page, name: str) -> int:
    for row in range(page.model.settlement_count):
        if page.model.settlement_at(row).name == name:
            return row
    raise AssertionError(f"{name} is not in the grid")


def cell(page, name: str, column: Column):
    return page.model.index(row_of(page, name), column)


def message(page) -> str:
    return page.message_label.text() if page.message_label.isVisible() else ""


def test_the_page_shows_the_selected_year(page, session):
    assert page.title()
    model = page.model
    assert session.year == 2023 and page.year_selector.combo.currentText() == "2023"
    assert model.rowCount() == 12 and model.columnCount() == 6
    assert model.index(0, Column.NAME).data() == "с-ще Ланна"
    assert model.index(0, Column.KIND).data() == kind_label(SettlementKind.SETTLEMENT)
    # Ukrainian grouping with a no-break space; the edit form is plain digits.
    assert model.index(0, Column.TOTAL).data() == "1762"
    assert model.index(0, Column.TOTAL).data(Qt.ItemDataRole.EditRole) == "1762"
    last = model.rowCount() - 1
    assert [model.index(last, c).data() for c in Column] == [
        "Total",
        "",
        "7130",
        "2811",
        "3131",
        "1186",
    ]
    assert model.index(last, Column.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.flags(model.index(last, Column.TOTAL)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, Column.TOTAL)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, Column.NAME)) & Qt.ItemFlag.ItemIsSelectable
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for row in (0, last):  # figures right-aligned, in the total row too; names as text
        for column in Column:
            alignment = model.index(row, column).data(Qt.ItemDataRole.TextAlignmentRole)
            assert alignment == (right if column in NUMBER_COLUMNS else None), (row, column)
    assert "2023" in page.heading.text()
    assert page.heading.buddy() is page.view
    for widget in (
        page.view,
        page.add_button,
        page.archive_button,
        page.fill_button,
        page.show_archived,
        page.year_selector.combo,
    ):
        assert widget.accessibleName(), widget
    assert "&" in page.add_button.text() and "&" in page.fill_button.text()

    session.set_year(2022)
    assert model.index(last, Column.TOTAL).data() == "7070"
    assert model.index(0, Column.MEN).data() == ""  # 2022 has totals only
    assert "2022" in page.heading.text()


@pytest.mark.parametrize("year", [2022, 2023, 2024])
def test_the_model_passes_the_model_tester(qtmodeltester, page, session, year):
    session.set_year(year)
    qtmodeltester.check(page.model)
    page.show_archived.setChecked(True)
    qtmodeltester.check(page.model)


def test_an_edit_is_written_at_once_and_undone(page, session):
    model = page.model
    before = session.undo_stack.count()
    assert model.setData(cell(page, "Коржиха", Column.TOTAL), "240")
    assert figures(session, 2023)["Коржиха"] == Population(
        figures(session, 2023)["Коржиха"].settlement_id, 2023, 240, 95, 94, 37
    )
    assert cell(page, "Коржиха", Column.TOTAL).data() == "240"
    assert session.undo_stack.count() == before + 1
    session.undo_stack.undo()
    assert figures(session, 2023)["Коржиха"].total == 226
    assert cell(page, "Коржиха", Column.TOTAL).data() == "226"
    session.undo_stack.redo()
    assert figures(session, 2023)["Коржиха"].total == 240

    assert model.setData(cell(page, "Куми", Column.CHILDREN), "")
    assert figures(session, 2023)["Куми"].children is None
    assert model.setData(cell(page, "Куми", Column.WOMEN), "1 200")
    assert figures(session, 2023)["Куми"].women == 1200
    assert model.setData(cell(page, "Куми", Column.WOMEN), "10 000 000")
    assert figures(session, 2023)["Куми"].women == 10_000_000


def test_typing_in_the_grid_saves_and_moves_down(page, session, qtbot):
    view = page.view
    index = cell(page, "Чалівка", Column.TOTAL)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_2)  # typing starts editing, as in Excel
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "2"
    qtbot.keyClicks(editor, "05")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: figures(session, 2023)["Чалівка"].total == 205)
    assert view.currentIndex().row() == index.row() + 1
    assert view.currentIndex().column() == Column.TOTAL
    session.undo_stack.undo()
    assert figures(session, 2023)["Чалівка"].total == 193


def test_the_kind_is_chosen_from_a_list(page, session, qtbot):
    view = page.view
    index = cell(page, "Коржиха", Column.KIND)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None and combo.count() == 3
    combo.setCurrentIndex(combo.findData(SettlementKind.SETTLEMENT.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settlement_id = page.model.settlement_at(index.row()).id
    qtbot.waitUntil(
        lambda: (
            community_repo.get_settlement(session.cf, settlement_id).kind
            is SettlementKind.SETTLEMENT
        )
    )
    assert cell(page, "Коржиха", Column.NAME).data() == "с-ще Коржиха"
    # Typed (or pasted) kinds are understood in Ukrainian too.
    assert page.model.setData(cell(page, "Коржиха", Column.KIND), "село")
    assert community_repo.get_settlement(session.cf, settlement_id).kind is SettlementKind.VILLAGE


def test_renaming_in_the_name_cell(page, session):
    index = cell(page, "Коржиха", Column.NAME)
    settlement_id = page.model.settlement_at(index.row()).id
    assert index.data(Qt.ItemDataRole.EditRole) == "Коржиха"
    assert page.model.setData(index, "с. Коржиха Нова")  # a copied display name is fine
    assert community_repo.get_settlement(session.cf, settlement_id).name == "Коржиха Нова"
    assert page.model.index(index.row(), Column.NAME).data() == "с. Коржиха Нова"
    assert not page.model.setData(page.model.index(index.row(), Column.NAME), "  ")
    assert community_repo.get_settlement(session.cf, settlement_id).name == "Коржиха Нова"
    session.undo_stack.undo()
    assert community_repo.get_settlement(session.cf, settlement_id).name == "Коржиха"


@pytest.mark.parametrize("text", ["сто", "-5", "12,5", "1.5", "10000001", "5 x"])
def test_text_that_is_not_a_count_is_refused(page, session, text):
    before = figures(session, 2023)
    stack = session.undo_stack.count()
    index = cell(page, "Климівка", Column.TOTAL)
    assert not page.model.setData(index, text)
    assert figures(session, 2023) == before
    assert session.undo_stack.count() == stack
    assert index.data() == "931"
    shown = message(page)
    assert "Климівка" in shown and "Total" in shown and text in shown
    reason = {"-5": "negative", "10000001": "larger"}.get(text, "not a whole number")
    assert reason in shown
    # The next good edit is saved and the refusal goes away.
    assert page.model.setData(index, "932")
    assert figures(session, 2023)["Климівка"].total == 932
    assert message(page) == ""


def test_a_refused_typed_value_keeps_the_cell(page, session, qtbot):
    view = page.view
    index = cell(page, "Климівка", Column.MEN)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(editor, "сто")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "сто" in message(page))
    assert figures(session, 2023)["Климівка"].men == 389
    assert view.currentIndex().row() == index.row()  # it does not move on
    assert "Men" in message(page)


def test_parse_count_accepts_spreadsheet_spacing():
    assert parse_count("1 762") == 1762
    assert parse_count("1\u00a0762") == 1762
    assert parse_count(" 1\u202f762 ") == 1762
    assert parse_count("") is None
    assert parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]


def test_breakdown_needs_a_total_and_clearing_the_total_removes_the_row(page, session):
    session.set_year(2024)
    assert not page.model.setData(cell(page, "Коржиха", Column.MEN), "100")
    assert figures(session, 2024) == {}
    assert "total" in message(page).lower()

    assert page.model.setData(cell(page, "Климівка", Column.TOTAL), "")  # already empty
    assert figures(session, 2024) == {}

    session.set_year(2023)
    stack = session.undo_stack.count()
    assert page.model.setData(cell(page, "Климівка", Column.TOTAL), "")
    assert "Климівка" not in figures(session, 2023)
    assert cell(page, "Климівка", Column.MEN).data() == ""
    assert session.undo_stack.count() == stack + 1
    session.undo_stack.undo()
    assert figures(session, 2023)["Климівка"].breakdown == (389, 407, 134)
    # An empty total pasted beside a breakdown is refused rather than dropping the row.
    assert not page.model.write_cells(
        [
            (row_of(page, "Климівка"), Column.TOTAL, ""),
            (row_of(page, "Климівка"), Column.MEN, "390"),
        ]
    )
    assert figures(session, 2023)["Климівка"].total == 931
    assert "Men" in message(page)


def paste(page, qtbot, name: str, column: Column, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    page.view.setFocus()
    page.view.setCurrentIndex(cell(page, name, column))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def accept_the_preview(page, qtbot) -> None:
    """A block of more than one row is shown before it is written: Enter pastes it."""
    dialog = page.view.paste_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_pasting_a_block_is_one_undo_step(page, session, qtbot):
    stack = session.undo_stack.count()
    # As Excel puts it on the clipboard: CRLF, a final newline, spaces inside numbers.
    paste(page, qtbot, "Коржиха", Column.TOTAL, "1\u00a0800\t700\r\n300\t120\r\n 250 \t100\r\n")
    assert figures(session, 2023)["Коржиха"].total == 226  # not before the preview is accepted
    accept_the_preview(page, qtbot)
    now = figures(session, 2023)
    assert (now["Коржиха"].total, now["Коржиха"].men) == (1800, 700)
    assert (now["Чалівка"].total, now["Чалівка"].men) == (300, 120)
    assert (now["Куми"].total, now["Куми"].men) == (250, 100)
    assert now["Куми"].women == 354  # cells outside the block stay
    assert now["Львівське"].total == 178
    assert session.undo_stack.count() == stack + 1
    session.undo_stack.undo()
    now = figures(session, 2023)
    assert [now[n].total for n in ("Коржиха", "Чалівка", "Куми")] == [226, 193, 820]
    assert [now[n].men for n in ("Коржиха", "Чалівка", "Куми")] == [95, 70, 325]
    session.undo_stack.redo()
    assert figures(session, 2023)["Чалівка"].total == 300


def test_a_block_with_one_bad_cell_changes_nothing(page, session, qtbot):
    before = figures(session, 2023)
    stack = session.undo_stack.count()
    paste(page, qtbot, "Коржиха", Column.TOTAL, "500\t200\n300\tсто\n250\t100\n")
    assert figures(session, 2023) == before
    assert session.undo_stack.count() == stack
    shown = message(page)
    assert "Чалівка" in shown and "Men" in shown and "сто" in shown
    assert "Коржиха" not in shown


def test_pasting_below_the_last_settlement_is_cut_short(page, session, qtbot):
    paste(page, qtbot, "Холодне Плесо", Column.TOTAL, "7\n90\n80\n70\n")
    assert "2" in page.view.paste_dialog.skipped_label.text()
    accept_the_preview(page, qtbot)
    now = figures(session, 2023)
    assert (now["Холодне Плесо"].total, now["Редути"].total) == (7, 90)
    assert "2" in message(page) and "ignored" in message(page)


def test_pasting_a_new_name_and_a_single_value_over_a_selection(page, session, qtbot):
    # A name pasted over another's adds a settlement (once accepted); it renames nothing.
    paste(page, qtbot, "Коржиха", Column.NAME, "с. Коржиха Велика\tсело\t230\n")
    accept_the_preview(page, qtbot)
    assert figures(session, 2023)["Коржиха Велика"].total == 230
    assert figures(session, 2023)["Коржиха"].total == 226
    session.undo_stack.undo()
    assert "Коржиха Велика" not in figures(session, 2023)

    QGuiApplication.clipboard().setText("0")
    view = page.view
    view.setFocus()
    view.setCurrentIndex(cell(page, "Коржиха", Column.CHILDREN))
    view.selectionModel().select(
        page.model.index(row_of(page, "Коржиха"), Column.CHILDREN),
        view.selectionModel().SelectionFlag.Select,
    )
    view.selectionModel().select(
        page.model.index(row_of(page, "Чалівка"), Column.CHILDREN),
        view.selectionModel().SelectionFlag.Select,
    )
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    now = figures(session, 2023)
    assert (now["Коржиха"].children, now["Чалівка"].children) == (0, 0)


def test_delete_clears_the_selected_figures(page, session, qtbot):
    view = page.view
    view.setFocus()
    row = row_of(page, "Куми")
    view.setCurrentIndex(page.model.index(row, Column.MEN))
    view.selectionModel().select(
        page.view.model().index(row, Column.CHILDREN), view.selectionModel().SelectionFlag.Select
    )
    view.selectionModel().select(
        page.view.model().index(row, Column.WOMEN), view.selectionModel().SelectionFlag.Select
    )
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert figures(session, 2023)["Куми"].breakdown == (None, None, None)
    assert figures(session, 2023)["Куми"].total == 820
    session.undo_stack.undo()
    assert figures(session, 2023)["Куми"].breakdown == (325, 354, 140)


def test_copy_puts_tab_separated_plain_numbers_on_the_clipboard(page, qtbot):
    view = page.view
    view.setFocus()
    model = page.model
    view.selectionModel().select(
        type(view.selectionModel().selection())(
            model.index(0, Column.NAME), model.index(1, Column.MEN)
        ),
        view.selectionModel().SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        f"с-ще Ланна\t{kind_label(SettlementKind.SETTLEMENT)}\t1762\t652\n"
        f"с. Коржиха\t{kind_label(SettlementKind.VILLAGE)}\t226\t95"
    )
    last = model.rowCount() - 1
    view.selectionModel().select(
        type(view.selectionModel().selection())(
            model.index(last, Column.TOTAL), model.index(last, Column.MEN)
        ),
        view.selectionModel().SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "7130\t2811"


WARNED_2023 = {"Климівка", "Куми", "Холодне Плесо", "Редути"}


def test_warnings_are_shown_inline_and_summed_up(page, session):
    model = page.model
    decoration, tooltip = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole
    for row in range(model.settlement_count):
        name = model.settlement_at(row).name
        icon = model.data(model.index(row, Column.TOTAL), decoration)
        if name in WARNED_2023:
            assert isinstance(icon, QIcon) and not icon.isNull(), name
        else:
            assert icon is None, name
    assert "930" in cell(page, "Климівка", Column.TOTAL).data(tooltip)
    assert "819" in cell(page, "Куми", Column.TOTAL).data(tooltip)
    assert "4 → 6" in cell(page, "Холодне Плесо", Column.TOTAL).data(tooltip)
    assert "54 → 83" in cell(page, "Редути", Column.TOTAL).data(tooltip)
    summary = page.warnings_label.text()
    assert page.warnings_label.isVisible() and summary.startswith("Warnings: 4 — ")
    assert all(name in summary for name in WARNED_2023)
    assert "Коржиха" not in summary

    # Fixing Климівка's total takes its warning away; warnings never block saving.
    assert page.model.setData(cell(page, "Климівка", Column.TOTAL), "930")
    assert model.data(cell(page, "Климівка", Column.TOTAL), decoration) is None
    assert page.warnings_label.text().startswith("Warnings: 3 — ")
    assert page.model.setData(cell(page, "Коржиха", Column.TOTAL), "2000")  # a big jump
    assert figures(session, 2023)["Коржиха"].total == 2000
    assert "Коржиха" in page.warnings_label.text()

    session.set_year(2022)
    assert not page.warnings_label.isVisible()


def test_adding_a_settlement_through_the_dialog(page, session, qtbot):
    count = len(community_repo.list_settlements(session.cf))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text()  # an empty name is refused
    assert len(community_repo.list_settlements(session.cf)) == count
    type_text(dialog.name_edit, "Куми")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Куми" in dialog.error_label.text()  # already there
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Нова Ланна")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SettlementKind.SETTLEMENT.value))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    added = [s for s in community_repo.list_settlements(session.cf) if s.name == "Нова Ланна"]
    assert len(added) == 1 and added[0].kind is SettlementKind.SETTLEMENT
    assert not added[0].admin_center
    row = row_of(page, "Нова Ланна")
    assert page.model.index(row, Column.NAME).data() == "с-ще Нова Ланна"
    assert page.view.currentIndex() == page.model.index(row, Column.TOTAL)
    assert page.model.setData(page.model.index(row, Column.TOTAL), "15")
    session.undo_stack.undo()  # the figure
    session.undo_stack.undo()  # the settlement
    assert len(community_repo.list_settlements(session.cf)) == count
    assert page.model.settlement_count == count
    session.undo_stack.redo()
    again = community_repo.get_settlement(session.cf, added[0].id)
    assert again is not None and again.name == "Нова Ланна"
    session.undo_stack.redo()
    assert figures(session, 2023)["Нова Ланна"].total == 15


def test_a_name_pasted_with_its_cells_breaks_is_saved_on_one_line(page, session, qtbot):
    """A name copied from a Word table brings its tab and line break, which Qt's line edit
    keeps: the settlement is saved as «Нова Ланна», not on two lines."""
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    QGuiApplication.clipboard().setText("Нова\tЛанна\r\n")
    dialog.name_edit.setFocus()
    dialog.name_edit.paste()
    assert "\t" in dialog.name_edit.text()  # what the field holds
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    names = [s.name for s in community_repo.list_settlements(session.cf)]
    assert "Нова Ланна" in names and not any("\n" in n or "\t" in n for n in names)


def test_a_new_administrative_centre_replaces_the_old_one(page, session, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    type_text(dialog.name_edit, "Полтава")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SettlementKind.CITY.value))
    dialog.center_check.setChecked(True)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    centres = [s.name for s in community_repo.list_settlements(session.cf) if s.admin_center]
    assert centres == ["Полтава"]
    session.undo_stack.undo()
    centres = [s.name for s in community_repo.list_settlements(session.cf) if s.admin_center]
    assert centres == ["Ланна"]
    session.undo_stack.redo()
    centres = [s.name for s in community_repo.list_settlements(session.cf) if s.admin_center]
    assert centres == ["Полтава"]


def test_archiving_hides_a_settlement_until_show_archived(page, session, qtbot):
    view = page.view
    view.setCurrentIndex(cell(page, "Коржиха", Column.TOTAL))
    assert page.archive_button.isEnabled()
    settlement_id = page.selected_settlement().id
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert community_repo.get_settlement(session.cf, settlement_id).archived
    assert page.model.settlement_count == 10
    with pytest.raises(AssertionError):
        row_of(page, "Коржиха")
    assert "Коржиха" in message(page)
    # The year's total still counts it, and says so.
    last = page.model.rowCount() - 1
    assert page.model.index(last, Column.TOTAL).data() == "7130"
    assert "Коржиха" in page.warnings_label.text()

    page.show_archived.setChecked(True)
    index = cell(page, "Коржиха", Column.TOTAL)
    assert isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert (
        page.model.data(cell(page, "Чалівка", Column.TOTAL), Qt.ItemDataRole.ForegroundRole) is None
    )
    view.setCurrentIndex(index)
    assert "Restore" in page.archive_button.text()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not community_repo.get_settlement(session.cf, settlement_id).archived
    session.undo_stack.undo()  # restoring
    session.undo_stack.undo()  # archiving
    assert not community_repo.get_settlement(session.cf, settlement_id).archived
    page.show_archived.setChecked(False)
    assert page.model.settlement_count == 11


def test_fill_from_the_previous_year(page, session, qtbot):
    session.set_year(2022)
    assert not page.fill_button.isEnabled()  # nothing from 2021
    session.set_year(2024)
    assert page.year_selector.combo.currentText() == "2024"
    assert page.fill_button.isEnabled()
    assert "No figures for 2024" in page.warnings_label.text()
    assert page.model.setData(cell(page, "Коржиха", Column.TOTAL), "230")
    assert "No figures" not in page.warnings_label.text()
    stack = session.undo_stack.count()
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == stack + 1
    old, new = figures(session, 2023), figures(session, 2024)
    assert set(new) == set(old)
    for name, row in old.items():
        if name != "Коржиха":
            assert (new[name].total, new[name].breakdown) == (row.total, row.breakdown), name
    # A figure already typed stays; only the empty cells are filled.
    assert (new["Коржиха"].total, new["Коржиха"].breakdown) == (230, (95, 94, 37))
    assert "2023" in message(page)
    session.undo_stack.undo()
    assert list(figures(session, 2024)) == ["Коржиха"]
    assert figures(session, 2024)["Коржиха"].breakdown == (None, None, None)
    session.undo_stack.redo()
    assert figures(session, 2024)["Ланна"].total == 1762


def open_edit_dialog(page, qtbot, name: str):
    page.view.setCurrentIndex(cell(page, name, Column.TOTAL))
    assert page.edit_button.isEnabled() and page.edit_action.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def retype(widget, text: str) -> None:
    widget.selectAll()
    widget.del_()
    type_text(widget, text)


def click_ok(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_editing_a_settlements_details_through_the_dialog(page, session, qtbot):
    settlement_id = page.model.settlement_at(row_of(page, "Коржиха")).id
    before = community_repo.get_settlement(session.cf, settlement_id)
    assert before.starosta_district == "" and before.area_km2 is None
    dialog = open_edit_dialog(page, qtbot, "Коржиха")
    assert dialog.name_edit.text() == "Коржиха"
    assert dialog.kind_combo.currentData() == SettlementKind.VILLAGE.value
    assert not dialog.center_check.isChecked()
    assert dialog.area_edit.text() == "" and dialog.distance_edit.text() == ""
    type_text(dialog.district_edit, "Коржиський округ")
    type_text(dialog.area_edit, "12,5")
    type_text(dialog.distance_edit, "7.25")
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()

    after = community_repo.get_settlement(session.cf, settlement_id)
    assert (after.starosta_district, after.area_km2, after.distance_km) == (
        "Коржиський округ",
        12.5,
        7.25,
    )
    assert (after.name, after.kind, after.admin_center) == (
        "Коржиха",
        SettlementKind.VILLAGE,
        False,
    )
    assert session.undo_stack.undoText() == "Edit с. Коржиха"
    assert "Коржиха" in message(page)
    # The grid keeps its figures and the selection.
    assert page.selected_settlement().id == settlement_id

    # Opened again, the dialog shows what is stored, a decimal comma included.
    dialog = open_edit_dialog(page, qtbot, "Коржиха")
    assert dialog.district_edit.text() == "Коржиський округ"
    assert (dialog.area_edit.text(), dialog.distance_edit.text()) == ("12,5", "7,25")
    stack = session.undo_stack.count()
    click_ok(dialog, qtbot)  # nothing changed: no undo step
    assert session.undo_stack.count() == stack

    session.undo_stack.undo()
    assert community_repo.get_settlement(session.cf, settlement_id) == before
    session.undo_stack.redo()
    assert community_repo.get_settlement(session.cf, settlement_id) == after


def test_a_bad_area_is_refused_with_a_message(page, session, qtbot):
    settlement_id = page.model.settlement_at(row_of(page, "Чалівка")).id
    before = community_repo.get_settlement(session.cf, settlement_id)
    stack = session.undo_stack.count()
    dialog = open_edit_dialog(page, qtbot, "Чалівка")
    type_text(dialog.area_edit, "два")
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert "два" in dialog.error_label.text() and "area" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.area_edit
    for bad in ("-1", "1e3", "5 км", "1000001"):
        retype(dialog.area_edit, bad)
        click_ok(dialog, qtbot)
        assert dialog.isVisible() and bad in dialog.error_label.text()
    retype(dialog.area_edit, "")
    type_text(dialog.distance_edit, "далеко")
    click_ok(dialog, qtbot)
    assert dialog.isVisible() and "distance" in dialog.error_label.text()
    assert community_repo.get_settlement(session.cf, settlement_id) == before
    assert session.undo_stack.count() == stack
    dialog.reject()


def test_editing_can_rename_and_move_the_administrative_centre(page, session, qtbot):
    dialog = open_edit_dialog(page, qtbot, "Куми")
    assert dialog.windowTitle() == "Edit a settlement"
    retype(dialog.name_edit, "Ланна")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SettlementKind.SETTLEMENT.value))
    click_ok(dialog, qtbot)
    assert dialog.isVisible() and "Ланна" in dialog.error_label.text()  # already there
    retype(dialog.name_edit, "Нові Куми")
    dialog.center_check.setChecked(True)
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    centres = [s.name for s in community_repo.list_settlements(session.cf) if s.admin_center]
    assert centres == ["Нові Куми"]
    assert page.model.index(row_of(page, "Нові Куми"), Column.NAME).data() == "с-ще Нові Куми"
    session.undo_stack.undo()
    settlements = {s.name: s for s in community_repo.list_settlements(session.cf)}
    assert "Нові Куми" not in settlements and settlements["Куми"].kind is SettlementKind.VILLAGE
    assert [n for n, s in settlements.items() if s.admin_center] == ["Ланна"]


def test_edit_is_in_the_grids_context_menu_and_needs_a_selection(page, qtbot):
    assert page.edit_action in page.view.actions()
    page.view.setCurrentIndex(page.model.index(-1, -1))
    assert not page.edit_button.isEnabled() and not page.edit_action.isEnabled()
    page.view.setCurrentIndex(cell(page, "Куми", Column.NAME))
    assert page.edit_action.isEnabled()
    page.edit_action.trigger()
    assert page.edit_dialog is not None and page.edit_dialog.name_edit.text() == "Куми"
    page.edit_dialog.reject()


def test_starosta_districts_entered_here_drive_the_needs_basis(page, session, qtbot):
    from hromada_desk.domain.needs import CounsellingBasis, calculate
    from hromada_desk.services.needs import input_from_file

    for name, district in (
        ("Коржиха", "Коржиський"),
        ("Чалівка", "Коржиський"),
        ("Куми", "Кумівський"),
    ):
        dialog = open_edit_dialog(page, qtbot, name)
        # setText: typed keys would open the completer's popup of the districts so far.
        dialog.district_edit.setText(district)
        click_ok(dialog, qtbot)
    dialog = open_edit_dialog(page, qtbot, "Федорівка")  # offers the districts so far
    assert dialog.district_edit.completer().model().stringList() == ["Коржиський", "Кумівський"]
    dialog.reject()
    community_repo.set_parameter(
        session.cf,
        2023,
        "counselling_basis",
        CounsellingBasis.STAROSTA_DISTRICTS.value,
        "за округами",
    )
    result = calculate(input_from_file(session.cf, 2023))
    # The centre and the settlements without a district, and the two districts.
    assert "Старостинських округів (з адміністративним центром): 3" in "\n".join(
        result.services["counselling_service"].steps
    )


def test_a_new_file_shows_the_year_being_reported_with_a_hint(qtbot, tmp_path, policy, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog

    from hromada_desk.services.new_community import (
        NewCommunityOptions,
        NewSettlement,
        create_community,
    )
    from hromada_desk.ui.session import Session

    options = NewCommunityOptions(
        "Громада",
        "Рада",
        settlements=(
            NewSettlement("Ланна", SettlementKind.SETTLEMENT, True),
            NewSettlement("Куми"),
        ),
    )
    path = tmp_path / "new.hromada"
    create_community(path, options, backups=policy).close()
    session = Session(policy)
    from hromada_desk.storage.database import open_file

    session.open(open_file(path, backups=policy))
    reported = dt.date.today().year - 1  # the last complete year
    assert session.year == reported
    page = PopulationPage(session)
    qtbot.addWidget(page)
    page.show()
    assert str(reported) in page.heading.text()
    assert f"No figures for {reported} yet" in page.warnings_label.text()
    asked = []

    def get_int(parent, title, label, value, minimum, maximum):
        asked.append(value)
        return value, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    page.year_selector.ask_new_year()
    assert asked == [reported]  # it has no figures yet: still the one to fill
    community_repo.set_population(session.cf, [Population(1, reported, 900)])
    session.set_year(reported)
    page.year_selector.ask_new_year()
    assert asked[-1] == reported + 1
    session.close()
