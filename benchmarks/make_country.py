"""Write N synthetic community files (a whole country, if you like) for the benchmarks.

Run: .venv/bin/python benchmarks/make_country.py OUTDIR --communities N
         [--settlements-per 19] [--years 10] [--seed 787]
Each file is made through the program's own storage API (``create_file`` and
``community_repo``) in one transaction: settlements with populations (total, men, women,
children) for every year, the twelve indicators of annex 1 and the existing services.
The same seed gives the same files. Files are named ``community-00001.hromada`` …;
an existing file is not overwritten (the command stops).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from hromada_desk.console import utf8_output
from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS
from hromada_desk.domain.records import Community, Population, Settlement, SettlementKind
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import CommunityFile, create_file

LAST_YEAR = 2024
SETTLEMENTS_PER_STAROSTA_DISTRICT = 4


def community_path(folder: Path, number: int) -> Path:
    return folder / f"community-{number:05}.hromada"


def make_community(
    path: Path, number: int, *, settlements: int = 19, years: int = 10, seed: int = 787
) -> None:
    """One community file; its contents depend only on (seed, number, settlements, years)."""
    rng = random.Random(f"{seed}/{number}")
    name = f"Громада № {number} сільська територіальна громада"
    council = f"Громада № {number} сільська рада"
    year_range = range(LAST_YEAR - years + 1, LAST_YEAR + 1)

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
        for i in range(settlements):
            kind = SettlementKind.SETTLEMENT if i == 0 else SettlementKind.VILLAGE
            sid = community_repo.add_settlement(
                cf,
                Settlement(
                    f"Село {i + 1}",
                    kind,
                    admin_center=i == 0,
                    area_km2=round(rng.uniform(0.5, 30.0), 1),
                    starosta_district=f"Округ {i // SETTLEMENTS_PER_STAROSTA_DISTRICT + 1}",
                    distance_km=None if i == 0 else round(rng.uniform(1.0, 40.0), 1),
                ),
            )
            total = rng.randint(2000, 8000) if i == 0 else rng.randint(20, 3000)
            for year in year_range:
                children = total * rng.randint(10, 25) // 100
                men = (total - children) * rng.randint(45, 52) // 100
                rows.append(Population(sid, year, total, men, total - children - men, children))
                total = max(10, total + rng.randint(-total // 20 - 1, total // 25 + 1))
        community_repo.set_population(cf, rows)
        for year in year_range:
            community_repo.set_indicators(
                cf, year, {code: rng.randint(0, 12) for code in INDICATOR_CODES}
            )
            community_repo.set_existing_services(
                cf, year, {key: rng.randint(0, 1) for key in SERVICE_KEYS}
            )

    create_file(path, fill).close()


def make_country(
    folder: Path, communities: int, *, settlements: int = 19, years: int = 10, seed: int = 787
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [community_path(folder, n) for n in range(1, communities + 1)]
    for number, path in enumerate(paths, 1):
        make_community(path, number, settlements=settlements, years=years, seed=seed)
    return paths


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", metavar="OUTDIR")
    parser.add_argument("--communities", type=int, required=True)
    parser.add_argument("--settlements-per", type=int, default=19)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=787)
    args = parser.parse_args()
    start = time.perf_counter()
    make_country(
        Path(args.outdir),
        args.communities,
        settlements=args.settlements_per,
        years=args.years,
        seed=args.seed,
    )
    rows = args.communities * args.settlements_per * args.years
    print(
        f"{args.communities} community files ({rows} population rows) in {args.outdir}: "
        f"{time.perf_counter() - start:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
