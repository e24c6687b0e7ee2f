"""The domain's limits (domain/limits.py) agree with the CHECK constraints of a fresh
community file, so that a value the forms let through is never refused by the file."""

from __future__ import annotations

import re

import pytest

from hromada_desk.domain import limits
from hromada_desk.storage.database import create_file

_LENGTH = re.compile(r"length\((\w+)\) (?:<= |BETWEEN \d+ AND )(\d+)")
_BETWEEN = re.compile(r"\b(\w+) BETWEEN (\d+) AND (\d+)")
_DATES = re.compile(r"\b(\w+) BETWEEN '([\d-]+)' AND '([\d-]+)'")
_GLOB = re.compile(r"\b(\w+) GLOB '([^']*)'")


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict[str, str]:
    """CREATE TABLE statements of a fresh file, as SQLite itself stores them."""
    path = tmp_path_factory.mktemp("schema") / "fresh.hromada"
    with create_file(path, lambda cf: None) as cf:
        return {
            r["name"]: r["sql"]
            for r in cf.db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        }


def _constraints(schema: dict[str, str], pattern: re.Pattern[str]) -> dict:
    found = {}
    for table, sql in schema.items():
        for column, *bounds in pattern.findall(sql):
            found[(table, column)] = tuple(bounds)
    return found


def test_every_text_limit_of_the_schema_is_the_domain_limit(schema):
    in_schema = {key: int(limit) for key, (limit,) in _constraints(schema, _LENGTH).items()}
    assert len(in_schema) > 40  # the scan sees the schema
    assert in_schema == limits.TEXT_COLUMNS


def test_every_number_bound_of_the_schema_is_the_domain_bound(schema):
    found = {
        key: (int(low), int(high)) for key, (low, high) in _constraints(schema, _BETWEEN).items()
    }
    years = {key: bounds for key, bounds in found.items() if key[1] == "year"}
    assert len(years) >= 6
    assert set(years.values()) == {(limits.MIN_YEAR, limits.MAX_YEAR)}
    assert {k: v for k, v in found.items() if k[1] != "year"} == limits.NUMBER_COLUMNS


def test_every_date_in_the_schema_has_the_domain_range(schema):
    dates = _constraints(schema, _DATES)
    assert {
        ("member", "member_from"),
        ("meeting", "date"),
        ("action_plan", "approved_date"),
    } <= set(dates)
    assert set(dates.values()) == {(limits.MIN_DATE.isoformat(), limits.MAX_DATE.isoformat())}


def test_every_code_column_has_the_domain_shape(schema):
    globs = _constraints(schema, _GLOB)
    codes = {key: glob for key, (glob,) in globs.items() if key[1] == "katottg"}
    assert set(codes) == limits.CODE_COLUMNS
    assert set(codes.values()) == {limits.KATOTTG_GLOB}


def test_the_code_pattern_of_the_domain_is_the_schemas(schema):
    from hromada_desk.domain.parsing import KATOTTG_CODE, parse_katottg

    # what the GLOB lets through, the domain reads; and nothing else
    assert KATOTTG_CODE.fullmatch("UA53080190000081150")
    for wrong in (
        "UA5308019000008115",
        "UA530801900000811500",
        "ua53080190000081150",
        "UA5308019000008115٣",
        "UA5308019000008115x",
    ):
        assert not KATOTTG_CODE.fullmatch(wrong), wrong
    assert parse_katottg(" ua 53080190000081150 ") == "UA53080190000081150"
    assert parse_katottg("UA5308019000008115٣") is None


def test_records_keep_the_same_bounds():
    from hromada_desk.domain import records

    assert (records.MIN_YEAR, records.MAX_YEAR, records.MAX_POPULATION) == (
        limits.MIN_YEAR,
        limits.MAX_YEAR,
        limits.MAX_POPULATION,
    )
    assert limits.MIN_DATE.year == limits.MIN_YEAR and limits.MAX_DATE.year == limits.MAX_YEAR
