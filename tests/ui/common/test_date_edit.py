"""A date typed as on paper lands in the date field as typed."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from hromada_desk.ui.common.date_edit import DateEdit


@pytest.fixture
def edit(qtbot):
    """A date field showing 06.12.2026, focused, the cursor on the day as after a click."""
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 12, 6))
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("15.11.2026", "15.11.2026"),  # Qt alone: 15.12.2026 (the dot skipped the month)
        ("15112026", "15.11.2026"),
        ("5.3.2026", "05.03.2026"),
        ("01.02.2025", "01.02.2025"),
        ("31/01/2025", "31.01.2025"),
    ],
)
def test_a_date_typed_with_dots(qtbot, edit, typed, shown):
    qtbot.keyClicks(edit, typed)
    assert edit.date().toString("dd.MM.yyyy") == shown


@pytest.mark.parametrize(
    ("pasted", "shown"),
    [
        ("30.06.2023\r\n", "30.06.2023"),  # Excel's cell and its line break
        ("30.06.2023 року", "30.06.2023"),  # from a protocol in Word
        ("30 червня 2023 року", "30.06.2023"),
        ("2023-06-30", "30.06.2023"),
        ("завтра", "06.12.2026"),  # no date: the field keeps its own
        ("30.06.1899", "06.12.2026"),  # before the years the program keeps
    ],
)
def test_a_date_pasted_from_a_document_or_a_spreadsheet(qtbot, edit, pasted, shown):
    edit.lineEdit().selectAll()
    QGuiApplication.clipboard().setText(pasted)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.date().toString("dd.MM.yyyy") == shown
    assert edit.text() == shown
