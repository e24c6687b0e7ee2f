"""``needs --input``: the README's document is accepted as printed, and any other JSON (or
not-JSON) ends in a report or in one clear line, never a traceback."""

import copy
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.clicontract import assert_contract, assert_one_line_error, run
from tests.documents.test_needs_year import DOCUMENT

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_document() -> str:
    """The ``needs --input`` example exactly as the README prints it."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Розрахунок потреб (`needs`)") :]
    found = re.search(r"```json\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README has no JSON example for needs --input"
    return found.group(1)


def with_field(path: str, value: str) -> str:
    """DOCUMENT as JSON text with the field at ``path`` («settlements.0.name») set to the
    JSON text ``value`` (which may be something json.dumps cannot write)."""
    doc = copy.deepcopy(DOCUMENT)
    *parents, last = path.split("/")
    holder = doc
    for part in parents:
        holder = holder[int(part)] if isinstance(holder, list) else holder[part]
    key = int(last) if isinstance(holder, list) else last
    holder[key] = "@@VALUE@@"
    return json.dumps(doc, ensure_ascii=False).replace('"@@VALUE@@"', value)


def run_document(tmp_path, content, *extra):
    doc = tmp_path / "doc.json"
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    doc.write_bytes(content)
    return run("needs", "--input", str(doc), *extra)


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_the_readme_example_is_accepted_as_printed(tmp_path, extra):
    code, out, err = run_document(tmp_path, readme_document(), *extra)
    assert (code, err) == (0, "")
    if extra:
        assert json.loads(out)["population"] == 1762 + 226
    else:
        assert out.startswith("Розрахунок потреб") and "Ланнівська" in out


# (name, document text or bytes, a fragment the one line must contain)
BAD_DOCUMENTS = [
    ("list nested 1000 deep", "[" * 1000 + "]" * 1000, "вкладеність"),
    ("object nested 1000 deep", '{"a":' * 1000 + "1" + "}" * 1000, "вкладеність"),
    ("a field nested 900 deep", with_field("community", "[" * 900 + "]" * 900), "вкладеність"),
    ("a year of 5000 digits", with_field("year", "9" * 5000), "цифр"),
    ("a count of 1000 digits", with_field("indicators/6.1", "9" * 1000), "цифр"),
    ("a year of 25 digits", with_field("year", "9" * 25), "«year»"),
    ("a lone surrogate in the name", with_field("community", r'"\udc80"'), "\\udc80"),
    ("a lone surrogate in a key", with_field("indicators", r'{"\udc80": 1}'), "\\udc80"),
    (
        "a lone surrogate in a reason",
        with_field("parameter_reasons", r'{"months": "\udc80"}'),
        "\\udc80",
    ),
    ("a line break in a name", with_field("settlements/0/name", r'"Ла\nнна"'), "settlements[0]"),
    ("NaN", with_field("served_population", "NaN"), "NaN"),
    ("Infinity", with_field("rayon", '{"population": Infinity, "cases": 1}'), "Infinity"),
    ("-Infinity", with_field("indicators/6.1", "-Infinity"), "Infinity"),
    ("1e999", with_field("indicators/6.1", "1e999"), "indicators.6.1"),
    ("a list for the document", json.dumps([DOCUMENT]), "об’єкт"),
    ("a string for the document", '"Ланна"', "об’єкт"),
    ("a word for a number", with_field("year", '"двадцять"'), "«year»"),
    ("«²» for a number", with_field("indicators/6.1", '"²"'), "indicators.6.1"),
    ("«①» for a parameter", with_field("parameters", '{"months": "①"}'), "parameters.months"),
    ("«١٢» for a parameter", with_field("parameters", '{"months": "١٢"}'), "parameters.months"),
    (
        "5000 digits for a parameter",
        with_field("parameters", f'{{"months": "{"9" * 5000}"}}'),
        "parameters.months",
    ),
    (
        "a list for a parameter",
        with_field("parameters", '{"cases_indicator": [1]}'),
        "cases_indicator",
    ),
    ("an object for the settlements", with_field("settlements", "{}"), "settlements"),
    ("a list for a settlement", with_field("settlements/0", "[]"), "settlements[0]"),
    (
        "null for the population",
        with_field("settlements/0/population", "null"),
        "settlements[0].population",
    ),
    ("text for admin_center", with_field("settlements/0/admin_center", '"ні"'), "admin_center"),
    (
        "a list for starosta_district",
        with_field(
            "settlements/0", '{"name": "Ланна", "population": 5, "starosta_district": [[[]]]}'
        ),
        "starosta_district",
    ),
    (
        "a number for a reason",
        with_field("parameter_reasons", '{"months": 5}'),
        "parameter_reasons",
    ),
    ("null for the indicators", with_field("indicators", "null"), "indicators"),
    ("a list for the indicators", with_field("indicators", "[1, 2]"), "indicators"),
    ("true for a count", with_field("existing", '{"shelter": true}'), "existing.shelter"),
    ("a fraction for a count", with_field("existing", '{"shelter": 1.5}'), "existing.shelter"),
    ("a negative count", with_field("existing", '{"shelter": -1}'), "existing.shelter"),
    ("duplicate keys", '{"year": 2023, "year": 2024}', "year"),
    ("duplicate keys inside", with_field("indicators", '{"6.1": 1, "6.1": 2}'), "6.1"),
    ("UTF-16", json.dumps(DOCUMENT).encode("utf-16"), "UTF-8"),
    ("windows-1251", json.dumps(DOCUMENT, ensure_ascii=False).encode("cp1251"), "UTF-8"),
    ("an empty file", b"", "порожній"),
    ("only spaces", b" \n\t ", "порожній"),
    ("not JSON", "{not json", "рядок 1"),
    ("JSON followed by more", json.dumps(DOCUMENT) + " {}", "рядок 1"),
    ("a control character unescaped", '{"community": "a\x07b"}', "рядок 1"),
    ("too big", b" " * 6_000_000 + json.dumps(DOCUMENT).encode(), "завеликий"),
]


@pytest.mark.parametrize(
    ("content", "fragment"), [case[1:] for case in BAD_DOCUMENTS], ids=[c[0] for c in BAD_DOCUMENTS]
)
def test_a_bad_document_is_one_clear_line(tmp_path, content, fragment):
    code, out, err = run_document(tmp_path, content)
    assert_one_line_error(code, out, err, fragment)


@pytest.mark.parametrize(
    "content",
    [
        "\ufeff" + json.dumps(DOCUMENT, ensure_ascii=False),  # a BOM, as Notepad saves
        with_field("parameters", '{"counselling_threshold": null, "months": "12"}'),
        with_field("settlements/0/name", r'"\ud83c\udf3b Ланна"'),  # a surrogate pair is fine
        with_field("settlements/0/starosta_district", "null"),
    ],
)
def test_documents_a_person_may_well_write_are_accepted(tmp_path, content):
    code, out, err = run_document(tmp_path, content)
    assert (code, err) == (0, "") and "Розрахунок потреб" in out


def test_a_folder_for_the_document(tmp_path):
    assert_one_line_error(*run("needs", "--input", str(tmp_path)), "тека")


def test_a_missing_document_is_named_escaped(tmp_path):
    missing = str(tmp_path / "до\nкумент\udc80.json")
    assert_one_line_error(
        *run("needs", "--input", missing), "не знайдено", "до\\nкумент\\udc80.json"
    )


def _stdin(monkeypatch, data: bytes | None):
    monkeypatch.setattr(
        sys, "stdin", None if data is None else io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    )


@pytest.mark.parametrize(
    "data",
    [
        json.dumps(DOCUMENT, ensure_ascii=False).encode(),
        b"\xef\xbb\xbf" + json.dumps(DOCUMENT, ensure_ascii=False).encode(),
    ],
)
def test_a_document_from_stdin(monkeypatch, data):
    _stdin(monkeypatch, data)
    code, out, err = run("needs", "--input", "-")
    assert (code, err) == (0, "") and "Розрахунок потреб" in out


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (json.dumps(DOCUMENT, ensure_ascii=False).encode("cp1251"), "UTF-8"),
        (b"", "порожній"),
        (None, "закрито"),
    ],
)
def test_a_bad_document_from_stdin(monkeypatch, data, fragment):
    _stdin(monkeypatch, data)
    assert_one_line_error(*run("needs", "--input", "-"), fragment)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_document_is_refused_without_hanging():
    result = subprocess.run(
        [sys.executable, "-m", "hromada_desk", "needs", "--input", "/dev/zero"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert_one_line_error(result.returncode, result.stdout, result.stderr, "завеликий")


# --- property tests: any JSON at all, and any value in any field of a sound document ----

_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | _TEXT
    | st.sampled_from(
        [
            "",
            "0",
            "12",
            "1 762",
            "²",
            "١٢",
            "9" * 40,
            "6.1",
            "threshold",
            "settlements",
            "starosta_districts",
            "shelter",
        ]
    )
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=12,
)

# Every place a value can stand in a sound document.
_FIELDS = [
    "community",
    "year",
    "settlements",
    "settlements/0",
    "settlements/0/name",
    "settlements/0/population",
    "settlements/0/men",
    "settlements/0/admin_center",
    "settlements/0/starosta_district",
    "settlements/1/population",
    "indicators",
    "indicators/6.1",
    "indicators/6.3",
    "indicators/5.1",
    "existing",
    "existing/shelter",
    "existing/counselling_service",
    "rayon",
    "served_population",
    "parameters",
    "parameter_reasons",
]
_PARAMETERS = [
    "population_per_family_place",
    "brigade_cases_per_month",
    "months",
    "cases_indicator",
    "counselling_basis",
    "counselling_threshold",
]


def _encoded(value: object, utf8_surrogates: bool) -> bytes:
    if utf8_surrogates:  # what a careless program writes: not UTF-8 at all
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return json.dumps(value).encode("ascii")  # surrogates as \udc80 escapes


def _check(monkeypatch, data: bytes, as_json: bool) -> None:
    _stdin(monkeypatch, data)
    code, out, err = run("needs", "--input", "-", *(["--json"] if as_json else []))
    assert_contract(code, out, err)
    assert code != 2, err
    if code == 0:
        if as_json:
            report = json.loads(out)
            assert set(report) >= {"community", "year", "population", "services", "conclusion"}
            assert len(report["services"]) == 5
        else:
            assert out.startswith("Розрахунок потреб") and out.endswith("\n")


_PROPERTIES = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_PROPERTIES
@given(value=_JSON, as_json=st.booleans(), careless=st.booleans())
def test_any_json_at_all(monkeypatch, value, as_json, careless):
    _check(monkeypatch, _encoded(value, careless), as_json)


@_PROPERTIES
@given(field=st.sampled_from(_FIELDS), value=_JSON, as_json=st.booleans(), careless=st.booleans())
def test_any_value_in_any_field(monkeypatch, field, value, as_json, careless):
    doc = json.loads(with_field(field, json.dumps(value)))
    _check(monkeypatch, _encoded(doc, careless), as_json)


# Mostly values a parameter can take, so that changed parameters and their reasons print.
_PARAMETER_VALUES = (
    st.sampled_from(
        [
            1,
            5,
            12,
            0,
            "12",
            " 7 ",
            "6.1",
            "6.3",
            "threshold",
            "settlements",
            "starosta_districts",
            None,
        ]
    )
    | _JSON
)


@_PROPERTIES
@given(
    parameters=st.dictionaries(st.sampled_from(_PARAMETERS), _PARAMETER_VALUES, max_size=4),
    reasons=st.dictionaries(st.sampled_from(_PARAMETERS), _TEXT | _JSON, max_size=4),
    as_json=st.booleans(),
)
def test_any_parameters(monkeypatch, parameters, reasons, as_json):
    doc = {**DOCUMENT, "parameters": parameters, "parameter_reasons": reasons}
    _check(monkeypatch, _encoded(doc, False), as_json)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("population_per_family_place", 1_000_001),
        ("brigade_cases_per_month", 10_001),
        ("months", 13),
        ("months", 0),
    ],
)
def test_a_parameter_beyond_what_the_window_allows_is_one_line(tmp_path, name, value):
    import copy
    import json

    from hromada_desk.cli import main

    document = copy.deepcopy(DOCUMENT)
    document["parameters"] = {name: value}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["needs", "--input", str(path)], out=out, err=err) == 1
    assert err.getvalue().count("\n") == 1 and name in err.getvalue()
