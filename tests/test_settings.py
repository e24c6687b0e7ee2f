"""The settings file: one write per change, none when nothing changes."""

from __future__ import annotations

from hromada_desk.settings import Settings


def test_opening_a_file_is_one_write_and_opening_it_again_none(tmp_path, monkeypatch):
    settings = Settings(tmp_path / "settings.json")
    writes = []
    save = Settings._save

    def counted(self):
        writes.append(self.path)
        save(self)

    monkeypatch.setattr(Settings, "_save", counted)
    first, second = tmp_path / "а.hromada", tmp_path / "b.hromada"
    settings.opened(first)
    assert len(writes) == 1
    again = Settings(settings.path)
    assert again.last_file == first.resolve() and again.recent_files == [first.resolve()]

    inode = settings.path.stat().st_ino
    settings.opened(first)  # the file opened at the last start: nothing to write
    settings.last_file = first
    assert len(writes) == 1 and settings.path.stat().st_ino == inode

    settings.opened(second)
    assert len(writes) == 2
    again = Settings(settings.path)
    assert again.last_file == second.resolve()
    assert again.recent_files == [second.resolve(), first.resolve()]


def test_a_value_set_to_what_it_is_is_not_written_again(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.language = "en"
    inode = settings.path.stat().st_ino
    settings.language = "en"
    assert settings.path.stat().st_ino == inode
    settings.language = "uk"
    assert settings.path.stat().st_ino != inode
    assert Settings(settings.path).language == "uk"


def test_what_another_settings_wrote_is_kept_when_this_one_writes(tmp_path):
    window = Settings(tmp_path / "settings.json")  # the window's, read when it started
    dialogs = Settings(tmp_path / "settings.json")  # a save dialog's, made when it is used
    dialogs.export_folder = tmp_path
    window.geometry = b"the window, closing"
    again = Settings(tmp_path / "settings.json")
    assert again.export_folder == tmp_path and again.geometry == b"the window, closing"
    # the same setting: the last written wins
    dialogs.language = "en"
    window.language = "uk"
    assert Settings(tmp_path / "settings.json").language == "uk"
    window.geometry = None  # a removal is written as one
    assert Settings(tmp_path / "settings.json").geometry is None
    assert Settings(tmp_path / "settings.json").export_folder == tmp_path


def test_a_settings_file_gone_or_damaged_meanwhile_keeps_what_is_held(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.language = "en"
    settings.path.write_text("{not json", encoding="utf-8")
    settings.geometry = b"size"
    again = Settings(tmp_path / "settings.json")
    assert again.language == "en" and again.geometry == b"size"
    settings.path.unlink()
    settings.export_folder = tmp_path
    again = Settings(tmp_path / "settings.json")
    assert again.language == "en" and again.export_folder == tmp_path
