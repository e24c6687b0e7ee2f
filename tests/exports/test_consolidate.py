"""The rayon's consolidated workbook, read back with openpyxl: per-community rows, totals,
the rayon's calculation, bad files, suppression and usage errors."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl
import pytest

from hromada_desk.cli import main
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.records import Community, Population, Settlement
from hromada_desk.services.demo import write_demo
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile, create_file

LANNA = "Ланнівська сільська територіальна громада"
BOBRY = "Бобрівська сільська територіальна громада"
VYSHNI = "Вишнівська селищна територіальна громада"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _community(name: str) -> Community:
    council = name.replace("територіальна громада", "рада")
    return Community(
        name, council, council, f"Виконавчий комітет {council}", "Полтавська", "Полтавський"
    )


@pytest.fixture
def files(demo_path: Path, tmp_path: Path) -> list[Path]:
    """The demo (7070 / 7130), another community made from the demo with one more
    settlement of 1000 and 6.1 = 5 in 2023 (8070 / 8130), and a new community with 2023
    only (3800)."""
    bobry = tmp_path / "Бобри.hromada"
    # a fresh demo, not a copy of the file: a copy is the same community (one identity)
    with write_demo(bobry) as cf:
        community_repo.save_community(cf, _community(BOBRY))
        sid = community_repo.add_settlement(cf, Settlement("Бобри"))
        community_repo.set_population(
            cf,
            [
                Population(sid, 2022, 1000, 480, 520, 200),
                Population(sid, 2023, 1000, 470, 530, 190),
            ],
        )
        community_repo.set_indicators(cf, 2023, {"6.1": 5})

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(cf, _community(VYSHNI))
        first = community_repo.add_settlement(cf, Settlement("Вишневе", admin_center=True))
        second = community_repo.add_settlement(cf, Settlement("Дубове"))
        community_repo.set_population(
            cf, [Population(first, 2023, 3000, 1400, 1600, 600), Population(second, 2023, 800)]
        )
        community_repo.set_indicators(
            cf, 2023, {code: 0 for code in INDICATOR_CODES} | {"6.1": 3, "6.3": 1, "5.2": 4}
        )
        community_repo.set_existing_services(cf, 2023, {"counselling_service": 2})

    vyshni = tmp_path / "Вишні.hromada"
    create_file(vyshni, fill).close()
    return [demo_path, bobry, vyshni]


def rows(ws, min_row: int = 4) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows(min_row=min_row)]


@pytest.fixture
def workbook(files: list[Path], tmp_path: Path) -> openpyxl.Workbook:
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), *map(str, files))
    assert (code, err) == (0, ""), err
    assert "громад: 3" in out and "2022, 2023" in out
    return openpyxl.load_workbook(output)


def test_sheets_and_properties(workbook):
    assert workbook.sheetnames == ["Громади", "Показники", "Розрахунок громад", "Район"]
    assert "Полтавський район" in workbook.properties.title
    assert workbook.properties.creator
    for ws in workbook.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows and ws.freeze_panes
        assert ws["A1"].font.bold


def test_population_per_community_and_totals(workbook):
    ws = workbook["Громади"]
    assert [c.value for c in ws[3]] == [
        "Рік",
        "Громада",
        "усього",
        "чоловіки",
        "жінки",
        "діти",
        "Файл",
    ]
    assert ws["A3"].font.bold and ws.freeze_panes == "C4"
    table = {(r[0], r[1]): r[2:6] for r in rows(ws) if r[0]}
    assert table[(2022, LANNA)][0] == 7070 and table[(2022, BOBRY)][0] == 8070
    assert (2022, VYSHNI) not in table  # no data for 2022: simply absent
    assert table[(2023, VYSHNI)] == [3800, 1400, 1600, 600]
    assert table[(2022, "Всього")][0] == 15140
    assert table[(2023, "Всього")][0] == 7130 + 8130 + 3800
    # children: the demo's, its copy's plus Бобри's 190, and Вишневе's 600 (Дубове has none)
    assert table[(2023, "Всього")][3] == 2 * table[(2023, LANNA)][3] + 190 + 600
    for values in table.values():
        assert all(type(v) is int for v in values if v is not None)
    ordered = [r[1] for r in rows(ws) if r[0] == 2023]
    assert ordered == [BOBRY, VYSHNI, LANNA, "Всього"]


def test_indicators_per_community_with_totals(workbook):
    ws = workbook["Показники"]
    header = [c.value for c in ws[3]]
    assert header == ["Рік", "Громада", *INDICATOR_CODES]
    column = header.index("6.1")
    table = {(r[0], r[1]): r for r in rows(ws) if isinstance(r[0], int)}
    assert [table[(2023, name)][column] for name in (LANNA, BOBRY, VYSHNI)] == [2, 5, 3]
    assert table[(2023, "Всього")][column] == 10 and type(table[(2023, "Всього")][column]) is int
    assert table[(2022, "Всього")][column] == 2
    texts = [r[1] for r in rows(ws) if r[0] == "5.1"]
    assert texts and "сімей" in texts[0]  # the legend with the Annex 1 wording


def test_community_calculations(workbook):
    ws = workbook["Розрахунок громад"]
    assert [c.value for c in ws[3]][:8] == [
        "Рік",
        "Громада",
        "Населення",
        "Служба",
        "Потрібно",
        "Наявно",
        "Нестача",
        "Запропонована потреба",
    ]
    lines = [r for r in rows(ws) if r[0] == 2023 and r[1] == VYSHNI]
    assert len(lines) == 5 and all(r[2] == 3800 for r in lines)
    shelter = lines[0]
    assert "Притулок" in shelter[3] and shelter[4] == pytest.approx(0.38)
    assert isinstance(ws.cell(row=4, column=5).value, float)  # a shelter's family places
    assert ws.cell(row=4, column=5).number_format == "0.000"  # shown to the thousandth
    counselling = lines[4]
    assert counselling[4:8] == [2, 2, 0, "ні"] and type(counselling[4]) is int
    lanna = [r for r in rows(ws) if r[0] == 2023 and r[1] == LANNA]
    assert lanna[4][4:8] == [11, 0, 11, "так"]


def test_rayon_sheet(workbook):
    ws = workbook["Район"]
    texts = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "щонайменше один притулок" in texts
    summary = {r[0]: r for r in rows(ws, 6) if isinstance(r[0], int) and isinstance(r[2], int)}
    total_2023 = 7130 + 8130 + 3800
    assert summary[2023][1] == 3 and summary[2023][2] == total_2023
    assert summary[2022][1] == 2 and summary[2022][2] == 15140
    assert summary[2023][4] == pytest.approx(total_2023 / 10000)
    assert isinstance(summary[2023][4], float)
    assert "19\u00a0060 : 10\u00a0000 = 1,906" in texts  # grouped from five digits on
    # the rayon's cases: 6.1 summed (2 + 5 + 3 = 10) over its population
    assert "1) 10 : 19\u00a0060" in texts


def test_bad_file_stops_and_writes_nothing(files, tmp_path):
    bad = tmp_path / "x.hromada"
    bad.write_text("це не файл громади", encoding="utf-8")
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", str(files[0]), str(bad), str(files[1]), "-o", str(output))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "x.hromada" in err and "--skip-bad" in err
    assert not output.exists() and not list(tmp_path.glob("*.xlsx*"))


def test_skip_bad_reports_and_notes(files, tmp_path):
    bad = tmp_path / "x.hromada"
    bad.write_text("це не файл громади", encoding="utf-8")
    output = tmp_path / "rayon.xlsx"
    code, out, err = run(
        "consolidate",
        str(files[0]),
        str(bad),
        str(files[1]),
        str(tmp_path / "none.hromada"),
        "-o",
        str(output),
        "--skip-bad",
    )
    assert code == 0 and "x.hromada" in err and "none.hromada" in err
    assert "громад: 2" in out
    ws = openpyxl.load_workbook(output)["Громади"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert "Пропущені файли" in texts
    assert any(t.startswith("x.hromada:") for t in texts)
    assert VYSHNI not in texts


def test_all_bad_is_an_error(tmp_path):
    bad = tmp_path / "x.hromada"
    bad.write_text("текст", encoding="utf-8")
    code, _, err = run("consolidate", str(bad), "-o", str(tmp_path / "r.xlsx"), "--skip-bad")
    assert code == 1 and "x.hromada" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_inputs_unchanged_and_duplicates_counted_once(files, tmp_path):
    before = [hashlib.sha256(p.read_bytes()).digest() for p in files]
    output = tmp_path / "rayon.xlsx"
    code, out, _ = run(
        "consolidate",
        *map(str, files),
        str(files[0]),
        str(files[0].parent / "." / files[0].name),
        "-o",
        str(output),
    )
    assert code == 0 and "громад: 3" in out and "один раз" in out
    assert [hashlib.sha256(p.read_bytes()).digest() for p in files] == before
    assert not list(tmp_path.glob("*-journal")) and not (tmp_path / "rayon.xlsx.part").exists()
    ws = openpyxl.load_workbook(output)["Громади"]
    assert [r[0] for r in rows(ws)].count(2023) == 4  # three communities and the total


def test_years_and_suppression(files, tmp_path):
    output = tmp_path / "rayon.xlsx"
    code, out, _ = run(
        "consolidate",
        *map(str, files),
        "-o",
        str(output),
        "--years",
        "2023",
        "--suppress-below",
        "3",
    )
    assert code == 0 and "2022" not in out
    wb = openpyxl.load_workbook(output)
    ws = wb["Показники"]
    header = [c.value for c in ws[3]]
    table = {(r[0], r[1]): r for r in rows(ws) if isinstance(r[0], int)}
    assert {r[0] for r in table} == {2023}
    assert table[(2023, LANNA)][header.index("6.1")] == "<3"
    assert table[(2023, BOBRY)][header.index("6.1")] == 5
    assert table[(2023, VYSHNI)][header.index("6.3")] == "<3"
    assert table[(2023, VYSHNI)][header.index("5.1")] == 0
    assert "<3" in ws["A2"].value


@pytest.mark.parametrize(
    "argv",
    [
        (),
        ("a.hromada",),
        ("-o", "x.xlsx"),
        ("a.hromada", "-o", "x.xlsx", "--suppress-below", "1"),
        ("a.hromada", "-o", "x.xlsx", "--unknown"),
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    assert run("consolidate", *argv)[0] == 2
    assert "неправильний виклик" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [("-o", "x.pdf"), ("--years", "2024-2022")])
def test_user_errors_exit_1(files, tmp_path, argv):
    args = [a.replace("x.pdf", str(tmp_path / "x.pdf")) for a in argv]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "x.xlsx")]
    code, out, err = run("consolidate", str(files[0]), *args)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert not list(tmp_path.glob("x.*"))
