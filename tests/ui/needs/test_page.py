"""The «Розрахунок потреб» page on the demo community: results, parameters, undo, errors."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from hromada_desk.domain.indicators import SERVICE_KEYS, SERVICES_BY_KEY
from hromada_desk.domain.needs import CounsellingBasis, calculate
from hromada_desk.services.needs import input_from_file
from hromada_desk.storage import community_repo
from hromada_desk.ui.needs.page import NeedsPage

REASON = "у районі працює одна бригада на дві громади"
HIGHLIGHT = QColor("#fff0b3")


@pytest.fixture
def page(qtbot, session):
    page = NeedsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page: NeedsPage) -> str:
    return page.browser.toPlainText().replace("\u00a0", " ")


def section(page: NeedsPage, key: str) -> str:
    """The displayed text of one service, from its heading to the next one."""
    text = shown(page)
    number = SERVICE_KEYS.index(key) + 1
    start = text.index(f"{number}. {SERVICES_BY_KEY[key].name}")
    if number < len(SERVICE_KEYS):
        end = text.index(f"{number + 1}. {SERVICES_BY_KEY[SERVICE_KEYS[number]].name}")
    else:
        end = text.index("The calculation informs the coordination council")
    return text[start:end]


def marker(page: NeedsPage, key: str) -> str:
    """The need marker line under a service's heading."""
    return section(page, key).splitlines()[1].strip()


