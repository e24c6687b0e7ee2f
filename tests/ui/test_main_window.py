from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hromada_desk.storage.database import open_file
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.population_model import PopulationOverviewModel


@pytest.fixture
def window(qtbot, policy):
    window = MainWindow(policy)
    qtbot.addWidget(window)
    return window


def test_welcome_page_without_a_file(window):
    assert window.pages.currentIndex() == 0
    assert window.windowTitle() == "hromada-desk"
    assert window.community_file is None


def test_opening_the_demo_shows_the_population_overview(window, demo_path: Path):
    window.open_community(open_file(demo_path, backups=None))
    assert window.pages.currentIndex() == 1
    assert "Ланнівська сільська територіальна громада" in window.windowTitle()
    assert demo_path.name in window.windowTitle()
    assert "Виконавчий комітет Ланнівської сільської ради" in window.heading.text()
    assert "Полтавська область, Полтавський район" in window.heading.text()
    model = window.population_model
    assert model.rowCount() == 12 and model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["2022", "2023"]
    last = model.rowCount() - 1
    # Ukrainian grouping: a (non-breaking) space between thousands.
    totals = [model.index(last, c).data().replace("\u00a0", " ") for c in (1, 2)]
    assert totals == ["7 070", "7 130"]
    assert model.index(0, 0).data() == "с-ще Ланна"
    window.close_community()
    assert window.pages.currentIndex() == 0 and window.community_file is None


def test_population_model_passes_the_model_tester(qtmodeltester, demo_path):
    from hromada_desk.storage import community_repo

    model = PopulationOverviewModel()
    with open_file(demo_path, readonly=True) as cf:
        model.set_data(community_repo.list_settlements(cf),
                       {y: community_repo.get_population(cf, y) for y in (2022, 2023)})
    qtmodeltester.check(model)
    model.set_data([], {})
    qtmodeltester.check(model)


def test_demo_copies_do_not_pile_up(data_dir):
    from hromada_desk.app import DEMO_COPIES_KEPT, fresh_demo_copy

    paths = [fresh_demo_copy() for _ in range(DEMO_COPIES_KEPT + 2)]
    assert len({p.parent for p in paths}) == len(paths)  # each start gets its own copy
    left = sorted((data_dir / "demo").iterdir())
    assert len(left) == DEMO_COPIES_KEPT
    assert paths[-1].exists()
