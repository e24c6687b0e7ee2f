"""The «Council members» page on a session, shown as the window shows it."""

from __future__ import annotations

import datetime as dt

import pytest

from hromada_desk.ui.members.page import MembersPage

# A fixed «today»: the demo's members (since 28.06.2023) are current on it.
TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def make_page(qtbot):
    def make(session) -> MembersPage:
        page = MembersPage(session, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1100, 650)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make
