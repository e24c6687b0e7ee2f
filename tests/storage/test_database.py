import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from hromada_desk.domain.records import Community, Population, Settlement
from hromada_desk.errors import StorageError
from hromada_desk.storage import community_repo, database
from hromada_desk.storage.backups import BackupPolicy, list_backups
from hromada_desk.storage.database import create_file, open_file, read_header
from hromada_desk.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests import badfiles
from tests.oldfiles import old_file

COMMUNITY = Community(
    "Тестова громада",
    "Тестова сільська рада",
    "Тестової сільської ради",
    "Виконавчий комітет Тестової сільської ради",
    "Полтавська",
    "Полтавський",
)


def fill_small(cf):
    community_repo.save_community(cf, COMMUNITY)
    sid = community_repo.add_settlement(cf, Settlement("Ланна", admin_center=True))
    community_repo.set_population(cf, [Population(sid, 2023, 1762, 652, 797, 313)])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_create_and_reopen_keeps_data_and_settings(tmp_path, policy):
    path = tmp_path / "a.hromada"
    create_file(path, fill_small, backups=policy).close()
    header = read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert pragma(path, "journal_mode") == "delete"
    with open_file(path, backups=policy) as cf:
        assert community_repo.get_community(cf) == COMMUNITY
        assert cf.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert cf.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        [row] = community_repo.get_population(cf, 2023)
        assert (row.total, row.men, row.women, row.children) == (1762, 652, 797, 313)
    assert not path.with_name(path.name + ".part").exists()


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "a.hromada"
    path.write_bytes(b"precious")
    with pytest.raises(StorageError, match="уже існує"):
        create_file(path, fill_small)
    assert path.read_bytes() == b"precious"


def test_failed_creation_leaves_no_file(tmp_path):
    path = tmp_path / "a.hromada"

    def broken(cf):
        fill_small(cf)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        create_file(path, broken)
    assert list(tmp_path.iterdir()) == []


def test_schema_constraints_refuse_bad_rows(tmp_path):
    with create_file(tmp_path / "a.hromada", fill_small) as cf:
        sid = community_repo.list_settlements(cf)[0].id
        # the domain's checks refuse first, naming the field …
        with pytest.raises(StorageError, match="Чисельність населення не може бути"):
            community_repo.set_population(cf, [Population(sid, 2024, -1)])
        with pytest.raises(StorageError, match="Не записано"):
            community_repo.add_settlement(cf, Settlement("   "))
        # … and the schema stands behind them: a value out of bounds that gets past them is
        # still refused, as a plain message, not a crash
        with pytest.raises(StorageError, match="поза межами"), cf.atomic() as db:
            db.execute(
                "INSERT INTO population (settlement_id, year, total) VALUES (?, ?, ?)",
                [sid, 2024, -1],
            )
        with pytest.raises(StorageError, match="поза межами"):
            community_repo.set_indicators(cf, 2024, {"9.9": 1})
        with pytest.raises(StorageError, match="поза межами"), cf.atomic() as db:
            db.execute(
                "INSERT INTO settlement (name, kind, sort_order) VALUES ('   ', 'village', 99)"
            )
        with pytest.raises(sqlite3.IntegrityError):  # a second administrative centre
            community_repo.add_settlement(cf, Settlement("Коржиха", admin_center=True))
        with pytest.raises(sqlite3.IntegrityError):  # no such settlement
            community_repo.set_population(cf, [Population(999, 2024, 10)])
        with pytest.raises(sqlite3.IntegrityError):  # one row per settlement and year
            cf.db.execute(
                "INSERT INTO population (settlement_id, year, total) VALUES (?, ?, ?)",
                [sid, 2023, 5],
            )
        assert community_repo.get_population(cf, 2024) == []
        assert [p.total for p in community_repo.get_population(cf, 2023)] == [1762]


def test_migration_from_version_1_keeps_data_and_backs_up_first(tmp_path, policy):
    path = tmp_path / "old.hromada"
    old_file(path, fill_small, 1)
    assert read_header(path).user_version == 1
    with open_file(path, backups=policy) as cf:
        assert database.schema_version(cf) == SCHEMA_VERSION
        assert community_repo.get_community(cf) == COMMUNITY
        assert cf.db["action_plan"].exists()
    assert read_header(path).user_version == SCHEMA_VERSION
    [backup] = list_backups(policy, path)
    assert f"before-v{SCHEMA_VERSION}" in backup.name
    assert read_header(backup).user_version == 1  # the file as it was before the upgrade
    with open_file(backup, readonly=True) as before:
        assert community_repo.get_community(before) == COMMUNITY


