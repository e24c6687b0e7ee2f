"""Linking the open file to the codifier from the «Громада» page: settlements matched by code,
name and kind, the unmatched resolved by the person, all of it one undoable edit."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from hromada_desk.services.demo import load_json
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.community.page import CommunityPage
from hromada_desk.ui.session import Session

LANNA = "UA53080190000081150"
KUMY = "UA53080190050023611"
DEMO = load_json("demo", "lanna.json")


def unlink(path, renamed: dict[str, str], **community_changes) -> None:
    """The demo as before the codifier: no codes, «Куми» typed «Кумі» (and ``renamed``)."""
    with open_file(path) as cf:
        settlements = community_repo.list_settlements(cf)
        community_repo.set_codes(cf, None, {s.id: None for s in settlements})
        for settlement in settlements:
            name = {"Куми": "Кумі", **renamed}.get(settlement.name)
            if name:
                community_repo.update_settlement(
                    cf, dataclasses.replace(settlement, name=name, katottg=None)
                )
        if community_changes:
            community = community_repo.get_community(cf)
            community_repo.save_community(cf, dataclasses.replace(community, **community_changes))


def codes(session) -> tuple[str | None, dict[str, str | None]]:
    return (
        community_repo.get_community(session.cf).katottg,
        {s.name: s.katottg for s in community_repo.list_settlements(session.cf)},
    )


def open_dialog(qtbot, page):
    page.link_button.click()
    dialog = page.link_dialog
    qtbot.waitUntil(lambda: dialog.loader.done, timeout=20_000)
    return dialog


@pytest.fixture
def page_of(qtbot, qapp, demo_path, policy):
    sessions = []

    def make(renamed: dict[str, str] | None = None, **community_changes) -> CommunityPage:
        unlink(demo_path, renamed or {}, **community_changes)
        session = Session(policy)
        session.open(open_file(demo_path, backups=policy))
        sessions.append(session)
        page = CommunityPage(session)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    for session in sessions:
        session.close()


def test_the_unmatched_are_resolved_and_linked_in_one_undo_step(qtbot, page_of):
    page = page_of()
    session = page.session
    assert page.code.text() == "not linked"
    before = codes(session)
    dialog = open_dialog(qtbot, page)
    assert f"{LANNA} (КАТОТТГ від 16.05.2025)" in dialog.community_label.text()
    assert dialog.model.rowCount() == 11
    assert "Settlements matched: 10 of 11" in dialog.summary.text()
    assert "с. Куми" in dialog.summary.text()  # in the codifier, not in the file
    combo = dialog.view.indexWidget(dialog.model.index(0, 1))  # the unmatched first
    assert isinstance(combo, QComboBox) and dialog.model.index(0, 0).data() == "с. Кумі"
    assert combo.currentData() is None  # not in the codifier, until the person chooses
    combo.setCurrentIndex(combo.findData(KUMY))
    dialog.link_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    linked = codes(session)
    assert linked[0] == LANNA and linked[1]["Кумі"] == KUMY
    assert {n: c for n, c in linked[1].items() if n != "Кумі"} == {
        d["name"]: d["katottg"] for d in DEMO["settlements"] if d["name"] != "Куми"
    }
    assert page.code.text() == f"{LANNA} (settlements with a code: 11 of 11)"
    assert session.undo_stack.count() == 1
    assert any("link" in p.name for p in policy_files(session))  # a backup before
    session.undo_stack.undo()
    assert codes(session) == before and page.code.text() == "not linked"
    session.undo_stack.redo()
    assert codes(session) == linked


def policy_files(session):
    folder = session.backups.folder
    return list(folder.rglob("*")) if folder and folder.exists() else []


def test_one_code_chosen_twice_is_refused_and_nothing_written(qtbot, page_of):
    page = page_of(renamed={"Редути": "Редуті"})
    dialog = open_dialog(qtbot, page)
    combos = [
        dialog.view.indexWidget(dialog.model.index(row, 1))
        for row in range(dialog.model.rowCount())
        if dialog.model.index(row, 0).data() in ("с. Кумі", "с. Редуті")
    ]
    assert len(combos) == 2 and all(c.count() == 3 for c in combos)  # none, Куми, Редути
    for combo in combos:
        combo.setCurrentIndex(combo.findData(KUMY))
    dialog.link_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.message.isVisible() and KUMY in dialog.message.message()
    assert page.session.undo_stack.count() == 0 and codes(page.session)[0] is None


def test_a_community_not_found_by_its_names_is_chosen_in_the_codifier(qtbot, page_of):
    page = page_of(council_name="Ланнівська рада", name="Ланна", oblast="", rayon="")
    dialog = open_dialog(qtbot, page)
    assert dialog.plan is None and dialog.search_box.isVisible()
    assert not dialog.link_button.isEnabled() and dialog.message.isVisible()
    dialog.search.field.setText("ланн")
    dialog.search.choose()
    assert dialog.plan is not None and dialog.plan.community.code == LANNA
    assert not dialog.search_box.isVisible() and dialog.link_button.isEnabled()
    dialog.link_button.click()
    assert codes(page.session)[0] == LANNA


def test_a_file_opened_read_only_cannot_be_linked(qtbot, qapp, demo_path, policy):
    session = Session(policy)
    session.open(open_file(demo_path, readonly=True))
    try:
        page = CommunityPage(session)
        qtbot.addWidget(page)
        assert not page.link_button.isEnabled()
        assert page.code.text() == f"{LANNA} (settlements with a code: 11 of 11)"
    finally:
        session.close()
