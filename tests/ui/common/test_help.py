"""F1 opens the help of the page one is on; every page of the window has one, and they link
to each other."""

import re

from PySide6.QtWidgets import QDialog

from hromada_desk.resources import resource
from hromada_desk.ui.common import help_dialog
from hromada_desk.ui.common.help_dialog import HELP_PAGES, START_PAGE, HelpDialog
from hromada_desk.ui.page_stack import PAGE_SLOTS


def test_every_page_has_its_help_and_every_link_leads_somewhere():
    assert set(HELP_PAGES) == {slot.name for slot in PAGE_SLOTS}
    for name in [*HELP_PAGES.values(), START_PAGE]:
        text = resource("help", name).read_text(encoding="utf-8")
        assert "<title>" in text and "<h2>" in text
        for link in re.findall(r'href="([^"]+)"', text):
            assert resource("help", link).is_file(), (name, link)


def test_f1_shows_the_help_of_the_page_one_is_on(qtbot, monkeypatch, session, tmp_path, languages):
    from hromada_desk.settings import Settings
    from hromada_desk.ui.main_window import MainWindow

    shown = []

    def show(dialog):
        shown.append(dialog.browser.documentTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HelpDialog, "exec", show)
    window = MainWindow(session, Settings(tmp_path / "settings.json"), languages)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow([s.name for s in PAGE_SLOTS].index("MeetingsPage"))
    window.help_action.trigger()
    window.navigation.setCurrentRow([s.name for s in PAGE_SLOTS].index("PlanPage"))
    window.help_action.trigger()
    session.close()
    window.help_action.trigger()
    assert shown == ["Засідання і протоколи", "План дій", "Початок роботи, файл громади і флешка"]
    assert help_dialog.help_file(None) == START_PAGE
