"""Guards the layering: Qt only in ui/ and app.py, SQL only in storage/."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "hromada_desk"
MODULES = sorted(PACKAGE.rglob("*.py"))
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|"
                 r"COMMIT|ROLLBACK|SAVEPOINT|ATTACH|VACUUM)\b", re.IGNORECASE)
SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw"}


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def imported_roots(tree: ast.AST) -> set[str]:
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def sql_strings(tree: ast.AST) -> list[str]:
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and SQL.match(node.value) and re.search(r"\b(FROM|INTO|TABLE|SET|=|\()", node.value)]


def test_the_scan_sees_the_whole_package():
    names = {relative(p) for p in MODULES}
    assert {"cli.py", "app.py", "storage/database.py", "ui/main_window.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=relative)
def test_qt_only_in_ui_and_app(path):
    name = relative(path)
    if name.startswith("ui/") or name == "app.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert "PySide6" not in imported_roots(tree), f"{name} imports Qt"


@pytest.mark.parametrize("path", MODULES, ids=relative)
def test_sql_only_in_storage(path):
    name = relative(path)
    if name.startswith("storage/"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not (imported_roots(tree) & SQL_MODULES), f"{name} imports a database driver"
    assert sql_strings(tree) == [], f"{name} contains SQL"


def test_the_sql_detector_recognises_sql():
    tree = ast.parse('q = "SELECT name FROM settlement"\nw = "Select a file"')
    assert sql_strings(tree) == ["SELECT name FROM settlement"]
