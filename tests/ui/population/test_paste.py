"""Pasting blocks from Excel into the population grid: rows go to their settlements by name,
never renaming one, and what will be written is shown before it is."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from hromada_desk.domain.records import Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import list_backups
from hromada_desk.ui.common.i18n import use_ukrainian_formats
from hromada_desk.ui.population.page import PopulationPage
from hromada_desk.ui.population.table_model import Column
from tests.ui.population.test_page import cell, figures, message, row_of

ENTER = Qt.Key.Key_Return


@pytest.fixture
def page(qtbot, session):
    before = QLocale()
    use_ukrainian_formats()
    page = PopulationPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    yield page
    QLocale.setDefault(before)


def settlements(session) -> dict[int, tuple[str, SettlementKind, bool]]:
    return {
        s.id: (s.name, s.kind, s.admin_center) for s in community_repo.list_settlements(session.cf)
    }


def by_id(session, year: int) -> dict[int, tuple]:
    return {
        p.settlement_id: (p.total, p.men, p.women, p.children)
        for p in community_repo.get_population(session.cf, year)
    }


def ctrl_v(page, qtbot, text: str, row: int, column: Column) -> None:
    """Put text on the real clipboard and press Ctrl+V in the grid at (row, column)."""
    QGuiApplication.clipboard().setText(text)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def preview(page):
    """The paste preview the grid is showing, or None."""
    dialog = getattr(page.view, "paste_dialog", None)
    return dialog if dialog is not None and dialog.isVisible() else None


def press(qtbot, dialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def accept(page, qtbot) -> None:
    dialog = preview(page)
    assert dialog is not None, "no preview was shown"
    press(qtbot, dialog, ENTER)
    assert not dialog.isVisible()


def changes(dialog) -> list[tuple[str, ...]]:
    model = dialog.changes_model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_a_block_sorted_in_excel_goes_back_to_its_settlements(page, session, qtbot):
    """Copy the grid, sort it by total as Excel would, correct two figures, paste it back."""
    names_before = settlements(session)
    years_before = {year: by_id(session, year) for year in (2022, 2023)}
    grid_names = [
        page.model.index(r, Column.NAME).data() for r in range(page.model.settlement_count)
    ]
    view, model = page.view, page.model
    view.setFocus()
    view.selectionModel().select(
        type(view.selectionModel().selection())(
            model.index(0, Column.NAME), model.index(model.rowCount() - 1, Column.CHILDREN)
        ),
        view.selectionModel().SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[-1].startswith("Total")  # the grid's own total row comes along
    rows = [line.split("\t") for line in lines]
    for row in rows:  # two corrections made in Excel
        if row[0] == "с. Коржиха":
            row[2:6] = ["230", "96", "95", "39"]
        if row[0] == "с-ще Ланна":
            row[2] = "1770"
    rows.sort(key=lambda r: int(r[2]))  # Excel's «Sort smallest to largest» on Total
    text = "\r\n".join("\t".join(r) for r in rows) + "\r\n"

    ctrl_v(page, qtbot, text, 0, Column.NAME)
    dialog = preview(page)
    if dialog is not None:
        assert sorted(changes(dialog)) == sorted(
            [
                ("с. Коржиха", "Total", "226", "230"),
                ("с. Коржиха", "Men", "95", "96"),
                ("с. Коржиха", "Women", "94", "95"),
                ("с. Коржиха", "Children", "37", "39"),
                ("с-ще Ланна", "Total", "1762", "1770"),
            ]
        )
        accept(page, qtbot)

    assert settlements(session) == names_before  # no name, kind or centre changed
    assert [s[0] for s in settlements(session).values() if s[2]] == ["Ланна"]
    ids = {name: sid for sid, (name, _k, _c) in names_before.items()}
    expected = dict(years_before[2023])
    expected[ids["Коржиха"]] = (230, 96, 95, 39)
    expected[ids["Ланна"]] = (1770, 652, 797, 313)
    assert by_id(session, 2023) == expected
    assert by_id(session, 2022) == years_before[2022]
    assert [model.index(r, Column.NAME).data() for r in range(model.settlement_count)] == grid_names
    # The next year, filled from this one, shows each settlement with its own figures.
    session.set_year(2024)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert by_id(session, 2024) == expected
    assert cell(page, "Ланна", Column.TOTAL).data() == "1770"
    assert dialog is not None, "the block was written without a preview"


def test_the_paste_is_one_undo_step(page, session, qtbot):
    names_before, before = settlements(session), by_id(session, 2023)
    stack = session.undo_stack.count()
    ctrl_v(
        page,
        qtbot,
        "с. Куми\tvillage\t830\t330\t360\t140\n"
        "Нова Ланна\tселище\t120\t50\t50\t20\n"
        "с. Чалівка\tvillage\t200\t72\t90\t38\n",
        0,
        Column.NAME,
    )
    accept(page, qtbot)
    assert session.undo_stack.count() == stack + 1
    now = figures(session, 2023)
    assert now["Куми"].total == 830 and now["Чалівка"].total == 200
    assert now["Нова Ланна"].total == 120
    added = [s for s in community_repo.list_settlements(session.cf) if s.name == "Нова Ланна"]
    session.undo_stack.undo()
    assert settlements(session) == names_before and by_id(session, 2023) == before
    assert page.model.settlement_count == len(names_before)
    session.undo_stack.redo()
    again = community_repo.get_settlement(session.cf, added[0].id)
    assert again is not None and again.kind is SettlementKind.SETTLEMENT
    assert figures(session, 2023)["Нова Ланна"].total == 120
    assert figures(session, 2023)["Куми"].total == 830


@pytest.mark.parametrize(
    "header",
    [
        "Населений пункт\tТип\tУсього\tЧоловіки\tЖінки\tДіти",
        "Settlement\tKind\tTotal\tMen\tWomen\tChildren",
        "Назва НП\tВид\tК-сть\tЧол.\tЖін.\tДо 18",  # words over numbers, whatever the words
    ],
)
def test_a_header_row_is_skipped(page, session, qtbot, header):
    names_before = settlements(session)
    ctrl_v(
        page,
        qtbot,
        f"{header}\nс. Коржиха\tсело\t230\t96\t95\t39\nЧалівка\tсело\t200\t72\t90\t38\n",
        row_of(page, "Куми"),
        Column.TOTAL,
    )
    dialog = preview(page)
    assert dialog is not None
    assert "Row 1" in dialog.skipped_label.text()
    assert "header" in dialog.skipped_label.text()
    accept(page, qtbot)
    now = figures(session, 2023)
    assert (now["Коржиха"].total, now["Коржиха"].breakdown) == (230, (96, 95, 39))
    assert now["Чалівка"].total == 200 and now["Куми"].total == 820
    assert settlements(session) == names_before


def test_a_header_over_figures_only_is_skipped_and_the_figures_stay_in_place(page, session, qtbot):
    ctrl_v(page, qtbot, "Total\tMen\n300\t120\n250\t100\n", row_of(page, "Чалівка"), Column.TOTAL)
    accept(page, qtbot)
    now = figures(session, 2023)
    assert (now["Чалівка"].total, now["Чалівка"].men) == (300, 120)
    assert (now["Куми"].total, now["Куми"].men) == (250, 100)


def test_names_without_the_kind_column(page, session, qtbot):
    names_before = settlements(session)
    # Pasted wherever the cursor is: Ланна's total cell.
    ctrl_v(
        page,
        qtbot,
        "Куми\t830\t330\t360\t140\nкоржиха\t230\t96\t95\t39\n",
        row_of(page, "Ланна"),
        Column.TOTAL,
    )
    accept(page, qtbot)
    now = figures(session, 2023)
    assert (now["Куми"].total, now["Куми"].breakdown) == (830, (330, 360, 140))
    assert (now["Коржиха"].total, now["Коржиха"].breakdown) == (230, (96, 95, 39))
    assert now["Ланна"].total == 1762
    assert settlements(session) == names_before


def test_an_unknown_name_is_added_only_when_the_person_accepts(page, session, qtbot):
    names_before, before = settlements(session), by_id(session, 2023)
    block = "Куми\tсело\t830\t330\t360\t140\nЗелений Гай\tселище\t40\t20\t15\t5\n"
    ctrl_v(page, qtbot, block, row_of(page, "Куми"), Column.NAME)
    dialog = preview(page)
    assert dialog is not None and [box.text() for box, _combo in dialog.additions] == [
        "Зелений Гай"
    ]
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settlements(session) == names_before and by_id(session, 2023) == before

    ctrl_v(page, qtbot, block, row_of(page, "Куми"), Column.NAME)
    dialog = preview(page)
    box, combo = dialog.additions[0]
    assert box.isChecked() and combo.currentData() == SettlementKind.SETTLEMENT.value
    accept(page, qtbot)
    added = [s for s in community_repo.list_settlements(session.cf) if s.name == "Зелений Гай"]
    assert len(added) == 1 and added[0].kind is SettlementKind.SETTLEMENT
    assert not added[0].admin_center
    assert figures(session, 2023)["Зелений Гай"].breakdown == (20, 15, 5)
    assert figures(session, 2023)["Куми"].total == 830
    assert "Зелений Гай" in [
        page.model.settlement_at(r).name for r in range(page.model.settlement_count)
    ]


def test_a_new_settlement_takes_the_kind_chosen_in_the_preview(page, session, qtbot):
    ctrl_v(page, qtbot, "Зелений Гай\t40\nПоле\t12\nКуми\t830\n", 0, Column.NAME)
    dialog = preview(page)
    (_gai, gai_kind), (pole, _pole_kind) = dialog.additions
    assert gai_kind.currentData() == SettlementKind.VILLAGE.value  # the default
    gai_kind.setCurrentIndex(gai_kind.findData(SettlementKind.CITY.value))
    pole.setChecked(False)  # not wanted: its row is not pasted
    accept(page, qtbot)
    by_name = {s.name: s for s in community_repo.list_settlements(session.cf)}
    assert by_name["Зелений Гай"].kind is SettlementKind.CITY
    assert "Поле" not in by_name
    assert figures(session, 2023)["Куми"].total == 830


def test_a_name_twice_in_the_block_is_refused_naming_its_rows(page, session, qtbot):
    ctrl_v(
        page, qtbot, "Коржиха\tсело\t230\nКуми\tсело\t830\nс. КОРЖИХА\tсело\t240\n", 0, Column.NAME
    )
    dialog = preview(page)
    notes = dialog.refusals_label.text()
    assert "Коржиха" in notes and "Rows 1, 3" in notes
    assert [c[0] for c in changes(dialog)] == ["с. Куми"]
    accept(page, qtbot)
    now = figures(session, 2023)
    assert now["Коржиха"].total == 226 and now["Куми"].total == 830


def test_a_name_of_two_settlements_needs_the_kind(page, session, qtbot):
    community_repo.add_settlement(session.cf, Settlement("Куми", SettlementKind.SETTLEMENT))
    session.data_changed.emit("all")
    ctrl_v(page, qtbot, "Куми\t830\nЧалівка\t200\n", 0, Column.NAME)
    dialog = preview(page)
    assert "Row 1: «Куми»" in dialog.refusals_label.text()
    press(qtbot, dialog, Qt.Key.Key_Escape)
    ctrl_v(page, qtbot, "Куми\tселище\t50\nс. Куми\tсело\t830\n", 0, Column.NAME)
    accept(page, qtbot)
    by_kind = {
        s.kind: s.id for s in community_repo.list_settlements(session.cf) if s.name == "Куми"
    }
    now = by_id(session, 2023)
    assert now[by_kind[SettlementKind.SETTLEMENT]][0] == 50
    assert now[by_kind[SettlementKind.VILLAGE]][0] == 830


def test_an_archived_settlement_still_takes_its_figures(page, session, qtbot):
    page.view.setCurrentIndex(cell(page, "Коржиха", Column.TOTAL))
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    ctrl_v(page, qtbot, "Коржиха\t230\nКуми\t830\n", 0, Column.NAME)
    dialog = preview(page)
    assert ("с. Коржиха (archived)", "Total", "226", "230") in changes(dialog)
    assert not dialog.additions  # not offered as a new settlement
    accept(page, qtbot)
    assert figures(session, 2023)["Коржиха"].total == 230


def test_a_block_paste_keeps_a_before_paste_backup(page, session, qtbot, policy, demo_path):
    assert not [p for p in list_backups(policy, demo_path) if "before-paste" in p.name]
    ctrl_v(page, qtbot, "300\t120\n250\t100\n", row_of(page, "Чалівка"), Column.TOTAL)
    accept(page, qtbot)
    [backup] = [p for p in list_backups(policy, demo_path) if "before-paste" in p.name]
    from hromada_desk.storage.database import open_file

    with open_file(backup, readonly=True) as kept:  # the state the paste replaced
        kept_figures = {p.settlement_id: p.total for p in community_repo.get_population(kept, 2023)}
    chalivka = page.model.settlement_at(row_of(page, "Чалівка")).id
    assert kept_figures[chalivka] == 193 and figures(session, 2023)["Чалівка"].total == 300


def break_the_backup_folder(policy, demo_path) -> None:
    folder = policy.folder
    if folder.is_dir():
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # no backup can be written under it


def test_no_paste_without_its_backup(page, session, qtbot, policy, demo_path):
    before, stack = by_id(session, 2023), session.undo_stack.count()
    reported = []
    session.error.connect(reported.append)
    break_the_backup_folder(policy, demo_path)
    ctrl_v(page, qtbot, "Куми\tсело\t830\nНове\tсело\t5\n", 0, Column.NAME)
    dialog = preview(page)
    if dialog is not None:
        accept(page, qtbot)
    assert by_id(session, 2023) == before and session.undo_stack.count() == stack
    assert "Нове" not in [s.name for s in community_repo.list_settlements(session.cf)]
    assert reported and "резервну" in reported[0].message


def test_fill_from_the_previous_year_keeps_a_backup_or_does_not_fill(
    page, session, qtbot, policy, demo_path
):
    session.set_year(2024)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert [p for p in list_backups(policy, demo_path) if "before-fill" in p.name]
    session.undo_stack.undo()
    reported = []
    session.error.connect(reported.append)
    break_the_backup_folder(policy, demo_path)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert figures(session, 2024) == {} and reported


def test_pasting_never_renames_or_retypes(page, session, qtbot):
    names_before = settlements(session)
    # A name pasted over another settlement's name cell: offered as a new one, not a rename.
    ctrl_v(page, qtbot, "с. Коржиха Велика\tсело\t230\n", row_of(page, "Коржиха"), Column.NAME)
    dialog = preview(page)
    assert [box.text() for box, _combo in dialog.additions] == ["Коржиха Велика"]
    press(qtbot, dialog, Qt.Key.Key_Escape)
    # Another settlement's name pasted over a name cell changes nothing.
    ctrl_v(page, qtbot, "с. Чалівка\n", row_of(page, "Коржиха"), Column.NAME)
    assert preview(page) is None
    # Kinds pasted over the kind column are refused, saying what to paste.
    ctrl_v(page, qtbot, "селище\nселище\n", row_of(page, "Коржиха"), Column.KIND)
    assert preview(page) is None and "name" in message(page)
    # One value over a selection that takes in names fills the figures only.
    QGuiApplication.clipboard().setText("7")
    view = page.view
    view.selectionModel().select(
        type(view.selectionModel().selection())(
            page.model.index(row_of(page, "Коржиха"), Column.NAME),
            page.model.index(row_of(page, "Чалівка"), Column.TOTAL),
        ),
        view.selectionModel().SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert figures(session, 2023)["Чалівка"].total == 7
    assert settlements(session) == names_before


def test_a_one_row_paste_of_figures_is_written_at_once(page, session, qtbot):
    stack = session.undo_stack.count()
    ctrl_v(page, qtbot, "230\t96\t95\t39\r\n", row_of(page, "Коржиха"), Column.TOTAL)
    assert preview(page) is None
    assert figures(session, 2023)["Коржиха"].breakdown == (96, 95, 39)
    assert session.undo_stack.count() == stack + 1


def test_the_preview_fits_a_small_screen_and_answers_the_keyboard(page, session, qtbot, tmp_path):
    block = ["Населений пункт\tТип\tУсього\tЧоловіки\tЖінки\tДіти"]
    block += [
        f"{s.display_name}\t{s.kind.label}\t{500 + r}\t200\t200\t100"
        for r, s in enumerate(map(page.model.settlement_at, range(page.model.settlement_count)))
    ]
    block += [
        "Зелений Гай\tселище\t40\t20\t15\t5",
        "Коржха\tсело\t1\t\t\t",
        "Коржиха\tсело\t2",
        "Всього\t\t9999",
    ]
    ctrl_v(page, qtbot, "\n".join(block), 0, Column.NAME)
    dialog = preview(page)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 911 and hint.height() <= 512
    dialog.resize(911, 512)
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "paste-preview.png"))
    assert dialog.paste_button.isDefault()
    assert dialog.changes_table.horizontalScrollBar().maximum() == 0
    # A name like an existing one is offered unticked, with a hint.
    texts = [box.text() for box, _combo in dialog.additions]
    misspelt = dialog.additions[texts.index("Коржха")][0]
    assert not misspelt.isChecked()
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and isinstance(dialog, QDialog)


def pasted_by_name(page, qtbot, text: str) -> list[tuple[str, ...]]:
    """Paste ``text`` at the first name and accept its preview: the changes it listed."""
    ctrl_v(page, qtbot, text, 0, Column.NAME)
    dialog = preview(page)
    assert dialog is not None, "no preview was shown"
    listed = sorted(changes(dialog))
    accept(page, qtbot)
    return listed


def test_titles_wrapped_in_their_cells_stay_one_header_row(page, session, qtbot):
    """Excel copies a cell wrapped with Alt+Enter in quotes: its lines are one title, not rows
    that would become new settlements; the titles say which figure each column holds."""
    names_before = settlements(session)
    before = by_id(session, 2023)
    ids = {name: sid for sid, (name, _k, _c) in names_before.items()}
    text = (
        'Населений пункт\t"Чисельність\nнаселення, осіб"\t"Діти\n(до 18 років)"\t'
        "Чоловіки\tЖінки\r\n"
        "с-ще Ланна\t1762\t320\t645\t797\r\n"
        '"с.\nКоржиха"\t226\t37\t95\t94\r\n'  # a name wrapped in its cell: still Коржиха
    )
    assert pasted_by_name(page, qtbot, text) == [
        ("с-ще Ланна", "Children", "313", "320"),
        ("с-ще Ланна", "Men", "652", "645"),
    ]
    assert settlements(session) == names_before  # nothing added from the titles' lines
    expected = dict(before)
    expected[ids["Ланна"]] = (1762, 645, 797, 320)
    assert by_id(session, 2023) == expected


def test_figures_shown_with_zero_decimals_are_pasted_as_whole(page, session, qtbot):
    """A column in Excel's «Number» format copies «1 770,00»: the figure 1770, by name too."""
    before = by_id(session, 2023)
    ids = {name: sid for sid, (name, _k, _c) in settlements(session).items()}
    text = "с-ще Ланна\t1\u00a0770,00\r\nс. Коржиха\t230,00\r\n"
    assert pasted_by_name(page, qtbot, text) == [
        ("с-ще Ланна", "Total", "1762", "1770"),
        ("с. Коржиха", "Total", "226", "230"),
    ]
    after = by_id(session, 2023)
    assert after[ids["Ланна"]][0] == 1770 and after[ids["Коржиха"]][0] == 230
    assert {k: v for k, v in after.items() if k not in (ids["Ланна"], ids["Коржиха"])} == {
        k: v for k, v in before.items() if k not in (ids["Ланна"], ids["Коржиха"])
    }
    ctrl_v(page, qtbot, "1762,5", row_of(page, "Ланна"), Column.TOTAL)  # a fraction: refused
    assert by_id(session, 2023)[ids["Ланна"]][0] == 1770
    assert "1762,5" in message(page)
