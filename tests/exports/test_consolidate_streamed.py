"""The rayon's workbook is written row by row (exports.xlsx_stream): it is the one openpyxl
writes from the same cells, notes, merged cells and fitted rows included."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from hromada_desk.cli import main
from hromada_desk.domain.records import Community, Population, Settlement
from hromada_desk.exports import xlsx_stream
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile, create_file


def _community(name: str, oblast: str = "Полтавська") -> Community:
    council = name.replace("територіальна громада", "рада")
    return Community(name, council, council, f"Виконавчий комітет {council}", oblast, "Полтавський")


@pytest.fixture
def files(demo_path: Path, tmp_path: Path) -> list[Path]:
    """The demo; a namesake elsewhere with no indicators (no calculation) and an archived
    settlement moved to the top; a file that is not a community file."""

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(
            cf, _community("Ланнівська сільська територіальна громада", "Київська")
        )
        first = community_repo.add_settlement(cf, Settlement("Перше", admin_center=True))
        community_repo.restore_settlement(
            cf, Settlement("Колишнє", archived=True, id=10), 0, [Population(10, 2022, 12)]
        )  # listed first
        community_repo.set_population(
            cf, [Population(first, 2022, 900, 400, 500, 150), Population(first, 2023, 880)]
        )
        community_repo.set_existing_services(cf, 2021, {"shelter": 1})
        community_repo.set_parameter(cf, 2023, "months", "10", "за рішенням ради")

    namesake = tmp_path / "Тезка.hromada"
    create_file(namesake, fill).close()
    bad = tmp_path / "bad.hromada"
    bad.write_text("не файл громади", encoding="utf-8")
    return [demo_path, namesake, bad]


def workbook_parts(files: list[Path], output: Path) -> dict[str, bytes]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consolidate", *map(str, files), "-o", str(output), "--skip-bad", "--suppress-below", "3"],
        out=out,
        err=err,
    )
    assert code == 0, err.getvalue()
    with zipfile.ZipFile(output) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


def test_the_streamed_workbook_is_the_one_openpyxl_writes(files, tmp_path, monkeypatch):
    streamed = workbook_parts(files, tmp_path / "streamed.xlsx")
    monkeypatch.setattr(xlsx_stream, "new_sheet", lambda wb, title: wb.create_sheet(title))
    whole = workbook_parts(files, tmp_path / "whole.xlsx")
    assert list(streamed) == list(whole)
    for name in whole:
        assert streamed[name] == whole[name], name
