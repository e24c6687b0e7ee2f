"""The working copy of a stick file and its write-back: whatever interrupts it, the stick holds
the old or the new complete file, and the changes stay on this computer."""

import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from hromada_desk.domain.records import Settlement
from hromada_desk.errors import StorageError
from hromada_desk.paths import DATA_DIR_VARIABLE
from hromada_desk.storage import community_repo, working_copy
from hromada_desk.storage.backups import list_backups
from hromada_desk.storage.database import open_file
from hromada_desk.storage.working_copy import temp_path_for, write_back
from tests.storage.test_database import _INTERRUPTED_WRITER

SEED = 20240917
FORK = multiprocessing.get_context("fork") if hasattr(os, "fork") else None


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def stick(tmp_path, demo_path):
    folder = tmp_path / "STICK"
    folder.mkdir()
    original = folder / demo_path.name
    shutil.copyfile(demo_path, original)
    return original


def grow(path: Path, count: int = 2000) -> None:
    """Make the file a few hundred KB larger with ordinary data."""
    with open_file(path) as cf, cf.atomic():
        for number in range(count):
            community_repo.add_settlement(cf, Settlement(f"Хутір {number} " + "ш" * 60))


def community_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".hromada")


def test_a_working_copy_is_a_verified_local_copy_with_a_record(stick, data_dir):
    wc = working_copy.start(stick)
    assert wc.local.parent.parent == data_dir / "working"
    assert wc.local.name == stick.name and sha(wc.local) == sha(stick) == wc.synced_sha256
    assert wc.original == stick.resolve() and not wc.dirty
    assert working_copy.find(stick) == wc  # the record reads back
    assert not wc.unsynchronised() and working_copy.unsynchronised() == []


def test_an_edit_is_written_back_whole_and_the_record_follows(stick):
    wc = working_copy.start(stick)
    old = sha(stick)
    grow(wc.local, 50)
    assert wc.unsynchronised()  # the bytes differ even before anyone marks it
    assert working_copy.unsynchronised() == [wc]
    wc = write_back(wc)
    assert sha(stick) == sha(wc.local) == wc.synced_sha256 != old
    assert not wc.dirty and wc.synced_at is not None
    assert working_copy.unsynchronised() == []
    assert community_files(stick.parent) == [stick.name]  # no temporary file left
    with open_file(stick, readonly=True) as cf:
        assert len(community_repo.list_settlements(cf)) == 11 + 50


def test_backups_of_the_working_copy_are_the_stick_files_backups(stick, policy):
    wc = working_copy.start(stick)
    with open_file(wc.local, backups=policy) as cf:
        community_repo.set_indicators(cf, 2023, {"6.1": 5})
    [backup] = list_backups(policy, stick)  # kept per community, which both files are
    assert list_backups(policy, wc.local) == [backup]
    with open_file(backup, readonly=True) as copy:
        assert community_repo.get_indicators(copy, 2023)["6.1"] == 5


def _reset(stick: Path, old_bytes: bytes, wc):
    stick.write_bytes(old_bytes)
    return working_copy.save_record(
        replace(wc, synced_sha256=hashlib.sha256(old_bytes).hexdigest(), dirty=False)
    )


