"""Every page fits the window of a 1366×768 laptop at 150 % scaling (about 911×512 logical
pixels) without scrolling sideways, and still uses the room of a larger screen.

QT_SCALE_FACTOR scales fonts and widgets together, so a 911×512 window at 100 % lays out
exactly as the 150 % laptop's does.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QTableView

from hromada_desk.settings import Settings
from hromada_desk.ui.common.page import Page
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.meetings.page import MeetingsPage
from hromada_desk.ui.needs.page import NeedsPage
from hromada_desk.ui.page_stack import PAGE_SLOTS
from hromada_desk.ui.session import Session

LAPTOP_150 = (911, 512)  # a maximised window on a 1366×768 screen at 150 %
LAPTOP_100 = (1366, 740)
FULL_HD = (1920, 1050)


@pytest.fixture
def make_window(qtbot, tmp_path, policy, errors, languages, demo_path, monkeypatch):
    # Closing a window whose page holds changes asks whether to save them: not these.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )

    def make(size: tuple[int, int], language: str = "uk") -> MainWindow:
        languages.apply(language)
        settings = Settings(tmp_path / "settings.json")
        window = MainWindow(Session(policy), settings, languages)
        qtbot.addWidget(window)
        assert window.files.open_path(demo_path)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def settle() -> None:
    """Let the layouts and the scroll areas catch up (they resize on posted events)."""
    for _round in range(3):
        QApplication.processEvents()


def row_of(name: str) -> int:
    return [slot.name for slot in PAGE_SLOTS].index(name)


def show(window: MainWindow, row: int) -> tuple[Page, QScrollArea]:
    window.navigation.setCurrentRow(row)
    settle()
    page = window.stack.page(row)
    scroll = window.stack.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is page
    return page, scroll


def sideways(page: Page, scroll: QScrollArea) -> str:
    """Why the page scrolls sideways in its scroll area, or ""."""
    available = scroll.viewport().width()
    wanted = page.minimumSizeHint().width()
    if wanted > available or scroll.horizontalScrollBar().maximum() > 0:
        return f"{type(page).__name__}: needs {wanted} pixels, has {available}"
    return ""


def hidden_columns(view: QTableView) -> list[str]:
    """The columns of ``view`` that reach past its visible width."""
    header, model = view.horizontalHeader(), view.model()
    return [
        str(model.headerData(column, header.orientation()))
        for column in range(model.columnCount())
        if header.isSectionHidden(column)
        or header.sectionViewportPosition(column) < 0
        or header.sectionViewportPosition(column) + header.sectionSize(column)
        > view.viewport().width()
    ]


@pytest.mark.parametrize("language", ["uk", "en"])
@pytest.mark.parametrize("size", [LAPTOP_150, LAPTOP_100, FULL_HD], ids=["150%", "100%", "FHD"])
def test_no_page_scrolls_sideways(make_window, size, language):
    window = make_window(size, language)
    problems = []
    for row in range(window.navigation.count()):
        page, scroll = show(window, row)
        problems.append(sideways(page, scroll))
        if isinstance(page, MeetingsPage):
            for tab in range(page.editor.tabs.count()):  # the agenda's form among them
                page.editor.tabs.setCurrentIndex(tab)
                settle()
                problems.append(sideways(page, scroll))
            hidden = hidden_columns(page.list_view)
            if hidden or page.list_view.horizontalScrollBar().maximum() > 0:
                problems.append(f"meetings list: columns out of sight {hidden}")
        if isinstance(page, NeedsPage):
            result = page.browser
            if result.horizontalScrollBar().maximum() > 0:
                problems.append("needs: the result is wider than its view")
    assert [p for p in problems if p] == []


def test_the_needs_result_takes_the_height_left_by_the_form(make_window):
    window = make_window(LAPTOP_150)
    page, scroll = show(window, row_of("NeedsPage"))
    assert isinstance(page, NeedsPage)
    form, result = page.parameters, page.browser
    # Folded away at first: the verdicts stand at the top of what the page shows.
    assert not form.isVisible() and result.geometry().top() < page.height() // 4
    page.parameters_button.click()
    settle()
    assert form.columns == 1
    heights = []
    # As it opens, and with two changed parameters (each shows its reason field).
    for change in (lambda: None, lambda: (form.per_place.setValue(5000), form.months.setValue(10))):
        change()
        settle()
        assert sum(row.reason.isVisible() for row in form.rows) == len(form.pending())
        # Nothing scrolls, down or sideways: the result takes what the form leaves, down to
        # the page's bottom margin, and its text wraps at its width.
        assert scroll.verticalScrollBar().maximum() == 0
        assert scroll.horizontalScrollBar().maximum() == 0
        assert result.geometry().top() > form.geometry().bottom()
        assert (
            page.height() - result.geometry().bottom() - 1
            == page.layout().contentsMargins().bottom()
        )
        assert result.height() >= result.sizeHint().height()
        assert result.document().size().width() <= result.viewport().width()
        heights.append(result.height())
    assert heights[1] < heights[0]  # the reasons took their room from the result
    window.interactive = False  # closing it asks nothing about the parameters left changed


def test_a_large_screen_keeps_the_wide_arrangements(make_window):
    window = make_window(LAPTOP_100)
    needs, _scroll = show(window, row_of("NeedsPage"))
    assert isinstance(needs, NeedsPage) and needs.parameters.columns == 2
    meetings, _scroll = show(window, row_of("MeetingsPage"))
    assert isinstance(meetings, MeetingsPage) and not meetings.compact
    # The list as wide as its columns; the editor gets the rest.
    assert hidden_columns(meetings.list_view) == []
    sizes = meetings.splitter.sizes()
    assert sizes[1] > sizes[0]


def test_a_narrow_window_gets_the_compact_arrangements_and_back(make_window):
    window = make_window(LAPTOP_100)
    meetings, scroll = show(window, row_of("MeetingsPage"))
    assert isinstance(meetings, MeetingsPage) and not meetings.compact
    window.resize(*LAPTOP_150)
    settle()
    assert meetings.compact and sideways(meetings, scroll) == ""
    assert hidden_columns(meetings.list_view) == []
    window.resize(*LAPTOP_100)
    settle()
    assert not meetings.compact and sideways(meetings, scroll) == ""


def test_a_message_does_not_make_a_page_scroll_at_911x442(make_window):
    """A wrapped message line under a page made Qt's scroll area give the page the preferred
    height of everything else (the plan's tree, the meeting's tabs): the page scrolled and
    the message went below the window. The page is as tall as the window, or its minimum."""
    window = make_window((911, 442))
    checked = []
    for row, slot in enumerate(PAGE_SLOTS):
        page, scroll = show(window, row)
        line = getattr(page, "message_line", None)
        if line is None:
            continue
        line.show_message(
            "Довге повідомлення, яке не вміщується в один рядок на вузькому "
            "вікні ноутбука з масштабом 150 %, тож переноситься на другий."
        )
        settle()
        wanted = max(scroll.viewport().height(), page.minimumSizeHint().height())
        assert page.height() <= wanted, (slot.name, page.height(), wanted)
        checked.append(slot.name)
    assert {"MeetingsPage", "PlanPage"} <= set(checked)
