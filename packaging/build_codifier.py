"""Build resources/katottg/katottg.txt.gz, the codifier the program ships, from the official CSV.

Run when a new edition of the Codifier of administrative-territorial units (КАТОТТГ) is
published: `.venv/bin/python packaging/build_codifier.py PATH/kodifikator-DD-MM-YYYY.csv`
(without an argument: ../shared/data/katottg/kodifikator-16-05-2025.csv beside the checkout).
The edition is read from the file name (or given with --edition) and written into the data,
so that the program names it wherever it uses the codifier.

The format, read by hromada_desk.domain.codifier: UTF-8 text, gzip-compressed, one unit a
line. The first line is «hromada-desk/katottg/1<TAB>DD.MM.YYYY». Then, in the codifier's own
order, each oblast (O), its rayons (P), their communities (H) and each community's settlements
(M місто, X селище, C село) right after it:

    O<digits><TAB>name
    P<digits><TAB>name
    H<digits><TAB>name<TAB>number of its settlement lines that follow
    M|X|C<digits><TAB>name

A code is its parent's code with the line's digits in place of its last ones: an oblast's
line holds all 17 digits after «UA», a rayon's the last 15, a community's the last 13, a
settlement's the last 10 (the digits before are its parent's). So the reader finds a unit's
parent without searching, skips a community's settlements by their count until they are asked
for, and the file is a third smaller before compression than with whole codes.

Why this and not JSON or SQLite: the reader splits lines (faster than json.loads building
~30,000 objects it mostly does not need), the domain layer may not use SQLite, and gzip is in
every Python. Left out: cities with special status (K: Kyiv, Sevastopol) and city districts
(B), which hold no community of the reform, and settlements outside any community (the
exclusion zone's Прип’ять and Чорнобиль). Names are trimmed; nothing else is changed.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "katottg" / "kodifikator-16-05-2025.csv"
TARGET = ROOT / "resources" / "katottg" / "katottg.txt.gz"
FORMAT = "hromada-desk/katottg/1"

_CODE = re.compile(r"UA[0-9]{17}")
_EDITION_IN_NAME = re.compile(r"(\d{2})-(\d{2})-(\d{4})")
# How many characters of a unit's code are its parent's (then the line holds the rest).
_INHERITED = {"P": 4, "H": 6, "M": 9, "X": 9, "C": 9}
_SETTLEMENTS = ("M", "X", "C")


def edition_of(path: Path) -> str:
    """«kodifikator-16-05-2025.csv» → «16.05.2025»."""
    found = _EDITION_IN_NAME.search(path.name)
    if found is None:
        raise SystemExit(f"no edition date in «{path.name}»: give it with --edition DD.MM.YYYY")
    day, month, year = found.groups()
    return f"{day}.{month}.{year}"


def _digits(kind: str, code: str, parent: str | None) -> str:
    """The part of ``code`` the line holds (all digits when the parent's do not lead it)."""
    inherited = _INHERITED.get(kind, 2)
    if parent is not None and code[:inherited] == parent[:inherited]:
        return code[inherited:]
    return code[2:]


def build(csv_text: str, edition: str) -> str:
    """The compact text of the codifier in ``csv_text`` (the official CSV, `;`-separated)."""
    rows = csv.reader(io.StringIO(csv_text, newline=""), delimiter=";")
    next(rows)  # the header
    oblasts: list[tuple[str, str]] = []
    rayons: dict[str, list[tuple[str, str]]] = {}
    communities: dict[str, list[tuple[str, str]]] = {}
    settlements: dict[str, list[tuple[str, str, str]]] = {}
    for number, row in enumerate(rows, start=2):
        if len(row) != 7:
            raise ValueError(f"row {number}: {len(row)} columns, expected 7")
        levels, kind, name = row[:5], row[5], row[6].strip()
        code = next(code for code in reversed(levels) if code)
        if not _CODE.fullmatch(code) or not name or "\t" in name or "\n" in name:
            raise ValueError(f"row {number}: unexpected {row!r}")
        if kind == "O":
            oblasts.append((code, name))
        elif kind == "P":
            rayons.setdefault(levels[0], []).append((code, name))
        elif kind == "H":
            communities.setdefault(levels[1], []).append((code, name))
        elif kind in _SETTLEMENTS and levels[2] and levels[2] != levels[0]:
            settlements.setdefault(levels[2], []).append((kind, code, name))
    lines = [f"{FORMAT}\t{edition}"]
    for oblast, oblast_name in oblasts:
        lines.append(f"O{oblast[2:]}\t{oblast_name}")
        for rayon, rayon_name in rayons.get(oblast, []):
            lines.append(f"P{_digits('P', rayon, oblast)}\t{rayon_name}")
            for community, community_name in communities.get(rayon, []):
                own = settlements.get(community, [])
                lines.append(f"H{_digits('H', community, rayon)}\t{community_name}\t{len(own)}")
                lines += [
                    f"{kind}{_digits(kind, code, community)}\t{name}" for kind, code, name in own
                ]
    return "\n".join(lines) + "\n"


def write(text: str, target: Path = TARGET) -> int:
    """Write ``text`` gzip-compressed, the same bytes for the same text (no time, no name)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    target.write_bytes(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--edition", help="DD.MM.YYYY (default: from the file name)")
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    edition = args.edition or edition_of(args.csv)
    text = build(args.csv.read_text(encoding="utf-8-sig"), edition)
    size = write(text, args.output)
    print(
        f"{args.output}: edition {edition}, {text.count(chr(10)) - 1} units, "
        f"{len(text.encode('utf-8'))} bytes, {size} compressed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
