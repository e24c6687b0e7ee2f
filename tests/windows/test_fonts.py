"""Documents on Windows are set in Times New Roman from the Windows fonts folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hromada_desk.cli import main
from hromada_desk.exports import fonts
from tests.windows.support import WINDOWS_ONLY

pytestmark = WINDOWS_ONLY
UKRAINIAN = "Ґанок і їжак: «Єдність» — № 1, м’ята"


def windows_fonts() -> Path:
    return Path(os.environ["WINDIR"]) / "Fonts"


def test_times_new_roman_is_found_with_its_four_faces():
    found = fonts.find_serif()
    assert found.faces() == {
        "regular": windows_fonts() / "times.ttf",
        "bold": windows_fonts() / "timesbd.ttf",
        "italic": windows_fonts() / "timesi.ttf",
        "bold_italic": windows_fonts() / "timesbi.ttf",
    }
    assert all(path.is_file() for path in found.faces().values())


def test_without_windir_the_usual_folder_is_looked_in(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("WINDIR", raising=False)
    found = fonts.find_serif()
    assert str(found.regular).lower() == r"c:\windows\fonts\times.ttf"


def test_it_has_every_ukrainian_letter():
    family = fonts.register(fonts.find_serif())
    family.check_covers([UKRAINIAN], styles=fonts.STYLES)


def test_a_protocol_embeds_it(demo_path: Path, tmp_path: Path):
    from reportlab.pdfbase.ttfonts import TTFontFile

    pdf = tmp_path / "протокол.pdf"
    assert main(["protocol", str(demo_path), "--meeting", "1/2023", "-o", str(pdf)]) == 0
    postscript_name = TTFontFile(str(windows_fonts() / "times.ttf")).name  # b"TimesNewRomanPSMT"
    assert b"+" + postscript_name in pdf.read_bytes()  # a subset: /BaseFont /AAAAAA+Name
