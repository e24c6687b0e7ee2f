"""Template rows matched to the target file's settlements by name and kind, never by the
row ids of the file the template was made from."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from pathlib import Path

import openpyxl
import pytest

from hromada_desk.cli import main
from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import create_file, open_file

COMMUNITY = Community(
    "Ланнівська сільська територіальна громада",
    "Ланнівська сільська рада",
    "Ланнівської сільської ради",
    "Виконавчий комітет",
)
PLACES = [
    ("Ланна", SettlementKind.VILLAGE),
    ("Коржиха", SettlementKind.VILLAGE),
    ("Ланна", SettlementKind.SETTLEMENT),
    ("Мар’ївка", SettlementKind.VILLAGE),
    ("Карлівка", SettlementKind.CITY),
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def community(path: Path, places: list[tuple[str, SettlementKind]]) -> Path:
    def fill(cf):
        community_repo.save_community(cf, COMMUNITY)
        for name, kind in places:
            community_repo.add_settlement(cf, Settlement(name, kind))

    create_file(path, fill).close()
    return path


def template(source: Path, output: Path) -> Path:
    code, _, err = run("template", str(source), "-o", str(output), "--year", "2024")
    assert (code, err) == (0, ""), err
    return output


def totals(path: Path) -> dict[tuple[str, SettlementKind], int]:
    with open_file(path, readonly=True) as cf:
        names = {s.id: (s.name, s.kind) for s in community_repo.list_settlements(cf)}
        return {names[p.settlement_id]: p.total for p in community_repo.get_population(cf, 2024)}


def fill_totals(path: Path, values: dict[tuple[str, str], int]) -> None:
    """Totals by the (name, kind abbreviation) the row shows, whatever row it is in."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Населення"]
    for row in range(4, ws.max_row + 1):
        key = (ws.cell(row=row, column=1).value, ws.cell(row=row, column=2).value)
        if key in values:
            ws.cell(row=row, column=3).value = values[key]
    wb.save(path)


def test_a_template_of_another_file_of_the_community_fills_the_same_named_settlements(tmp_path):
    first = community(tmp_path / "перший.hromada", PLACES)
    second = community(tmp_path / "другий.hromada", list(reversed(PLACES)))
    path = template(first, tmp_path / "шаблон.xlsx")
    fill_totals(
        path,
        {
            ("Ланна", "с."): 100,
            ("Коржиха", "с."): 200,
            ("Ланна", "с-ще"): 300,
            ("Мар’ївка", "с."): 400,
            ("Карлівка", "м."): 500,
        },
    )
    code, out, err = run("import", str(second), str(path))
    assert (code, err) == (0, ""), err
    assert totals(second) == {
        ("Ланна", SettlementKind.VILLAGE): 100,
        ("Коржиха", SettlementKind.VILLAGE): 200,
        ("Ланна", SettlementKind.SETTLEMENT): 300,
        ("Мар’ївка", SettlementKind.VILLAGE): 400,
        ("Карлівка", SettlementKind.CITY): 500,
    }
    assert "Населення, с-ще Ланна, усього: — → 300" in out


