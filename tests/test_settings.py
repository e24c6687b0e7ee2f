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