def test_write_back_interrupted_by_errors_at_random_points(stick, monkeypatch):
    """Every step of the write-back fails in turn, the copy at a random byte: the stick keeps
    the old file and the working copy keeps every change."""
    rng = random.Random(SEED)
    old_bytes = stick.read_bytes()
    wc = working_copy.start(stick)
    grow(wc.local, 200)
    new = sha(wc.local)
    size = wc.local.stat().st_size
    real_write, real_replace = working_copy._write, working_copy._replace
    # flushing to the disk proves nothing here (nothing is killed) and costs most of the time
    monkeypatch.setattr(working_copy.os, "fsync", lambda fd: None)
    steps = ("write", "lying-write", "fsync", "replace")
    runs = {step: 0 for step in steps}
    for _ in range(120):
        wc = _reset(stick, old_bytes, wc)
        step = rng.choice(steps)
        runs[step] += 1
        limit = rng.randrange(0, size)
        written = 0

        def write(fd, data, step=step, limit=limit):
            nonlocal written
            if step == "write" and written + len(data) > limit:
                os.write(fd, bytes(data[: limit - written]))
                raise OSError(5, "Input/output error")
            if step == "lying-write" and written <= limit < written + len(data):
                # the device says it wrote the chunk but one byte comes back different
                data = bytearray(data)
                data[limit - written] ^= 0x01
            written += len(data)
            return real_write(fd, data)

        def fsync(fd, step=step):
            if step == "fsync":
                raise OSError(5, "Input/output error")
            os.fsync(fd)  # the stubbed one, see above

        def replace_(source, target, step=step):
            if step == "replace":
                raise OSError(13, "Permission denied")
            real_replace(source, target)

        monkeypatch.setattr(working_copy, "_write", write)
        monkeypatch.setattr(working_copy, "_fsync", fsync)
        monkeypatch.setattr(working_copy, "_replace", replace_)
        with pytest.raises(StorageError, match="Зміни не записано на флешку"):
            write_back(wc)
        assert stick.read_bytes() == old_bytes, step
        assert quick_check(stick) == "ok"
        assert sha(wc.local) == new  # the working copy is intact
        loaded = working_copy.find(stick)
        assert loaded.dirty and loaded.unsynchronised()
        assert not temp_path_for(stick).exists()
        assert community_files(stick.parent) == [stick.name]
    print(f"\ninjected failures per step: {runs}")
    assert all(count >= 15 for count in runs.values())
    monkeypatch.setattr(working_copy, "_write", real_write)
    monkeypatch.setattr(working_copy, "_fsync", lambda fd: None)
    monkeypatch.setattr(working_copy, "_replace", real_replace)
    write_back(working_copy.find(stick))
    assert sha(stick) == new


def _write_back_in_child(folder: str) -> None:
    wc = working_copy.load(Path(folder))
    assert wc is not None
    write_back(wc)
    os._exit(0)


