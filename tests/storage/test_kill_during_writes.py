"""Fault injection: a process writing to a community file is killed (SIGKILL) at 200 random
moments, and every file must come back whole, holding exactly the committed transactions.

Why this proves «nothing lost»: the writer reports each transaction's sequence number only
after its commit has returned, through a pipe (``os.write``, no buffering in the process).
So when the parent has read ``k`` as the last number, transaction ``k`` was certainly
committed. Transaction ``k + 1`` may also have committed — the kill can land after SQLite
deleted the journal (the commit point) but before the number went into the pipe — so the
file may legally hold the state after ``k`` or after ``k + 1``, nothing else: not ``k - 1``
(a reported commit lost) and not a mixture (a partial transaction). Each transaction
rewrites every value it touches to something derived from its number alone, so the state
after any ``k`` is known in advance and a half-applied transaction cannot look like a whole
one. The parent opens the killed file the normal way (``open_file``, which rolls back a hot
journal), runs the full integrity and foreign-key checks, compares the state of every kind
of record (the ones the writer did not touch must be exactly as they were), and lets the
next writer continue the sequence on the same file.

Run with ``-s`` to see the figures: kills per kind, hot journals found, k / k+1 outcomes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import random
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from hromada_desk.documents.template import FilledTemplate
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.plans import MeasureReport, MeasureStatus
from hromada_desk.domain.records import Population
from hromada_desk.exports.template import export_template
from hromada_desk.imports.workbook import read_template
from hromada_desk.services import statistics_import
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.database import CommunityFile, integrity_problems, open_file

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fork and SIGKILL as on Linux"
)

KILLS = 200
SEED = 20240611
IMPORT_YEAR = 2024  # no figures in the demo: the first import creates the rows
EDIT_YEAR = 2023  # figures in the demo: edits overwrite and remove them
REPORT_PERIOD = "2024"
MAX_TRANSACTIONS = 5000  # a writer nobody kills stops (never reached: kills come sooner)
KINDS = ("import", "population", "indicators", "members", "meeting", "plan")


@dataclasses.dataclass
class Base:
    """What the demo holds before any transaction, read once before the first fork."""

    settlement_ids: list[int]
    members: list[Any]
    meeting: Any
    plan: Any
    filled: FilledTemplate


# -- the transactions: number k → one transaction whose every value is derived from k -------


def _population_rows(base: Base, k: int, year: int) -> dict[int, Population | None]:
    rows: dict[int, Population | None] = {}
    for i, sid in enumerate(base.settlement_ids):
        rows[sid] = Population(
            sid, year, 1000 + 7 * k + i, k % 400 + i, k % 300 + 2 * i, k % 200 + 3 * i
        )
    if year == EDIT_YEAR and k % 2:
        rows[base.settlement_ids[-1]] = None  # odd transactions also remove a row
    return rows


def _indicator_values(k: int, removing: bool) -> dict[str, int | None]:
    values: dict[str, int | None] = {code: 13 * k + j for j, code in enumerate(INDICATOR_CODES)}
    if removing and k % 3 == 0:
        values[INDICATOR_CODES[0]] = None
    return values


def _filled(base: Base, k: int) -> FilledTemplate:
    """The real template read from a real workbook, with the numbers of transaction k."""
    rows = _population_rows(base, k, IMPORT_YEAR)
    filled_rows = []
    # the template lists the settlements in use in the file's order, as base.settlement_ids
    for sid, filled in zip(base.settlement_ids, base.filled.rows, strict=True):
        row = rows[sid]
        assert row is not None
        filled_rows.append(
            dataclasses.replace(
                filled,
                cells={
                    part: dataclasses.replace(cell, value=getattr(row, part))
                    for part, cell in filled.cells.items()
                },
            )
        )
    values = _indicator_values(k, removing=False)
    indicators = {
        code: dataclasses.replace(cell, value=values[code])
        for code, cell in base.filled.indicators.items()
    }
    return dataclasses.replace(base.filled, rows=tuple(filled_rows), indicators=indicators)


def _member(member: Any, k: int, i: int) -> Any:
    return dataclasses.replace(
        member, position=f"посада {k}-{i}", phone=str(k), organisation=f"установа {k}"
    )


def _meeting(meeting: Any, k: int) -> Any:
    agenda = [
        dataclasses.replace(item, heard=f"{item.heard} [{k}]", decided=f"рішення {k}-{i}", id=None)
        for i, item in enumerate(meeting.agenda)
    ]
    return dataclasses.replace(meeting, place=f"зала {k}", agenda=agenda)


def _measure(measure: Any, k: int) -> Any:
    return dataclasses.replace(measure, text=f"{measure.text} ({k})", funding=f"{k} грн")


def _report(measure_id: int, k: int) -> MeasureReport:
    statuses = list(MeasureStatus)
    return MeasureReport(
        measure_id, REPORT_PERIOD, statuses[k % len(statuses)], f"звіт {k}", float(k)
    )


def write(kind: str, cf: CommunityFile, base: Base, k: int) -> None:
    """Transaction number k of a kind, through the same functions the program uses."""
    if kind == "import":
        plan = statistics_import.plan_import(cf, _filled(base, k))
        statistics_import.apply_import(cf, plan)
    elif kind == "population":
        community_repo.replace_population(
            cf, [(sid, EDIT_YEAR, row) for sid, row in _population_rows(base, k, EDIT_YEAR).items()]
        )
    elif kind == "indicators":
        community_repo.replace_indicators(cf, EDIT_YEAR, _indicator_values(k, removing=True))
    elif kind == "members":
        with cf.atomic():
            for i, member in enumerate(base.members):
                council_repo.update_member(cf, _member(member, k, i))
    elif kind == "meeting":
        council_repo.replace_meeting(cf, _meeting(base.meeting, k))
    else:
        with cf.atomic():
            for measure in base.plan.measures:
                plans_repo.update_measure(cf, _measure(measure, k))
                plans_repo.set_report(cf, _report(measure.id, k))


# -- what a file holds, per kind of record ---------------------------------------------------


def _meeting_state(meeting: Any) -> Any:
    return (
        meeting.place,
        meeting.title,
        [(a.member_id, a.present, a.absence_reason) for a in meeting.attendance],
        [(s.member_id, s.role) for s in meeting.signatures],
        [
            (
                i.title,
                i.heard,
                i.decided,
                [(s.member_id, s.role) for s in i.speakers],
                i.calculation_years,
            )
            for i in meeting.agenda
        ],
    )


def observed(cf: CommunityFile, kind: str) -> Any:
    if kind == "import":
        return (
            community_repo.get_population(cf, IMPORT_YEAR),
            community_repo.get_indicators(cf, IMPORT_YEAR),
        )
    if kind == "population":
        return community_repo.get_population(cf, EDIT_YEAR)
    if kind == "indicators":
        return community_repo.get_indicators(cf, EDIT_YEAR)
    if kind == "members":
        return [(m.id, m.position, m.phone, m.organisation) for m in council_repo.list_members(cf)]
    if kind == "meeting":
        meeting = council_repo.get_meeting(cf, 1)
        assert meeting is not None
        return _meeting_state(meeting)
    plan = plans_repo.get_plan(cf, base_plan_id(cf))
    assert plan is not None
    return (
        [(m.id, m.text, m.funding) for m in plan.measures],
        sorted(
            (r.measure_id, r.status, r.done, r.money_spent)
            for r in plans_repo.get_reports(cf, REPORT_PERIOD)
        ),
    )


def base_plan_id(cf: CommunityFile) -> int:
    return plans_repo.list_plans(cf)[0].id or 0


def expected(kind: str, base: Base, k: int) -> Any:
    """The state after transaction k, computed without any database."""
    if kind == "import":
        rows = [r for r in _population_rows(base, k, IMPORT_YEAR).values() if r is not None]
        values = _indicator_values(k, removing=False)
        return (rows, dict(sorted(values.items())))
    if kind == "population":
        return [r for r in _population_rows(base, k, EDIT_YEAR).values() if r is not None]
    if kind == "indicators":
        return {
            c: v for c, v in sorted(_indicator_values(k, removing=True).items()) if v is not None
        }
    if kind == "members":
        return [
            (m.id, f"посада {k}-{i}", str(k), f"установа {k}") for i, m in enumerate(base.members)
        ]
    if kind == "meeting":
        return _meeting_state(_meeting(base.meeting, k))
    return (
        [(m.id, f"{m.text} ({k})", f"{k} грн") for m in base.plan.measures],
        sorted(
            (r.measure_id, r.status, r.done, r.money_spent)
            for r in (_report(m.id, k) for m in base.plan.measures)
        ),
    )


# -- the writer process ----------------------------------------------------------------------


def writer(path: Path, kind: str, base: Base, first: int, report_fd: int) -> None:
    """Open the file and commit transactions first, first + 1, … until killed."""
    cf = open_file(path)
    for k in range(first, first + MAX_TRANSACTIONS):
        write(kind, cf, base, k)
        os.write(report_fd, f"{k}\n".encode())  # after the commit returned; unbuffered
    os._exit(0)


def _last_reported(read_fd: int) -> int | None:
    data = b""
    while chunk := os.read(read_fd, 65536):
        data += chunk
    numbers = [int(n) for n in data.split()]
    return numbers[-1] if numbers else None


def _kill_delay(rng: random.Random) -> float:
    """Some kills before the writer even opened the file, most amid the first dozens of
    transactions, some after a hundred or more."""
    roll = rng.random()
    if roll < 0.15:
        return rng.uniform(0.0, 0.003)
    if roll < 0.85:
        return rng.uniform(0.003, 0.04)
    return rng.uniform(0.04, 0.15)


# -- preparing the files ---------------------------------------------------------------------


def _filled_workbook(cf: CommunityFile, folder: Path) -> FilledTemplate:
    """A fill-in template exported for the import year, filled like a starosta would, read
    back by the importer."""
    path = export_template(
        statistics_import.template_for(cf, IMPORT_YEAR), folder / "template.xlsx"
    )
    wb = openpyxl.load_workbook(path)
    population, indicators = wb["Населення"], wb["Показники"]
    for row in range(4, 4 + len(statistics_import.template_for(cf, IMPORT_YEAR).places)):
        for column in "CDEF":
            population[f"{column}{row}"] = 1
    for row in range(4, 4 + len(INDICATOR_CODES)):
        indicators[f"C{row}"] = 1
    wb.save(path)
    return read_template(path)


def _read_base(path: Path, folder: Path) -> Base:
    with open_file(path) as cf:
        settlements = community_repo.list_settlements(cf, include_archived=False)
        meeting = council_repo.get_meeting(cf, 1)
        plan = plans_repo.get_plan(cf, base_plan_id(cf))
        assert meeting is not None and plan is not None
        return Base(
            [s.id or 0 for s in settlements],
            council_repo.list_members(cf),
            meeting,
            plan,
            _filled_workbook(cf, folder),
        )


def _all_states(path: Path) -> tuple[dict[str, Any], list[str]]:
    with open_file(path) as cf:
        return {kind: observed(cf, kind) for kind in KINDS}, integrity_problems(cf)


def _has_hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


# -- the test --------------------------------------------------------------------------------


def test_sigkill_at_200_random_moments_loses_no_committed_transaction(tmp_path, demo_template):
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    rng = random.Random(SEED)
    files = {kind: tmp_path / f"{kind}.hromada" for kind in KINDS}
    for path in files.values():
        path.write_bytes(demo_template.read_bytes())
    base = _read_base(files["import"], tmp_path)
    initial, problems = _all_states(files["import"])
    assert problems == []
    assert initial["import"] == ([], {})
    for kind in KINDS:  # the expectations are not already met before any write
        assert expected(kind, base, 1) != initial[kind]

    plan = [KINDS[i % len(KINDS)] for i in range(KILLS)]
    rng.shuffle(plan)
    next_k = dict.fromkeys(KINDS, 1)
    kills: Counter[str] = Counter()
    hot: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    committed: Counter[str] = Counter()

    for kind in plan:
        path, first = files[kind], next_k[kind]
        read_fd, write_fd = os.pipe()
        process = context.Process(
            target=writer, args=(path, kind, base, first, write_fd), daemon=True
        )
        process.start()
        os.close(write_fd)
        time.sleep(_kill_delay(rng))
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid or 0, signal.SIGKILL)
        process.join()
        reported = _last_reported(read_fd)
        os.close(read_fd)
        kills[kind] += 1
        hot[kind] += _has_hot_journal(path)

        states, problems = _all_states(path)
        assert problems == [], f"{kind} kill {kills[kind]}: {problems}"
        k = reported if reported is not None else first - 1
        before = expected(kind, base, k) if k >= 1 else initial[kind]
        if states[kind] == before:
            outcomes["k"] += 1
        elif states[kind] == expected(kind, base, k + 1):
            outcomes["k+1"] += 1
            k += 1
        else:
            pytest.fail(
                f"{kind} kill {kills[kind]}: the file holds neither transaction {k} "
                f"(last reported) nor {k + 1}"
            )
        # Each file takes one kind of write: everything else in it must be as it was.
        assert {o: s for o, s in states.items() if o != kind} == {
            o: s for o, s in initial.items() if o != kind
        }
        committed[kind] += k - (first - 1)
        next_k[kind] = k + 1

    elapsed = time.perf_counter() - started
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s; per kind (kills / hot journals / committed "
        "transactions):"
    )
    for kind in KINDS:
        print(f"  {kind:<11} {kills[kind]:>3} / {hot[kind]:>3} / {committed[kind]:>5}")
    print(
        f"  total       {sum(kills.values()):>3} / {sum(hot.values()):>3} / "
        f"{sum(committed.values()):>5}"
    )
    print(
        f"outcomes: state after the last reported transaction {outcomes['k']}, after the "
        f"next one (committed, not yet reported) {outcomes['k+1']}"
    )
    assert sum(kills.values()) == KILLS and set(kills) == set(KINDS)
    # The kills must have hit writes in progress, or the test would prove nothing.
    assert sum(hot.values()) > 0
    assert sum(committed.values()) > 0
