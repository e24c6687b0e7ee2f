"""The fill-in template and its import: all or nothing, errors naming the cell."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl
import pytest

from hromada_desk.cli import main
from hromada_desk.domain.indicators import INDICATORS
from hromada_desk.domain.records import Community
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_template(demo_path: Path, tmp_path: Path, year: int = 2023) -> Path:
    output = tmp_path / "шаблон.xlsx"
    code, out, err = run("template", str(demo_path), "-o", str(output), "--year", str(year))
    assert (code, err) == (0, ""), err
    assert "11 населених пунктів" in out
    return output


def fill(path: Path, population: dict[str, object], indicators: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    for coordinate, value in population.items():
        wb["Населення"][coordinate] = value
    for coordinate, value in indicators.items():
        wb["Показники"][coordinate] = value
    wb.save(path)


def test_template_layout(demo_path, tmp_path):
    wb = openpyxl.load_workbook(make_template(demo_path, tmp_path))
    assert wb.sheetnames[:3] == ["Інструкція", "Населення", "Показники"]
    assert wb["_hromada"].sheet_state == "hidden"
    assert wb["_hromada"]["B2"].value == "Ланнівська сільська територіальна громада"
    assert wb["_hromada"]["B3"].value == 2023
    ws = wb["Населення"]
    assert ws["A4"].value == "Ланна" and ws["A14"].value == "Редути"
    assert ws["C4"].value is None and not ws["C4"].protection.locked
    assert ws["A4"].protection.locked and ws.protection.sheet
    rules = ws.data_validations.dataValidation
    assert rules and rules[0].type == "whole" and rules[0].formula1 == "0"
    assert "C4:F14" in str(rules[0].sqref)
    ws = wb["Показники"]
    assert [ws.cell(row=r, column=2).value for r in range(4, 16)] == [i.wording for i in INDICATORS]
    assert not ws["C4"].protection.locked
    assert "Порожня клітинка" in " ".join(str(c.value) for c in wb["Інструкція"]["A"] if c.value)


def test_import_changes_exactly_the_filled_values(demo_path, tmp_path):
    template = make_template(demo_path, tmp_path, 2024)
    with open_file(demo_path, readonly=True) as cf:
        before_2023 = community_repo.get_population(cf, 2023)
        indicators_2023 = community_repo.get_indicators(cf, 2023)
    fill(template, {"C4": 1800, "D4": 700, "E4": 800, "F4": 300, "C5": "230"}, {"C9": 3, "C10": 0})
    code, out, err = run("import", str(demo_path), str(template))
    assert (code, err) == (0, ""), err
    assert "Змінено за 2024 рік (7)" in out and "Населення, Ланна, усього: — → 1800" in out
    with open_file(demo_path, readonly=True) as cf:
        rows = {r.settlement_id: r for r in community_repo.get_population(cf, 2024)}
        places = {s.name: s.id for s in community_repo.list_settlements(cf)}
        assert len(rows) == 2
        lanna = rows[places["Ланна"]]
        assert (lanna.total, lanna.men, lanna.women, lanna.children) == (1800, 700, 800, 300)
        assert rows[places["Коржиха"]].total == 230 and rows[places["Коржиха"]].men is None
        assert community_repo.get_indicators(cf, 2024) == {"6.1": 3, "6.2": 0}
        assert community_repo.get_population(cf, 2023) == before_2023
        assert community_repo.get_indicators(cf, 2023) == indicators_2023


def test_partial_row_keeps_other_parts_and_dry_run_changes_nothing(demo_path, tmp_path):
    template = make_template(demo_path, tmp_path)
    fill(template, {"D4": 650}, {"C9": 5})
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(template), "--dry-run")
    assert (code, err) == (0, "")
    assert "Населення, Ланна, чоловіки: 652 → 650" in out
    assert "Показник 6.1: 2 → 5" in out and "не змінено" in out
    assert digest(demo_path) == before
    assert run("import", str(demo_path), str(template))[0] == 0
    with open_file(demo_path, readonly=True) as cf:
        lanna = community_repo.get_population(cf, 2023)[0]
        assert (lanna.total, lanna.men, lanna.women) == (1762, 650, 797)
        assert community_repo.get_indicators(cf, 2023)["6.1"] == 5
    code, out, _ = run("import", str(demo_path), str(template))
    assert code == 0 and "змін немає" in out


@pytest.mark.parametrize(
    ("population", "indicators", "message"),
    [
        (
            {"C7": "сто"},
            {},
            "Аркуш «Населення», C7: очікується ціле невід’ємне число, отримано «сто»",
        ),
        (
            {"C4": 10},
            {"C10": -3},
            "Аркуш «Показники», C10: очікується ціле невід’ємне число, отримано «-3»",
        ),
        ({"E5": 2.5}, {}, "Аркуш «Населення», E5: очікується ціле невід’ємне число"),
        (
            {"C4": 10_000_001},
            {},
            "Аркуш «Населення», C4: число 10000001 завелике, найбільше допустиме 10000000",
        ),
        ({}, {"C6": 10_000_001}, "Аркуш «Показники», C6: число 10000001 завелике"),
        ({"A6": "Нове село"}, {}, "Аркуш «Населення», A6: очікується «Чалівка»"),
        ({"C15": 5}, {}, "Аркуш «Населення», C15: рядок поза шаблоном"),
    ],
)
def test_bad_values_refused_with_the_cell(demo_path, tmp_path, population, indicators, message):
    template = make_template(demo_path, tmp_path)
    fill(template, {"C4": 1, **population}, {"C4": 9, **indicators})
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(template))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert message in err and "Нічого не змінено" in err
    assert digest(demo_path) == before


def test_merged_cells_refused(demo_path, tmp_path):
    template = make_template(demo_path, tmp_path)
    wb = openpyxl.load_workbook(template)
    wb["Населення"]["C5"] = 10
    wb["Населення"].merge_cells("C5:D5")
    wb.save(template)
    before = digest(demo_path)
    code, _, err = run("import", str(demo_path), str(template))
    assert code == 1 and "Аркуш «Населення», C5:D5: об’єднані клітинки" in err
    assert digest(demo_path) == before


def test_template_of_another_community_refused(demo_path, tmp_path):
    template = make_template(demo_path, tmp_path)
    fill(template, {"C4": 1}, {})
    other = tmp_path / "other.hromada"
    other.write_bytes(demo_path.read_bytes())
    with open_file(other) as cf:
        community_repo.save_community(
            cf, Community("Кумська громада", "Кумська рада", "Кумської ради", "Виконком")
        )
    before = digest(other)
    code, _, err = run("import", str(other), str(template))
    assert code == 1 and "створено для громади «Ланнівська" in err and "Кумська" in err
    assert digest(other) == before


@pytest.mark.parametrize("kind", ["text", "plain-xlsx", "no-population", "bad-marker"])
def test_not_a_template_refused(demo_path, tmp_path, kind):
    path = tmp_path / "x.xlsx"
    if kind == "text":
        path.write_text("не книга", encoding="utf-8")
    elif kind == "plain-xlsx":
        wb = openpyxl.Workbook()
        wb.active["A1"] = 5
        wb.save(path)
    else:
        path = make_template(demo_path, tmp_path)
        wb = openpyxl.load_workbook(path)
        if kind == "no-population":
            del wb["Населення"]
        else:
            wb["_hromada"]["B1"] = "something else"
        wb.save(path)
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "не є робочою книгою" in err if kind == "text" else "не створена з шаблону" in err
    assert digest(demo_path) == before


def test_template_and_import_usage(demo_path, tmp_path, capsys):
    assert run("template", str(demo_path), "-o", str(tmp_path / "t.xlsx"))[0] == 2
    assert run("import", str(demo_path))[0] == 2
    assert "неправильний виклик" in capsys.readouterr().err
    code, _, err = run("template", str(demo_path), "-o", str(tmp_path / "t.csv"), "--year", "2023")
    assert code == 1 and "XLSX" in err
    code, _, err = run("import", str(demo_path), str(tmp_path / "none.xlsx"))
    assert code == 1 and "не знайдено" in err


def test_a_failure_while_writing_leaves_nothing_half_done(demo_path, tmp_path, monkeypatch):
    template = make_template(demo_path, tmp_path)
    fill(template, {"C4": 1763}, {"C9": 7})

    def broken(*args, **kwargs):
        raise OSError("disk unplugged")

    monkeypatch.setattr(community_repo, "replace_indicators", broken)
    with pytest.raises(OSError):
        run("import", str(demo_path), str(template))
    with open_file(demo_path, readonly=True) as cf:
        assert community_repo.get_population(cf, 2023)[0].total == 1762
        assert community_repo.get_indicators(cf, 2023)["6.1"] == 2
