"""Every performance budget of hromada-desk in one run, each next to its baseline.

Run by hand (never in CI): .venv/bin/python benchmarks/run.py [--quick] [--json OUT.json]
Commands are timed as whole processes started from scratch, time.perf_counter() around
subprocess.run() *without* a timeout (with one, Popen.wait() polls in steps of up to 50 ms).
A ratio is measured in interleaved pairs (A B A B …, after one untimed warm-up of each), the
ratio taken pair by pair, so that a machine whose speed drifts during the run still gives
the same ratio; its median is the figure, the lowest and highest pair its spread (printed
as «min–max»). Whole-process ratios take at least 15 pairs (fewer with --quick). Peak
memory is ru_maxrss of the child, read by a fresh helper process per run (RUSAGE_CHILDREN
keeps the maximum over all children). Windows run with QT_QPA_PLATFORM=offscreen and a
temporary HROMADA_DESK_DATA_DIR. Children run without PYTHONDONTWRITEBYTECODE even when the
shell sets it (some sandboxes do): installed copies have their .pyc files, and compiling
every module on each start is not what people wait for. The big file is measured through
big_file_gui.py: the real window on the population page, its grid scrolled to the end, then
every other page, each painted, then figures typed into the grid (Enter to repainted); the
demo runs the same driver as the baseline and for the peak memory of visiting every page.
Consolidation is timed on 100 and on 400 of the synthetic files, in pairs: the time each
file beyond the hundredth adds, and how much more memory 400 take than 100.
Two rows are references, not budgets: a bare window showing one table of the demo file
(what any window of the file's data adds to the bare one), and reportlab alone setting the
seed text (the most any reportlab command of that text can beat LibreOffice by).
--quick (a few minutes on 2 cores) runs fewer pairs and skips consolidating 1,469 files.
Exit code 1 if any budget is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import protocol_pdf
from make_country import make_country
from timing import median_time

from hromada_desk.console import utf8_output
from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.domain.needs import NeedsInput, SettlementFigure, calculate

COMMUNITIES = 1469  # territorial communities of Ukraine
FEW_FILES = 100  # consolidation: 100 files against 400
BIG_FILE_SETTLEMENTS = 10_000  # × 10 years = 100 000 population rows
MB = 1_000_000

# The window of both scripts below: it quits once it has been painted.
QUITS_WHEN_PAINTED = """

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)

"""

BARE_WINDOW = (
    """\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
"""
    + QUITS_WHEN_PAINTED
    + """
app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("hromada-desk"))
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
"""
)

# The bare window showing one table of the file's data (its settlements, read with sqlite3):
# what any window of the file pays beyond the bare one (the `Qt` namespace's enums, which
# PySide6 makes all at once the first time one is used; sqlite3; a view and its model), and
# nothing of the program's own (pages, menus, translations, settings, the file's checks).
TABLE_WINDOW = (
    """\
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Settlements(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=None):
        return len(self.rows)

    def columnCount(self, parent=None):
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None
"""
    + QUITS_WHEN_PAINTED
    + """
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(Path(sys.argv[1]).resolve().as_uri() + "?mode=ro", uri=True)
rows = conn.execute("SELECT name, kind FROM settlement ORDER BY sort_order").fetchall()
window = Window()
view = QTableView()
view.setModel(Settlements(rows))
window.setCentralWidget(view)
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
"""
)

# Runs the command given as arguments, prints its wall time, peak RSS (KiB) and its output
# as JSON.
MEASURE_CHILD = """\
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "code": done.returncode,
                  "stdout": done.stdout.decode("utf-8", "replace"),
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""
GUI_DRIVER = Path(__file__).with_name("big_file_gui.py")


@dataclass
class Metric:
    name: str
    value: float | None
    unit: str
    budget: str
    baseline: float | None = None
    baseline_name: str = ""
    ratio: float | None = None
    passed: bool | None = None
    runs: list[float] = field(default_factory=list)
    note: str = ""
    spread: tuple[float, float] | None = None  # lowest and highest pair (of ratio or value)
    spread_of: str = ""  # "ratio" or "value"


