"""What a file knows about itself (its community's identity, its last change), and files
another program left in WAL mode, on writable and on read-only media."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3

import pytest

from hromada_desk.storage import community_repo
from hromada_desk.storage.database import create_file, open_file
from hromada_desk.storage.schema import SCHEMA_VERSION
from tests.oldfiles import old_file
from tests.storage.test_database import fill_small


def test_a_new_file_has_an_identity_that_its_copies_share(tmp_path, demo_path):
    copy = tmp_path / "копія.hromada"
    shutil.copyfile(demo_path, copy)
    with open_file(demo_path) as cf, open_file(copy, readonly=True) as other:
        uid = cf.info.community_uid
        assert uid and len(uid) == 32
        assert other.info.community_uid == uid
    fresh = tmp_path / "нова.hromada"
    with create_file(fresh, fill_small) as cf:
        assert cf.info.community_uid not in (None, uid)


def test_only_a_change_moves_the_time_of_the_last_change(demo_path):
    with open_file(demo_path) as cf:
        before = cf.info.modified_at
        with cf.atomic():
            pass  # nothing written
        assert cf.info.modified_at == before
        community_repo.set_indicators(cf, 2023, {"6.1": 8})
        after = cf.info.modified_at
    assert after is not None and after.tzinfo is not None
    assert abs(after - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert before is None or after >= before


def test_a_rolled_back_change_leaves_the_time_alone(demo_path):
    with open_file(demo_path) as cf:
        before = cf.info.modified_at
        with contextlib.suppress(RuntimeError), cf.atomic():
            community_repo.set_indicators(cf, 2023, {"6.1": 8})
            raise RuntimeError("changed my mind")
        assert cf.info.modified_at == before


def test_an_upgraded_file_gets_an_identity_and_its_backup_is_listed_with_it(tmp_path, policy):
    from hromada_desk.storage.backups import list_backups

    path = tmp_path / "стара.hromada"
    old_file(path, fill_small, 2)
    with open_file(path, readonly=True) as old:
        assert old.info.community_uid is None  # upgraded only in memory: none of its own
    with open_file(path, backups=policy) as cf:
        uid = cf.info.community_uid
    assert uid
    [before] = list_backups(policy, path)
    assert f"before-v{SCHEMA_VERSION}" in before.name
    assert before.parent == policy.folder_for(path, uid)


def _wal_file(path, demo_path):
    shutil.copyfile(demo_path, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE indicator_value SET value = 42 WHERE year = 2023 AND code = '6.1'")
    conn.commit()
    return conn  # still open: its changes are in the -wal file, not yet in the file


def test_a_wal_mode_file_is_read_with_its_log_and_nothing_beside_it_changes(tmp_path, demo_path):
    path = tmp_path / "wal.hromada"
    writer = _wal_file(path, demo_path)
    try:
        beside = sorted(p.name for p in tmp_path.iterdir())
        with open_file(path, readonly=True) as cf:
            assert community_repo.get_indicators(cf, 2023)["6.1"] == 42
        assert sorted(p.name for p in tmp_path.iterdir()) == beside
    finally:
        writer.close()
    with open_file(path) as cf:  # opened for changes: back to one file on the stick
        assert community_repo.get_indicators(cf, 2023)["6.1"] == 42
        assert cf.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_healthy_wal_mode_file_on_read_only_media_is_not_called_damaged(
    read_only_media, demo_path
):
    from hromada_desk.cli import main

    source, mount = read_only_media
    _wal_file(source / "wal.hromada", demo_path).close()  # closed cleanly: no -wal left
    path = mount / "wal.hromada"
    with open_file(path, readonly=None) as cf:
        assert cf.readonly and community_repo.get_indicators(cf, 2023)["6.1"] == 42
    import io

    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(path)], out=out, err=err) == 0, err.getvalue()
    assert "Цілісність: гаразд" in out.getvalue()


def test_a_file_on_read_only_media_opens_read_only(read_only_media, demo_path):
    source, mount = read_only_media
    shutil.copyfile(demo_path, source / "Ланна.hromada")
    with open_file(mount / "Ланна.hromada", readonly=None) as cf:
        assert cf.readonly
        assert community_repo.get_community(cf) is not None


@pytest.mark.parametrize("wal", [False, True])
def test_a_large_file_is_read_through_a_temporary_copy_that_goes_on_close(
    tmp_path, demo_path, monkeypatch, wal
):
    import tempfile

    from hromada_desk.storage import database

    monkeypatch.setattr(database, "IN_MEMORY_BYTES", 0)  # every file counts as large
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = tmp_path / "велика.hromada"
    writer = _wal_file(path, demo_path) if wal else None
    if writer is None:
        shutil.copyfile(demo_path, path)
    try:
        with open_file(path, readonly=True, thorough=True) as cf:
            assert len(list(scratch.iterdir())) == 1  # the copy is there while it is open
            assert community_repo.get_community(cf) is not None
            if wal:
                assert community_repo.get_indicators(cf, 2023)["6.1"] == 42
    finally:
        if writer is not None:
            writer.close()
    assert list(scratch.iterdir()) == []
