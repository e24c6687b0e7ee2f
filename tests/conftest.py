"""Shared fixtures: every test runs headless, with its data folder inside tmp_path."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from hromada_desk.paths import DATA_DIR_VARIABLE
from hromada_desk.services.demo import write_demo
from hromada_desk.storage.backups import BackupPolicy


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def policy(tmp_path: Path) -> BackupPolicy:
    return BackupPolicy(tmp_path / "backups", keep=10)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo file built per session; tests copy it rather than rebuild it."""
    path = tmp_path_factory.mktemp("demo") / "demo.hromada"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "Ланна.hromada"
    path.write_bytes(demo_template.read_bytes())
    return path


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEEDS / "lanna-coordination-council-protocol-2023-06-30.txt"
    if not path.exists():
        pytest.skip("the seed documents (../shared/seeds) are not beside this checkout")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def read_only_media(tmp_path: Path):
    """(source, mount): a folder and the same folder mounted read-only, as a write-protected
    stick or a CD. Root ignores file permissions but not a read-only mount; mounting needs
    root (CI runs as root), so elsewhere the test is skipped."""
    source, mount = tmp_path / "source", tmp_path / "media"
    source.mkdir()
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(source), str(mount)],
            capture_output=True,
            check=False,
        )
    except OSError:
        done = None
    if done is None or done.returncode != 0:
        pytest.skip("cannot mount a read-only folder here (needs root and mount)")
    try:
        subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(mount)], check=True, capture_output=True
        )
        yield source, mount
    finally:
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)