@dataclass
class Pairs:
    """Interleaved runs of two commands: A's and B's times and peaks, A/B pair by pair."""

    a: list[float]
    b: list[float]
    a_peaks: list[float]
    b_peaks: list[float]
    a_outputs: list[str]

    @property
    def ratios(self) -> list[float]:
        return [x / y for x, y in zip(self.a, self.b, strict=True)]

    @property
    def peak_ratios(self) -> list[float]:
        return [x / y for x, y in zip(self.a_peaks, self.b_peaks, strict=True)]


def _measured(command: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE_CHILD, *command], check=True, capture_output=True, text=True
    )
    result = json.loads(done.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} ended with code {result['code']}")
    return result


def paired(a: list[str], b: list[str], pairs: int) -> Pairs:
    """``pairs`` interleaved runs of A and B, each after one untimed warm-up."""
    _measured(a)
    _measured(b)
    found = Pairs([], [], [], [], [])
    for _ in range(pairs):
        ra, rb = _measured(a), _measured(b)
        found.a.append(ra["seconds"])
        found.b.append(rb["seconds"])
        found.a_peaks.append(ra["maxrss_kib"] * 1024)
        found.b_peaks.append(rb["maxrss_kib"] * 1024)
        found.a_outputs.append(ra["stdout"])
    return found


def spread(values: list[float]) -> tuple[float, float]:
    return (min(values), max(values))


def program() -> list[str]:
    script = Path(sys.executable).with_name("hromada-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hromada_desk"]


def measured_child(
    command: list[str], runs: int, outputs: list[str] | None = None
) -> tuple[list[float], list[float]]:
    """(wall times, peak RSS in bytes) of ``runs`` runs after a warm-up, each in a fresh
    helper process so that every ru_maxrss belongs to that one child; ``outputs`` receives
    what each measured run printed."""
    times, peaks = [], []
    for attempt in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", MEASURE_CHILD, *command],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(done.stdout)
        if result["code"] != 0:
            raise SystemExit(f"{' '.join(command)} ended with code {result['code']}")
        if attempt:
            times.append(result["seconds"])
            peaks.append(result["maxrss_kib"] * 1024)
            if outputs is not None:
                outputs.append(result["stdout"])
    return times, peaks


def drive_window(path: Path, runs: int) -> tuple[list[dict], list[float]]:
    """big_file_gui.py on ``path``: what it reported and the peak RSS of each measured run."""
    outputs: list[str] = []
    _times, peaks = measured_child([sys.executable, str(GUI_DRIVER), str(path)], runs, outputs)
    reports = [json.loads(text.strip().splitlines()[-1]) for text in outputs]
    return reports, peaks


