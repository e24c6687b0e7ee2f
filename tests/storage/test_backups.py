"""Backups are kept per community (every copy of its file shares them), private to their
owner, bounded in all, and never left half-written."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import sys
import time

import pytest

from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import (
    BackupPolicy,
    backup_reason,
    backup_time,
    bound_total,
    list_backups,
    make_backup,
    read_transaction,
)
from hromada_desk.storage.database import open_file
from hromada_desk.storage.file_info import read_info

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _edit(path, value, policy):
    with open_file(path, backups=policy) as cf:
        community_repo.set_indicators(cf, 2023, {"6.1": value})


def test_copies_of_one_community_share_one_list(tmp_path, demo_path, policy):
    # the same file opened from a stick under several drive letters, and from a copy
    places = [tmp_path / letter / "Ланна.hromada" for letter in "DEF"]
    places.append(tmp_path / "копія громади.hromada")
    for place in places:
        place.parent.mkdir(exist_ok=True)
        shutil.copyfile(demo_path, place)
    for value, place in enumerate(places):
        _edit(place, value, policy)
    folders = [p for p in policy.folder.iterdir() if p.is_dir()]
    assert len(folders) == 1
    lists = [list_backups(policy, place) for place in places]
    assert all(found == lists[0] for found in lists) and len(lists[0]) == 4


def test_different_communities_are_kept_apart(tmp_path, demo_template, policy):
    from hromada_desk.services.demo import write_demo

    other = tmp_path / "інша.hromada"
    write_demo(other).close()  # the demo built anew: another community's identity
    first = tmp_path / "Ланна.hromada"
    shutil.copyfile(demo_template, first)
    _edit(first, 1, policy)
    _edit(other, 2, policy)
    assert len(list_backups(policy, first)) == 1 and len(list_backups(policy, other)) == 1
    assert list_backups(policy, first) != list_backups(policy, other)


def test_backups_made_per_path_by_earlier_versions_are_still_listed(demo_path, policy):
    legacy = policy.legacy_folder_for(demo_path)
    legacy.mkdir(parents=True)
    old = legacy / f"{demo_path.stem}-20250101-120000-000000-close.hromada"
    shutil.copyfile(demo_path, old)
    _edit(demo_path, 5, policy)
    found = list_backups(policy, demo_path)
    assert len(found) == 2 and found[-1] == old  # newest first


def test_names_carry_time_and_reason(demo_path, policy):
    with open_file(demo_path, backups=policy) as cf:
        made = cf.backup_before("import")
    assert made is not None and backup_reason(made) == "before-import"
    when = backup_time(made)
    assert when is not None and abs(when - dt.datetime.now()) < dt.timedelta(minutes=1)


@posix_only
def test_backups_are_readable_by_their_owner_only(demo_path, tmp_path):
    os.umask(0o022)
    policy = BackupPolicy(tmp_path / "backups")
    _edit(demo_path, 3, policy)
    [backup] = list_backups(policy, demo_path)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(policy.folder.stat().st_mode) == 0o700


def test_stale_parts_of_an_interrupted_backup_are_removed(demo_path, policy):
    _edit(demo_path, 1, policy)
    folder = list_backups(policy, demo_path)[0].parent
    stale = folder / "Ланна-20240101-000000-000000-close.hromada.part"
    fresh = folder / "Ланна-20990101-000000-000000-close.hromada.part"
    for part in (stale, fresh):
        part.write_bytes(b"half a backup")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    _edit(demo_path, 2, policy)
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup another window is making now


def test_all_backups_together_are_bounded_keeping_each_communitys_newest(tmp_path, demo_template):
    from hromada_desk.services.demo import write_demo

    size = demo_template.stat().st_size
    policy = BackupPolicy(tmp_path / "backups", keep=10, total_bytes=int(size * 5.5))
    paths = []
    for number in range(3):
        path = tmp_path / f"громада-{number}.hromada"
        write_demo(path).close()  # three communities
        paths.append(path)
    for value in range(4):
        for path in paths:
            _edit(path, value, policy)
    kept = [list_backups(policy, path) for path in paths]
    total = sum(p.stat().st_size for found in kept for p in found)
    assert total <= policy.total_bytes
    assert all(found for found in kept)  # each community keeps its newest
    for found, path in zip(kept, paths, strict=True):
        with open_file(found[0], readonly=True) as newest:
            assert community_repo.get_indicators(newest, 2023)["6.1"] == 3, path


def test_bounding_never_removes_the_only_backup_of_a_community(tmp_path, demo_path):
    policy = BackupPolicy(tmp_path / "backups", total_bytes=1)
    _edit(demo_path, 1, policy)
    bound_total(policy)
    assert len(list_backups(policy, demo_path)) == 1


def test_a_backup_is_verified_with_the_full_check(demo_path, policy):
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE population SET total = -1 WHERE rowid = 1")
    conn.commit()
    uid = read_info(conn).community_uid
    with pytest.raises(Exception, match="резервну копію"):
        make_backup(sqlite3.connect(demo_path), demo_path, policy, "close")
    conn.close()
    assert list(policy.folder_for(demo_path, uid).glob("*")) == []


def test_a_read_transaction_keeps_writers_out_until_it_ends(demo_path):
    """The copy of a file is taken under a read lock: a writer waits for it to end."""
    reader = sqlite3.connect(demo_path, isolation_level=None)
    writer = sqlite3.connect(demo_path, timeout=0.1, isolation_level=None)
    try:
        with read_transaction(reader):
            assert reader.in_transaction
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                writer.execute("BEGIN EXCLUSIVE")
        assert not reader.in_transaction
        writer.execute("BEGIN EXCLUSIVE")  # free once it ended
        writer.execute("ROLLBACK")
    finally:
        reader.close()
        writer.close()


def test_a_read_transaction_waits_for_a_writer_then_says_busy(demo_path):
    holder = sqlite3.connect(demo_path, isolation_level=None)
    reader = sqlite3.connect(demo_path, timeout=0.1, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a database browser in the middle of a write
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):  # noqa: SIM117
            with read_transaction(reader):
                pass
        assert not reader.in_transaction
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        reader.close()
