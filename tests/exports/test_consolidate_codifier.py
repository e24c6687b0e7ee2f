"""The consolidation knows the communities by their codifier codes: one community sent in two
different versions is not summed, and the rayon's completeness is counted against the
codifier (how many of its communities sent data, those missing, and whether D is the
rayon's population). Workbooks are read back with openpyxl."""

from __future__ import annotations

import dataclasses
import io
import os
import time
from pathlib import Path

import openpyxl

from hromada_desk.cli import main
from hromada_desk.domain.codifier import shipped
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.records import Population
from hromada_desk.services.new_community import create_community, options_from_codifier
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file

LANNA = "UA53080190000081150"
POLTAVA_RAYON = "UA53080000000068029"
VERKHOVYNA_RAYON = "UA26020000000044654"  # three communities
DEMO_2023 = 7130


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def from_codifier(
    path: Path,
    code: str,
    per_settlement: int = 100,
    years: tuple[int, ...] = (2023,),
    **changes: object,
) -> Path:
    """A community made from its code apart from any other file, with figures for
    ``years``: ``per_settlement`` persons in each settlement, every indicator 1."""
    options = dataclasses.replace(options_from_codifier(shipped().community(code)), **changes)
    with create_community(path, options) as cf:
        for year in years:
            community_repo.set_population(
                cf,
                [
                    Population(s.id, year, per_settlement)
                    for s in community_repo.list_settlements(cf)
                ],
            )
            community_repo.set_indicators(cf, year, dict.fromkeys(INDICATOR_CODES, 1))
    return path


def rayon_rows(output: Path) -> dict[int, list]:
    ws = openpyxl.load_workbook(output)["Район"]
    return {
        r[0]: r
        for r in ws.iter_rows(min_row=6, max_row=20, values_only=True)
        if isinstance(r[0], int) and isinstance(r[2], int)
    }


# -- one community, known by its code -------------------------------------------------------


def test_two_different_versions_of_one_community_are_not_summed(demo_path, tmp_path):
    # made apart from the demo (another identity), named by the centre's kind and with
    # other figures: only the code says it is the demo's community
    other = from_codifier(tmp_path / "Ланна з кодифікатора.hromada", LANNA)
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(demo_path, (week_ago, week_ago))  # the demo as sent last week
    with open_file(other, readonly=True) as cf:
        community = community_repo.get_community(cf)
    assert community.name == "Ланнівська селищна територіальна громада"  # the demo's: сільська
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(demo_path), str(other))
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert str(demo_path) in err and str(other) in err
    assert f"один код громади в кодифікаторі КАТОТТГ, {LANNA}" in err
    assert not output.exists()
    code, out, err = run("consolidate", "-o", str(output), str(demo_path), str(other), "--newer")
    assert code == 0 and "громад: 1" in out and "не враховано" in err
    population = [
        r
        for r in openpyxl.load_workbook(output)["Громади"].iter_rows(min_row=4, values_only=True)
        if r[0] == 2023
    ]
    assert [(r[1], r[2]) for r in population] == [
        ("Ланнівська селищна територіальна громада", 1100),
        ("Всього", 1100),
    ]


def test_a_file_without_a_code_is_known_by_the_codifier_from_its_names(demo_path, tmp_path):
    # an unlinked file of Lanna, named without the kind of council: neither its name nor its
    # identity is the demo's, but the codifier finds it by council name, oblast and rayon
    other = from_codifier(
        tmp_path / "Ланна без коду.hromada",
        LANNA,
        katottg=None,
        name="Ланнівська територіальна громада",
        rayon="",
    )
    code, _, err = run("consolidate", "-o", str(tmp_path / "r.xlsx"), str(demo_path), str(other))
    assert code == 1 and str(other) in err and LANNA in err


def test_two_communities_of_one_name_with_different_codes_are_both_counted(demo_path, tmp_path):
    with open_file(demo_path) as cf:
        community = community_repo.get_community(cf)
    # another community whose file (by a slip) carries the demo's names, but its own code
    other = from_codifier(
        tmp_path / "Інша.hromada",
        "UA53080050000011754",  # Диканська
        name=community.name,
        oblast=community.oblast,
        rayon=community.rayon,
    )
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(demo_path), str(other))
    assert (code, err) == (0, "") and "громад: 2" in out


# -- the rayon's communities, counted against the codifier ----------------------------------


