"""A page hidden behind another does not refresh while the data changes: it catches up when
it is shown again, or when it is asked for (an edit does not wait for the pages behind it)."""

import pytest

from hromada_desk.settings import Settings
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.page_stack import PAGE_SLOTS
from hromada_desk.ui.population.table_model import Column
from hromada_desk.ui.session import Session

POPULATION = next(i for i, s in enumerate(PAGE_SLOTS) if s.name == "PopulationPage")
NEEDS = next(i for i, s in enumerate(PAGE_SLOTS) if s.name == "NeedsPage")


@pytest.fixture
def window(qtbot, tmp_path, policy, languages, demo_path):
    window = MainWindow(Session(policy), Settings(tmp_path / "settings.json"), languages)
    window.interactive = False
    qtbot.addWidget(window)
    window.files.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def counting_refreshes(page, monkeypatch):
    calls = []
    refresh = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: calls.append(1) or refresh())
    return calls


@pytest.mark.parametrize("shown_by", ["navigation", "asked"])
def test_a_hidden_page_catches_up_when_shown(window, qtbot, monkeypatch, shown_by):
    window.navigation.setCurrentRow(NEEDS)
    needs = window.page(NEEDS)
    window.navigation.setCurrentRow(POPULATION)
    grid = window.page(POPULATION).model
    calls = counting_refreshes(needs, monkeypatch)
    before = needs.data.population
    assert grid.write_cells([(0, Column.TOTAL, str(grid.value(0, Column.TOTAL) + 1000))])
    window.session.undo_stack.undo()
    window.session.undo_stack.redo()
    assert calls == [] and needs.data.population == before  # hidden: not yet
    if shown_by == "navigation":
        window.navigation.setCurrentRow(NEEDS)
        qtbot.waitUntil(lambda: needs.isVisible())
    else:
        assert window.page(NEEDS) is needs
    assert calls == [1] and needs.data.population == before + 1000
    window.page(NEEDS)
    assert calls == [1]  # once caught up, it is not refreshed again


def test_the_shown_page_refreshes_at_once(window, monkeypatch):
    window.navigation.setCurrentRow(NEEDS)
    needs = window.page(NEEDS)
    calls = counting_refreshes(needs, monkeypatch)
    window.session.set_year(window.session.years()[0])
    assert calls == [1]
