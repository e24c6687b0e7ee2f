"""Guards the layering: Qt only in ui/ and app.py, SQL only in storage/."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "hromada_desk"
MODULES = sorted(PACKAGE.rglob("*.py"))
SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|"
    r"COMMIT|ROLLBACK|SAVEPOINT|ATTACH|VACUUM)\b",
    re.IGNORECASE,
)
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
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and SQL.match(node.value)
        and re.search(r"\b(FROM|INTO|TABLE|SET|=|\()", node.value)
    ]


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


# -- the direction of imports ---------------------------------------------------------------
#
#   base (errors, paths, resources, usage, crash_report) ← domain ← documents
#     ← storage | exports | imports (siblings: none imports another)
#     ← services ← ui, cli, app
#
# and of ui/ only the session and the file handling (ui/files/) open, lock and close files:
# every other part of the interface changes data through services and the session.

BASE = {
    "__init__",
    "__main__",
    "errors",
    "paths",
    "resources",
    "usage",
    "crash_report",
    "atomic",
    "settings",
    "console",
}
RANKS = {
    "base": 0,
    "domain": 1,
    "documents": 2,
    "storage": 3,
    "exports": 3,
    "imports": 3,
    "services": 4,
    "ui": 5,
    "cli": 5,
    "app": 5,
}
UI_FILE_HANDLING = ("ui/session.py", "ui/files/")

# Edges still to be removed: (importing module, imported module). Empty when the house is
# in order; a new entry here is a step back.
KNOWN: set[tuple[str, str]] = set()


def layer_of(name: str) -> str:
    """The layer of a module given by its path relative to the package ("ui/x.py")."""
    first = name.split("/")[0].removesuffix(".py")
    if first in BASE:
        return "base" if first != "__main__" else "cli"
    if first.startswith("cli"):
        return "cli"
    return first


def module_path(module: str) -> str | None:
    """ "hromada_desk.storage.database" → "storage/database.py" (or a package's __init__)."""
    parts = module.split(".")[1:]
    if not parts:
        return "__init__.py"
    file = PACKAGE.joinpath(*parts).with_suffix(".py")
    if file.exists():
        return relative(file)
    init = PACKAGE.joinpath(*parts, "__init__.py")
    return relative(init) if init.exists() else None


def imports_of(path: Path) -> set[str]:
    """The package's modules ``path`` imports, wherever in the file (type-checking blocks and
    imports inside functions too: a lazy import is still a dependency)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        for name in names:
            if name == "hromada_desk" or name.startswith("hromada_desk."):
                target = module_path(name)
                if target is not None:
                    found.add(target)
    # «from hromada_desk.storage import database» names the package and the module: keep
    # the module alone when both are there
    return {
        t
        for t in found
        if not (
            t.endswith("__init__.py")
            and any(o != t and o.startswith(t.removesuffix("__init__.py")) for o in found)
        )
    }


def is_violation(name: str, target: str) -> bool:
    """Whether module ``name`` may not import ``target`` (both paths in the package)."""
    here, there = layer_of(name), layer_of(target)
    if target == name or there == here:
        return False
    if RANKS[there] > RANKS[here]:
        return True  # upwards
    if RANKS[there] == RANKS[here] and here not in ("ui", "cli", "app"):
        return True  # storage, exports and imports are siblings
    return here == "ui" and there == "storage" and not name.startswith(UI_FILE_HANDLING)


def violations() -> set[tuple[str, str]]:
    return {
        (relative(path), target)
        for path in MODULES
        for target in imports_of(path)
        if is_violation(relative(path), target)
    }


def test_imports_point_down():
    found = violations()
    assert sorted(found - KNOWN) == [], "imports against the layers"
    assert sorted(KNOWN - found) == [], "fixed: remove from KNOWN"


def test_there_are_no_import_cycles():
    graph = {relative(p): imports_of(p) - {relative(p)} for p in MODULES}
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> None:
        if node in path:
            raise AssertionError("import cycle: " + " → ".join([*path[path.index(node) :], node]))
        if node in done:
            return
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if not target.endswith("__init__.py"):
                visit(target)
        path.pop()
        done.add(node)

    for node in sorted(graph):
        visit(node)


@pytest.mark.parametrize(
    ("name", "target", "wrong"),
    [
        ("exports/protocol.py", "services/protocol.py", True),  # upwards
        ("imports/workbook.py", "exports/template.py", True),  # siblings
        ("imports/workbook.py", "documents/template.py", False),
        ("exports/protocol_text.py", "documents/protocol.py", False),
        ("documents/protocol.py", "services/needs.py", True),  # documents depend on domain only
        ("documents/protocol.py", "exports/protocol_text.py", True),
        ("documents/needs_year.py", "domain/needs.py", False),
        ("storage/database.py", "domain/parsing.py", False),
        ("services/needs.py", "storage/database.py", False),
        ("ui/needs/page.py", "storage/database.py", True),  # edits go through services
        ("ui/session.py", "storage/database.py", False),
        ("ui/files/guard.py", "storage/working_copy.py", False),
        ("cli_files.py", "storage/copies.py", False),
        ("domain/needs.py", "errors.py", False),
        ("errors.py", "domain/parsing.py", True),
    ],
)
def test_the_rules_of_direction(name, target, wrong):
    assert is_violation(name, target) is wrong
