"""The Settings dialog and the typed settings it stores, in a settings file in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from hromada_desk.paths import backups_dir
from hromada_desk.settings import Settings
from hromada_desk.ui.settings_dialog import (
    SettingsChoice,
    SettingsDialog,
    apply_settings,
    backup_policy,
    current_choice,
)

TRUETYPE = b"\x00\x01\x00\x00" + bytes(60)
OPENTYPE = b"OTTO" + bytes(60)


def settings_in(path: Path) -> Settings:
    return Settings(path)


@pytest.fixture
def ini(tmp_path) -> Path:
    return tmp_path / "settings.json"


@pytest.fixture
def settings(ini) -> Settings:
    return settings_in(ini)


@pytest.fixture
def font(tmp_path) -> Path:
    path = tmp_path / "fonts" / "Serif.ttf"
    path.parent.mkdir()
    path.write_bytes(TRUETYPE)
    return path


def open_dialog(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(current_choice(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_defaults(settings):
    assert settings.document_font is None
    assert settings.backup_folder is None
    assert settings.backups_kept == 10
    assert current_choice(settings) == SettingsChoice("uk", None, None, 10)


def test_the_typed_settings_round_trip(ini, settings, font, tmp_path):
    settings.document_font = font
    settings.backup_folder = tmp_path / "копії"
    settings.backups_kept = 25
    settings.sync()
    again = settings_in(ini)
    assert again.document_font == font
    assert again.backup_folder == tmp_path / "копії"
    assert again.backups_kept == 25
    again.document_font = None
    again.backup_folder = None
    assert (again.document_font, again.backup_folder) == (None, None)


@pytest.mark.parametrize("count", [0, 101, -3])
def test_the_number_of_backups_is_checked(settings, count):
    with pytest.raises(ValueError):
        settings.backups_kept = count
    assert settings.backups_kept == 10


@pytest.mark.parametrize("stored", ["0", "1000", '"багато"', '""', "true", "2.5", "null"])
def test_a_damaged_stored_number_falls_back_to_the_default(ini, stored):
    ini.write_text(f'{{"backups_kept": {stored}, "language": "en"}}', encoding="utf-8")
    settings = Settings(ini)
    assert settings.backups_kept == 10 and settings.language == "en"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\x01", '"text"'])
def test_a_damaged_settings_file_is_kept_aside_and_the_defaults_used(ini, content):
    ini.write_text(content, encoding="utf-8")
    settings = Settings(ini)
    assert settings.language == "uk" and settings.backups_kept == 10
    settings.language = "en"  # and the program goes on keeping what is chosen
    assert Settings(ini).language == "en"
    if content.startswith(("{", "\x00")):
        assert ini.with_name(ini.name + ".damaged").read_text(encoding="utf-8") == content


def test_the_settings_of_version_1_are_imported_once(tmp_path, qapp):
    from PySide6.QtCore import QByteArray

    from hromada_desk.ui.settings_import import import_old_settings

    old = tmp_path / "hromada-desk.ini"
    store = QSettings(str(old), QSettings.Format.IniFormat)
    store.setValue("language", "en")
    store.setValue("recent_files", [str(tmp_path / "a.hromada"), str(tmp_path / "б.hromada")])
    store.setValue("backups/folder", str(tmp_path / "мої копії"))
    store.setValue("backups/kept", 4)
    store.setValue("window/geometry", QByteArray(b"\x01\x02geometry"))
    store.sync()
    settings = Settings(tmp_path / "settings.json")
    assert import_old_settings(settings, old)
    again = Settings(tmp_path / "settings.json")
    assert (again.language, again.backups_kept) == ("en", 4)
    assert again.recent_files == [tmp_path / "a.hromada", tmp_path / "б.hromada"]
    assert again.backup_folder == tmp_path / "мої копії"
    assert again.geometry == b"\x01\x02geometry"
    again.language = "uk"
    assert not import_old_settings(Settings(tmp_path / "settings.json"), old)  # only once
    assert Settings(tmp_path / "settings.json").language == "uk"


def test_the_dialog_shows_the_stored_settings(qtbot, settings, font, tmp_path):
    settings.language = "en"
    settings.document_font = font
    settings.backup_folder = tmp_path
    settings.backups_kept = 3
    dialog = open_dialog(qtbot, settings)
    assert dialog.language_combo.currentText() == "English"
    assert dialog.font_file.isChecked() and dialog.font_edit.isEnabled()
    assert dialog.font_edit.text() == str(font)
    assert dialog.folder_edit.text() == str(tmp_path)
    assert dialog.kept_spin.value() == 3
    assert dialog.choice() == current_choice(settings)


def test_each_value_round_trips_into_the_settings(qtbot, ini, settings, font, tmp_path):
    dialog = open_dialog(qtbot, settings)
    assert dialog.automatic_font.isChecked() and not dialog.font_edit.isEnabled()
    assert dialog.folder_edit.text() == "" and str(backups_dir()) in (
        dialog.folder_edit.placeholderText()
    )
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.font_file.setChecked(True)
    dialog.font_edit.setText(str(font))
    folder = tmp_path / "Резервні копії"
    dialog.folder_edit.setText(str(folder))
    dialog.kept_spin.setValue(100)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice == SettingsChoice("en", font, folder, 100)
    apply_settings(settings, choice)
    again = settings_in(ini)
    assert current_choice(again) == choice
    assert backup_policy(choice).folder == folder and backup_policy(choice).keep == 100


def test_automatic_font_and_default_folder_store_none(qtbot, ini, settings, font, tmp_path):
    settings.document_font = font
    settings.backup_folder = tmp_path
    dialog = open_dialog(qtbot, settings)
    dialog.automatic_font.setChecked(True)  # the path typed before stays, unused
    dialog.default_folder_button.click()
    assert dialog.folder_edit.text() == ""
    press_ok(dialog)
    apply_settings(settings, dialog.choice())
    again = settings_in(ini)
    assert (again.document_font, again.backup_folder) == (None, None)
    assert backup_policy(current_choice(again)).folder == backups_dir()


def test_an_opentype_font_is_accepted(qtbot, settings, tmp_path):
    path = tmp_path / "Serif.OTF"
    path.write_bytes(OPENTYPE)
    dialog = open_dialog(qtbot, settings)
    dialog.font_file.setChecked(True)
    dialog.font_edit.setText(str(path))
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().document_font == path


@pytest.mark.parametrize("name", ["missing.ttf", "notes.txt", "fake.ttf", "folder.ttf", ""])
def test_a_font_that_is_not_a_font_file_is_refused(qtbot, settings, tmp_path, name):
    (tmp_path / "notes.txt").write_bytes(TRUETYPE)  # right content, wrong kind of file
    (tmp_path / "fake.ttf").write_text("not a font", encoding="utf-8")
    (tmp_path / "folder.ttf").mkdir()
    dialog = open_dialog(qtbot, settings)
    dialog.font_file.setChecked(True)
    dialog.font_edit.setText(str(tmp_path / name) if name else "")
    press_ok(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text()
    assert dialog.focusWidget() is dialog.font_edit
    dialog.automatic_font.setChecked(True)  # the way out
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().document_font is None


@pytest.mark.parametrize("typed", ["relative/folder", "file"])
def test_a_backup_folder_that_cannot_be_one_is_refused(qtbot, settings, tmp_path, typed):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    dialog = open_dialog(qtbot, settings)
    dialog.folder_edit.setText(typed if typed.startswith("relative") else str(tmp_path / typed))
    press_ok(dialog)
    assert dialog.isVisible() and dialog.error_label.text()
    assert dialog.focusWidget() is dialog.folder_edit


def test_the_number_of_backups_stays_within_its_range(qtbot, settings):
    dialog = open_dialog(qtbot, settings)
    assert (dialog.kept_spin.minimum(), dialog.kept_spin.maximum()) == (1, 100)
    dialog.kept_spin.setValue(500)
    assert dialog.choice().backups_kept == 100


def test_labels_lead_to_their_fields(qtbot, settings):
    dialog = open_dialog(qtbot, settings)
    for label, field in (
        (dialog.language_label, dialog.language_combo),
        (dialog.folder_label, dialog.folder_edit),
        (dialog.kept_label, dialog.kept_spin),
    ):
        assert label.buddy() is field and "&" in label.text()
        assert field.accessibleName()
    assert "&" in dialog.automatic_font.text() and "&" in dialog.font_file.text()
    assert dialog.font_edit.accessibleName()