def test_failed_migration_changes_nothing(tmp_path, policy, monkeypatch):
    path = tmp_path / "old.hromada"
    old_file(path, fill_small, 1)
    before = digest(path)
    broken = (*database.MIGRATIONS[:1], "CREATE TABLE ok_so_far (x INTEGER);\nNOT SQL;")
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        open_file(path, backups=policy)
    assert digest(path) == before
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "ok_so_far" not in tables


def test_read_only_open_of_an_old_file_migrates_in_memory_only(tmp_path):
    path = tmp_path / "old.hromada"
    old_file(path, fill_small, 1)
    before = digest(path)
    with open_file(path, readonly=True) as cf:
        assert database.schema_version(cf) == SCHEMA_VERSION
        assert community_repo.get_community(cf) == COMMUNITY
    assert digest(path) == before


@pytest.mark.parametrize(("make", "message"), badfiles.MAKERS_AND_MESSAGES, ids=badfiles.IDS)
@pytest.mark.parametrize("readonly", [False, True], ids=["rw", "ro"])
def test_bad_files_are_refused_and_left_unchanged(
    tmp_path, policy, demo_template, make, message, readonly
):
    path = tmp_path / "bad.hromada"
    make(path, demo_template)
    before = digest(path)
    with pytest.raises(StorageError, match=message) as caught:
        open_file(path, readonly=readonly, backups=policy)
    assert caught.value.message.endswith(".") and "\n" not in str(caught.value)
    assert digest(path) == before
    assert list_backups(policy, path) == []


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StorageError, match="не знайдено"):
        open_file(tmp_path / "nowhere.hromada")


def test_close_after_changes_makes_a_verified_backup(tmp_path, policy):
    path = tmp_path / "a.hromada"
    create_file(path, fill_small, backups=policy).close()
    assert list_backups(policy, path) == []  # nothing changed since it was opened
    with open_file(path, backups=policy) as cf:
        community_repo.set_indicators(cf, 2023, {"6.1": 2})
    [backup] = list_backups(policy, path)
    with open_file(backup, readonly=True) as copy:
        assert community_repo.get_indicators(copy, 2023) == {"6.1": 2}


def test_backups_rotate_keeping_the_newest(tmp_path):
    policy = BackupPolicy(tmp_path / "backups", keep=3)
    path = tmp_path / "a.hromada"
    create_file(path, fill_small).close()
    for value in range(5):
        with open_file(path, backups=policy) as cf:
            community_repo.set_indicators(cf, 2023, {"6.1": value})
    backups = list_backups(policy, path)
    assert len(backups) == 3
    kept = []
    for backup in backups:
        with open_file(backup, readonly=True) as copy:
            kept.append(community_repo.get_indicators(copy, 2023)["6.1"])
    assert kept == [4, 3, 2]


def test_backups_of_two_files_with_one_name_are_kept_apart(tmp_path, policy):
    paths = [tmp_path / "one" / "a.hromada", tmp_path / "two" / "a.hromada"]
    for path in paths:
        path.parent.mkdir()
        create_file(path, fill_small).close()
        with open_file(path, backups=policy) as cf:
            community_repo.set_indicators(cf, 2023, {"6.1": 1})
    assert [len(list_backups(policy, p)) for p in paths] == [1, 1]


def test_unwritable_backup_folder_is_a_storage_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = tmp_path / "a.hromada"
    create_file(path, fill_small).close()
    cf = open_file(path, backups=BackupPolicy(blocker))
    community_repo.set_indicators(cf, 2023, {"6.1": 1})
    with pytest.raises(StorageError, match="резервну копію"):
        cf.close()
    with open_file(path, readonly=True) as again:  # the edit itself was saved
        assert community_repo.get_indicators(again, 2023) == {"6.1": 1}


def test_writes_are_grouped_in_one_transaction(tmp_path):
    with create_file(tmp_path / "a.hromada", fill_small) as cf:
        sid = community_repo.list_settlements(cf)[0].id
        # the second row passes the domain's checks and fails in SQLite, after the first
        # was written: only the transaction can take the first one back
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            community_repo.set_population(
                cf, [Population(sid, 2024, 10), Population(sid + 1000, 2024, 5)]
            )
        assert community_repo.get_population(cf, 2024) == []


