"""Every performance budget of hromada-desk in one run, each next to its baseline.

Run by hand (never in CI): .venv/bin/python benchmarks/run.py [--quick] [--json OUT.json]
Commands are timed as whole processes started from scratch: the median of several runs after
one untimed warm-up, time.perf_counter() around subprocess.run() *without* a timeout (with
one, Popen.wait() polls in steps of up to 50 ms). Each baseline is measured in the same run, so
the ratios read the same on a fast or a slow machine. Peak memory is ru_maxrss of the child,
read by a fresh helper process per run (RUSAGE_CHILDREN keeps the maximum over all children).
Windows run with QT_QPA_PLATFORM=offscreen and a temporary HROMADA_DESK_DATA_DIR. Children
run without PYTHONDONTWRITEBYTECODE even when the shell sets it (some sandboxes do): installed
copies have their .pyc files, and compiling every module on each start is not what people wait
for. The big file is measured through big_file_gui.py: the real window on the population page,
its grid scrolled to the end, then every other page, each painted; the demo runs the same
driver as the baseline and for the peak memory of visiting every page.
--quick (under 3 minutes on 2 cores) skips consolidating 1,469 files and runs fewer repeats.
Exit code 1 if any budget is missed.
"""

from __future__ import annotations

import argparse
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
SMALL_DISTRICT = 200
BIG_FILE_SETTLEMENTS = 10_000  # × 10 years = 100 000 population rows
MB = 1_000_000

BARE_WINDOW = '''\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)


app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("hromada-desk"))
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
'''

# Runs the command given as arguments, prints its wall time, peak RSS (KiB) and its output
# as JSON.
MEASURE_CHILD = '''\
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "code": done.returncode,
                  "stdout": done.stdout.decode("utf-8", "replace"),
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
'''
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


def program() -> list[str]:
    script = Path(sys.executable).with_name("hromada-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hromada_desk"]


