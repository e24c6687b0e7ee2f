"""The portable zip on a USB stick: everything the program keeps goes to data\\ beside the exe
on the stick, nothing to the computer's user folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from hromada_desk import APP_NAME, __version__
from tests.windows.support import (
    ALL_VARIABLE,
    DIST,
    WINDOWS_ONLY,
    child_env,
    drive,
    prerequisite,
)

pytestmark = WINDOWS_ONLY


def portable_zip() -> Path:
    found = sorted(DIST.glob(f"{APP_NAME}-portable-*.zip"))
    return Path(prerequisite("HROMADA_TEST_PORTABLE_ZIP", found[-1] if found else None))


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def run(program: Path, *args: str) -> str:
    done = subprocess.run(
        [str(program), *args],
        env=child_env(),
        capture_output=True,
        timeout=300,
        check=False,
        encoding="utf-8",
        errors="replace",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


COMMUNITY = "Ланна.hromada"


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """The removable drive (a folder when none is named: a Windows runner has no stick),
    without our folder and file before and after."""
    if os.environ.get("HROMADA_TEST_REMOVABLE_DRIVE") or os.environ.get(ALL_VARIABLE) == "1":
        root = Path(drive("HROMADA_TEST_REMOVABLE_DRIVE") + "\\")
    else:
        root = tmp_path / "stick"
        root.mkdir()
    folder = root / APP_NAME

    def clear() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        (root / COMMUNITY).unlink(missing_ok=True)

    clear()
    yield root
    clear()


def test_the_unzipped_program_keeps_its_data_beside_it_on_the_stick(stick: Path, tmp_path: Path):
    from openpyxl import load_workbook

    computer = [
        platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=roaming)
        for roaming in (False, True)
    ]
    before = set().union(*(files_under(folder) for folder in computer))
    with zipfile.ZipFile(portable_zip()) as archive:
        archive.extractall(stick)
    folder = stick / APP_NAME
    program = folder / f"{APP_NAME}-cli.exe"
    assert (folder / "portable.txt").is_file()

    assert run(program, "--version").strip() == f"{APP_NAME} {__version__}"
    assert "гаразд" in run(program, "--demo", "--self-test")
    community, workbook = stick / COMMUNITY, tmp_path / "шаблон.xlsx"
    run(program, "demo", str(community))
    run(program, "template", str(community), "-o", str(workbook), "--year", "2023")
    book = load_workbook(workbook)
    book["Показники"]["C4"] = 777
    book.save(workbook)
    assert "777" in run(program, "import", str(community), str(workbook))

    data = folder / "data"
    assert list(data.glob("settings/**/settings.json")), "no settings on the stick"
    assert list(data.glob("demo/demo-*/*.hromada")), "no demo copy on the stick"
    assert list(data.glob("backups/**/*.hromada*")), "no backup on the stick"
    after = set().union(*(files_under(folder) for folder in computer))
    assert after == before, f"written on the computer: {sorted(map(str, after - before))}"


def test_without_portable_txt_nothing_is_kept_beside_it(stick: Path, tmp_path: Path):
    with zipfile.ZipFile(portable_zip()) as archive:
        archive.extractall(stick)
    folder = stick / APP_NAME
    (folder / "portable.txt").unlink()
    data = tmp_path / "дані"
    env = child_env(HROMADA_DESK_DATA_DIR=str(data))
    done = subprocess.run(
        [str(folder / f"{APP_NAME}-cli.exe"), "--demo", "--self-test"],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0
    assert not (folder / "data").exists()
    assert list(data.glob("demo/demo-*/*.hromada"))
