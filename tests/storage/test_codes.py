"""Codifier codes on the community and its settlements (schema version 4)."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from hromada_desk.domain.records import Community, Settlement, SettlementKind
from hromada_desk.errors import StorageError
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import create_file, open_file, read_header
from hromada_desk.storage.schema import SCHEMA_VERSION
from tests.oldfiles import old_file

LANNA = "UA53080190000081150"
LANNA_VILLAGE = "UA53080190010066776"
KORZHYKHA = "UA53080190040048441"
COMMUNITY = Community(
    "Ланнівська сільська територіальна громада",
    "Ланнівська сільська рада",
    "Ланнівської сільської ради",
    "Виконавчий комітет Ланнівської сільської ради",
    katottg=LANNA,
)


def _fill(cf):
    community_repo.save_community(cf, COMMUNITY)
    community_repo.add_settlement(
        cf, Settlement("Ланна", SettlementKind.SETTLEMENT, True, katottg=LANNA_VILLAGE)
    )
    community_repo.add_settlement(cf, Settlement("Коржиха", katottg=KORZHYKHA))
    community_repo.add_settlement(cf, Settlement("Нова Коржиха"))  # not in the codifier


def test_codes_are_written_and_read_back(tmp_path):
    with create_file(tmp_path / "a.hromada", _fill) as cf:
        assert community_repo.get_community(cf) == COMMUNITY
        assert [(s.name, s.katottg) for s in community_repo.list_settlements(cf)] == [
            ("Ланна", LANNA_VILLAGE),
            ("Коржиха", KORZHYKHA),
            ("Нова Коржиха", None),
        ]
        korzhykha = community_repo.list_settlements(cf)[1]
        community_repo.update_settlement(cf, dataclasses.replace(korzhykha, katottg=None))
        community_repo.save_community(cf, dataclasses.replace(COMMUNITY, katottg=None))
        assert community_repo.get_settlement(cf, korzhykha.id).katottg is None
        assert community_repo.get_community(cf).katottg is None


def test_a_file_of_version_3_is_upgraded_without_codes(tmp_path, policy):
    path = tmp_path / "old.hromada"
    old_file(path, _fill, 3)
    assert read_header(path).user_version == 3 < SCHEMA_VERSION
    with open_file(path, backups=policy) as cf:
        assert community_repo.get_community(cf) == dataclasses.replace(COMMUNITY, katottg=None)
        assert [s.katottg for s in community_repo.list_settlements(cf)] == [None] * 3
    assert read_header(path).user_version == SCHEMA_VERSION


@pytest.mark.parametrize(
    "code",
    ["UA5308019000008115", "ua53080190000081150", "UA5308019000008115٣", "53080190000081150xx", ""],
)
def test_a_code_of_the_wrong_shape_is_refused_before_sql(tmp_path, code):
    with create_file(tmp_path / "a.hromada", _fill) as cf:
        with pytest.raises(StorageError, match="КАТОТТГ"):
            community_repo.save_community(cf, dataclasses.replace(COMMUNITY, katottg=code))
        with pytest.raises(StorageError, match="КАТОТТГ"):
            community_repo.add_settlement(cf, Settlement("Куми", katottg=code))
        assert community_repo.get_community(cf).katottg == LANNA


@pytest.mark.parametrize(
    "code", ["UA5308019000008115", "UA530801900000811500", "ua53080190000081150"]
)
def test_the_schema_refuses_a_code_of_the_wrong_shape(tmp_path, code):
    with create_file(tmp_path / "a.hromada", _fill) as cf:
        for table in ("community", "settlement"):
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                cf.db.execute(f"UPDATE {table} SET katottg = ?", [code])


def test_two_settlements_never_share_a_code(tmp_path):
    # the services never try (a new community's and a link's codes are checked first)
    with create_file(tmp_path / "a.hromada", _fill) as cf:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            community_repo.add_settlement(cf, Settlement("Коржиха Друга", katottg=KORZHYKHA))
        assert len(community_repo.list_settlements(cf)) == 3


def test_codes_move_among_settlements_in_one_step(tmp_path):
    with create_file(tmp_path / "a.hromada", _fill) as cf:
        ids = [s.id for s in community_repo.list_settlements(cf)]
        community_repo.set_codes(cf, None, {ids[0]: KORZHYKHA, ids[1]: LANNA_VILLAGE, ids[2]: None})
        assert community_repo.get_community(cf).katottg is None
        assert [s.katottg for s in community_repo.list_settlements(cf)] == [
            KORZHYKHA,
            LANNA_VILLAGE,
            None,
        ]
        with pytest.raises(StorageError, match="КАТОТТГ"):
            community_repo.set_codes(cf, "UA1", {})
        assert community_repo.get_community(cf).katottg is None
