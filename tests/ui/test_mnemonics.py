"""Keyboard access: on every page, each Alt+letter leads to one place only — no two labels or
buttons of a page share a mnemonic, and none takes one of the menu bar's."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from hromada_desk.settings import Settings
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.session import Session


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_mnemonics(page: QWidget) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    widgets = [
        *page.findChildren(QAbstractButton),
        *page.findChildren(QLabel),
        *page.findChildren(QGroupBox),
    ]
    for widget in widgets:
        if not widget.isVisibleTo(page):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if (letter := mnemonic(text)) is not None:
            letters[letter].append(text)
    return letters


@pytest.mark.parametrize("language", ["uk", "en"])
def test_no_page_shares_an_alt_letter(
    qtbot, tmp_path, policy, errors, languages, demo_path, language
):
    languages.apply(language)
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    qtbot.addWidget(window)
    assert window.files.open_path(demo_path)
    window.show()
    menus = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
    assert None not in menus and len(menus) == len(window.menuBar().actions())
    clashes = []
    for row, page in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        for letter, texts in shown_mnemonics(page).items():
            if len(texts) > 1 or letter in menus:
                clashes.append((type(page).__name__, letter, texts, menus.get(letter)))
    assert clashes == [], "\n".join(map(str, clashes))


def test_the_read_only_bar_takes_no_letter_of_a_page_or_menu(
    qtbot, tmp_path, policy, errors, languages, demo_path
):
    """In Ukrainian (in English every letter of the button is taken on some page, so it has
    none and is reached with Tab)."""
    from hromada_desk.storage.database import open_file

    languages.apply("uk")
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(Session(policy), settings, languages)
    qtbot.addWidget(window)
    window.session.open(open_file(demo_path, readonly=True))
    window.show()
    bar = mnemonic(window.read_only_bar.copy_button.text())
    assert window.read_only_bar.isVisible() and bar is not None
    assert bar not in {mnemonic(a.text()) for a in window.menuBar().actions()}
    for row, page in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        assert bar not in shown_mnemonics(page), type(page).__name__
