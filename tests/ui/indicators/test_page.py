"""The «Показники» page on a copy of the demo community, driven through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from hromada_desk.domain.indicators import INDICATOR_CODES, INDICATORS, SERVICE_KEYS
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import backup_reason, list_backups
from hromada_desk.storage.database import open_file
from hromada_desk.ui.common.cells import parse_count
from hromada_desk.ui.indicators.models import IndicatorsModel, ServicesModel
from hromada_desk.ui.indicators.page import IndicatorsPage

VALUE = IndicatorsModel.VALUE
DEMO_2023 = {code: (2 if code == "6.1" else 0) for code in INDICATOR_CODES}


@pytest.fixture
def page(qtbot, session):
    page = IndicatorsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def on_disk(session, year: int) -> dict[str, int]:
    """The indicators as the file on disk holds them (a separate read-only connection)."""
    with open_file(session.cf.path, readonly=True) as cf:
        return community_repo.get_indicators(cf, year)


def services_on_disk(session, year: int) -> dict[str, int]:
    with open_file(session.cf.path, readonly=True) as cf:
        return community_repo.get_existing_services(cf, year)


def rayon_on_disk(session, year: int) -> tuple[int | None, int | None]:
    with open_file(session.cf.path, readonly=True) as cf:
        return community_repo.get_rayon_figures(cf, year)


def press_enter(qtbot, view, editor) -> None:
    """Enter in an editor commits on the next turn of the event loop (Qt queues it)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def cell(page, code: str, column: int = VALUE):
    model = page.indicators_model
    return model.index(model.row_of(code), column)


def shown(page) -> dict[str, str]:
    return {code: cell(page, code).data() for code in INDICATOR_CODES}


def test_models_pass_the_model_tester(qtmodeltester, page, session):
    qtmodeltester.check(page.indicators_model)
    qtmodeltester.check(page.services_model)
    session.set_year(2024)  # every value empty: the tester watches the change too
    qtmodeltester.check(page.indicators_model)
    qtmodeltester.check(page.services_model)


def test_the_demo_2023_figures_show(page, session):
    assert session.year == 2023
    assert page.year_selector.combo.currentText() == "2023"
    model = page.indicators_model
    assert model.rowCount() == 12 and model.columnCount() == 3
    assert [cell(page, i.code, IndicatorsModel.CODE).data() for i in INDICATORS] == list(
        INDICATOR_CODES
    )
    # The wording is the document's text, whole and untranslated.
    assert [cell(page, i.code, IndicatorsModel.WORDING).data() for i in INDICATORS] == [
        i.wording for i in INDICATORS
    ]
    assert shown(page) == {code: str(value) for code, value in DEMO_2023.items()}
    services = page.services_model
    assert [services.index(r, ServicesModel.COUNT).data() for r in range(5)] == ["0"] * 5
    assert page.population_edit.text() == "" and page.cases_edit.text() == ""
    assert page.missing_line.isHidden() and page.warnings_line.isHidden()
    assert page.message_line.isHidden()
    assert page.title() == "Indicators"


def test_an_edit_through_set_data_is_written_and_undoable(page, session):
    assert page.indicators_model.setData(cell(page, "5.1"), "4")
    assert on_disk(session, 2023) == DEMO_2023 | {"5.1": 4}
    assert cell(page, "5.1").data() == "4"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Change indicator 5.1 (2023)"
    session.undo_stack.undo()
    assert on_disk(session, 2023) == DEMO_2023
    assert cell(page, "5.1").data() == "0"
    session.undo_stack.redo()
    assert on_disk(session, 2023) == DEMO_2023 | {"5.1": 4}
    assert cell(page, "5.1").data() == "4"


