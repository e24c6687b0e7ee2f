"""Timing whole commands for the benchmarks: the median of several runs after a warm-up."""

from __future__ import annotations

import statistics
import subprocess
import time


def timed(command: list[str]) -> float:
    """Wall time of one run. No timeout: with one, Popen.wait() polls with sleeps of up to
    50 ms, which would add tens of milliseconds to a command that takes a quarter second."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_time(command: list[str], runs: int) -> tuple[float, list[float]]:
    """One untimed warm-up (file caches, .pyc files, an office profile), then the median of
    ``runs`` timed runs, and the runs themselves."""
    timed(command)
    times = [timed(command) for _ in range(runs)]
    return statistics.median(times), times
