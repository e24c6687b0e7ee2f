"""Restoring replaces the current file only after a verified copy of it exists, or after it
was proven damaged; a file that merely cannot be opened is left as it is."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from hromada_desk.cli import main
from hromada_desk.errors import StorageError
from hromada_desk.storage import community_repo, database
from hromada_desk.storage.backups import BackupPolicy, list_backups
from hromada_desk.storage.copies import restore_backup
from hromada_desk.storage.database import open_file
from hromada_desk.storage.sqlite_errors import FileBusyError
from tests import badfiles


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backup(tmp_path, demo_path) -> Path:
    """A backup of the demo holding 6.1 = 55 for 2023."""
    path = tmp_path / "копія.hromada"
    path.write_bytes(demo_path.read_bytes())
    with open_file(path) as cf:
        community_repo.set_indicators(cf, 2023, {"6.1": 55})
    return path


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT", 0.2)


def test_a_file_held_by_another_program_is_not_replaced(demo_path, backup, policy, short_wait):
    before = digest(demo_path)
    holder = sqlite3.connect(demo_path)  # a database browser in the middle of a write
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileBusyError, match="зайнятий іншою програмою"):
            restore_backup(demo_path, backup, policy)
    finally:
        holder.rollback()
        holder.close()
    assert digest(demo_path) == before
    assert list_backups(policy, demo_path) == []


def test_the_restore_command_says_busy_and_exits_1(demo_path, backup, short_wait):
    holder = sqlite3.connect(demo_path)
    holder.execute("BEGIN EXCLUSIVE")
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main(["restore", str(demo_path), str(backup)], out=out, err=err)
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and out.getvalue() == ""
    assert err.getvalue().count("\n") == 1 and "зайнятий іншою програмою" in err.getvalue()


def test_a_path_too_long_for_sqlite_is_refused_not_replaced(tmp_path, demo_path, backup, policy):
    folder = tmp_path
    while len(str(folder)) < 560:
        folder = folder / ("т" * 60)
    folder.mkdir(parents=True)
    target = folder / "Ланна.hromada"
    target.write_bytes(demo_path.read_bytes())
    before = digest(target)
    with pytest.raises(StorageError, match="задовгий"):
        restore_backup(target, backup, policy)
    assert digest(target) == before
    with pytest.raises(StorageError, match="задовгий"):
        open_file(target)
    assert digest(target) == before


def test_a_healthy_file_is_backed_up_before_it_is_replaced(demo_path, backup, policy):
    restored = restore_backup(demo_path, backup, policy)
    assert restored.saved is not None and "before-restore" in restored.saved.name
    assert list_backups(policy, demo_path) == [restored.saved]
    with open_file(restored.saved, readonly=True) as saved:
        assert community_repo.get_indicators(saved, 2023).get("6.1") != 55
    assert digest(demo_path) == digest(backup)


@pytest.mark.parametrize(
    "make", [badfiles.corrupt_pages, badfiles.truncated, badfiles.negative_population]
)
def test_a_proven_damaged_file_is_replaced_and_its_bytes_kept(
    tmp_path, demo_path, backup, policy, make
):
    damaged = tmp_path / "пошкоджений.hromada"
    make(damaged, demo_path)
    old = damaged.read_bytes()
    restored = restore_backup(damaged, backup, policy)
    assert restored.saved is None and restored.damaged_copy is not None
    assert restored.damaged_copy.read_bytes() == old
    assert digest(damaged) == digest(backup)
    assert restored.damaged_copy not in list_backups(policy, damaged)  # not restorable


@pytest.mark.parametrize(
    "make",
    [
        badfiles.negative_population,
        badfiles.dangling_row,
        badfiles.ours_without_tables,
        badfiles.text_in_a_number,
    ],
)
def test_a_backup_that_check_rejects_is_not_restored(tmp_path, demo_path, policy, make):
    bad = tmp_path / "bad-backup.hromada"
    make(bad, demo_path)
    before = digest(demo_path)
    with pytest.raises(StorageError, match="пошкоджено"):
        restore_backup(demo_path, bad, policy)
    assert digest(demo_path) == before
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(bad)], out=out, err=err) == 1


def test_restore_never_replaces_the_file_of_another_program(tmp_path, backup, policy):
    foreign = tmp_path / "чуже.hromada"
    badfiles.foreign_sqlite(foreign)
    before = digest(foreign)
    with pytest.raises(StorageError, match="іншої програми"):
        restore_backup(foreign, backup, policy)
    assert digest(foreign) == before


def test_the_restore_of_a_missing_file_creates_it(tmp_path, backup):
    target = tmp_path / "нова.hromada"
    restored = restore_backup(target, backup, BackupPolicy(tmp_path / "b"))
    assert restored.created and digest(target) == digest(backup)


def _other_community(tmp_path) -> Path:
    from hromada_desk.domain.records import Community, Settlement
    from hromada_desk.storage.database import create_file

    path = tmp_path / "Інша.hromada"

    def fill(cf):
        community_repo.save_community(
            cf,
            Community(
                "Інша громада",
                "Інша сільська рада",
                "Іншої сільської ради",
                "",
                "Полтавська",
                "Кременчуцький",
            ),
        )
        community_repo.add_settlement(cf, Settlement("Поле", admin_center=True))

    create_file(path, fill).close()
    return path


def test_a_backup_of_another_community_is_not_restored_by_mistake(tmp_path, demo_path, policy):
    other = _other_community(tmp_path)
    before = digest(demo_path)
    with pytest.raises(StorageError, match="належить громаді «Інша громада»"):
        restore_backup(demo_path, other, policy)
    assert digest(demo_path) == before and list_backups(policy, demo_path) == []
    out, err = io.StringIO(), io.StringIO()
    assert main(["restore", str(demo_path), str(other)], out=out, err=err) == 1
    assert "--other-community" in err.getvalue() and err.getvalue().count("\n") == 1
    assert main(["restore", str(demo_path), str(other), "--other-community"], out=out, err=err) == 0
    assert digest(demo_path) == digest(other)


def test_a_backup_of_the_same_community_made_anew_is_restored(tmp_path, demo_path, policy):
    from hromada_desk.services.demo import write_demo

    again = tmp_path / "заново.hromada"
    write_demo(again).close()  # the same community's file made anew: another identity
    restored = restore_backup(demo_path, again, policy)
    assert restored.saved is not None and digest(demo_path) == digest(again)