def test_an_edit_through_the_view_with_keys(page, session, qtbot):
    view = page.indicators_view
    index = cell(page, "6.2")
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    press_enter(qtbot, view, editor)
    assert on_disk(session, 2023) == DEMO_2023 | {"6.2": 5}
    assert cell(page, "6.2").data() == "5"
    # Enter moves down, as in Excel.
    assert view.currentIndex() == cell(page, "6.3")
    # Typing a digit starts editing the current cell.
    qtbot.keyClicks(view, "7")
    editor = view.indexWidget(cell(page, "6.3"))
    assert editor is not None and editor.text() == "7"
    press_enter(qtbot, view, editor)
    assert on_disk(session, 2023) == DEMO_2023 | {"6.2": 5, "6.3": 7}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert on_disk(session, 2023) == DEMO_2023
    assert cell(page, "6.2").data() == "0"


def test_text_typed_in_the_view_that_is_no_number_is_refused(page, session, qtbot):
    view = page.indicators_view
    index = cell(page, "6.1")
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    editor.setText("сто")
    press_enter(qtbot, view, editor)
    assert on_disk(session, 2023) == DEMO_2023
    assert cell(page, "6.1").data() == "2"
    assert not page.message_line.isHidden()
    assert "сто" in page.message_line.message()
    assert view.currentIndex() == index  # a refused value does not move on
    assert session.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["сто", "-1", "2,5", "2.5", "1e3", "+3", "99999999999"])
def test_invalid_text_is_refused_and_nothing_written(page, session, text):
    assert not page.indicators_model.setData(cell(page, "6.1"), text)
    assert on_disk(session, 2023) == DEMO_2023
    assert cell(page, "6.1").data() == "2"
    assert session.undo_stack.count() == 0
    assert not page.message_line.isHidden()
    assert text in page.message_line.message()
    assert "Indicator 6.1" in page.message_line.message()
    assert "Nothing was saved" in page.message_line.message()
    # The next good edit clears the message.
    assert page.indicators_model.setData(cell(page, "6.1"), "3")
    assert page.message_line.isHidden()


def test_parse_count():
    assert parse_count("") is None and parse_count("  ") is None
    assert parse_count(" 12 ") == 12
    assert parse_count("10 000") == 10_000 and parse_count("10\u00a0000") == 10_000
    for bad in ("сто", "-1", "2,5", "1 00", "١٢", "²"):
        with pytest.raises(ValueError):
            parse_count(bad)


def test_an_empty_value_means_not_entered(page, session):
    assert page.indicators_model.setData(cell(page, "6.3"), "")
    assert "6.3" not in on_disk(session, 2023)
    assert cell(page, "6.3").data() == ""
    assert not page.missing_line.isHidden()
    assert "6.3" in page.missing_line.message() and "6.1" not in page.missing_line.message()
    session.undo_stack.undo()
    assert on_disk(session, 2023)["6.3"] == 0
    assert page.missing_line.isHidden()


def test_an_unchanged_value_makes_no_undo_step(page, session):
    assert page.indicators_model.setData(cell(page, "6.1"), "2")
    assert session.undo_stack.count() == 0


def test_undo_after_switching_years_restores_the_edited_year(page, session):
    assert page.indicators_model.setData(cell(page, "6.1"), "9")
    session.set_year(2022)
    session.undo_stack.undo()
    assert on_disk(session, 2023) == DEMO_2023
    assert on_disk(session, 2022)["6.1"] == 1
    assert cell(page, "6.1").data() == "1"


def test_an_existing_service_edit_round_trips_and_undoes(page, session):
    model = page.services_model
    shelter = model.index(model.row_of("shelter"), ServicesModel.COUNT)
    assert model.setData(shelter, "1")
    assert services_on_disk(session, 2023) == {key: int(key == "shelter") for key in SERVICE_KEYS}
    assert shelter.data() == "1"
    for bad in ("-1", "200000"):  # the file holds at most 100 000 of a service
        assert not model.setData(shelter, bad)
        assert bad in page.message_line.message()
    assert "too large" in page.message_line.message()
    assert services_on_disk(session, 2023)["shelter"] == 1
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert services_on_disk(session, 2023) == dict.fromkeys(SERVICE_KEYS, 0)
    assert shelter.data() == "0"
    session.undo_stack.redo()
    assert services_on_disk(session, 2023)["shelter"] == 1


