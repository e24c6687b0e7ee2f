"""How long the shipped codifier (КАТОТТГ) takes to load and to search, measured, not asserted.

Run: .venv/bin/python benchmarks/codifier.py [--repeat 7]
Prints medians (and min–max) of: reading the file (decompressing ~0.3 MB into ~1 MB of text),
building the Codifier (oblasts, rayons, communities; settlements are read only when a community
is asked for), the first search (which builds the search index once), a later search, one
community's settlements, and every community's settlements (what a check of the whole edition
pays). None of it is on the way to the window: the module loads the data on first use only.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from collections.abc import Callable

from hromada_desk.domain.codifier import RESOURCE, Codifier
from hromada_desk.resources import resource


def measure(work: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def report(what: str, times: list[float]) -> None:
    print(
        f"{what:<44} median {statistics.median(times) * 1000:7.1f} ms "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    path = resource(*RESOURCE)
    data = path.read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    print(f"{path.name}: {len(data)} bytes compressed, {len(text.encode('utf-8'))} as text")
    report(
        "read and decompress",
        measure(lambda: gzip.decompress(path.read_bytes()).decode("utf-8"), repeat),
    )
    report("build the Codifier from the text", measure(lambda: Codifier(text), repeat))
    report(
        "first search («ланн»), index included",
        measure(lambda: Codifier(text).search("ланн"), repeat),
    )
    codifier = Codifier(text)
    codifier.search("ланн")
    report(
        "a later search («полтавський район»)",
        measure(lambda: codifier.search("полтавський район"), repeat),
    )
    report(
        "one community with its settlements",
        measure(lambda: codifier.community("UA53080190000081150"), repeat),
    )
    report(
        "every community with its settlements",
        measure(lambda: sum(1 for _ in codifier.all_communities()), repeat),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