def test_names_match_whatever_the_apostrophe_case_and_spaces(tmp_path):
    first = community(
        tmp_path / "перший.hromada",
        [("Мар'ївка", SettlementKind.VILLAGE), ("Нова  Ланна", SettlementKind.VILLAGE)],
    )
    second = community(
        tmp_path / "другий.hromada",
        [("Нова\u00a0ланна", SettlementKind.VILLAGE), ("МАРʼЇВКА", SettlementKind.VILLAGE)],
    )
    path = template(first, tmp_path / "шаблон.xlsx")
    fill_totals(path, {("Мар'ївка", "с."): 40, ("Нова  Ланна", "с."): 70})
    assert run("import", str(second), str(path))[0] == 0
    assert totals(second) == {
        ("Нова\u00a0ланна", SettlementKind.VILLAGE): 70,
        ("МАРʼЇВКА", SettlementKind.VILLAGE): 40,
    }


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            [("Ланна", SettlementKind.VILLAGE)],
            "Аркуш «Населення», рядок 5 («Коржиха», с.): у файлі громади немає такого населеного "
            "пункту",
        ),
        (
            [
                ("Ланна", SettlementKind.VILLAGE),
                ("Коржиха", SettlementKind.VILLAGE),
                ("коржиха", SettlementKind.VILLAGE),
            ],
            "Аркуш «Населення», рядок 5 («Коржиха», с.): у файлі громади кілька населених пунктів "
            "з такою назвою і типом",
        ),
    ],
)
def test_a_row_matching_no_or_two_settlements_refuses_the_import(tmp_path, target, message):
    first = community(
        tmp_path / "перший.hromada",
        [("Ланна", SettlementKind.VILLAGE), ("Коржиха", SettlementKind.VILLAGE)],
    )
    second = community(tmp_path / "другий.hromada", target)
    path = template(first, tmp_path / "шаблон.xlsx")
    fill_totals(path, {("Ланна", "с."): 10})
    before = digest(second)
    code, out, err = run("import", str(second), str(path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert message in err and "Нічого не змінено" in err
    assert digest(second) == before


def test_two_rows_for_one_settlement_refuse_the_import(tmp_path):
    first = community(
        tmp_path / "перший.hromada",
        [("Ланна", SettlementKind.VILLAGE), ("ЛАННА", SettlementKind.VILLAGE)],
    )
    second = community(tmp_path / "другий.hromada", [("Ланна", SettlementKind.VILLAGE)])
    path = template(first, tmp_path / "шаблон.xlsx")
    before = digest(second)
    code, _, err = run("import", str(second), str(path))
    assert code == 1 and err.count("\n") == 1 and digest(second) == before
    assert (
        "Аркуш «Населення», рядки 4 («Ланна», с.) і 5 («ЛАННА», с.): обидва відповідають "
        "одному населеному пункту"
    ) in err


def _as_version_1(path: Path, ids: dict[int, int]) -> None:
    """The hidden sheet as templates made before the format marker 2 wrote it: each row's
    settlement id (here: ids that name other settlements) and name."""
    wb = openpyxl.load_workbook(path)
    marker = wb["_hromada"]
    marker["B1"] = "hromada-desk/шаблон-показників/1"
    for row in range(4, marker.max_row + 1):
        name = marker.cell(row=row, column=2).value
        marker.cell(row=row, column=2).value = ids[row]
        marker.cell(row=row, column=3).value = name
        marker.cell(row=row, column=4).value = None
    wb.save(path)


def test_an_old_template_still_reads_and_its_ids_are_ignored(tmp_path):
    first = community(tmp_path / "перший.hromada", PLACES)
    path = template(first, tmp_path / "шаблон.xlsx")
    if openpyxl.load_workbook(path)["_hromada"]["B1"].value.endswith("/1"):
        pytest.skip("this template is still format 1")
    _as_version_1(path, {4: 5, 5: 4, 6: 3, 7: 2, 8: 1})
    fill_totals(path, {("Ланна", "с."): 11, ("Карлівка", "м."): 55})
    assert run("import", str(first), str(path))[0] == 0
    assert totals(first) == {
        ("Ланна", SettlementKind.VILLAGE): 11,
        ("Карлівка", SettlementKind.CITY): 55,
    }


def test_the_hidden_sheet_names_each_row_by_name_and_kind(tmp_path):
    first = community(tmp_path / "перший.hromada", PLACES[:2])
    path = template(first, tmp_path / "шаблон.xlsx")
    marker = openpyxl.load_workbook(path)["_hromada"]
    assert marker["B1"].value == "hromada-desk/шаблон-показників/2"
    assert [[c.value for c in row] for row in marker.iter_rows(min_row=4, max_col=3)] == [
        ["settlement", "Ланна", "village"],
        ["settlement", "Коржиха", "village"],
    ]


def test_a_code_written_in_the_hidden_sheet_is_read_back(tmp_path):
    from hromada_desk.documents.template import TemplateData, TemplatePlace
    from hromada_desk.exports.template import export_template
    from hromada_desk.imports.workbook import read_template

    path = export_template(
        TemplateData(
            COMMUNITY.name,
            2024,
            (
                TemplatePlace("Ланна", SettlementKind.VILLAGE, "UA53080370010052847"),
                TemplatePlace("Коржиха", SettlementKind.VILLAGE),
            ),
        ),
        tmp_path / "шаблон.xlsx",
    )
    filled = read_template(path)
    assert [(r.row, r.place.name, r.place.kind, r.place.code) for r in filled.rows] == [
        (4, "Ланна", SettlementKind.VILLAGE, "UA53080370010052847"),
        (5, "Коржиха", SettlementKind.VILLAGE, ""),
    ]


def renamed(path: Path, old: str, new: str) -> str:
    """Rename the settlement ``old`` of the file (its code stays); its code."""
    with open_file(path) as cf:
        settlement = next(s for s in community_repo.list_settlements(cf) if s.name == old)
        community_repo.update_settlement(cf, dataclasses.replace(settlement, name=new))
    assert settlement.katottg
    return settlement.katottg


def test_a_template_made_from_a_file_with_codes_carries_them(demo_path, tmp_path):
    path = template(demo_path, tmp_path / "шаблон.xlsx")
    marker = openpyxl.load_workbook(path)["_hromada"]
    with open_file(demo_path, readonly=True) as cf:
        expected = [
            (s.name, s.katottg) for s in community_repo.list_settlements(cf) if not s.archived
        ]
    assert [(r[1].value, r[3].value) for r in marker.iter_rows(min_row=4, max_col=4)] == expected
    assert all(code for _, code in expected)


def test_a_row_is_matched_by_its_code_when_the_settlement_was_renamed(demo_path, tmp_path):
    path = template(demo_path, tmp_path / "шаблон.xlsx")
    fill_totals(path, {("Коржиха", "с."): 321})
    code = renamed(demo_path, "Коржиха", "Коржиха Перша")  # renamed after the template
    result, out, err = run("import", str(demo_path), str(path))
    assert (result, err) == (0, ""), err
    with open_file(demo_path, readonly=True) as cf:
        by_code = {s.katottg: s.id for s in community_repo.list_settlements(cf)}
        totals_2024 = {p.settlement_id: p.total for p in community_repo.get_population(cf, 2024)}
    assert totals_2024[by_code[code]] == 321
    assert "Коржиха Перша" in out


def test_a_renamed_settlement_without_codes_is_still_refused(demo_path, tmp_path):
    with open_file(demo_path) as cf:  # the file as before the codifier: names only
        community_repo.set_codes(
            cf, None, {s.id: None for s in community_repo.list_settlements(cf)}
        )
    path = template(demo_path, tmp_path / "шаблон.xlsx")
    fill_totals(path, {("Коржиха", "с."): 321})
    with open_file(demo_path) as cf:
        settlement = next(s for s in community_repo.list_settlements(cf) if s.name == "Коржиха")
        community_repo.update_settlement(cf, dataclasses.replace(settlement, name="Коржиха Перша"))
    result, _, err = run("import", str(demo_path), str(path))
    assert result == 1 and "(«Коржиха», с.): у файлі громади немає такого" in err