def test_rayon_figures_round_trip_and_undo(page, session, qtbot):
    page.tabs.setCurrentIndex(1)
    population, cases = page.population_edit, page.cases_edit
    population.setFocus()
    qtbot.keyClicks(population, "150000")
    qtbot.keyClick(population, Qt.Key.Key_Return)
    assert rayon_on_disk(session, 2023) == (150_000, None)
    assert "Only one" in page.rayon_state.message()
    cases.setFocus()
    cases.setText("сто")  # QTest types ASCII only
    qtbot.keyClick(cases, Qt.Key.Key_Return)
    assert rayon_on_disk(session, 2023) == (150_000, None)
    assert "сто" in page.message_line.message() and cases.text() == ""
    qtbot.keyClicks(cases, "30")
    qtbot.keyClick(cases, Qt.Key.Key_Return)
    assert rayon_on_disk(session, 2023) == (150_000, 30)
    assert "Both are entered" in page.rayon_state.message()
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert rayon_on_disk(session, 2023) == (150_000, None)
    assert cases.text() == "" and population.text() == "150000"
    session.undo_stack.undo()
    assert rayon_on_disk(session, 2023) == (None, None)
    assert population.text() == "" and page.rayon_state.isHidden()
    session.undo_stack.redo()
    assert rayon_on_disk(session, 2023) == (150_000, None)


def test_a_rayon_population_of_zero_is_refused(page, session, qtbot):
    page.population_edit.setText("0")
    page.population_edit.editingFinished.emit()
    assert rayon_on_disk(session, 2023) == (None, None)
    assert not page.message_line.isHidden() and page.population_edit.text() == ""


def test_more_completed_than_applied_is_a_warning_not_a_block(page, session):
    model = page.indicators_model
    assert model.setData(cell(page, "5.5"), "3")
    assert on_disk(session, 2023)["5.5"] == 3  # written all the same
    assert not page.warnings_line.isHidden()
    assert "5.5: 3" in page.warnings_line.message()
    assert "5.4: 0" in page.warnings_line.message()
    assert cell(page, "5.5").data(Qt.ItemDataRole.DecorationRole) is not None
    assert "perpetrator" in cell(page, "5.5").data(Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "5.1").data(Qt.ItemDataRole.DecorationRole) is None
    assert model.setData(cell(page, "5.4"), "3")
    assert page.warnings_line.isHidden()
    assert cell(page, "5.5").data(Qt.ItemDataRole.DecorationRole) is None


def test_switching_to_2022_shows_its_figures(page, session):
    session.set_year(2022)
    assert cell(page, "6.1").data() == "1"
    assert page.year_selector.combo.currentText() == "2022"
    session.set_year(2023)
    assert cell(page, "6.1").data() == "2"


def test_a_new_year_starts_empty_and_an_entry_creates_it(page, session):
    session.set_year(2024)
    assert set(shown(page).values()) == {""}
    assert "6.1" in page.missing_line.message() and "6.3" in page.missing_line.message()
    assert page.indicators_model.setData(cell(page, "6.1"), "3")
    assert on_disk(session, 2024) == {"6.1": 3}
    assert 2024 in community_repo.data_years(session.cf)
    assert "6.1" not in page.missing_line.message()
    session.undo_stack.undo()
    assert on_disk(session, 2024) == {}
    assert cell(page, "6.1").data() == ""


def select(view, indexes) -> None:
    view.clearSelection()
    view.setCurrentIndex(indexes[0])
    for index in indexes[1:]:
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)


