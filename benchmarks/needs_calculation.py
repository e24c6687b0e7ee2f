"""How long the needs calculation takes: one community-year, and the whole country.

Budgets: well under a millisecond per community-year of 50 settlements; issue #11: all 1,469
communities × 10 years (19 settlements each, as run.py builds them) in one process: ≤ 1 s;
issue #22: ≤ 0.5 s.
Run: .venv/bin/python benchmarks/needs_calculation.py [--settlements 50] [--repeat 7]
Prints the median time per calculation next to the time to build its input (the floor any
caller pays anyway), so the ratio reads the same on a fast or a slow machine; then the whole
country, with the share of that time the garbage collector took: the results kept in one list
are some 160 000 objects (11 a community-year: the figures; their words are built only when
read), and the full collections they trigger cost some 15 % of the run (a third when the
results held their words, 260 000 objects). The inputs, the benchmark's own (no caller holds
a country's at once), are frozen first (gc.freeze), as run.py does, so that the collector does
not walk them too.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import timeit

from run import COMMUNITIES, in_process_median, needs_inputs

from hromada_desk.console import utf8_output
from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.needs import NeedsInput, SettlementFigure, calculate

BUDGET_SECONDS = 0.001
COUNTRY_BUDGET_SECONDS = 0.5


def make_input(settlements: int, seed: int = 787) -> NeedsInput:
    rng = random.Random(seed)
    figures = tuple(
        SettlementFigure(f"Село {i}", rng.randint(3, 4000), i == 0) for i in range(settlements)
    )
    indicators = {code: rng.randint(0, 40) for code in INDICATOR_CODES}
    return NeedsInput("Синтетична громада", 2025, figures, indicators, {})


def one_year(settlements: int, repeat: int) -> bool:
    data = make_input(settlements)
    calls = 2000
    calc = [t / calls for t in timeit.repeat(lambda: calculate(data), number=calls, repeat=repeat)]
    floor = [
        t / calls
        for t in timeit.repeat(lambda: make_input(settlements), number=calls, repeat=repeat)
    ]
    median, floor_median = statistics.median(calc), statistics.median(floor)
    passed = median < BUDGET_SECONDS
    print(
        f"needs calculation, {settlements} settlements: median {median * 1e6:.1f} µs "
        f"(min {min(calc) * 1e6:.1f}, max {max(calc) * 1e6:.1f}); budget "
        f"{BUDGET_SECONDS * 1e6:.0f} µs: {'pass' if passed else 'FAIL'}"
    )
    print(
        f"building the input (floor): median {floor_median * 1e6:.1f} µs; "
        f"ratio calculation / floor = {median / floor_median:.2f}"
    )
    return passed


def country(repeat: int) -> bool:
    inputs = needs_inputs(COMMUNITIES, 10, 19, seed=787)
    collecting = [0.0, 0.0]  # start of the current collection, total seconds

    def clock(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            collecting[1] += time.perf_counter() - collecting[0]

    gc.collect()
    gc.freeze()  # the inputs are the benchmark's own, as in run.py
    gc.callbacks.append(clock)
    try:
        median, times = in_process_median(lambda: [calculate(d) for d in inputs], repeat)
    finally:
        gc.callbacks.remove(clock)
        gc.unfreeze()
    runs = repeat + 1  # in_process_median warms up once
    passed = median <= COUNTRY_BUDGET_SECONDS
    print(
        f"needs calculation, {len(inputs)} community-years (run.py's inputs): median "
        f"{median:.3f} s (min {min(times):.3f}), {median / len(inputs) * 1e6:.1f} µs each; "
        f"budget {COUNTRY_BUDGET_SECONDS:g} s: {'pass' if passed else 'FAIL'}"
    )
    print(f"garbage collection: {collecting[1] / runs:.3f} s per run on average")
    return passed


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settlements", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    passed = one_year(args.settlements, args.repeat)
    passed = country(max(3, args.repeat // 2)) and passed
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
