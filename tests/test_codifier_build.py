"""The shipped codifier (resources/katottg) is what packaging/build_codifier.py makes from the
official CSV, and stays small."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "resources" / "katottg" / "katottg.txt.gz"
CSV = ROOT.parent / "shared" / "data" / "katottg" / "kodifikator-16-05-2025.csv"


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_codifier", ROOT / "packaging" / "build_codifier.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def csv_text() -> str:
    if not CSV.exists():
        pytest.skip("the official codifier (../shared/data/katottg) is not beside this checkout")
    return CSV.read_text(encoding="utf-8-sig")


def test_the_shipped_file_is_what_the_script_makes_from_the_csv(csv_text):
    script = _script()
    made = script.build(csv_text, script.edition_of(CSV))
    assert gzip.decompress(SHIPPED.read_bytes()).decode("utf-8") == made


def test_the_shipped_file_is_small_and_names_its_edition():
    data = SHIPPED.read_bytes()
    assert len(data) < 400_000  # «well under 1 MB compressed»: about 310 KB
    first = gzip.decompress(data).decode("utf-8").split("\n", 1)[0]
    assert first == "hromada-desk/katottg/1\t16.05.2025"


def test_the_script_writes_the_same_bytes_for_the_same_text(tmp_path):
    script = _script()
    text = "hromada-desk/katottg/1\t01.01.2030\nO01000000000013043\tАвтономна Республіка Крим\n"
    script.write(text, tmp_path / "a.gz")
    script.write(text, tmp_path / "b.gz")
    assert (tmp_path / "a.gz").read_bytes() == (tmp_path / "b.gz").read_bytes()
    assert gzip.decompress((tmp_path / "a.gz").read_bytes()).decode("utf-8") == text


def test_the_edition_comes_from_the_file_name():
    script = _script()
    assert script.edition_of(Path("kodifikator-16-05-2025.csv")) == "16.05.2025"
    with pytest.raises(SystemExit):
        script.edition_of(Path("kodifikator.csv"))


def test_codes_are_kept_whole_when_a_parent_does_not_lead_them():
    script = _script()
    csv_text = (
        "header\n"
        "UA53000000000028050;;;;;O;Полтавська\n"
        "UA53000000000028050;UA53080000000068029;;;;P;Полтавський\n"
        "UA53000000000028050;UA53080000000068029;UA53080190000081150;;;H;Ланнівська \n"
        "UA53000000000028050;UA53080000000068029;UA53080190000081150;"
        "UA53080190010066776;;X;Ланна\n"
        "UA53000000000028050;UA53080000000068029;UA53080190000081150;"
        "UA99999990020031880;;C;Чужа\n"
    )
    assert script.build(csv_text, "16.05.2025").splitlines() == [
        "hromada-desk/katottg/1\t16.05.2025",
        "O53000000000028050\tПолтавська",
        "P080000000068029\tПолтавський",
        "H0190000081150\tЛаннівська\t2",
        "X0010066776\tЛанна",
        "C99999990020031880\tЧужа",
    ]
