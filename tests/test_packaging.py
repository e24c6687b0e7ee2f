"""Portable mode: ``portable.txt`` beside the executable keeps all program data beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from hromada_desk import APP_NAME
from hromada_desk.paths import (
    DATA_DIR_VARIABLE,
    PORTABLE_DIR_VARIABLE,
    backups_dir,
    user_data_dir,
)


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake frozen bundle: sys.frozen set, sys.executable inside tmp_path/stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    executable = folder / "hromada-desk.exe"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.delenv(PORTABLE_DIR_VARIABLE, raising=False)
    return folder.resolve()


def platform_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def test_portable_txt_beside_the_executable_keeps_data_beside_it(program: Path):
    (program / "portable.txt").write_text("", encoding="utf-8")
    assert user_data_dir() == program / "data"
    assert backups_dir() == program / "data" / "backups"


def test_without_portable_txt_the_system_folder_is_used(program: Path):
    assert user_data_dir() == platform_folder()
    assert backups_dir() == platform_folder() / "backups"


def test_a_folder_named_portable_txt_is_not_the_marker(program: Path):
    (program / "portable.txt").mkdir()
    assert user_data_dir() == platform_folder()


def test_the_data_dir_variable_still_wins(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    (program / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "elsewhere"))
    assert user_data_dir() == tmp_path / "elsewhere"


def test_from_sources_portable_mode_needs_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.delenv(PORTABLE_DIR_VARIABLE, raising=False)
    # not frozen: a portable.txt beside the Python interpreter means nothing
    assert not getattr(sys, "frozen", False)
    assert user_data_dir() == platform_folder()
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv(PORTABLE_DIR_VARIABLE, str(tmp_path))
    assert user_data_dir() == tmp_path / "data"
    assert backups_dir() == tmp_path / "data" / "backups"


def test_portable_variable_without_the_marker_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv(PORTABLE_DIR_VARIABLE, str(tmp_path))
    assert user_data_dir() == platform_folder()


PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def test_the_icons_are_rendered_from_the_svg(tmp_path: Path, qapp):
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    written = make_icons.make_icons(tmp_path)
    assert {p.name for p in written} == (
        {f"hromada-desk-{s}.png" for s in make_icons.SIZES} | {"hromada-desk.ico"}
    )
    ico = (tmp_path / "hromada-desk.ico").read_bytes()
    assert ico[:6] == bytes([0, 0, 1, 0, len(make_icons.SIZES), 0])
    assert (tmp_path / "hromada-desk-16.png").read_bytes().startswith(b"\x89PNG")


def test_the_desktop_entry_starts_the_program_with_its_icon():
    lines = (PACKAGING / "hromada-desk.desktop").read_text(encoding="utf-8").splitlines()
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert lines[0] == "[Desktop Entry]"
    assert entry["Exec"].split()[0] == "hromada-desk"
    assert (PACKAGING / "icons" / f"{entry['Icon']}.svg").is_file()


def test_what_the_windows_tests_import_exists():
    """tests/windows runs only under wine (CI's last step): a module it imports, in its code or
    in the programs it starts (code in its strings), that moved away would fail there alone."""
    import ast
    import importlib
    import importlib.util

    def imports(tree: ast.AST) -> list[tuple[str, str]]:
        found = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("hromada_desk"):
                found += [(node.module or "", alias.name) for alias in node.names]
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "from hromada_desk" in node.value
            ):
                found += imports(ast.parse(node.value))
        return found

    checked = []
    for path in sorted((Path(__file__).parent / "windows").glob("*.py")):
        for module_name, name in imports(ast.parse(path.read_text(encoding="utf-8"))):
            module = importlib.import_module(module_name)
            assert hasattr(module, name) or importlib.util.find_spec(f"{module_name}.{name}"), (
                f"{path.name}: {module_name}.{name}"
            )
            checked.append(f"{module_name}.{name}")
    assert "hromada_desk.ui.files.lock.FileLock" in checked
    assert "hromada_desk.storage.lock_info.read_lock" in checked
