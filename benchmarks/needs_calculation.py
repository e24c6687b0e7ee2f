"""How long the needs calculation takes for one year of a 50-settlement community.

Budget (issue: needs calculation): well under a millisecond per community-year.
Run: .venv/bin/python benchmarks/needs_calculation.py [--settlements 50] [--repeat 7]
Prints the median time per calculation, and the same for building the input, the floor
any caller pays anyway, so the ratio reads the same on a fast or a slow machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import timeit

from hromada_desk.domain.indicators import INDICATOR_CODES
from hromada_desk.domain.needs import NeedsInput, SettlementFigure, calculate

BUDGET_SECONDS = 0.001


def make_input(settlements: int, seed: int = 787) -> NeedsInput:
    rng = random.Random(seed)
    figures = tuple(SettlementFigure(f"Село {i}", rng.randint(3, 4000), i == 0)
                    for i in range(settlements))
    indicators = {code: rng.randint(0, 40) for code in INDICATOR_CODES}
    return NeedsInput("Синтетична громада", 2025, figures, indicators, {})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settlements", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    data = make_input(args.settlements)
    calls = 2000
    calc = [t / calls for t in timeit.repeat(lambda: calculate(data), number=calls,
                                             repeat=args.repeat)]
    floor = [t / calls for t in timeit.repeat(lambda: make_input(args.settlements),
                                              number=calls, repeat=args.repeat)]
    median, floor_median = statistics.median(calc), statistics.median(floor)
    verdict = "pass" if median < BUDGET_SECONDS else "FAIL"
    print(f"needs calculation, {args.settlements} settlements: median {median * 1e6:.1f} µs "
          f"(min {min(calc) * 1e6:.1f}, max {max(calc) * 1e6:.1f}); budget "
          f"{BUDGET_SECONDS * 1e6:.0f} µs: {verdict}")
    print(f"building the input (floor): median {floor_median * 1e6:.1f} µs; "
          f"ratio calculation / floor = {median / floor_median:.2f}")
    return 0 if median < BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