def type_text(widget, text: str) -> None:
    """Type text as key events (QTest.keyClicks handles only Latin-1, not Ukrainian)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_value(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def change_brigade_cases(qtbot, page, value=20, reason=REASON) -> None:
    type_value(qtbot, page.parameters.brigade_cases, value)
    type_text(page.parameters.rows[1].reason, reason)
    click(qtbot, page.parameters.apply_button)


def highlighted(widget) -> bool:
    image = widget.grab().toImage()
    return any(
        image.pixelColor(x, image.height() // 2) == HIGHLIGHT
        for x in range(2, min(image.width(), 40))
    )


def test_2023_reproduces_the_seed_calculation(page):
    assert page.year_selector.combo.currentText() == "2023"
    text = shown(page)
    # The verdicts first, then the conclusion, before any step of the calculation.
    verdicts = text[: text.index("Overall conclusion")]
    badges = [line.strip() for line in verdicts.splitlines()]
    assert badges.count("No need") == 4 and badges.count("Need") == 1  # counselling
    assert text.index("Overall conclusion") < text.index("7130 : 10 000")
    assert "7130 : 10 000 = 0,713" in text
    assert "1) 2 : 7130 = 0,00028" in text
    assert "3) 2 : 12 : 40 = 0,004" in text
    assert "Ланнівська сільська територіальна громада: population 7130" in text
    assert "Дані району не внесено" in text  # result.basis
    counselling = section(page, "counselling_service")
    assert "Required: 11" in counselling and "Deficit: 11" in counselling
    assert "бракує 11 фахівців" in counselling
    assert marker(page, "counselling_service") == "Need"
    for key in ("shelter", "mobile_brigade", "medical_rehab_center", "day_center"):
        assert marker(page, key) == "No need"
    # The Methodology's minimum requirements, verbatim, beside each service.
    assert "Мінімальна доцільна кількість місць у притулку - 6." in section(page, "shelter")
    assert "не більше 50 км" in section(page, "mobile_brigade")
    assert "All parameters are the Methodology's values." in text
    assert text.rstrip().endswith("the council decides.")


def test_switching_the_year_shows_2022(page):
    combo = page.year_selector.combo
    combo.setCurrentIndex(combo.findData(2022))
    assert page.session.year == 2022
    text = shown(page)
    assert "7070 : 10 000 = 0,707" in text
    assert "1) 1 : 7070 = 0,00014" in text
    assert "2) 0,00014 × 7070 = 1 " in text  # exact K, not the seed's 0,989
    assert "0,713" not in text


def test_a_data_change_recomputes_at_once_and_undo_restores(page):
    session = page.session
    assert session.execute(
        "6.1 = 40",
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": 40}),
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": 2}),
        "indicators",
    )
    text = shown(page)
    assert "1) 40 : 7130 = 0,0056" in text  # two significant digits (issue 19)
    assert "3) 40 : 12 : 40 = 0,083" in text
    assert "прогнозна кількість постраждалих 40 на рік" in text
    session.undo_stack.undo()
    assert "3) 2 : 12 : 40 = 0,004" in shown(page)
    assert "0,083" not in shown(page)
    session.undo_stack.redo()
    assert "3) 40 : 12 : 40 = 0,083" in shown(page)


def test_a_missing_indicator_is_shown_in_place_of_the_result(page):
    page.session.execute(
        "no 6.1",
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": None}),
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": 2}),
        "indicators",
    )
    assert "За 2023 рік не внесено показник 6.1" in shown(page)
    assert not page.copy_button.isEnabled()
    page.session.undo_stack.undo()
    assert "3) 2 : 12 : 40 = 0,004" in shown(page)
    assert page.copy_button.isEnabled()


def test_changing_a_parameter_is_stored_with_its_reason_and_undoable(qtbot, page):
    session = page.session
    row = page.parameters.rows[1]
    assert row.names == ("brigade_cases_per_month",)
    assert page.parameters.brigade_cases.value() == 40 and not row.reason.isEnabled()
    assert not highlighted(page.parameters.brigade_cases)

    change_brigade_cases(qtbot, page)

    assert community_repo.get_parameters(session.cf, 2023) == {
        "brigade_cases_per_month": ("20", REASON)
    }
    assert session.undo_stack.count() == 1
    assert "2023" in session.undo_stack.undoText()
    assert page.parameters.brigade_cases.property("changed") and row.label.property("changed")
    assert row.label.font().bold()
    assert highlighted(page.parameters.brigade_cases)
    assert not highlighted(page.parameters.months)
    text = shown(page)
    assert "3) 2 : 12 : 20 = 0,008" in text
    assert f"20 замість 40 — {REASON}" in text  # result.parameter_changes
    assert page.parameters.notice.text() == ""
    assert not page.parameters.apply_button.isEnabled()

    session.undo_stack.undo()
    assert community_repo.get_parameters(session.cf, 2023) == {}
    assert page.parameters.brigade_cases.value() == 40 and row.reason.text() == ""
    assert not page.parameters.brigade_cases.property("changed")
    assert not highlighted(page.parameters.brigade_cases)
    assert "3) 2 : 12 : 40 = 0,004" in shown(page)
    assert REASON not in shown(page)

    session.undo_stack.redo()
    assert page.parameters.brigade_cases.value() == 20 and row.reason.text() == REASON
    assert "3) 2 : 12 : 20 = 0,008" in shown(page)


def test_a_reason_pasted_with_line_breaks_is_stored_on_one_line(qtbot, page):
    type_value(qtbot, page.parameters.brigade_cases, 20)
    reason = page.parameters.rows[1].reason
    QGuiApplication.clipboard().setText("рішення сесії\r\nвід 12.03.2025\t№ 45\r\n")
    reason.setFocus()
    reason.paste()
    click(qtbot, page.parameters.apply_button)
    assert community_repo.get_parameters(page.session.cf, 2023) == {
        "brigade_cases_per_month": ("20", "рішення сесії від 12.03.2025 № 45")
    }
    assert not page.parameters.apply_button.isEnabled()  # the form is what the file holds


def test_undo_restores_the_previous_value_and_reason(qtbot, page):
    session = page.session
    change_brigade_cases(qtbot, page, 20, "перша причина")
    row = page.parameters.rows[1]
    type_value(qtbot, page.parameters.brigade_cases, 30)
    row.reason.selectAll()
    type_text(row.reason, "друга причина")
    qtbot.keyClick(row.reason, Qt.Key.Key_Return)  # Enter applies too
    assert community_repo.get_parameters(session.cf, 2023) == {
        "brigade_cases_per_month": ("30", "друга причина")
    }
    session.undo_stack.undo()
    assert community_repo.get_parameters(session.cf, 2023) == {
        "brigade_cases_per_month": ("20", "перша причина")
    }
    assert page.parameters.brigade_cases.value() == 20 and row.reason.text() == "перша причина"


def test_a_change_without_a_reason_is_refused(qtbot, page):
    session = page.session
    row = page.parameters.rows[1]
    type_value(qtbot, page.parameters.brigade_cases, 20)
    assert row.reason.isEnabled()
    assert page.parameters.notice.text() == "Changes not applied yet."
    click(qtbot, page.parameters.apply_button)
    assert community_repo.get_parameters(session.cf, 2023) == {}
    assert session.undo_stack.count() == 0
    assert "reason" in page.parameters.notice.text()
    assert "Cases per brigade a month" in page.parameters.notice.text()
    assert row.reason.property("missing") and row.reason.hasFocus()
    assert "3) 2 : 12 : 40 = 0,004" in shown(page)
    # Whitespace is no reason either.
    type_text(row.reason, "   ")
    click(qtbot, page.parameters.apply_button)
    assert community_repo.get_parameters(session.cf, 2023) == {}
    # Given a reason, the same change goes through.
    type_text(row.reason, REASON)
    assert not row.reason.property("missing")
    click(qtbot, page.parameters.apply_button)
    assert community_repo.get_parameters(session.cf, 2023) == {
        "brigade_cases_per_month": ("20", REASON)
    }


def test_several_parameters_are_one_undoable_edit(qtbot, page):
    session = page.session
    rows = page.parameters.rows
    basis_row, served_row, indicator_row = rows[4], rows[5], rows[3]
    page.parameters.basis.setCurrentIndex(
        page.parameters.basis.findData(CounsellingBasis.THRESHOLD.value)
    )
    assert page.parameters.threshold.isEnabled()
    type_value(qtbot, page.parameters.threshold, 500)
    type_text(basis_row.reason, "фахівці лише у великих селах")
    type_value(qtbot, page.parameters.served, 3000)
    type_text(served_row.reason, "бригада обслуговує частину громади")
    page.parameters.indicator.setCurrentIndex(page.parameters.indicator.findData("5.1"))
    type_text(indicator_row.reason, "за даними обліку сімей")
    click(qtbot, page.parameters.apply_button)

    assert community_repo.get_parameters(session.cf, 2023) == {
        "counselling_basis": ("threshold", "фахівці лише у великих селах"),
        "counselling_threshold": ("500", "фахівці лише у великих селах"),
        "served_population": ("3000", "бригада обслуговує частину громади"),
        "cases_indicator": ("5.1", "за даними обліку сімей"),
    }
    assert session.undo_stack.count() == 1
    counselling = section(page, "counselling_service")
    assert "Населених пунктів з населенням від 500 осіб: 6 з 11" in counselling
    assert "Required: 6" in counselling
    assert "1) 0 : 7130 = 0" in shown(page)  # 5.1 is 0 in the demo
    assert "× 3000" in shown(page)
    session.undo_stack.undo()
    assert community_repo.get_parameters(session.cf, 2023) == {}
    assert page.parameters.basis.currentData() == CounsellingBasis.SETTLEMENTS.value
    assert not page.parameters.threshold.isEnabled()
    assert page.parameters.served.value() == 0 and page.parameters.indicator.currentData() == "6.1"
    assert "Required: 11" in section(page, "counselling_service")


def test_reset_restores_the_methodology_values(qtbot, page):
    session = page.session
    change_brigade_cases(qtbot, page)
    click(qtbot, page.parameters.reset_button)
    assert community_repo.get_parameters(session.cf, 2023) == {}
    assert page.parameters.brigade_cases.value() == 40
    assert "3) 2 : 12 : 40 = 0,004" in shown(page)
    assert not page.parameters.reset_button.isEnabled()
    session.undo_stack.undo()
    assert community_repo.get_parameters(session.cf, 2023) == {
        "brigade_cases_per_month": ("20", REASON)
    }
    assert page.parameters.brigade_cases.value() == 20


def test_reset_also_drops_edits_not_yet_applied(qtbot, page):
    type_value(qtbot, page.parameters.months, 6)
    click(qtbot, page.parameters.reset_button)
    assert page.parameters.months.value() == 12
    assert page.session.undo_stack.count() == 0
    assert page.parameters.notice.text() == ""


def test_parameters_belong_to_their_year(qtbot, page):
    change_brigade_cases(qtbot, page)
    page.session.set_year(2022)
    assert page.parameters.brigade_cases.value() == 40
    assert "3) 1 : 12 : 40 = 0,002" in shown(page)
    page.session.set_year(2023)
    assert page.parameters.brigade_cases.value() == 20


def test_typing_survives_an_unrelated_data_change(qtbot, page):
    type_value(qtbot, page.parameters.months, 6)
    page.session.execute(
        "6.1 = 3",
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": 3}),
        lambda cf: community_repo.replace_indicators(cf, 2023, {"6.1": 2}),
        "indicators",
    )
    assert "1) 3 : 7130" in shown(page)
    assert page.parameters.months.value() == 6
    assert page.parameters.notice.text() == "Changes not applied yet."


def test_a_year_without_data_shows_the_message(page):
    page.session.set_year(2024)
    assert page.year_selector.combo.currentText() == "2024"
    text = shown(page)
    assert "За 2024 рік у файлі немає даних про населення (є роки: 2022, 2023)." in text
    assert "Overall conclusion" not in text
    assert not page.copy_button.isEnabled()
    page.session.set_year(2023)
    assert "7130 : 10 000 = 0,713" in shown(page)


def test_copy_conclusion_puts_the_conclusion_on_the_clipboard(qtbot, page):
    expected = calculate(input_from_file(page.session.cf, 2023)).conclusion
    assert expected.startswith("За даними показниками за 2023 рік")
    assert expected in shown(page)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    click(qtbot, page.copy_button)
    assert clipboard.text() == expected


def test_labels_have_buddies_names_and_distinct_mnemonics(page):
    # Save has Ctrl+S, as on every page with a form, rather than a letter.
    assert page.parameters.apply_button.text() == "Save (Ctrl+S)"
    texts = [
        page.year_selector.label.text(),
        page.parameters.reset_button.text(),
        page.copy_button.text(),
    ]
    for row in page.parameters.rows:
        assert row.label.buddy() is row.editors[0]
        assert row.editors[0].accessibleName()
        assert row.reason.accessibleName().startswith("Reason for changing")
        texts.append(row.label.text())
    keys = [m.group(1).lower() for t in texts for m in [re.search("&(.)", t)] if m]
    assert len(keys) == len(texts) == len(set(keys))
    assert page.browser.accessibleName()
    assert page.title() == "Needs calculation"


def test_closing_the_file_empties_the_page(page):
    page.session.close()
    assert "No community file is open." in shown(page)
    assert not page.parameters.isEnabled() and not page.copy_button.isEnabled()
