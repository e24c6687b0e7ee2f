"""Shared fixtures: every test runs headless, with its data folder inside tmp_path."""

from __future__ import annotations

import os
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