def test_integrity_problems_empty_for_a_sound_file(demo_path):
    with open_file(demo_path, readonly=True) as cf:
        assert database.integrity_problems(cf) == []


_INTERRUPTED_WRITER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 10")  # spill to the file so the journal is really needed
conn.execute("BEGIN")
conn.execute("UPDATE population SET total = total + 1000")
for i in range(2000):
    conn.execute("INSERT INTO guest (meeting_id, position_in_list, name) VALUES (1, ?, ?)",
                 (i + 100, "x" * 150))
print("written", flush=True)
time.sleep(120)
"""


@pytest.fixture
def interrupted(demo_path):
    """A demo file whose writer was killed mid-transaction, leaving a hot journal."""
    import signal
    import subprocess
    import sys

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    writer = subprocess.Popen(
        [sys.executable, "-c", _INTERRUPTED_WRITER, str(demo_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    with writer.stdout:
        assert writer.stdout.readline().strip() == "written"
        writer.kill()
        writer.wait()
    journal = demo_path.with_name(demo_path.name + "-journal")
    assert journal.stat().st_size > 0
    return demo_path, journal


def test_read_only_open_sees_the_last_commit_and_touches_nothing(interrupted):
    path, journal = interrupted
    before = (digest(path), digest(journal))
    with open_file(path, readonly=True) as cf:
        assert sum(r.total for r in community_repo.get_population(cf, 2023)) == 7130
    assert (digest(path), digest(journal)) == before


def test_writable_open_rolls_back_the_interrupted_transaction(interrupted, policy):
    path, journal = interrupted
    with open_file(path, backups=policy) as cf:
        assert sum(r.total for r in community_repo.get_population(cf, 2023)) == 7130
        assert database.integrity_problems(cf) == []
    assert not journal.exists() or journal.stat().st_size == 0


def _deny_writing(monkeypatch, *denied: Path) -> None:
    """As if the permissions forbade writing (as root a chmod 0o444 would be ignored)."""
    real = database.os.access
    denied_set = {p.resolve() for p in denied}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve() in denied_set:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", access)


@pytest.mark.parametrize("deny", ["file", "folder"])
def test_an_unwritable_file_or_folder_opens_read_only_and_refuses_edits(
    demo_path, policy, monkeypatch, deny
):
    _deny_writing(monkeypatch, demo_path if deny == "file" else demo_path.parent)
    before = digest(demo_path)
    with open_file(demo_path, readonly=None, backups=policy) as cf:
        assert cf.readonly
        assert community_repo.get_community(cf) is not None
        with pytest.raises(StorageError, match="лише для читання") as caught:
            community_repo.set_indicators(cf, 2023, {"6.1": 5})
        assert "\n" not in str(caught.value)
        with pytest.raises(StorageError, match="лише для читання"):
            cf.require_writable()
    assert digest(demo_path) == before
    assert list_backups(policy, demo_path) == []
    assert not demo_path.with_name(demo_path.name + "-journal").exists()


def test_a_writable_file_opens_for_writing_when_left_to_decide(demo_path, policy):
    with open_file(demo_path, readonly=None, backups=policy) as cf:
        assert not cf.readonly
        community_repo.set_indicators(cf, 2023, {"6.1": 5})
        cf.require_writable()


@pytest.fixture
def read_only_file(request, demo_path):
    """The demo file where it cannot be written: a file without write permission, or for
    root (who ignores permissions) a file on a read-only mount."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        source, mount = request.getfixturevalue("read_only_media")
        (source / demo_path.name).write_bytes(demo_path.read_bytes())
        yield mount / demo_path.name
        return
    demo_path.chmod(0o444)
    try:
        yield demo_path
    finally:
        demo_path.chmod(0o644)


def test_a_really_read_only_file_opens_read_only(read_only_file):
    before = digest(read_only_file)
    with open_file(read_only_file, readonly=None) as cf:
        assert cf.readonly
        with pytest.raises(StorageError, match="лише для читання"):
            community_repo.set_indicators(cf, 2023, {"6.1": 5})
    assert digest(read_only_file) == before


def test_a_write_that_rolled_back_makes_no_backup_on_close(demo_path, policy):
    import contextlib

    with open_file(demo_path, backups=policy) as cf:
        with contextlib.suppress(RuntimeError), cf.atomic():
            community_repo.set_indicators(cf, 2023, {"6.1": 99})
            raise RuntimeError("the person cancelled")
        assert not cf.changed
    assert list_backups(policy, demo_path) == []