def test_the_rayon_sheet_counts_the_communities_against_the_codifier(demo_path, tmp_path):
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(demo_path), "--years", "2023")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "2023: Надійшли дані 1 з 24 громад Полтавського району (КАТОТТГ від 16.05.2025)."
    )
    ws = openpyxl.load_workbook(output)["Район"]
    words = texts(ws)
    assert any(
        "Надійшли дані 1 з 24 громад Полтавського району (за КАТОТТГ від 16.05.2025)" in t
        and "а не населення району" in t
        for t in words
    ), words
    assert not any("населення району: сума населення всіх" in t for t in words)
    # the 23 others listed with their codes, as the codifier names them
    start = next(
        row
        for row in range(1, ws.max_row + 1)
        if str(ws.cell(row, 1).value).startswith(
            "Громади Полтавського району, від яких не надійшли дані"
        )
    )
    assert ws.cell(start, 1).value.startswith(
        "Громади Полтавського району, від яких не надійшли дані (23, за КАТОТТГ від 16.05.2025)"
    )
    assert [ws.cell(start + 1, c).value for c in (1, 2, 3)] == ["Рік", "Код КАТОТТГ", "Громада"]
    listed = [
        (ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value)
        for r in range(start + 2, start + 2 + 23)
    ]
    expected = [
        (2023, u.code, u.title) for u in shipped().communities(POLTAVA_RAYON) if u.code != LANNA
    ]
    assert listed == expected and ws.cell(start + 2 + 23, 2).value is None
    assert "Полтавська територіальна громада" in [title for _, _, title in listed]


def test_when_every_community_of_the_rayon_sent_data_d_is_their_sum(tmp_path):
    codifier = shipped()
    units = codifier.communities(VERKHOVYNA_RAYON)
    assert len(units) == 3
    # the last community has 2024 only: 2023 is whole, 2024 too, 2022 is not
    paths = [
        from_codifier(
            tmp_path / f"{n}.hromada",
            u.code,
            100 * (n + 1),
            years=(2022, 2023, 2024) if n < 2 else (2023, 2024),
        )
        for n, u in enumerate(units)
    ]
    sizes = [len(codifier.community(u.code).settlements) for u in units]
    whole = sum(100 * (n + 1) * size for n, size in enumerate(sizes))
    output = tmp_path / "rayon.xlsx"
    code, _, err = run("consolidate", "-o", str(output), *map(str, paths))
    assert (code, err) == (0, "")
    ws = openpyxl.load_workbook(output)["Район"]
    note = ws["A3"].value
    assert (
        "2023, 2024: Надійшли дані всіх 3 громад Верховинського району (за КАТОТТГ від "
        "16.05.2025), тож Д = Р — населення району: сума населення всіх його громад." in note
    ), note
    assert (
        "2022: Надійшли дані 2 з 3 громад Верховинського району (за КАТОТТГ від "
        "16.05.2025); Д = Р — сума населення лише громад, що надіслали дані, а не "
        "населення району, тож розрахунок для району неповний." in note
    ), note
    rows = rayon_rows(output)
    assert rows[2023][1:3] == (3, whole)
    # D in the mobile brigade's rate E = A : D
    steps = [
        r[2]
        for r in ws.iter_rows(min_row=6, values_only=True)
        if r[0] == 2023 and isinstance(r[2], str) and r[2].startswith("1) ")
    ]
    assert any(f"1) 3 : {whole} =" in s for s in steps), steps
    missing = [t for t in texts(ws) if "не надійшли дані" in t]
    assert len(missing) == 1 and "(1, за КАТОТТГ від 16.05.2025)" in missing[0]


def test_a_community_not_in_the_codifier_is_named_and_the_rayon_not_called_whole(tmp_path):
    codifier = shipped()
    paths = [
        from_codifier(tmp_path / f"{n}.hromada", u.code)
        for n, u in enumerate(codifier.communities(VERKHOVYNA_RAYON))
    ]
    unknown = from_codifier(
        tmp_path / "нова.hromada",
        LANNA,
        katottg=None,
        name="Новоутворена сільська територіальна громада",
        council_name="Новоутворена сільська рада",
        oblast="Івано-Франківська",
        rayon="Верховинський",
    )
    output = tmp_path / "rayon.xlsx"
    assert run("consolidate", "-o", str(output), *map(str, paths), str(unknown))[0] == 0
    note = openpyxl.load_workbook(output)["Район"]["A3"].value
    assert "Надійшли дані всіх 3 громад Верховинського району" in note
    assert "а не населення району" in note
    assert (
        "Не знайдено в КАТОТТГ від 16.05.2025: «Новоутворена сільська територіальна громада»"
        in note
        and "hromada-desk link" in note
    )
