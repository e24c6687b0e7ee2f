"""How long the whole `hromada-desk protocol` command takes to write the demo protocol's PDF,
against LibreOffice converting the seed protocol's text to PDF on the same machine.

Budget (issue #22): ours at least 5× faster than LibreOffice's conversion.
Run: .venv/bin/python benchmarks/protocol_pdf.py [--runs 5] [--office-runs 3]
Both are timed as processes started from scratch (interpreter or office start-up included),
after one untimed warm-up run each, so that the ratio reads the same on a fast or slow machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import median_time

from hromada_desk.console import utf8_output

BUDGET_RATIO = 5.0
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "lanna-coordination-council-protocol-2023-06-30.txt"


def _ours(folder: Path) -> list[str]:
    script = Path(sys.executable).with_name("hromada-desk")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "hromada_desk"]
    demo = folder / "demo.hromada"
    subprocess.run([*program, "demo", str(demo)], check=True, stdout=subprocess.DEVNULL)
    return [
        *program,
        "protocol",
        str(demo),
        "--meeting",
        "1/2023",
        "-o",
        str(folder / "protocol.pdf"),
    ]


# reportlab and nothing else setting the seed protocol's text: a paragraph a line, justified,
# in the font the program finds, imported the fastest way the program knows. What the
# protocol command does beyond it (reading the file, hyphenation, tables, the official page,
# the checks) is left out: its time is the least any reportlab command of that text can take.
REPORTLAB_ALONE = """\
import sys

from hromada_desk.exports.reportlab_import import import_platypus

import_platypus()
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hromada_desk.exports.fonts import find_serif

files = find_serif()
pdfmetrics.registerFont(TTFont("Serif", str(files.regular)))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(files.bold)))
style = ParagraphStyle(
    "body", fontName="Serif", fontSize=14, leading=17, alignment=TA_JUSTIFY, firstLineIndent=35
)

def escape(line):  # xml.sax.saxutils' escape imports urllib.request, ssl and http.client
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


with open(sys.argv[1], encoding="utf-8") as text:
    story = [Paragraph(escape(line), style) for line in text if line.strip()]
SimpleDocTemplate(sys.argv[2], pagesize=A4).build(story)
"""


def _reportlab_alone(folder: Path) -> list[str] | None:
    """The command that sets the seed text with reportlab alone (REPORTLAB_ALONE)."""
    if not SEED.exists():
        return None
    script = folder / "reportlab_alone.py"
    script.write_text(REPORTLAB_ALONE, encoding="utf-8")
    return [sys.executable, str(script), str(SEED), str(folder / "reportlab-alone.pdf")]


def _office(folder: Path) -> list[str] | None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or not SEED.exists():
        return None
    profile = (folder / "office-profile").as_uri()
    return [
        office,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder / "office"),
        str(SEED),
    ]


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--office-runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ours, our_times = median_time(_ours(folder), args.runs)
        pages = (folder / "protocol.pdf").read_bytes().count(b"/Type /Page\n")
        print(
            f"hromada-desk protocol (demo 1/2023 → PDF): median {ours:.3f} s of "
            f"{args.runs} ({', '.join(f'{t:.3f}' for t in our_times)})"
        )
        command = _office(folder)
        if command is None:
            print("LibreOffice (soffice) or the seed text is not available: no comparison.")
            return 2
        office, office_times = median_time(command, args.office_runs)
        print(
            f"LibreOffice seed.txt → PDF: median {office:.3f} s of {args.office_runs} "
            f"({', '.join(f'{t:.3f}' for t in office_times)})"
        )
        alone_command = _reportlab_alone(folder)
        assert alone_command is not None  # soffice converted the seed text: it is there
        alone, alone_times = median_time(alone_command, args.runs)
        print(
            f"reportlab alone, seed.txt → PDF: median {alone:.3f} s of {args.runs} "
            f"({', '.join(f'{t:.3f}' for t in alone_times)}); LibreOffice / it = "
            f"{office / alone:.1f}×, the most a reportlab command of this text reaches"
        )
    ratio = office / ours
    verdict = "pass" if ratio >= BUDGET_RATIO else "FAIL"
    print(
        f"ratio LibreOffice / ours = {ratio:.1f}× (budget ≥ {BUDGET_RATIO:.0f}×): {verdict}"
        + (f"; our PDF has {pages} pages" if pages else "")
    )
    return 0 if ratio >= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