def measured_child(command: list[str], runs: int,
                   outputs: list[str] | None = None) -> tuple[list[float], list[float]]:
    """(wall times, peak RSS in bytes) of ``runs`` runs after a warm-up, each in a fresh
    helper process so that every ru_maxrss belongs to that one child; ``outputs`` receives
    what each measured run printed."""
    times, peaks = [], []
    for attempt in range(runs + 1):
        done = subprocess.run([sys.executable, "-c", MEASURE_CHILD, *command], check=True,
                              capture_output=True, text=True)
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
        populations = [rng.randint(2000, 8000)] + [rng.randint(20, 3000)
                                                   for _ in range(settlements - 1)]
        for year in range(2025 - years, 2025):
            figures = tuple(SettlementFigure(f"Село {i + 1}", p, i == 0, f"Округ {i // 4 + 1}")
                            for i, p in enumerate(populations))
            inputs.append(NeedsInput(
                f"Громада № {number}", year, figures,
                {code: rng.randint(0, 12) for code in INDICATOR_CODES},
                {key: rng.randint(0, 1) for key in SERVICE_KEYS}))
            populations = [max(10, p + rng.randint(-p // 20 - 1, p // 25 + 1))
                           for p in populations]
    return inputs


def in_process_median(work: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value / MB:.0f} MB"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:g} {unit}"


def print_table(metrics: list[Metric]) -> None:
    rows = [("metric", "value", "budget", "baseline", "ratio", "pass")]
    for m in metrics:
        baseline = (f"{fmt(m.baseline, m.unit)} ({m.baseline_name})"
                    if m.baseline is not None else "—")
        rows.append((m.name, fmt(m.value, m.unit), m.budget, baseline,
                     f"{m.ratio:.2f}×" if m.ratio is not None else "—",
                     {True: "pass", False: "FAIL", None: "—"}[m.passed]))
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
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats, no 1,469-file consolidate (under 3 minutes)")
    parser.add_argument("--json", metavar="OUT", help="write the results as JSON")
    parser.add_argument("--seed", type=int, default=787)
    args = parser.parse_args()
    runs, slow_runs = (5, 3) if args.quick else (9, 5)
    started = time.perf_counter()
    metrics: list[Metric] = []

    def report(metric: Metric) -> None:
        metrics.append(metric)
        print(f"[{time.perf_counter() - started:5.0f} s] {metric.name}: "
              f"{fmt(metric.value, metric.unit)}", file=sys.stderr)

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
        gui_times, gui_peaks = measured_child([*ours, str(demo), "--exit-when-ready"], runs)
        bare_times, bare_peaks = measured_child([sys.executable, str(bare)], runs)
        gui, bare_s = statistics.median(gui_times), statistics.median(bare_times)
        report(Metric("start-up to painted window (demo)", gui, "s", "≤ 1.5× bare window",
                      bare_s, "bare PySide6 window", gui / bare_s, gui / bare_s <= 1.5,
                      gui_times))
        version, version_times = median_time([*ours, "--version"], runs)
        python_floor, _ = median_time([sys.executable, "-c", "pass"], runs)
        report(Metric("hromada-desk --version", version, "s", "≤ 0.25 s", python_floor,
                      "python -c pass", version / python_floor, version <= 0.25,
                      version_times))

        protocol, protocol_times = median_time(protocol_command, runs)
        office_command = protocol_pdf._office(folder)
        if office_command is None:
            report(Metric("protocol PDF (demo 1/2023)", protocol, "s", "≥ 3× faster than soffice",
                          runs=protocol_times,
                          note="LibreOffice or the seed text is missing: no comparison"))
        else:
            office, _ = median_time(office_command, slow_runs)
            report(Metric("protocol PDF (demo 1/2023)", protocol, "s",
                          "≥ 3× faster than soffice", office, "soffice seed.txt → PDF",
                          office / protocol, office / protocol >= 3.0, protocol_times,
                          "ratio = soffice / ours"))

        stats, stats_times = median_time(
            [*ours, "statistics", str(demo), "-o", str(folder / "demo.xlsx")], runs)
        report(Metric("statistics workbook (demo)", stats, "s", "≤ 0.5 s", version,
                      "--version", stats / version, stats <= 0.5, stats_times))

        build_start = time.perf_counter()
        inputs = needs_inputs(COMMUNITIES, 10, 19, args.seed)
        built = time.perf_counter() - build_start
        needs, needs_times = in_process_median(lambda: [calculate(d) for d in inputs],
                                               slow_runs)
        report(Metric(f"needs calculation {COMMUNITIES} × 10 years (in-process)", needs, "s",
                      "≤ 1 s", runs=needs_times, passed=needs <= 1.0,
                      note=f"{len(inputs)} inputs of 19 settlements, built in {built:.2f} s; "
                           f"{needs / len(inputs) * 1e6:.0f} µs per community-year"))

        made_start = time.perf_counter()
        country = make_country(folder / "country", SMALL_DISTRICT if args.quick else COMMUNITIES,
                               seed=args.seed)
        made = time.perf_counter() - made_start
        district = country[:SMALL_DISTRICT]
        whole, whole_times = median_time(
            [*ours, "consolidate", *map(str, district), "-o", str(folder / "rayon.xlsx")],
            slow_runs)
        report(Metric(f"consolidate {SMALL_DISTRICT} files", whole, "s", "≤ 10 s", version,
                      "--version", whole / version, whole <= 10.0, whole_times,
                      f"{(whole - version) / SMALL_DISTRICT * 1000:.1f} ms per file above "
                      f"start-up; {len(country)} files made in {made:.1f} s"))
        if not args.quick:
            every, every_times = median_time(
                [*ours, "consolidate", *map(str, country), "-o", str(folder / "all.xlsx")],
                slow_runs)
            report(Metric(f"consolidate {COMMUNITIES} files", every, "s", "— (report only)",
                          version, "--version", every / version, None, every_times,
                          f"{(every - version) / COMMUNITIES * 1000:.1f} ms per file above "
                          "start-up"))

        made_start = time.perf_counter()
        big = make_country(folder / "big", 1, settlements=BIG_FILE_SETTLEMENTS, seed=args.seed)
        made = time.perf_counter() - made_start
        bare_rss = statistics.median(bare_peaks)
        opened_times, _ = measured_child([*ours, str(big[0]), "--exit-when-ready"], slow_runs)
        opened = statistics.median(opened_times)
        report(Metric("100 000 population rows: start-up to painted window", opened, "s",
                      "— (report only)", gui, "demo", opened / gui, None, opened_times,
                      "--exit-when-ready: the first page only"))
        demo_drives, demo_drive_peaks = drive_window(demo, slow_runs)
        big_drives, big_drive_peaks = drive_window(big[0], slow_runs)
        demo_paint = statistics.median(d["first_paint"] for d in demo_drives)
        big_paints = [d["first_paint"] for d in big_drives]
        big_paint = statistics.median(big_paints)
        rows = big_drives[0]["rows"]
        report(Metric("100 000 population rows: first paint of the population page", big_paint,
                      "s", "— (report only)", demo_paint, "demo, same driver",
                      big_paint / demo_paint, None, big_paints,
                      f"{rows - 1} settlements × 10 years, made in {made:.1f} s; from the "
                      "driver's start: window, file, page built and painted"))
        big_totals = [d["total"] for d in big_drives]
        demo_total = statistics.median(d["total"] for d in demo_drives)
        big_total = statistics.median(big_totals)
        report(Metric("100 000 population rows: grid scrolled to the end, every page painted",
                      big_total, "s", "— (report only)", demo_total, "demo, same driver",
                      big_total / demo_total, None, big_totals,
                      f"{big_drives[0]['rows']} grid rows, last row shown: "
                      f"{all(d['last_row_shown'] for d in big_drives)}"))
        big_rss = statistics.median(big_drive_peaks)
        report(Metric("100 000 population rows: peak RSS (grid scrolled, every page)", big_rss,
                      "MB", "≤ 300 MB", bare_rss, "bare PySide6 window", big_rss / bare_rss,
                      big_rss <= 300 * MB, big_drive_peaks))
        gui_rss = statistics.median(gui_peaks)
        report(Metric("peak RSS of the window (demo)", gui_rss, "MB", "≤ 150 MB", bare_rss,
                      "bare PySide6 window", gui_rss / bare_rss, gui_rss <= 150 * MB,
                      gui_peaks))
        demo_rss = statistics.median(demo_drive_peaks)
        report(Metric("peak RSS visiting every page (demo)", demo_rss, "MB", "≤ 150 MB",
                      bare_rss, "bare PySide6 window", demo_rss / bare_rss,
                      demo_rss <= 150 * MB, demo_drive_peaks))

    elapsed = time.perf_counter() - started
    print()
    print_table(metrics)
    print(f"\n{'quick' if args.quick else 'full'} run, {os.cpu_count()} CPUs, "
          f"{elapsed:.0f} s in all")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "quick": args.quick,
            "seconds": elapsed,
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                        "processor": platform.processor() or platform.machine(),
                        "python": platform.python_version()},
            "metrics": [asdict(m) for m in metrics],
        }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if all(m.passed is not False for m in metrics) else 1


if __name__ == "__main__":
    sys.exit(main())
