"""The «New community file» wizard starts from the codifier: a few letters find the community,
the keyboard chooses it, and the pages after are filled (names, region, settlements with their
codes), everything still editable; the codifier is read on a thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from hromada_desk.domain.codifier import shipped
from hromada_desk.domain.records import SettlementKind
from hromada_desk.services.demo import load_json
from hromada_desk.services.new_community import create_community
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.common import codifier_search
from hromada_desk.ui.files.new_community_wizard import NewCommunityWizard

LANNA = "UA53080190000081150"
EDITION = "КАТОТТГ від 16.05.2025"
DEMO = load_json("demo", "lanna.json")


@pytest.fixture
def wizard(qtbot, tmp_path: Path):
    wizard = NewCommunityWizard(folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.loader.done, timeout=20_000)
    return wizard


def typed(field, text: str) -> None:
    """``text`` typed into ``field`` (QTest types only Latin-1 letters: Cyrillic goes in as a
    person's input method puts it, through insert())."""
    field.setFocus()
    field.insert(text)


def type_and_choose(qtbot, wizard, letters: str = "ланн") -> None:
    search = wizard.find_page.search
    typed(search.field, letters)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)


def test_lanna_found_chosen_and_made_from_the_codifier(qtbot, wizard, tmp_path):
    page = wizard.find_page
    assert wizard.currentPage() is page
    type_and_choose(qtbot, wizard)
    assert wizard.currentPage() is page  # Enter chose; it did not go on
    assert page.community is not None and page.community.code == LANNA
    assert EDITION in page.chosen_label.text() and EDITION in page.search.status.text()
    # the council's kind from its centre's (a селище); Lanna's council is сільська
    assert page.council_kind() == "селищна"
    page.kind.setCurrentIndex(page.kind.findData("сільська"))
    wizard.next()
    council = wizard.council_page
    assert (
        council.council.text(),
        council.genitive.text(),
        council.committee.text(),
        council.community.text(),
    ) == (
        DEMO["community"]["council_name"],
        DEMO["community"]["council_name_genitive"],
        DEMO["community"]["executive_committee"],
        DEMO["community"]["name"],
    )
    wizard.next()
    assert (wizard.region_page.oblast.text(), wizard.region_page.rayon.text()) == (
        "Полтавська",
        "Полтавський",
    )
    wizard.next()
    assert EDITION in wizard.settlements_page.message.text()
    wizard.next()
    assert wizard.currentPage() is wizard.save_page
    assert f"{LANNA} ({EDITION})" in wizard.save_page.summary.text()
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted

    with create_community(wizard.path(), wizard.community_options()):
        pass
    with open_file(wizard.path(), readonly=True) as cf:
        community = community_repo.get_community(cf)
        settlements = community_repo.list_settlements(cf)
    assert community.katottg == LANNA and community.name == DEMO["community"]["name"]
    assert sorted((s.name, s.kind.value, s.admin_center, s.katottg) for s in settlements) == sorted(
        (d["name"], d["kind"], d["admin_center"], d["katottg"]) for d in DEMO["settlements"]
    )
    assert len(settlements) == 11
    assert [s.display_name for s in settlements if s.kind is not SettlementKind.VILLAGE] == [
        "с-ще Ланна"
    ]


def test_a_latin_i_and_the_arrow_keys_find_and_choose(qtbot, wizard):
    search = wizard.find_page.search
    typed(search.field, "Ланнiвська")  # a Latin «i»
    assert search.current_code() == LANNA
    search.field.clear()
    typed(search.field, "Полтавський район")  # a rayon: its communities
    codes = [
        search.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        for row in range(search.model.rowCount())
    ]
    rayon = [u.code for u in shipped().communities("UA53080000000068029")]
    assert codes[: len(rayon)] == rayon  # the rayon's first; then the oblast's others
    for _ in range(codes.index(LANNA)):
        qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert search.field.hasFocus() and search.current_code() == LANNA
    qtbot.keyClick(search.field, Qt.Key.Key_Enter)
    assert wizard.find_page.community.code == LANNA
    assert wizard.currentPage() is wizard.find_page


