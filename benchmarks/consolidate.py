"""How long the whole ``consolidate`` command takes for N synthetic community files.

Budget: under 10 s for 200 files, start-up included.
Run: .venv/bin/python benchmarks/consolidate.py [--files 200] [--repeat 3] [--seed 787]
Makes N community files through the storage API (settlements with populations and the
twelve indicators for two years, seeded random) in a temporary folder, then prints the
median wall time of ``hromada-desk consolidate FILE... -o RAYON.xlsx`` and the cost per file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from timing import median_time

from hromada_desk.console import utf8_output
from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.domain.records import Community, Population, Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile, create_file

BUDGET_SECONDS = 10.0
YEARS = (2022, 2023)


def make_community(path: Path, number: int, rng: random.Random) -> None:
    name = f"Громада № {number} сільська територіальна громада"
    council = f"Громада № {number} сільська рада"

    def fill(cf: CommunityFile) -> None:
        community_repo.save_community(
            cf,
            Community(
                name,
                council,
                council,
                f"Виконавчий комітет: {council}",
                "Полтавська",
                "Полтавський",
            ),
        )
        rows = []
        for i in range(rng.randint(5, 40)):
            sid = community_repo.add_settlement(
                cf,
                Settlement(
                    f"Село {i + 1}",
                    SettlementKind.VILLAGE,
                    admin_center=i == 0,
                    starosta_district=f"Округ {i // 4 + 1}",
                ),
            )
            total = rng.randint(50, 3000)
            for year in YEARS:
                children = total * rng.randint(10, 25) // 100
                men = (total - children) * rng.randint(45, 52) // 100
                rows.append(Population(sid, year, total, men, total - children - men, children))
                total += rng.randint(-30, 30)
                total = max(total, 10)
        community_repo.set_population(cf, rows)
        for year in YEARS:
            community_repo.set_indicators(
                cf, year, {code: rng.randint(0, 12) for code in INDICATOR_CODES}
            )
            community_repo.set_existing_services(
                cf, year, {key: rng.randint(0, 2) for key in SERVICE_KEYS}
            )

    create_file(path, fill).close()


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=787)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    command = [sys.executable, "-m", "hromada_desk"]
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"community-{n:03}.hromada" for n in range(1, args.files + 1)]
        start = time.perf_counter()
        for number, path in enumerate(paths, 1):
            make_community(path, number, rng)
        made = time.perf_counter() - start
        output = Path(folder) / "rayon.xlsx"
        whole = median_time(
            [*command, "consolidate", *map(str, paths), "-o", str(output)], args.repeat
        )[0]
        floor = median_time([*command, "--version"], args.repeat)[0]
    per_file = (whole - floor) / args.files
    verdict = "OK" if whole < BUDGET_SECONDS else "OVER BUDGET"
    print(f"made {args.files} community files in {made:.1f} s")
    print(
        f"consolidate ({args.files} files, whole command, median of {args.repeat}): "
        f"{whole:.2f} s (budget {BUDGET_SECONDS:.0f} s) {verdict}"
    )
    print(f"per file (above the start-up floor):       {per_file * 1000:.1f} ms")
    print(f"--version (start-up floor):                 {floor * 1000:.0f} ms")
    return 0 if whole < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
