"""The main window builds a page the first time it is shown, yet behaves as if all were there."""

import pytest
from PySide6.QtWidgets import QMessageBox

from hromada_desk.settings import Settings
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.page_stack import PAGE_SLOTS
from hromada_desk.ui.session import Session


@pytest.fixture
def window(qtbot, tmp_path, policy, languages):
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    window.interactive = False
    qtbot.addWidget(window)
    return window


def built_names(window):
    return [type(page).__name__ for _row, page in window.stack.built()]


def navigation_titles(window):
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_only_the_shown_page_is_built(window, demo_path):
    assert built_names(window) == []  # no file: the welcome page covers the workspace
    window.files.open_path(demo_path)
    assert built_names(window) == [PAGE_SLOTS[0].name]
    assert window.stack.currentWidget().widget() is window.page(0)
    window.navigation.setCurrentRow(5)
    assert built_names(window) == [PAGE_SLOTS[0].name, PAGE_SLOTS[5].name]
    assert window.stack.currentIndex() == 5
    assert window.stack.currentWidget().widget() is window.page(5)


@pytest.mark.parametrize("language", ["en", "uk"])
def test_navigation_titles_agree_with_the_pages(qapp, window, demo_path, language):
    window.set_language(language)
    qapp.processEvents()  # LanguageChange is posted to the widgets
    window.files.open_path(demo_path)
    before = navigation_titles(window)
    pages = window.pages  # builds them all
    assert [type(p).__name__ for p in pages] == [slot.name for slot in PAGE_SLOTS]
    assert before == [page.title() for page in pages] == navigation_titles(window)
    if language == "uk":
        assert before[0] != PAGE_SLOTS[0].title  # translated, not the English source


def test_a_page_built_late_shows_the_selected_year(window, demo_path):
    window.files.open_path(demo_path)
    session = window.session
    years = session.years()
    assert len(years) >= 2 and session.year == years[-1]
    session.set_year(years[0])
    row = next(i for i, slot in enumerate(PAGE_SLOTS) if slot.name == "IndicatorsPage")
    assert all(i != row for i, _page in window.stack.built())
    window.navigation.setCurrentRow(row)
    page = window.page(row)
    assert page.year_selector.combo.currentData() == years[0]
    assert page._shown_year == years[0]


def test_unsaved_changes_are_asked_only_of_built_pages(window, demo_path, monkeypatch):
    window.files.open_path(demo_path)
    window.interactive = True
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args) or QMessageBox.StandardButton.Discard,
    )
    assert window.files.confirm_leaving()
    assert built_names(window) == [PAGE_SLOTS[0].name] and asked == []


def test_closing_and_reopening_keeps_the_built_pages(window, demo_path):
    window.files.open_path(demo_path)
    window.navigation.setCurrentRow(4)
    members = window.page(4)
    window.files.close_file()
    assert window.central.currentWidget() is window.welcome
    window.files.open_path(demo_path)
    assert window.page(4) is members and window.stack.currentIndex() == 4
    assert built_names(window) == [PAGE_SLOTS[0].name, PAGE_SLOTS[4].name]