def test_enter_in_the_list_chooses_and_stays(qtbot, wizard):
    search = wizard.find_page.search
    typed(search.field, "Диканськ")
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert wizard.find_page.community.unit.name == "Диканська"
    assert wizard.currentPage() is wizard.find_page


def test_nothing_found_says_so_and_typing_by_hand_stays_possible(qtbot, wizard):
    search = wizard.find_page.search
    typed(search.field, "Неіснуюча громада")
    assert search.model.rowCount() == 0 and EDITION in search.status.text()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert wizard.find_page.community is None and wizard.currentPage() is wizard.find_page
    wizard.next()
    assert wizard.currentPage() is wizard.council_page
    assert wizard.council_page.council.text() == ""
    assert wizard.community_options().katottg is None


def test_everything_stays_editable_and_typing_by_hand_empties_the_pages(qtbot, wizard):
    type_and_choose(qtbot, wizard)
    model = wizard.settlements_page.model
    # a settlement renamed keeps its code; one added by hand has none
    assert model.setData(model.index(3, model.NAME), "Коржиха Перша")
    wizard.settlements_page.name.setText("Новий хутір")
    wizard.settlements_page.add_button.click()
    rows = model.settlements()
    assert (rows[3].name, rows[3].katottg) == ("Коржиха Перша", "UA53080190040048441")
    assert (rows[-1].name, rows[-1].katottg) == ("Новий хутір", None)
    assert model.index(11, model.CODE).data() == "not in the codifier"
    # the kind of council changed: the names follow, the list is kept
    page = wizard.find_page
    page.kind.setCurrentIndex(page.kind.findData("міська"))
    assert wizard.council_page.council.text() == "Ланнівська міська рада"
    assert model.rowCount() == 12
    page.clear_button.click()
    assert page.community is None and model.rowCount() == 0
    assert wizard.council_page.council.text() == "" and wizard.region_page.oblast.text() == ""
    assert wizard.community_options().katottg is None


def test_enter_in_a_settlement_name_adds_it_and_stays_on_the_page(qtbot, wizard):
    wizard.next()
    wizard.council_page.council.setText("Ланнівська сільська рада")
    wizard.next()
    wizard.next()
    page = wizard.settlements_page
    assert wizard.currentPage() is page
    typed(page.name, "Ланна")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert [s.name for s in page.model.settlements()] == ["Ланна"]
    assert wizard.currentPage() is page and page.name.text() == ""


def test_the_wizard_opens_before_the_codifier_is_read(qtbot, tmp_path, monkeypatch):
    release = threading.Event()

    def slow():
        release.wait(10)
        return shipped()

    monkeypatch.setattr(codifier_search, "shipped", slow)
    wizard = NewCommunityWizard(folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    search = wizard.find_page.search
    typed(search.field, "ланн")  # typed while the codifier is read
    assert not wizard.loader.done and "Reading" in search.status.text()
    release.set()
    qtbot.waitUntil(lambda: wizard.loader.done, timeout=20_000)
    assert search.current_code() == LANNA  # what was typed is searched once it is there


def test_every_page_fits_a_1366_by_768_laptop_at_150_percent(qtbot, wizard, languages):
    """911×512 logical pixels, less the task bar, 90 % of it (ui.common.geometry): about
    760×436; in Ukrainian, with Lanna's eleven settlements in the list."""
    languages.apply("uk")
    type_and_choose(qtbot, wizard)
    wizard.resize(760, 436)
    for page in (
        wizard.find_page,
        wizard.council_page,
        wizard.region_page,
        wizard.settlements_page,
        wizard.save_page,
    ):
        assert wizard.currentPage() is page
        qtbot.wait(10)
        assert (wizard.width(), wizard.height()) == (760, 436), type(page).__name__
        hint = page.minimumSizeHint()
        assert hint.width() <= page.width() and hint.height() <= page.height(), (
            type(page).__name__,
            hint,
            page.size(),
        )
        wizard.next()
