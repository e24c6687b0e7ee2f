"""A typed, filled or renamed figure changes its row and the total row of the grid, without
the year being read again; done, undone and redone, the grid shows what the file holds (what
a model reading the year afresh shows)."""

from __future__ import annotations

import pytest

from hromada_desk.domain.records import Population, Settlement
from hromada_desk.storage import community_repo
from hromada_desk.ui.population.page import PopulationPage
from hromada_desk.ui.population.table_model import Column, PopulationTableModel


@pytest.fixture
def page(qtbot, session):
    page = PopulationPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(model: PopulationTableModel) -> tuple:
    """Everything the grid shows: each cell's text and tooltip, warnings, hidden names."""
    cells = [
        (
            model.text(row, column),
            model._tooltip(
                model.settlement_at(row),
                Column(column),
                model._findings.get(model.settlement_at(row).id, []),
            )
            if row < model.settlement_count
            else None,
        )
        for row in range(model.rowCount())
        for column in range(len(Column))
    ]
    return (
        cells,
        model.warnings(),
        model.hidden_in_total,
        model.has_figures,
        model.has_previous_year,
    )


def afresh(session, model: PopulationTableModel) -> tuple:
    fresh = PopulationTableModel(session)
    fresh.show_archived = model.show_archived
    fresh.reload()
    return shown(fresh)


def test_an_edit_done_undone_redone_shows_what_the_file_holds(page, session, monkeypatch):
    model = page.model
    reads = []
    monkeypatch.setattr(model, "reload", lambda: reads.append(1) or True)
    year = session.year
    first, second = model.settlement_at(0), model.settlement_at(1)
    steps = [
        [(0, Column.TOTAL, "4321")],  # a total
        [(1, Column.MEN, "100"), (1, Column.WOMEN, "")],  # part of a breakdown
        [(0, Column.NAME, "Перейменоване"), (1, Column.KIND, "місто")],  # names and kinds
        [(1, Column.TOTAL, "")],  # a settlement's figures cleared
        [(0, Column.TOTAL, "1"), (1, Column.TOTAL, "99999")],  # warnings come and go
    ]
    for cells in steps:
        assert model.write_cells(cells)
        assert shown(model) == afresh(session, model)
    for _ in steps:
        session.undo_stack.undo()
        assert shown(model) == afresh(session, model)
    for _ in steps:
        session.undo_stack.redo()
        assert shown(model) == afresh(session, model)
    assert reads == []  # none of them read the year again
    assert community_repo.get_settlement(session.cf, first.id).name == "Перейменоване"
    assert {p.settlement_id for p in community_repo.get_population(session.cf, year)} >= {
        first.id
    } and second.id is not None


def test_filling_from_the_previous_year_and_hidden_archived_rows(page, session, qtbot):
    model = page.model
    year = session.year
    cf = session.cf
    gone = community_repo.add_settlement(cf, Settlement("Колишнє", archived=True))
    kept = community_repo.add_settlement(cf, Settlement("Нове"))
    community_repo.set_population(
        cf, [Population(gone, year - 1, 40), Population(kept, year - 1, 70)]
    )
    session.data_changed.emit("all")  # written outside the session: read again
    assert "Колишнє" not in [model.settlement_at(r).name for r in range(model.settlement_count)]
    before = model.hidden_in_total
    assert page.fill_button.isEnabled()
    page.fill_from_previous_year()
    assert shown(model) == afresh(session, model)
    session.undo_stack.undo()
    assert shown(model) == afresh(session, model) and model.hidden_in_total == before
    session.undo_stack.redo()
    assert shown(model) == afresh(session, model)


def test_another_years_edit_undone_here_reads_nothing_it_does_not_need(page, session):
    model = page.model
    years = session.years()
    session.set_year(years[0])
    assert model.write_cells([(0, Column.TOTAL, "777")])
    session.set_year(years[-1])
    session.undo_stack.undo()  # an edit of another year: this grid shows it as it is
    assert shown(model) == afresh(session, model)