def test_copy_gives_tab_separated_values(page, qtbot):
    view = page.indicators_view
    select(view, [cell(page, code) for code in ("5.5", "6.1", "6.2")])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "0\n2\n0"
    select(view, [cell(page, "6.1", c) for c in range(3)])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    wording = INDICATORS[INDICATOR_CODES.index("6.1")].wording
    assert QGuiApplication.clipboard().text() == f"6.1\t{wording}\t2"


def test_paste_a_column_from_excel_is_one_undo_step(page, session, qtbot):
    view = page.indicators_view
    view.setCurrentIndex(cell(page, "5.1"))
    QGuiApplication.clipboard().setText("1\r\n2\r\n\r\n4\r\n")  # an empty cell: not entered
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    stored = on_disk(session, 2023)
    assert (stored["5.1"], stored["5.2"], stored["5.4"]) == (1, 2, 4)
    assert "5.3" not in stored
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Change 4 indicator value(s) (2023)"
    assert {i.row() for i in view.selectedIndexes()} == {0, 1, 2, 3}
    [kept] = [
        p
        for p in list_backups(session.backups, session.cf.path)
        if backup_reason(p) == "before-paste"
    ]  # the values the paste replaced
    with open_file(kept, readonly=True) as before:
        assert community_repo.get_indicators(before, 2023) == DEMO_2023
    session.undo_stack.undo()
    assert on_disk(session, 2023) == DEMO_2023


def test_the_table_keeps_its_keys_from_window_shortcuts(page, session, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    triggered = []
    action = QAction(page)
    action.setShortcut(QKeySequence.StandardKey.Paste)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: triggered.append(True))
    page.addAction(action)
    view = page.indicators_view
    view.setFocus()
    view.setCurrentIndex(cell(page, "6.7"))
    QGuiApplication.clipboard().setText("8")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(session, 2023)["6.7"] == 8
    assert not triggered


def test_paste_with_a_bad_cell_writes_nothing_and_names_it(page, session):
    view = page.indicators_view
    view.setCurrentIndex(cell(page, "5.1"))
    assert not view.paste_text("1\n2\nсто\n4\n")
    assert on_disk(session, 2023) == DEMO_2023
    assert session.undo_stack.count() == 0
    message = page.message_line.message()
    assert "Indicator 5.3" in message and "сто" in message and "Nothing was pasted" in message


def test_paste_that_does_not_fit_or_has_columns_is_refused(page, session):
    view = page.indicators_view
    view.setCurrentIndex(cell(page, "6.6"))
    assert not view.paste_text("1\n2\n3")
    assert "room for 2" in page.message_line.message()
    view.setCurrentIndex(cell(page, "5.1"))
    assert not view.paste_text("1\t2\n3\t4")  # several columns, no row named
    message = page.message_line.message()
    assert "row 1 of the clipboard («1 · 2») names no row" in message
    assert "single column" in message
    assert on_disk(session, 2023) == DEMO_2023
    assert session.undo_stack.count() == 0


def test_whole_rows_copied_from_the_table_paste_into_another_year_by_their_codes(
    page, session, qtbot
):
    view = page.indicators_view
    select(view, [cell(page, code, c) for code in ("6.1", "6.2", "6.3") for c in range(3)])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    session.set_year(2024)  # nothing entered yet
    view.setCurrentIndex(cell(page, "5.1"))  # the rows go where their codes say, not here
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(session, 2024) == {"6.1": 2, "6.2": 0, "6.3": 0}
    assert session.undo_stack.count() == 1
    assert {i.row() for i in view.selectedIndexes()} == {
        page.indicators_model.row_of(code) for code in ("6.1", "6.2", "6.3")
    }
    session.undo_stack.undo()
    assert on_disk(session, 2024) == {}


