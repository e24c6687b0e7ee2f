"""The «Засідання» page on a session, shown as the window shows it."""

from __future__ import annotations

import pytest

from hromada_desk.ui.meetings.page import MeetingsPage


@pytest.fixture
def page(qtbot, session):
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page