@pytest.fixture
def memory_stick(stick, monkeypatch):
    """The stick and the data folder in memory (tmpfs) where there is one: a killed process
    loses nothing the kernel already has, and each run then costs milliseconds, not fsyncs."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        yield stick
        return
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="hromada-stick-", dir=shm))
    try:
        (folder / "STICK").mkdir()
        moved = folder / "STICK" / stick.name
        shutil.copyfile(stick, moved)
        monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder / "user-data"))
        yield moved
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork and SIGKILL",
)
def test_write_back_killed_at_random_moments(memory_stick):
    """A child process writes back a file of several hundred KB and is killed with SIGKILL
    at a random moment: the stick holds the old or the new file, complete, every time."""
    stick = memory_stick
    rng = random.Random(SEED)
    old_bytes = stick.read_bytes()
    old = hashlib.sha256(old_bytes).hexdigest()
    wc = working_copy.start(stick)
    grow(wc.local)
    new = sha(wc.local)
    assert wc.local.stat().st_size > 400_000

    def run_child(delay: float | None) -> float:
        start = time.perf_counter()
        child = FORK.Process(target=_write_back_in_child, args=(str(wc.folder),))
        child.start()
        if delay is not None:
            time.sleep(delay)
            os.kill(child.pid, signal.SIGKILL)
        child.join()
        return time.perf_counter() - start

    wc = _reset(stick, old_bytes, wc)
    duration = max(run_child(None) for _ in range(3))
    assert sha(stick) == new  # an uninterrupted child does finish
    outcomes = {"old": 0, "new": 0, "temp left": 0}
    runs = 100
    for _ in range(runs):
        wc = _reset(stick, old_bytes, wc)
        run_child(rng.uniform(0, duration))
        now = sha(stick)
        assert now in (old, new)
        assert quick_check(stick) == "ok"
        outcomes["old" if now == old else "new"] += 1
        assert sha(wc.local) == new
        loaded = working_copy.find(stick)
        assert loaded is not None  # the record is never half-written
        # a record that says "on the stick" is always right
        assert loaded.unsynchronised() or sha(stick) == new
        if temp_path_for(stick).exists():
            outcomes["temp left"] += 1
        assert community_files(stick.parent) == [stick.name]  # a leftover is not a .hromada
    print(f"\n{runs} kills within {duration * 1000:.1f} ms: {outcomes}")
    assert outcomes["old"] and outcomes["new"]  # the kills really fell on both sides
    write_back(working_copy.find(stick))  # a leftover temporary file does not get in the way
    assert sha(stick) == new and not temp_path_for(stick).exists()


def test_a_stick_pulled_out_keeps_the_changes_and_they_go_back_later(stick, tmp_path, monkeypatch):
    wc = working_copy.start(stick)
    old_bytes = stick.read_bytes()
    grow(wc.local, 20)
    new = sha(wc.local)
    away = tmp_path / "in a pocket"

    real_write = working_copy._write
    pulled = False

    def write(fd, data):
        nonlocal pulled
        if not pulled:  # the stick goes in the middle of the copy
            pulled = True
            stick.parent.rename(away)
            raise OSError(5, "Input/output error")
        return real_write(fd, data)

    monkeypatch.setattr(working_copy, "_write", write)
    with pytest.raises(StorageError) as caught:
        write_back(wc)
    assert "флешку вийнято" in caught.value.message
    assert str(wc.local) in caught.value.message and "Зберегти копію як" in caught.value.advice
    monkeypatch.setattr(working_copy, "_write", real_write)
    assert [w.original for w in working_copy.unsynchronised()] == [stick.resolve()]
    with pytest.raises(StorageError, match=r"теку .* не знайдено"):
        write_back(working_copy.find(stick))  # still away
    # the stick comes back: its file is the old one, the changes go onto it
    away.rename(stick.parent)
    # the temporary file could not be removed from a stick that was gone: it is left there,
    # hidden and not named like a community file, and the next write-back replaces it
    assert stick.read_bytes() == old_bytes and temp_path_for(stick).exists()
    assert community_files(stick.parent) == [stick.name]
    wc = write_back(working_copy.find(stick))
    assert sha(stick) == new and working_copy.unsynchronised() == []
    assert not temp_path_for(stick).exists()


def test_saving_elsewhere_leaves_the_record_as_it_was(stick, tmp_path):
    wc = working_copy.start(stick)
    grow(wc.local, 5)
    target = tmp_path / "elsewhere" / "копія.hromada"
    target.parent.mkdir()
    assert write_back(wc, target) == wc
    assert sha(target) == sha(wc.local) != sha(stick)
    assert working_copy.find(stick).unsynchronised()
    with pytest.raises(StorageError, match="Не вдалося зберегти копію"):
        write_back(wc, tmp_path / "missing" / "x.hromada")


def test_a_copy_with_changes_is_never_replaced_and_discard_removes_it(stick):
    wc = working_copy.start(stick)
    grow(wc.local, 5)
    with pytest.raises(StorageError, match="зі змінами, яких немає на флешці"):
        working_copy.start(stick)
    assert working_copy.find(stick).unsynchronised()
    working_copy.discard(wc)
    assert working_copy.find(stick) is None and not wc.folder.exists()
    assert working_copy.start(stick).synced_sha256 == sha(stick)


def test_an_interrupted_transaction_in_the_working_copy_is_rolled_back_first(stick):
    """A crash in mid-edit leaves a hot journal beside the local copy: the write-back takes
    the last committed state, never a half-written one."""
    wc = working_copy.start(stick)
    writer = subprocess.Popen(
        [sys.executable, "-c", _INTERRUPTED_WRITER, str(wc.local)],
        stdout=subprocess.PIPE,
        text=True,
    )
    with writer.stdout:
        assert writer.stdout.readline().strip() == "written"
        writer.kill()
        writer.wait()
    assert wc.local.with_name(wc.local.name + "-journal").stat().st_size > 0
    write_back(wc)
    assert quick_check(stick) == "ok"
    with open_file(stick, readonly=True) as cf:
        assert sum(r.total for r in community_repo.get_population(cf, 2023)) == 7130