def needs_inputs(communities: int, years: int, settlements: int, seed: int) -> list[NeedsInput]:
    rng = random.Random(seed)
    inputs = []
    for number in range(1, communities + 1):
        populations = [rng.randint(2000, 8000)] + [
            rng.randint(20, 3000) for _ in range(settlements - 1)
        ]
        for year in range(2025 - years, 2025):
            figures = tuple(
                SettlementFigure(f"Село {i + 1}", p, i == 0, f"Округ {i // 4 + 1}")
                for i, p in enumerate(populations)
            )
            inputs.append(
                NeedsInput(
                    f"Громада № {number}",
                    year,
                    figures,
                    {code: rng.randint(0, 12) for code in INDICATOR_CODES},
                    {key: rng.randint(0, 1) for key in SERVICE_KEYS},
                )
            )
            populations = [max(10, p + rng.randint(-p // 20 - 1, p // 25 + 1)) for p in populations]
    return inputs


def in_process_median(work: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def measure_needs(seed: int, runs: int) -> Metric:
    """The whole country's ten years calculated in this process."""
    build_start = time.perf_counter()
    inputs = needs_inputs(COMMUNITIES, 10, 19, seed)
    built = time.perf_counter() - build_start
    # The inputs are the benchmark's own: no caller holds a country's at once, so the
    # collector is not left to walk them on every full collection (gc.freeze); the results
    # the calculation makes are collected as always.
    gc.collect()
    gc.freeze()
    try:
        needs, times = in_process_median(lambda: [calculate(d) for d in inputs], runs)
    finally:
        gc.unfreeze()
    return Metric(
        f"needs calculation {COMMUNITIES} × 10 years (in-process)",
        needs,
        "s",
        "≤ 0.5 s",
        runs=times,
        passed=needs <= 0.5,
        note=f"{len(inputs)} inputs of 19 settlements, built in {built:.2f} s "
        f"(then frozen); {needs / len(inputs) * 1e6:.0f} µs per community-year",
        spread=spread(times),
        spread_of="value",
    )


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value / MB:.0f} MB"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:g} {unit}"


def print_table(metrics: list[Metric]) -> None:
    rows = [("metric", "value", "budget", "baseline", "ratio (spread)", "pass")]
    for m in metrics:
        baseline = (
            f"{fmt(m.baseline, m.unit)} ({m.baseline_name})" if m.baseline is not None else "—"
        )
        value, ratio = fmt(m.value, m.unit), f"{m.ratio:.2f}×" if m.ratio is not None else "—"
        if m.spread is not None and m.spread_of == "ratio":
            ratio += f" ({m.spread[0]:.2f}–{m.spread[1]:.2f})"
        elif m.spread is not None:
            low, high = (fmt(v, m.unit).split()[0] for v in m.spread)
            value += f" ({low}–{high})"
        rows.append(
            (
                m.name,
                value,
                m.budget,
                baseline,
                ratio,
                {True: "pass", False: "FAIL", None: "—"}[m.passed],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for m in metrics:
        if m.note:
            print(f"* {m.name}: {m.note}")


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer pairs, no 1,469-file consolidation"
    )
    parser.add_argument("--json", metavar="OUT", help="write the results as JSON")
    parser.add_argument("--seed", type=int, default=787)
    args = parser.parse_args()
    # pairs of whole processes; runs of slow ones (LibreOffice, consolidation, the driver)
    pairs, slow_pairs, runs = (7, 3, 3) if args.quick else (15, 5, 5)
    started = time.perf_counter()
    metrics: list[Metric] = []

    def report(metric: Metric) -> None:
        metrics.append(metric)
        print(
            f"[{time.perf_counter() - started:5.0f} s] {metric.name}: "
            f"{fmt(metric.value, metric.unit)}",
            file=sys.stderr,
        )

    def ratio_metric(
        name: str,
        found: Pairs,
        budget: str,
        baseline_name: str,
        limit: Callable[[float], bool] | None,
        note: str = "",
        inverse: bool = False,
    ) -> Metric:
        ratios = [1 / r for r in found.ratios] if inverse else found.ratios
        ratio = statistics.median(ratios)
        return Metric(
            name,
            statistics.median(found.a),
            "s",
            budget,
            statistics.median(found.b),
            baseline_name,
            ratio,
            limit(ratio) if limit else None,
            found.a,
            note,
            spread(ratios),
            "ratio",
        )

    with tempfile.TemporaryDirectory(prefix="hromada-bench-") as name:
        folder = Path(name)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # children: as installed, with .pyc
        os.environ["HROMADA_DESK_DATA_DIR"] = str(folder / "data")
        ours = program()
        # protocol_pdf writes the demo file and gives the protocol command
        protocol_command = protocol_pdf._ours(folder)
        demo = folder / "demo.hromada"
        bare = folder / "bare_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")

        # start-up to a painted window, and peak memory, on the demo
        start = paired([*ours, str(demo), "--exit-when-ready"], [sys.executable, str(bare)], pairs)
        report(
            ratio_metric(
                "start-up to painted window (demo)",
                start,
                "≤ 1.4× bare window",
                "bare PySide6 window",
                lambda r: r <= 1.4,
            )
        )
        bare_rss = statistics.median(start.b_peaks)
        table = folder / "table_window.py"
        table.write_text(TABLE_WINDOW, encoding="utf-8")
        floor = paired([sys.executable, str(table), str(demo)], [sys.executable, str(bare)], pairs)
        report(
            ratio_metric(
                "a bare window with one table of the demo file",
                floor,
                "— (report only)",
                "bare PySide6 window",
                None,
                "what any window showing the file's data adds to the bare one (the Qt "
                "namespace's enums, sqlite3, a view and its model), before anything of the "
                "program's own: the start-up budget leaves the program the rest of the 1.4×",
            )
        )
        version = paired([*ours, "--version"], [sys.executable, "-c", "pass"], pairs)
        version_s = statistics.median(version.a)
        report(ratio_metric("hromada-desk --version", version, "≤ 0.25 s", "python -c pass", None))
        metrics[-1].passed = version_s <= 0.25

        office_command = protocol_pdf._office(folder)
        if office_command is None:
            protocol, protocol_times = median_time(protocol_command, runs)
            report(
                Metric(
                    "protocol PDF (demo 1/2023)",
                    protocol,
                    "s",
                    "≥ 5× faster than soffice",
                    runs=protocol_times,
                    note="LibreOffice or the seed text is missing: no comparison",
                )
            )
        else:
            office = paired(protocol_command, office_command, pairs)
            report(
                ratio_metric(
                    "protocol PDF (demo 1/2023)",
                    office,
                    "≥ 5× faster than soffice",
                    "soffice seed.txt → PDF",
                    lambda r: r >= 5.0,
                    "ratio = soffice / ours",
                    inverse=True,
                )
            )
            alone_command = protocol_pdf._reportlab_alone(folder)
            assert alone_command is not None  # the seed text is there: soffice converts it
            alone = paired(alone_command, office_command, pairs)
            report(
                ratio_metric(
                    "reportlab alone setting the seed text",
                    alone,
                    "— (report only)",
                    "soffice seed.txt → PDF",
                    None,
                    "ratio = soffice / reportlab alone: the same text, a paragraph a line, in "
                    "the program's font, reportlab imported as the program imports it, nothing "
                    "else (no file read, hyphenation, tables nor checks): the most any command "
                    "that sets this text with reportlab can be faster than LibreOffice here",
                    inverse=True,
                )
            )

        stats = paired(
            [*ours, "statistics", str(demo), "-o", str(folder / "demo.xlsx")],
            [*ours, "--version"],
            pairs,
        )
        report(ratio_metric("statistics workbook (demo)", stats, "≤ 0.5 s", "--version", None))
        metrics[-1].passed = metrics[-1].value is not None and metrics[-1].value <= 0.5

        report(measure_needs(args.seed, runs))

        made_start = time.perf_counter()
        country = make_country(
            folder / "country", FEW_FILES * 4 if args.quick else COMMUNITIES, seed=args.seed
        )
        made = time.perf_counter() - made_start
        few, many = country[:FEW_FILES], country[: FEW_FILES * 4]
        rayon = paired(
            [*ours, "consolidate", *map(str, many), "-o", str(folder / "many.xlsx")],
            [*ours, "consolidate", *map(str, few), "-o", str(folder / "few.xlsx")],
            slow_pairs,
        )
        extra = len(many) - len(few)
        per_file = [(x - y) / extra for x, y in zip(rayon.a, rayon.b, strict=True)]
        report(
            Metric(
                "consolidate: time per additional community file",
                statistics.median(per_file) * 1000,
                "ms",
                "≤ 8 ms",
                passed=statistics.median(per_file) <= 0.008,
                runs=per_file,
                spread=spread([v * 1000 for v in per_file]),
                spread_of="value",
                note=f"({len(many)} files − {len(few)} files) / {extra}, pair by pair; "
                f"{len(many)} files in {statistics.median(rayon.a):.2f} s, {len(few)} in "
                f"{statistics.median(rayon.b):.2f} s; {len(country)} files made in "
                f"{made:.1f} s",
            )
        )
        memory = statistics.median(rayon.peak_ratios)
        report(
            Metric(
                f"consolidate: peak memory, {len(many)} files vs {len(few)} files",
                statistics.median(rayon.a_peaks),
                "MB",
                f"≤ 1.2 × {len(few)} files",
                statistics.median(rayon.b_peaks),
                f"{len(few)} files",
                memory,
                memory <= 1.2,
                rayon.a_peaks,
                spread=spread(rayon.peak_ratios),
                spread_of="ratio",
            )
        )
        if not args.quick:
            whole = _measured(
                [*ours, "consolidate", *map(str, country), "-o", str(folder / "all.xlsx")]
            )  # once: the files are in the cache
            report(
                Metric(
                    f"consolidate {COMMUNITIES} files",
                    whole["seconds"],
                    "s",
                    "— (report only)",
                    version_s,
                    "--version",
                    whole["seconds"] / version_s,
                    None,
                    [whole["seconds"]],
                    note=f"peak {whole['maxrss_kib'] * 1024 / MB:.0f} MB",
                )
            )

        made_start = time.perf_counter()
        big = make_country(folder / "big", 1, settlements=BIG_FILE_SETTLEMENTS, seed=args.seed)
        made = time.perf_counter() - made_start
        opened = paired(
            [*ours, str(big[0]), "--exit-when-ready"], [*ours, str(demo), "--exit-when-ready"], runs
        )
        report(
            ratio_metric(
                "100 000 population rows: start-up to painted window",
                opened,
                "— (report only)",
                "demo",
                None,
                "--exit-when-ready: the first page only",
            )
        )
        demo_drives, demo_drive_peaks = drive_window(demo, runs)
        big_drives, big_drive_peaks = drive_window(big[0], runs)
        demo_paint = statistics.median(d["first_paint"] for d in demo_drives)
        big_paints = [d["first_paint"] for d in big_drives]
        big_paint = statistics.median(big_paints)
        rows = big_drives[0]["rows"]
        report(
            Metric(
                "100 000 population rows: first paint of the population page",
                big_paint,
                "s",
                "— (report only)",
                demo_paint,
                "demo, same driver",
                big_paint / demo_paint,
                None,
                big_paints,
                f"{rows - 1} settlements × 10 years, made in {made:.1f} s; from the "
                "driver's start: window, file, page built and painted",
            )
        )
        big_totals = [d["total"] for d in big_drives]
        demo_total = statistics.median(d["total"] for d in demo_drives)
        big_total = statistics.median(big_totals)
        report(
            Metric(
                "100 000 population rows: grid scrolled to the end, every page painted",
                big_total,
                "s",
                "— (report only)",
                demo_total,
                "demo, same driver",
                big_total / demo_total,
                None,
                big_totals,
                f"{big_drives[0]['rows']} grid rows, last row shown: "
                f"{all(d['last_row_shown'] for d in big_drives)}",
            )
        )
        for label, drives, limit in (
            ("10 000 settlements", big_drives, 0.025),
            ("demo", demo_drives, 0.005),
        ):
            # the first figure typed in a session loads the writing library: told apart
            typed = [t for d in drives for t in d["edits"][1:]]
            writes = [t for d in drives for t in d["edit_writes"][1:]]
            first = statistics.median(d["edits"][0] for d in drives)
            edit = statistics.median(typed)
            report(
                Metric(
                    f"population grid, {label}: Enter → cell written and grid repainted",
                    edit * 1000,
                    "ms",
                    f"≤ {limit * 1000:.0f} ms",
                    passed=edit <= limit,
                    runs=typed,
                    spread=spread([t * 1000 for t in typed]),
                    spread_of="value",
                    note=f"{len(typed)} figures typed after the first of each window; "
                    f"of which the file's commit {statistics.median(writes) * 1000:.1f} "
                    f"ms (median); the first figure of a window "
                    f"{first * 1000:.0f} ms",
                )
            )
        big_rss = statistics.median(big_drive_peaks)
        report(
            Metric(
                "100 000 population rows: peak RSS (grid scrolled, every page)",
                big_rss,
                "MB",
                "≤ 300 MB",
                bare_rss,
                "bare PySide6 window",
                big_rss / bare_rss,
                big_rss <= 300 * MB,
                big_drive_peaks,
            )
        )
        gui_rss = statistics.median(start.a_peaks)
        report(
            Metric(
                "peak RSS of the window (demo)",
                gui_rss,
                "MB",
                "≤ 150 MB",
                bare_rss,
                "bare PySide6 window",
                gui_rss / bare_rss,
                gui_rss <= 150 * MB,
                start.a_peaks,
            )
        )
        demo_rss = statistics.median(demo_drive_peaks)
        report(
            Metric(
                "peak RSS visiting every page (demo)",
                demo_rss,
                "MB",
                "≤ 150 MB",
                bare_rss,
                "bare PySide6 window",
                demo_rss / bare_rss,
                demo_rss <= 150 * MB,
                demo_drive_peaks,
            )
        )

    elapsed = time.perf_counter() - started
    print()
    print_table(metrics)
    print(
        f"\n{'quick' if args.quick else 'full'} run, {os.cpu_count()} CPUs, {elapsed:.0f} s in all"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "quick": args.quick,
                    "seconds": elapsed,
                    "machine": {
                        "cpus": os.cpu_count(),
                        "platform": platform.platform(),
                        "processor": platform.processor() or platform.machine(),
                        "python": platform.python_version(),
                    },
                    "metrics": [asdict(m) for m in metrics],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0 if all(m.passed is not False for m in metrics) else 1


if __name__ == "__main__":
    sys.exit(main())
