"""The import command's outcome: a dry run refuses what the import refuses, warns as it
warns, and a written import stays reported as written whatever happens after the commit."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from hromada_desk.domain.records import Community
from hromada_desk.services import statistics_import
from hromada_desk.storage import community_repo
from hromada_desk.storage.backups import BackupPolicy, list_backups
from hromada_desk.storage.database import open_file
from tests.imports.books import (
    INDICATORS,
    MARKER,
    POPULATION,
    make_template,
    parts_of,
    run,
    set_cell,
    write_parts,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def number(reference: str, value: int) -> str:
    return f'<c r="{reference}"><v>{value}</v></c>'


def book(demo_path: Path, tmp_path: Path, year: int, **sheets: dict[str, str]) -> Path:
    """A template of the demo for ``year`` with cells set: population={…}, marker={…}."""
    parts = parts_of(make_template(demo_path, tmp_path / "made.xlsx", year))
    where = {"population": POPULATION, "indicators": INDICATORS, "marker": MARKER}
    for sheet, cells in sheets.items():
        for reference, cell in cells.items():
            parts[where[sheet]] = set_cell(parts[where[sheet]], reference, cell)
    return write_parts(tmp_path / "шаблон.xlsx", parts)


def _other_community(path: Path) -> None:
    with open_file(path) as cf:
        community_repo.save_community(
            cf, Community("Кумська громада", "Кумська рада", "Кумської ради", "Виконком")
        )


def _without_korzhykha(path: Path) -> None:
    with open_file(path) as cf:
        [korzhykha] = [s for s in community_repo.list_settlements(cf) if s.name == "Коржиха"]
        community_repo.delete_settlement(cf, korzhykha.id or 0)


REFUSED = {
    "year after 2100": (
        {"marker": {"B3": number("B3", 2101)}, "population": {"C4": number("C4", 1800)}},
        None,
        "рік має бути від 1990 до 2100, отримано «2101»",
    ),
    "year before 1990": (
        {"marker": {"B3": number("B3", 1989)}, "population": {"C4": number("C4", 1800)}},
        None,
        "рік має бути від 1990 до 2100, отримано «1989»",
    ),
    "year as a huge number": (
        {"marker": {"B3": number("B3", 10**30)}, "population": {"C4": number("C4", 1800)}},
        None,
        "рік має бути від 1990 до 2100",
    ),
    "a word": (
        {"population": {"C7": '<c r="C7" t="inlineStr"><is><t>сто</t></is></c>'}},
        None,
        "Аркуш «Населення», C7: очікується ціле невід’ємне число",
    ),
    "a new year without its total": (
        {"population": {"D4": number("D4", 700)}},
        None,
        "для «Ланна» за 2024 рік ще немає даних",
    ),
    "another community": (
        {"population": {"C4": number("C4", 1800)}},
        _other_community,
        "створено для громади «Ланнівська",
    ),
    "a settlement the file no longer has": (
        {"population": {"C5": number("C5", 230)}},
        _without_korzhykha,
        "рядок 5 («Коржиха», с.): у файлі громади немає такого населеного пункту",
    ),
    "a formula not worked out": (
        {"indicators": {"C9": '<c r="C9"><f>1+1</f></c>'}},
        None,
        "Аркуш «Показники», C9: формула без збереженого значення",
    ),
}


@pytest.mark.parametrize(("cells", "change_file", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_the_dry_run_refuses_what_the_import_refuses_with_the_same_line(
    demo_path, tmp_path, cells, change_file, message
):
    path = book(demo_path, tmp_path, 2024, **cells)
    if change_file is not None:
        change_file(demo_path)
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(path))
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err, err
    assert digest(demo_path) == before
    assert run("import", str(demo_path), str(path), "--dry-run") == (1, "", err)
    assert digest(demo_path) == before


def test_plausibility_warnings_come_before_anything_is_written(demo_path, tmp_path):
    path = book(
        demo_path,
        tmp_path,
        2024,
        population={
            "C4": number("C4", 100),
            "C5": number("C5", 200),
            "D5": number("D5", 100),
            "E5": number("E5", 100),
            "F5": number("F5", 50),
        },
    )
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Буде змінено за 2024 рік (5):",
        "  Населення, Ланна, усього: — → 100",
        "  Населення, Коржиха, усього: — → 200",
        "  Населення, Коржиха, чоловіки: — → 100",
        "  Населення, Коржиха, жінки: — → 100",
        "  Населення, Коржиха, діти: — → 50",
        "Попередження (2), перевірте ці значення:",
        "  Ланна, 2024: чисельність змінилася на \u221294\u00a0% за рік (1762 → 100)",
        "  Коржиха, 2024: чоловіки + жінки + діти = 250, а загальна чисельність 200",
        "Це перевірка (--dry-run): файл громади не змінено.",
    ]
    assert digest(demo_path) == before
    code, out, err = run("import", str(demo_path), str(path))
    assert (code, err) == (0, "") and "Попередження (2)" in out
    with open_file(demo_path, readonly=True) as cf:
        assert [p.total for p in community_repo.get_population(cf, 2024)] == [100, 200]


def test_an_import_is_refused_when_its_backup_cannot_be_made(demo_path, tmp_path, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "backups").write_text("not a folder", encoding="utf-8")
    path = book(demo_path, tmp_path, 2023, population={"C4": number("C4", 1800)})
    before = digest(demo_path)
    code, out, err = run("import", str(demo_path), str(path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Не вдалося зробити резервну копію" in err
    assert digest(demo_path) == before


def test_a_written_import_is_reported_when_the_backup_after_it_fails(
    demo_path, tmp_path, data_dir, monkeypatch
):
    """The «close» backup comes after the commit: its failure is a warning, not exit 1."""
    path = book(demo_path, tmp_path, 2023, population={"C4": number("C4", 1800)})
    apply = statistics_import.apply_import

    def apply_then_lose_the_backup_folder(cf, plan):
        apply(cf, plan)
        folder = BackupPolicy(data_dir / "backups").folder_for(cf.path, cf.info.community_uid)
        shutil.rmtree(folder)  # the stick with the backups was pulled out, say
        folder.write_text("not a folder", encoding="utf-8")

    monkeypatch.setattr(statistics_import, "apply_import", apply_then_lose_the_backup_folder)
    code, out, err = run("import", str(demo_path), str(path))
    assert code == 0
    assert out.startswith("Змінено за 2023 рік (1):\n  Населення, Ланна, усього: 1762 → 1800")
    assert err.count("\n") == 1
    assert err.startswith(
        "hromada-desk: попередження: зміни записано, але резервну копію "
        "після запису не зроблено: Не вдалося зробити резервну копію"
    )
    with open_file(demo_path, readonly=True) as cf:
        assert community_repo.get_population(cf, 2023)[0].total == 1800


def test_a_written_import_keeps_a_backup_from_before_and_after(demo_path, tmp_path, data_dir):
    path = book(demo_path, tmp_path, 2023, population={"C4": number("C4", 1800)})
    code, _, err = run("import", str(demo_path), str(path))
    assert (code, err) == (0, "")
    saved = list_backups(BackupPolicy(data_dir / "backups"), demo_path)
    assert [p.name.rsplit("-", 1)[-1] for p in saved] == ["close.hromada", "import.hromada"]
    with open_file(saved[1], readonly=True) as cf:
        assert community_repo.get_population(cf, 2023)[0].total == 1762
