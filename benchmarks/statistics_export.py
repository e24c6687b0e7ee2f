"""How long the whole ``statistics`` command takes for the demo community (two years).

Budget: under 0.5 s for the whole command, start-up included.
Run: .venv/bin/python benchmarks/statistics_export.py [--repeat 7]
Prints the median wall time of ``hromada-desk statistics DEMO -o OUT.xlsx`` and, for scale,
of ``hromada-desk --version`` (the floor any command pays to start Python).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import median_time

from hromada_desk.console import utf8_output

BUDGET_SECONDS = 0.5


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    command = [sys.executable, "-m", "hromada_desk"]
    with tempfile.TemporaryDirectory() as folder:
        demo, output = Path(folder) / "demo.hromada", Path(folder) / "demo.xlsx"
        subprocess.run([*command, "demo", str(demo)], check=True, capture_output=True)
        whole = median_time([*command, "statistics", str(demo), "-o", str(output)], args.repeat)[0]
        floor = median_time([*command, "--version"], args.repeat)[0]
    verdict = "OK" if whole < BUDGET_SECONDS else "OVER BUDGET"
    print(
        f"statistics (demo, whole command): {whole * 1000:.0f} ms "
        f"(budget {BUDGET_SECONDS * 1000:.0f} ms) {verdict}"
    )
    print(f"--version (start-up floor):        {floor * 1000:.0f} ms")
    return 0 if whole < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
