"""A date typed as on paper lands in the date field as typed."""

import pytest
from PySide6.QtCore import QDate

from hromada_desk.ui.common.date_edit import DateEdit


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
def test_a_date_typed_with_dots(qtbot, typed, shown):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 12, 6))
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)  # the cursor is then on the day, as after a click
    qtbot.keyClicks(edit, typed)
    assert edit.date().toString("dd.MM.yyyy") == shown
