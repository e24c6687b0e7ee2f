"""One community, once: two different files of one community are refused naming both, or
with --newer the newer one is taken and the choice is written in the workbook and said on
stderr; copies of one file stay silently counted once; namesakes in other rayons are not
duplicates. Workbooks are read back with openpyxl."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from hromada_desk.cli import main
from hromada_desk.domain.records import Community, Population, Settlement
from hromada_desk.services.demo import fill_demo, write_demo
from hromada_desk.storage import community_repo, file_info
from hromada_desk.storage.database import CommunityFile, open_file
from tests.oldfiles import old_file

LANNA = "Ланнівська сільська територіальна громада"
# The demo's 2023 figures, and those of its corrected copy (a settlement of 100 added,
# 6.1 changed from 2 to 7).
DEMO_2023, CORRECTED_2023 = 7130, 7230
DEMO_61, CORRECTED_61 = 2, 7
LAST_WEEK = dt.datetime(2024, 1, 15, 9, 30)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def rows(ws, min_row: int = 4) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows(min_row=min_row)]


def texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def shown_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def set_mtime(path: Path, moment: dt.datetime) -> None:
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def correct(cf: CommunityFile) -> None:
    sid = community_repo.add_settlement(cf, Settlement("Нове"))
    community_repo.set_population(cf, [Population(sid, 2023, 100)])
    community_repo.set_indicators(
        cf, 2023, community_repo.get_indicators(cf, 2023) | {"6.1": CORRECTED_61}
    )


@pytest.fixture
def old(demo_path: Path) -> Path:
    """The demo as sent last week."""
    set_mtime(demo_path, LAST_WEEK)
    return demo_path


@pytest.fixture
def corrected(old: Path, tmp_path: Path) -> Path:
    """A copy of the demo corrected through the storage API (its change time moves)."""
    path = tmp_path / "Ланна виправлена.hromada"
    path.write_bytes(old.read_bytes())
    with open_file(path) as cf:
        correct(cf)
    return path


def modified_at(path: Path) -> dt.datetime:
    with open_file(path, readonly=True) as cf:
        moment = cf.info.modified_at
    assert moment is not None
    return moment


def figures_2023(output: Path) -> tuple[list[list], list[list], int]:
    """The 2023 rows of «Громади», of «Показники» and the column of 6.1 there."""
    wb = openpyxl.load_workbook(output)
    population = [r for r in rows(wb["Громади"]) if r[0] == 2023]
    ws = wb["Показники"]
    header = [c.value for c in ws[3]]
    indicators = [r for r in rows(ws) if r[0] == 2023]
    return population, indicators, header.index("6.1")


def test_corrected_copy_is_refused_naming_both(old, corrected, tmp_path):
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(old), str(corrected))
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert str(old) in err and str(corrected) in err
    assert LANNA in err and "--newer" in err and "Нічого не записано" in err
    assert not list(tmp_path.glob("*.xlsx*"))


def test_a_duplicate_is_not_a_bad_file(old, corrected, tmp_path):
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(old), str(corrected), "--skip-bad")
    assert code == 1 and out == "" and str(corrected) in err and "--newer" in err
    assert not output.exists()


@pytest.mark.parametrize("order", ["old first", "corrected first"])
def test_newer_takes_the_corrected_file_once_and_says_so(old, corrected, tmp_path, order):
    files = [old, corrected] if order == "old first" else [corrected, old]
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), *map(str, files), "--newer")
    assert code == 0 and "громад: 1" in out
    # one warning line on stderr: which was taken, which left out, and their change dates
    assert err.count("\n") == 1 and err.startswith("hromada-desk: ")
    taken_at = shown_time(modified_at(corrected))
    old_at = shown_time(LAST_WEEK)
    assert err.index(corrected.name) < err.index(old.name)
    assert taken_at in err and old_at in err
    population, indicators, column = figures_2023(output)
    assert [r[1] for r in population] == [LANNA, "Всього"]
    assert population[0][2] == CORRECTED_2023 and population[1][2] == CORRECTED_2023
    assert population[0][6] == corrected.name
    assert [r[column] for r in indicators] == [CORRECTED_61, CORRECTED_61]
    wb = openpyxl.load_workbook(output)
    for sheet in ("Громади", "Район"):
        notes = [t for t in texts(wb[sheet]) if "не враховано" in t]
        assert len(notes) == 1, (sheet, texts(wb[sheet]))
        note = notes[0]
        assert LANNA in note
        assert note.index(corrected.name) < note.index("не враховано") < note.index(old.name)
        assert taken_at in note and old_at in note
        assert "за записом у файлі" in note and "за датою зміни файлу" in note
    rayon = {
        r[0]: r for r in rows(wb["Район"], 6) if isinstance(r[0], int) and isinstance(r[2], int)
    }
    assert rayon[2023][1] == 1 and rayon[2023][2] == CORRECTED_2023


def test_newer_takes_the_newest_of_three(old, corrected, tmp_path, monkeypatch):
    newest = tmp_path / "Ланна ще раз.hromada"
    newest.write_bytes(corrected.read_bytes())
    later = modified_at(corrected) + dt.timedelta(hours=1)

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:
            return cls.fromtimestamp(later.timestamp(), tz)

    # an hour later: the change time is recorded to the second
    with monkeypatch.context() as patch, open_file(newest) as cf:
        patch.setattr(file_info, "dt", SimpleNamespace(datetime=Clock, UTC=dt.UTC))
        community_repo.set_indicators(cf, 2023, {"6.1": 9})
    assert modified_at(newest) == later
    set_mtime(corrected, LAST_WEEK + dt.timedelta(days=1))  # its record in the file counts
    output = tmp_path / "rayon.xlsx"
    code, out, err = run(
        "consolidate", "-o", str(output), str(newest), str(old), str(corrected), "--newer"
    )
    assert code == 0 and "громад: 1" in out
    assert err.count("\n") == 1 and old.name in err and corrected.name in err
    population, indicators, column = figures_2023(output)
    assert [r[column] for r in indicators] == [9, 9]
    assert population[0][6] == newest.name


def _old_format(path: Path, community: Community) -> None:
    """A file as versions before the community identity wrote it (schema version 2)."""

    def fill(cf: CommunityFile) -> None:
        fill_demo(cf)
        community_repo.save_community(cf, community)

    old_file(path, fill, 2)


def _demo_community(path: Path) -> Community:
    with open_file(path, readonly=True) as cf:
        community = community_repo.get_community(cf)
    assert community is not None
    return community


def test_an_old_file_without_identity_is_matched_by_name(corrected, tmp_path):
    old_format = tmp_path / "Ланна 2023.hromada"
    # the same community as typed a year ago: case and spaces differ
    variant = dataclasses.replace(
        _demo_community(corrected),
        name="ЛАННІВСЬКА сільська  територіальна громада",
        rayon="полтавський",
    )
    _old_format(old_format, variant)
    with open_file(old_format, readonly=True) as cf:
        assert cf.info.community_uid is None and cf.info.modified_at is None
    set_mtime(old_format, LAST_WEEK)
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(old_format), str(corrected))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert str(old_format) in err and str(corrected) in err
    assert "однакові назва громади, область і район" in err
    assert not output.exists()
    code, out, err = run(
        "consolidate", "-o", str(output), str(old_format), str(corrected), "--newer"
    )
    assert code == 0 and "громад: 1" in out and shown_time(LAST_WEEK) in err
    population, _, _ = figures_2023(output)
    assert [r[2] for r in population] == [CORRECTED_2023, CORRECTED_2023]


def test_copies_of_one_file_are_one_community_even_renamed(old, tmp_path):
    renamed = tmp_path / "Ланна перейменована.hromada"
    renamed.write_bytes(old.read_bytes())
    with open_file(renamed) as cf:
        community = community_repo.get_community(cf)
        assert community is not None
        community_repo.save_community(
            cf, dataclasses.replace(community, name="Ланнівська територіальна громада")
        )
    code, _, err = run("consolidate", "-o", str(tmp_path / "r.xlsx"), str(old), str(renamed))
    assert code == 1 and str(old) in err and str(renamed) in err
    assert "копії одного файлу громади" in err
    assert "Ланнівська територіальна громада" in err  # the other name is shown too


def test_equal_change_times_are_refused_even_with_newer(demo_path, tmp_path):
    first, second = tmp_path / "a.hromada", tmp_path / "b.hromada"
    community = _demo_community(demo_path)
    _old_format(first, community)
    _old_format(second, dataclasses.replace(community, council_name="Ланнівська рада"))
    for path in (first, second):
        set_mtime(path, LAST_WEEK)
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(first), str(second), "--newer")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert str(first) in err and str(second) in err and shown_time(LAST_WEEK) in err
    assert not output.exists()


@pytest.mark.parametrize("field, value", [("rayon", "Миргородський"), ("oblast", "Сумська")])
def test_namesakes_in_other_places_are_both_counted(tmp_path, field, value):
    here, there = tmp_path / "Ланна.hromada", tmp_path / "Ланна інша.hromada"
    write_demo(here).close()
    with write_demo(there) as cf:
        community = community_repo.get_community(cf)
        assert community is not None
        # a namesake elsewhere is not Lanna: it does not carry Lanna's codifier code
        community_repo.save_community(
            cf, dataclasses.replace(community, katottg=None, **{field: value})
        )
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(here), str(there))
    assert (code, err) == (0, "") and "громад: 2" in out
    population, _, _ = figures_2023(output)
    assert [r[2] for r in population] == [DEMO_2023, DEMO_2023, 2 * DEMO_2023]


def test_identical_copies_stay_counted_once_without_a_warning(old, tmp_path):
    copy = tmp_path / "Ланна копія.hromada"
    copy.write_bytes(old.read_bytes())
    output = tmp_path / "rayon.xlsx"
    code, out, err = run("consolidate", "-o", str(output), str(old), str(copy), str(old))
    assert (code, err) == (0, "") and "громад: 1" in out and "один раз" in out
    population, _, _ = figures_2023(output)
    assert [r[2] for r in population] == [DEMO_2023, DEMO_2023]
    notes = texts(openpyxl.load_workbook(output)["Громади"])
    assert any("враховано один раз" in t and copy.name in t for t in notes)
    assert not any("не враховано" in t or "кількома" in t for t in notes)
