"""The statistics workbook, read back with openpyxl: figures in place and typed, print setup."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl
import pytest

from hromada_desk.cli import main
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.records import Population, Settlement
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def workbook(demo_path: Path, tmp_path: Path) -> openpyxl.Workbook:
    output = tmp_path / "stat.xlsx"
    code, out, err = run("statistics", str(demo_path), "-o", str(output))
    assert (code, err) == (0, "")
    assert "2022, 2023" in out
    return openpyxl.load_workbook(output)


def rows_by_first_cell(ws) -> dict:
    return {row[0].value: row for row in ws.iter_rows(min_row=5) if row[0].value}


def test_sheets_and_document_properties(workbook):
    assert workbook.sheetnames == [
        "Населення",
        "Показники",
        "Наявні служби",
        "Розрахунок 2022",
        "Розрахунок 2023",
    ]
    assert "Ланнівська" in workbook.properties.title
    assert "рада" in workbook.properties.creator


def test_population_totals_typed(workbook):
    ws = workbook["Населення"]
    assert ws["C3"].value == "2022 рік" and ws["G3"].value == "2023 рік"
    rows = rows_by_first_cell(ws)
    total = rows["Всього"]
    assert [c.value for c in total[2:7:4]] == [7070, 7130]
    assert all(type(c.value) is int for c in total[2:10] if c.value is not None)
    assert total[0].font.bold and ws["A3"].font.bold
    klymivka = rows["Климівка"]
    assert [c.value for c in klymivka[6:10]] == [931, 389, 407, 134]


def test_indicators_with_wording(workbook):
    ws = workbook["Показники"]
    assert [ws.cell(row=r, column=1).value for r in range(4, 16)] == [i.code for i in INDICATORS]
    assert ws["B9"].value == INDICATORS[5].wording  # 6.1
    assert (ws["C9"].value, ws["D9"].value) == (1, 2)
    assert ws["B4"].alignment.wrap_text


def test_calculation_sheet_typed_ratios(workbook):
    ws = workbook["Розрахунок 2023"]
    assert ws["A4"].value == "Служба"
    shelter = [c.value for c in ws[5]]
    assert "Притулок" in shelter[0] and "щонайменше один" in shelter[1].lower()
    assert shelter[2] == "7130 : 10\u00a0000 = 0,713"
    assert shelter[3] == 0 and isinstance(shelter[3], int)
    assert isinstance(shelter[4], float) and shelter[4] == pytest.approx(0.713)
    assert ws["E5"].number_format == "0.000"
    counselling = [c.value for c in ws[9]]
    assert counselling[4] == 11 and type(counselling[4]) is int
    texts = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "Остаточне рішення ухвалює координаційна рада" in texts and "2 : 7130 = 0,00028" in texts


def test_services_sheet(workbook):
    ws = workbook["Наявні служби"]
    assert "Притулок" in ws["A4"].value
    assert ws["C4"].value == 0 or ws["C4"].value is None


def test_print_setup_and_frozen_panes(workbook):
    for ws in workbook.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows
    assert workbook["Населення"].freeze_panes == "C5"
    assert workbook["Показники"].freeze_panes == "C4"
    assert workbook["Розрахунок 2023"].freeze_panes == "B5"


def test_formula_like_text_stays_text(demo_path, tmp_path):
    with open_file(demo_path) as cf:
        community_repo.add_settlement(cf, Settlement("=СУМ(А1)"))
        sid = community_repo.list_settlements(cf)[-1].id
        assert sid is not None
        community_repo.set_population(cf, [Population(sid, 2023, 5)])
        community_repo.add_settlement(cf, Settlement("+380-@x"))
    output = tmp_path / "s.xlsx"
    assert run("statistics", str(demo_path), "-o", str(output))[0] == 0
    ws = openpyxl.load_workbook(output)["Населення"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert cells["=СУМ(А1)"].data_type == "s"
    assert cells["+380-@x"].data_type == "s"
    assert rows_by_first_cell(ws)["Всього"][6].value == 7135


def test_years_and_suppression(demo_path, tmp_path):
    output = tmp_path / "s.xlsx"
    code, out, _ = run(
        "statistics", str(demo_path), "-o", str(output), "--years", "2023", "--suppress-below", "3"
    )
    assert code == 0 and "2023" in out and "2022" not in out
    wb = openpyxl.load_workbook(output)
    assert "Розрахунок 2022" not in wb.sheetnames
    ws = wb["Показники"]
    assert ws["C9"].value == "<3"  # 6.1 = 2
    # the demo's 2023 figures as the seed gives them: 1 and 2 are hidden, 0 and ≥ 3 shown
    import json

    from hromada_desk.resources import resource

    seed = json.loads(resource("demo", "lanna.json").read_text(encoding="utf-8"))
    expected = ["<3" if 1 <= v < 3 else v for v in seed["indicators"]["2023"].values()]
    assert [ws.cell(row=r, column=3).value for r in range(4, 16)] == expected


def test_output_replaces_atomically_and_input_unchanged(demo_path, tmp_path):
    output = tmp_path / "s.xlsx"
    output.write_bytes(b"old")
    before = hashlib.sha256(demo_path.read_bytes()).digest()
    assert run("statistics", str(demo_path), "-o", str(output))[0] == 0
    assert hashlib.sha256(demo_path.read_bytes()).digest() == before
    assert openpyxl.load_workbook(output).sheetnames[0] == "Населення"
    assert not (tmp_path / "s.xlsx.part").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("-o", "x.pdf"),
        ("--years", "дві тисячі"),
        ("--years", "2024-2022"),
        ("--years", "1990"),
    ],
)
def test_user_errors_exit_1_with_one_line(demo_path, tmp_path, argv):
    args = [a.replace("x.pdf", str(tmp_path / "x.pdf")) for a in argv]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "x.xlsx")]
    code, out, err = run("statistics", str(demo_path), *args)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert not list(tmp_path.glob("x.*"))


def test_missing_or_foreign_file_exit_1(tmp_path):
    bad = tmp_path / "bad.hromada"
    bad.write_bytes(b"not a database")
    for path in (bad, tmp_path / "none.hromada"):
        code, _, err = run("statistics", str(path), "-o", str(tmp_path / "x.xlsx"))
        assert code == 1 and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize(
    "argv", [(), ("f.hromada",), ("f.hromada", "-o", "x.xlsx", "--suppress-below", "1")]
)
def test_usage_errors_exit_2(argv, capsys):
    assert run("statistics", *argv)[0] == 2
    assert "неправильний виклик" in capsys.readouterr().err


def test_the_medical_centre_counts_persons_and_has_nothing_required(demo_path, tmp_path):
    """Three victims to refer to a medical-social rehabilitation centre are not three
    centres to create: the row shows the existing centres and the persons in its steps,
    and neither «Потрібно» nor «Нестача» (as the needs page and the command say)."""
    with open_file(demo_path) as cf:
        community_repo.set_indicators(cf, 2023, {"6.3": 3})
    output = tmp_path / "s.xlsx"
    assert run("statistics", str(demo_path), "-o", str(output), "--years", "2023")[0] == 0
    ws = openpyxl.load_workbook(output)["Розрахунок 2023"]
    header = [c.value for c in ws[4]]
    medical = next(
        r
        for r in ws.iter_rows(min_row=5, values_only=True)
        if r[0] and str(r[0]).startswith("Центр медико-соціальної")
    )
    assert medical[header.index("Потрібно")] is None
    assert medical[header.index("Нестача")] is None
    assert medical[header.index("Наявно")] == 0
    assert "3" in medical[header.index("Розрахунок")]
    shelter = next(
        r
        for r in ws.iter_rows(min_row=5, values_only=True)
        if r[0] and str(r[0]).startswith("Притулок")
    )
    assert isinstance(shelter[header.index("Потрібно")], float)  # the others keep theirs