def test_rows_from_a_spreadsheet_are_known_by_code_or_wording_under_a_header(page, session):
    wording = INDICATORS[INDICATOR_CODES.index("5.3")].wording
    typed_again = "  ".join(wording.upper().split())  # another case, doubled spaces
    block = f"Код\tПоказник\tЗначення\r\n6,2\t\t7\r\n\t{typed_again}\t4\r\n"
    view = page.indicators_view
    view.setCurrentIndex(cell(page, "6.7"))
    assert view.paste_text(block)
    assert on_disk(session, 2023) == {**DEMO_2023, "6.2": 7, "5.3": 4}
    assert session.undo_stack.count() == 1
    assert {i.row() for i in view.selectedIndexes()} == {
        page.indicators_model.row_of(code) for code in ("5.3", "6.2")
    }


def test_pasted_rows_naming_nothing_or_one_row_twice_write_nothing(page, session):
    view = page.indicators_view
    view.setCurrentIndex(cell(page, "5.1"))
    assert not view.paste_text("6.1\t\t5\nщось  інше\tі ще\t3\n")
    message = page.message_line.message()
    assert "row 2 of the clipboard («щось інше · і ще · 3») names no row" in message
    assert not view.paste_text("6.1\t\t5\n6,1\t\t6\n")
    assert "rows 1 and 2 of the clipboard are both Indicator 6.1" in page.message_line.message()
    assert not view.paste_text("6.1\t\tп’ять\n")
    assert "Indicator 6.1" in page.message_line.message()
    assert on_disk(session, 2023) == DEMO_2023
    assert session.undo_stack.count() == 0


def test_services_rows_are_known_by_the_services_name(page, session):
    from hromada_desk.domain.indicators import SERVICES

    shelter, consulting = SERVICES[0], SERVICES[-1]
    block = f"{consulting.name}\t{consulting.unit}\t3\n{shelter.name}\t{shelter.unit}\t1\n"
    view = page.services_view
    view.setCurrentIndex(page.services_model.index(2, page.services_model.value_column))
    assert view.paste_text(block)
    stored = services_on_disk(session, 2023)
    assert (stored[shelter.key], stored[consulting.key]) == (1, 3)
    assert session.undo_stack.count() == 1


def test_one_pasted_value_fills_the_selection_and_delete_clears_it(page, session, qtbot):
    view = page.indicators_view
    select(view, [cell(page, code) for code in ("6.5", "6.6", "6.7")])
    assert view.paste_text("5")
    assert [on_disk(session, 2023)[c] for c in ("6.5", "6.6", "6.7")] == [5, 5, 5]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not {"6.5", "6.6", "6.7"} & set(on_disk(session, 2023))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert on_disk(session, 2023)["6.7"] == 5


def test_rows_grow_to_show_the_whole_wording_when_narrower(page, qtbot):
    view = page.indicators_view
    row = page.indicators_model.row_of("5.1")
    wide = view.rowHeight(row)
    page.resize(700, 650)
    qtbot.waitUntil(lambda: view.rowHeight(row) > wide)
    assert view.rowHeight(row) >= view.sizeHintForRow(row)


def test_labels_have_buddies_and_fields_have_names(page):
    assert page.indicators_label.buddy() is page.indicators_view
    assert page.services_label.buddy() is page.services_view
    assert page.population_label.buddy() is page.population_edit
    assert page.cases_label.buddy() is page.cases_edit
    for label in (
        page.indicators_label,
        page.services_label,
        page.population_label,
        page.cases_label,
    ):
        assert "&" in label.text()
    for widget in (page.indicators_view, page.services_view, page.population_edit, page.cases_edit):
        assert widget.accessibleName()


def test_without_a_file_the_page_is_empty_and_disabled(page, session):
    session.close()
    assert not page.tabs.isEnabled()
    assert set(shown(page).values()) == {""}


def test_a_year_without_population_says_so(page, session):
    session.set_year(2024)  # the demo has population for 2022 and 2023 only
    assert "2024 has no population figures yet" in page.missing_line.message()
    assert "«Settlements and population»" in page.missing_line.message()
    assert page.missing_line.kind == "warning"
    session.set_year(2023)
    assert "population" not in page.missing_line.message()
