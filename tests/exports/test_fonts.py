"""Finding the serif font family and checking it has every character of a document."""

from __future__ import annotations

import shutil

import pytest

from hromada_desk.errors import InputError
from hromada_desk.exports import fonts


def test_a_family_is_found_with_its_faces():
    files = fonts.find_serif()
    assert files.regular.is_file() and files.bold.is_file()
    assert files.bold != files.regular or files.regular.name == "DejaVuSerif.ttf"


def test_the_search_prefers_times_then_liberation_then_dejavu():
    names = [f.regular.name for f in fonts.candidates()]
    assert names.index("LiberationSerif-Regular.ttf") < names.index("DejaVuSerif.ttf")
    if "times.ttf" in names:
        assert names.index("times.ttf") == 0


@pytest.mark.parametrize(
    ("regular", "bold", "italic"),
    [
        ("times.ttf", "timesbd.ttf", "timesi.ttf"),
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
        ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    ],
)
def test_an_explicit_font_brings_its_bold_and_italic_siblings(tmp_path, regular, bold, italic):
    source = fonts.find_serif().regular
    for name in (regular, bold, italic):
        shutil.copyfile(source, tmp_path / name)
    files = fonts.find_serif(tmp_path / regular)
    assert (files.regular.name, files.bold.name, files.italic.name) == (regular, bold, italic)
    assert files.bold_italic.name == regular  # missing: the regular face stands in


def test_coverage_names_the_character_and_the_file():
    family = fonts.register(fonts.find_serif())
    family.check_covers(["Удовиченко К.О. – «голова» № 1, м’ята, 2 × 3 … ҐЄІЇ\n\t"])
    family.check_covers(["Голова\ufeff\u2060\u200b"])  # left out of documents: no glyph needed
    family.check_covers(["0\u2011800\u2011500"])  # drawn as «-»
    with pytest.raises(InputError) as caught:
        family.check_covers(["Прізвище 丁"])
    message = str(caught.value)
    assert "«丁» (U+4E01" in message and str(family.files.regular) in message
    assert "Прізвище" in message  # where it was found


def test_no_installed_font_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(fonts, "candidates", lambda: [])
    with pytest.raises(InputError, match="Не знайдено шрифту") as caught:
        fonts.find_serif()
    assert "Liberation Serif" in str(caught.value)


def test_registering_twice_gives_the_same_family():
    files = fonts.find_serif()
    assert fonts.register(files) is fonts.register(files)
