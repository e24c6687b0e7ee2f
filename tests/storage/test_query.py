"""CommunityFile.query: plain-sqlite3 reads that behave like sqlite-utils' Database.query,
so that opening and reading a file never needs sqlite-utils (a slow import)."""

import subprocess
import sys

import pytest
from sqlite_utils import Database

from hromada_desk.storage.database import open_file

JOIN = (
    "SELECT s.id, s.name, p.year, p.total, s.id FROM settlement s "
    "JOIN population p ON p.settlement_id = s.id WHERE p.year = ? ORDER BY s.id"
)


def test_query_gives_the_same_rows_as_sqlite_utils(demo_path):
    with open_file(demo_path, readonly=True) as cf:
        ours = list(cf.query(JOIN, [2023]))
        theirs = list(Database(cf.conn, execute_plugins=False).query(JOIN, [2023]))
        named = list(cf.query("SELECT name FROM settlement WHERE id = :id", {"id": ours[0]["id"]}))
    assert ours and ours == theirs
    assert "id_2" in ours[0]  # a repeated column keeps its value under a new name
    assert named == [{"name": ours[0]["name"]}]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM population",
        "  -- a comment first\n UPDATE population SET total = 0",
        "/* a comment */ INSERT INTO population SELECT * FROM population WHERE 0",
    ],
)
def test_query_refuses_statements_without_rows_and_changes_nothing(demo_path, sql):
    with open_file(demo_path) as cf:
        before = list(cf.query("SELECT * FROM population ORDER BY rowid"))
        with pytest.raises(ValueError, match="return rows"):
            cf.query(sql)
        assert list(cf.query("SELECT * FROM population ORDER BY rowid")) == before
        assert not cf.changed


def test_opening_and_reading_a_file_does_not_import_sqlite_utils(demo_path):
    script = (
        "import sys\n"
        "from hromada_desk.storage import community_repo, council_repo, plans_repo\n"
        "from hromada_desk.storage.database import open_file\n"
        f"cf = open_file({str(demo_path)!r})\n"
        "assert community_repo.get_community(cf) is not None\n"
        "assert council_repo.list_members(cf) and council_repo.list_meetings(cf)\n"
        "assert plans_repo.list_plans(cf)\n"
        "assert 'sqlite_utils' not in sys.modules, 'read path imported sqlite_utils'\n"
        "cf.close()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_write_after_plain_reads_still_goes_through_a_transaction(demo_path):
    with open_file(demo_path) as cf:
        total = next(cf.query("SELECT count(*) AS n FROM population"))["n"]
        with pytest.raises(RuntimeError), cf.atomic() as db:
            db.execute("DELETE FROM population")
            raise RuntimeError("undo it")
        assert next(cf.query("SELECT count(*) AS n FROM population"))["n"] == total > 0
        assert cf.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
