from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QLabel,
    QStyleOptionViewItem,
    QWizard,
)

from hromada_desk.domain.records import SettlementKind
from hromada_desk.services.new_community import (
    NewCommunityOptions,
    NewSettlement,
    create_community,
)
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.files.new_community_wizard import NewCommunityWizard
from hromada_desk.ui.population.settlement_list import SettlementListModel

VILLAGE, SETTLEMENT, CITY = 0, 1, 2  # the order of the kind list


@pytest.fixture
def opened(qtbot, tmp_path: Path):
    """The wizard as it opens, on the codifier's page."""
    wizard = NewCommunityWizard(folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def wizard(opened):
    """The wizard past the codifier's page, nothing chosen there: typed by hand."""
    assert opened.currentPage() is opened.find_page
    opened.next()
    return opened


def add_settlement(wizard, name: str, kind: int = VILLAGE) -> None:
    page = wizard.settlements_page
    page.name.setText(name)
    page.kind.setCurrentIndex(kind)
    page.add_button.click()


def fill_council(wizard, council: str = "Ланнівська сільська рада") -> None:
    wizard.council_page.council.setText(council)


def test_the_wizard_produces_the_options(wizard, tmp_path: Path):
    council = wizard.council_page
    assert wizard.currentPage() is council
    assert not council.isComplete()
    fill_council(wizard)
    # Proposed from the council's name.
    assert council.genitive.text() == "Ланнівської сільської ради"
    assert council.committee.text() == "Виконавчий комітет Ланнівської сільської ради"
    assert council.community.text() == "Ланнівська сільська територіальна громада"
    assert council.isComplete()
    wizard.next()

    assert wizard.currentPage() is wizard.region_page
    wizard.region_page.oblast.setText("Полтавська")
    wizard.region_page.rayon.setText("Полтавський")
    wizard.next()

    assert wizard.currentPage() is wizard.settlements_page
    add_settlement(wizard, "Ланна", SETTLEMENT)
    add_settlement(wizard, "Коржиха")
    add_settlement(wizard, "  Нижня   Ланна ")
    wizard.next()

    save = wizard.save_page
    assert wizard.currentPage() is save
    expected_path = tmp_path / "Ланнівська сільська територіальна громада.hromada"
    assert save.path_edit.text() == str(expected_path)
    assert "Settlements: 3; administrative centre: Ланна." in save.summary.text()
    assert wizard.community_options() == NewCommunityOptions(
        name="Ланнівська сільська територіальна громада",
        council_name="Ланнівська сільська рада",
        council_name_genitive="Ланнівської сільської ради",
        executive_committee="Виконавчий комітет Ланнівської сільської ради",
        oblast="Полтавська",
        rayon="Полтавський",
        settlements=(
            NewSettlement("Ланна", SettlementKind.SETTLEMENT, True),
            NewSettlement("Коржиха", SettlementKind.VILLAGE, False),
            NewSettlement("Нижня Ланна", SettlementKind.VILLAGE, False),
        ),
    )
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.path() == expected_path

    with create_community(wizard.path(), wizard.community_options()):
        pass
    with open_file(expected_path, readonly=True) as cf:
        assert community_repo.get_community(cf).executive_committee == (
            "Виконавчий комітет Ланнівської сільської ради"
        )
        settlements = community_repo.list_settlements(cf)
    assert [s.display_name for s in settlements] == ["с-ще Ланна", "с. Коржиха", "с. Нижня Ланна"]
    assert [s.name for s in settlements if s.admin_center] == ["Ланна"]


def test_proposals_follow_the_council_name_until_edited(wizard):
    council = wizard.council_page
    fill_council(wizard, "Решетилівська селищна рада")
    council.genitive.setText("Решетилівської селищної ради Полтавської області")
    fill_council(wizard, "Кременчуцька міська рада")
    assert council.genitive.text() == "Решетилівської селищної ради Полтавської області"
    assert council.committee.text() == "Виконавчий комітет Кременчуцької міської ради"
    assert council.community.text() == "Кременчуцька міська територіальна громада"
    assert "check" in council.proposal_note.text()


def test_an_irregular_name_is_typed_by_hand(wizard):
    council = wizard.council_page
    fill_council(wizard, "Ланнівська сільська рада Полтавського району")
    assert (council.genitive.text(), council.committee.text(), council.community.text()) == (
        "",
        "",
        "",
    )
    assert "could not be proposed" in council.proposal_note.text()
    assert not council.isComplete()
    wizard.next()
    assert wizard.currentPage() is council
    assert "community" in council.message.text()
    council.community.setText("Ланнівська громада")
    wizard.next()
    assert wizard.currentPage() is wizard.region_page
    assert wizard.community_options().council_name_genitive == ""


def test_it_does_not_go_on_without_a_council_name(wizard):
    wizard.next()
    assert wizard.currentPage() is wizard.council_page
    assert "name of the council" in wizard.council_page.message.text()


def test_it_does_not_go_on_without_settlements(wizard):
    fill_council(wizard)
    wizard.next()
    wizard.next()
    page = wizard.settlements_page
    assert wizard.currentPage() is page
    assert not page.isComplete()
    wizard.next()
    assert wizard.currentPage() is page
    assert "at least one settlement" in page.message.text()
    assert page.message.isVisible()

    add_settlement(wizard, "Ланна")
    assert page.isComplete()
    page.view.selectRow(0)
    page.remove_button.click()
    assert page.model.rowCount() == 0 and not page.isComplete()
    wizard.next()
    assert wizard.currentPage() is page


def test_an_empty_or_repeated_settlement_is_not_added(wizard):
    page = wizard.settlements_page
    add_settlement(wizard, "  ")
    assert page.model.rowCount() == 0
    assert "Type the name" in page.message.text()
    add_settlement(wizard, "Нижня Ланна")
    add_settlement(wizard, "нижня  ланна")
    assert page.model.rowCount() == 1
    assert "already in the list" in page.message.text()
    assert page.name.text() == "нижня  ланна"  # kept, to be corrected


def test_the_kind_goes_back_to_village_after_each_settlement(wizard):
    page = wizard.settlements_page
    add_settlement(wizard, "Ланна", page.kind.findData("settlement"))
    assert page.kind.currentData() == "village"
    page.name.setText("Коржиха")
    page.add_button.click()
    assert [s.kind.value for s in page.model.settlements()] == ["settlement", "village"]


def test_one_administrative_centre(wizard):
    model = wizard.settlements_page.model
    for name in ("Ланна", "Коржиха", "Куми"):
        add_settlement(wizard, name)
    centre = [s.name for s in model.settlements() if s.admin_center]
    assert centre == ["Ланна"]  # the first one typed is proposed
    checked = Qt.CheckState.Checked.value
    assert model.setData(model.index(2, model.CENTRE), checked, Qt.ItemDataRole.CheckStateRole)
    assert [s.name for s in model.settlements() if s.admin_center] == ["Куми"]
    unchecked = Qt.CheckState.Unchecked.value
    assert model.setData(model.index(2, model.CENTRE), unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not any(s.admin_center for s in model.settlements())
    assert "No administrative centre" in wizard.settlements_page.message.text()


def test_settlements_can_be_corrected_in_the_list(wizard):
    model = wizard.settlements_page.model
    add_settlement(wizard, "Ланна")
    add_settlement(wizard, "Коржиха")
    assert model.setData(model.index(1, model.NAME), " Коржиха  Друга ")
    assert model.setData(model.index(0, model.KIND), "settlement")
    message = wizard.settlements_page.message
    assert not model.setData(model.index(1, model.NAME), "ланна")  # a repeated name
    assert message.text() == "«ланна» is already in the list."
    assert not model.setData(model.index(1, model.NAME), " ")
    assert "cannot be empty" in message.text()
    assert model.settlements() == (
        NewSettlement("Ланна", SettlementKind.SETTLEMENT, True),
        NewSettlement("Коржиха Друга"),
    )
    assert model.index(0, model.KIND).data() == "settlement"

    # The kind column is edited with a list of the three kinds.
    view = wizard.settlements_page.view
    index = model.index(1, model.KIND)
    delegate = view.itemDelegateForColumn(model.KIND)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "village"
    editor.setCurrentIndex(CITY)
    delegate.setModelData(editor, model, index)
    editor.deleteLater()
    assert model.settlements()[1].kind is SettlementKind.CITY


def test_the_settlement_list_model_passes_the_model_tester(qtmodeltester):
    model = SettlementListModel()
    qtmodeltester.check(model)
    for name in ("Ланна", "Коржиха", "Куми"):
        model.add(name, SettlementKind.VILLAGE)
    qtmodeltester.check(model)
    model.remove(1)
    qtmodeltester.check(model)


def go_to_save_page(wizard) -> None:
    fill_council(wizard)
    wizard.next()
    wizard.next()
    add_settlement(wizard, "Ланна")
    wizard.next()
    assert wizard.currentPage() is wizard.save_page


def test_the_save_page_refuses_an_existing_file_and_adds_the_extension(wizard, tmp_path):
    go_to_save_page(wizard)
    save = wizard.save_page
    (tmp_path / "Ланна.hromada").write_bytes(b"")
    save.path_edit.setText(str(tmp_path / "Ланна"))
    assert wizard.path() == tmp_path / "Ланна.hromada"
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert "already exists" in save.message.text()
    save.path_edit.setText(str(tmp_path / "no such folder" / "Ланна.hromada"))
    wizard.accept()
    assert "does not exist" in save.message.text()
    save.path_edit.setText("")
    assert not save.isComplete()
    save.path_edit.setText(str(tmp_path / "Ланна-2.hromada"))
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_the_proposed_file_name_avoids_an_existing_file(wizard, tmp_path):
    (tmp_path / "Ланнівська сільська територіальна громада.hromada").write_bytes(b"")
    go_to_save_page(wizard)
    assert wizard.path() == tmp_path / "Ланнівська сільська територіальна громада (2).hromada"


def test_browse_uses_the_chosen_file(wizard, tmp_path, monkeypatch):
    go_to_save_page(wizard)
    chosen = tmp_path / "Громада"
    asked = []

    def choose(*args):
        asked.append(args)
        return str(chosen), "Community files (*.hromada)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    wizard.save_page.browse_button.click()
    assert asked and asked[0][2].endswith(".hromada")  # starts from the proposal
    assert wizard.path() == tmp_path / "Громада.hromada"


def mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text else None


@pytest.mark.parametrize(
    "page_name", ["find_page", "council_page", "region_page", "settlements_page", "save_page"]
)
def test_mnemonics_on_a_page_do_not_clash(wizard, page_name):
    page = getattr(wizard, page_name)
    buttons = [
        wizard.buttonText(b)
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
    texts = [w.text() for w in widgets] + buttons
    letters = [m for m in map(mnemonic, texts) if m]
    assert len(letters) >= 3  # the page's own and the wizard's buttons
    assert len(letters) == len(set(letters)), texts
    for label in page.findChildren(QLabel):
        if mnemonic(label.text()):
            assert label.buddy() is not None
