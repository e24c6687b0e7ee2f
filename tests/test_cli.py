import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hromada_desk import __version__
from hromada_desk.cli import main
from hromada_desk.storage.database import read_header


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_demo_then_check_succeed(tmp_path):
    path = tmp_path / "x.hromada"
    code, out, err = run("demo", str(path))
    assert (code, err) == (0, "")
    assert "Ланнівська" in out and read_header(path).user_version > 0
    code, out, err = run("check", str(path))
    assert (code, err) == (0, "")
    assert "Населені пункти: 11; роки з даними: 2022, 2023" in out
    assert "Цілісність: гаразд" in out
    assert "Перевірка даних: помилок 0, попереджень 4" in out
    assert "Климівка, 2023: чоловіки + жінки + діти = 930" in out


def test_demo_refuses_an_existing_file(tmp_path):
    path = tmp_path / "x.hromada"
    path.write_bytes(b"keep me")
    code, out, err = run("demo", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "уже існує" in err
    assert path.read_bytes() == b"keep me"


def test_demo_wants_the_hromada_extension(tmp_path):
    code, _, err = run("demo", str(tmp_path / "x.xlsx"))
    assert code == 1 and ".hromada" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_check_does_not_modify_the_file(demo_path):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert run("check", str(demo_path))[0] == 0
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "порожній"),
        (b"hello, world", "не є файлом громади"),
    ],
)
def test_check_refuses_an_unusable_file_with_one_line(tmp_path, content, message):
    path = tmp_path / "bad.hromada"
    path.write_bytes(content)
    code, out, err = run("check", str(path))
    assert code == 1 and out == ""
    assert err.startswith("hromada-desk: ") and message in err
    assert err.count("\n") == 1


def test_check_of_a_missing_file(tmp_path):
    code, _, err = run("check", str(tmp_path / "nope.hromada"))
    assert code == 1 and "не знайдено" in err


def test_wrong_usage_exits_2(capsys):
    assert run("check")[0] == 2
    assert "неправильний виклик" in capsys.readouterr().err
    assert run("--no-such-option")[0] == 2
    assert run("demo", "a.hromada", "extra")[0] == 2
    assert run("--demo", "a.hromada")[0] == 2


def test_version(capsys):
    assert run("--version")[0] == 0
    assert capsys.readouterr().out.strip() == f"hromada-desk {__version__}"


def test_help_lists_the_commands(capsys):
    assert run("--help")[0] == 0
    text = capsys.readouterr().out
    assert "demo" in text and "check" in text


def test_as_a_process_errors_have_no_traceback(tmp_path):
    bad = tmp_path / "bad.hromada"
    bad.write_text("not a database")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "hromada_desk", "check", str(bad)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("hromada-desk: Файл «bad.hromada» не є файлом")


def test_version_as_a_process_imports_no_qt_or_export_library():
    code = (
        "import sys, runpy; sys.argv=['hromada-desk','--version'];\n"
        "from hromada_desk.cli import main\n"
        "try:\n    main()\nfinally:\n"
        "    heavy=[m for m in ('PySide6','reportlab','openpyxl','sqlite_utils') "
        "if m in sys.modules]\n    print('HEAVY', heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("command", ["restore", "import"])
def test_the_commands_that_make_backups_load_no_qt(demo_path, tmp_path, command):
    """They follow the window's Settings, read from its settings file without Qt."""
    argv = (
        [command, str(demo_path), str(demo_path)]
        if command == "restore"
        else [command, str(demo_path), str(tmp_path / "нема.xlsx")]
    )
    code = (
        f"import sys; sys.argv=['hromada-desk', *{argv!r}];\n"
        "from hromada_desk.cli import main\n"
        "try:\n    main()\nfinally:\n"
        "    print('QT', 'PySide6' in sys.modules)"
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert "QT False" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["--version"], []),
        (["check", "--help"], ["hromada_desk.cli_files"]),
        (["protocol", "--help"], ["hromada_desk.cli_documents"]),
    ],
)
def test_a_command_loads_only_its_own_command_module(argv, loaded):
    code = (
        f"import sys; sys.argv=['hromada-desk', *{argv!r}];\n"
        "from hromada_desk.cli import main\n"
        "try:\n    main()\nfinally:\n"
        "    print('LOADED', sorted(m for m in sys.modules "
        "if m.startswith('hromada_desk.cli_')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert f"LOADED {loaded}" in result.stdout, result.stdout + result.stderr


def test_check_of_an_old_file_says_it_will_be_upgraded_and_leaves_it(tmp_path):
    from hromada_desk.services.demo import fill_demo
    from tests.oldfiles import old_file

    path = tmp_path / "old.hromada"
    old_file(path, fill_demo, 1)  # version 1 cannot hold the demo's action plan
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, _ = run("check", str(path))
    assert code == 0
    assert "Версія схеми: 1 (застаріла" in out and "плани дій: 0" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_needs_from_the_demo_file_as_text(demo_path):
    code, out, err = run("needs", str(demo_path), "--year", "2022")
    assert (code, err) == (0, "")
    assert "7070 : 10\u00a0000 = 0,707" in out
    assert "1) 1 : 7070 = 0,00014" in out
    assert "3) 1 : 12 : 40 = 0,002" in out


def test_needs_from_the_demo_file_as_json(demo_path):
    import json

    code, out, _ = run("needs", str(demo_path), "--year", "2023", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["services"]["mobile_brigade"]["K"] == 2
    assert result["services"]["shelter"]["required"] == 0.713


def test_needs_from_a_document(tmp_path):
    import json

    from tests.services.test_needs import DOCUMENT

    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(DOCUMENT, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run("needs", "--input", str(doc), "--json")
    assert code == 0 and json.loads(out)["population"] == 7130


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "не є правильним JSON: рядок 1"),
        ('{"year": 2023}', "«community»"),
    ],
)
def test_needs_bad_documents_exit_1_with_one_line(tmp_path, content, message):
    doc = tmp_path / "doc.json"
    doc.write_text(content, encoding="utf-8")
    code, out, err = run("needs", "--input", str(doc))
    assert code == 1 and out == "" and message in err and err.count("\n") == 1


def test_needs_year_without_data_exits_1(demo_path):
    code, _, err = run("needs", str(demo_path), "--year", "2030")
    assert code == 1 and "2030" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["needs"],
        ["needs", "x.hromada"],
        ["needs", "--year", "2023"],
        ["needs", "x.hromada", "--year", "рік"],
        ["needs", "x.hromada", "--input", "d.json"],
    ],
)
def test_needs_wrong_usage_exits_2(argv):
    assert run(*argv)[0] == 2


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_protocol_of_the_demo_meeting(demo_path, tmp_path, suffix):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    target = tmp_path / f"протокол{suffix}"
    code, out, err = run("protocol", str(demo_path), "--meeting", "1/2023", "-o", str(target))
    assert (code, err) == (0, "")
    # the demo's decision contradicts its calculation: said after the file's name
    assert out.splitlines()[0] == f"Протокол №1 від 30.06.2023 збережено: {target}"
    assert out.count("Увага: питання 3") == 2
    assert target.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert not target.with_name(target.name + ".part").exists()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before  # opened read-only


def test_protocol_twice_gives_the_same_pdf(demo_path, tmp_path):
    for name in ("a.pdf", "b.pdf"):
        assert (
            run("protocol", str(demo_path), "--meeting", "1/2023", "-o", str(tmp_path / name))[0]
            == 0
        )
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.mark.parametrize(
    ("meeting", "output", "message"),
    [
        ("2/2023", "x.pdf", "немає засідання №2 за 2023 рік"),
        ("1/2022", "x.pdf", "немає засідання №1 за 2022 рік"),
        ("1-2023", "x.pdf", "НОМЕР/РІК"),
        ("перше", "x.pdf", "НОМЕР/РІК"),
        ("0/2023", "x.pdf", "НОМЕР/РІК"),
        ("1/2023", "x.txt", "лише як PDF або DOCX"),
        ("1/2023", "x", "лише як PDF або DOCX"),
        ("1/2023", "no-such-folder/x.pdf", "такої теки не існує"),
    ],
)
def test_protocol_errors_exit_1_with_one_line(demo_path, tmp_path, meeting, output, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(
        "protocol", str(demo_path), "--meeting", meeting, "-o", str(out_dir / output)
    )
    assert code == 1 and out == ""
    assert err.startswith("hromada-desk: ") and message in err and err.count("\n") == 1
    assert list(out_dir.iterdir()) == []


def test_protocol_with_a_missing_font_file_exits_1(demo_path, tmp_path):
    code, _, err = run(
        "protocol",
        str(demo_path),
        "--meeting",
        "1/2023",
        "-o",
        str(tmp_path / "x.pdf"),
        "--font",
        str(tmp_path / "nope.ttf"),
    )
    assert code == 1 and "nope.ttf" in err and "не знайдено" in err
    assert not (tmp_path / "x.pdf").exists()


def test_protocol_of_a_missing_file_exits_1(tmp_path):
    code, _, err = run(
        "protocol",
        str(tmp_path / "nope.hromada"),
        "--meeting",
        "1/2023",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "не знайдено" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["protocol"],
        ["protocol", "x.hromada"],
        ["protocol", "x.hromada", "--meeting", "1/2023"],
        ["protocol", "x.hromada", "-o", "x.pdf"],
        ["protocol", "--meeting", "1/2023", "-o", "x.pdf"],
    ],
)
def test_protocol_wrong_usage_exits_2(argv):
    assert run(*argv)[0] == 2


def test_protocol_as_a_process(demo_path, tmp_path):
    target = tmp_path / "p.pdf"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hromada_desk",
            "protocol",
            str(demo_path),
            "--meeting",
            "1/2023",
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("name", "extra", "said"),
    [
        ("план.pdf", [], "План дій 2023–2025 збережено"),
        ("план.xlsx", ["--plan", "1"], "План дій 2023–2025 збережено"),
        ("звіт.pdf", ["--report", "2024"], "Звіт про виконання плану дій за 2024 збережено"),
        ("звіт.xlsx", ["--report", "2024-Q1"], "Звіт про виконання плану дій за 2024-Q1 збережено"),
    ],
)
def test_plan_of_the_demo_community(demo_path, tmp_path, name, extra, said):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    target = tmp_path / name
    code, out, err = run("plan", str(demo_path), "-o", str(target), *extra)
    assert (code, err) == (0, "")
    assert out.strip() == f"{said}: {target}"
    assert target.read_bytes()[:4] == (b"%PDF" if name.endswith(".pdf") else b"PK\x03\x04")
    assert not target.with_name(target.name + ".part").exists()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before  # opened read-only


@pytest.mark.parametrize(
    ("extra", "output", "message"),
    [
        (["--plan", "99"], "x.pdf", "немає плану дій з номером 99"),
        (["--report", "2024-Q5"], "x.pdf", "РІК-QКВАРТАЛ"),
        (["--report", "2030"], "x.xlsx", "поза строком плану"),
        ([], "x.docx", "лише як PDF або XLSX"),
        ([], "x", "лише як PDF або XLSX"),
        ([], "no-such-folder/x.pdf", "такої теки не існує"),
        (["--report", "2024"], "no-such-folder/x.xlsx", "такої теки не існує"),
    ],
)
def test_plan_errors_exit_1_with_one_line(demo_path, tmp_path, extra, output, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run("plan", str(demo_path), "-o", str(out_dir / output), *extra)
    assert code == 1 and out == ""
    assert err.startswith("hromada-desk: ") and message in err and err.count("\n") == 1
    assert list(out_dir.iterdir()) == []


def test_plan_of_a_file_without_a_plan_exits_1(tmp_path):
    from hromada_desk.storage.database import create_file

    path = tmp_path / "порожня.hromada"
    create_file(path, lambda cf: None).close()
    code, out, err = run("plan", str(path), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and out == "" and "немає жодного плану дій" in err
    assert err.count("\n") == 1 and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["plan"],
        ["plan", "x.hromada"],
        ["plan", "-o", "x.pdf"],
        ["plan", "x.hromada", "-o", "x.pdf", "--plan", "перший"],
    ],
)
def test_plan_wrong_usage_exits_2(argv):
    assert run(*argv)[0] == 2


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _indicator(path, value=None):
    from hromada_desk.storage import community_repo
    from hromada_desk.storage.database import open_file

    with open_file(path, readonly=value is None) as cf:
        if value is not None:
            community_repo.set_indicators(cf, 2023, {"6.1": value})
        return community_repo.get_indicators(cf, 2023).get("6.1")


def test_restore_replaces_the_file_and_backs_up_the_current_state(demo_path, tmp_path):
    from hromada_desk.paths import backups_dir
    from hromada_desk.storage.backups import BackupPolicy, list_backups

    backup = tmp_path / "копія.hromada"
    backup.write_bytes(demo_path.read_bytes())
    _indicator(demo_path, 77)
    code, out, err = run("restore", str(demo_path), str(backup))
    assert (code, err) == (0, "")
    assert _sha(demo_path) == _sha(backup)
    [saved] = list_backups(BackupPolicy(backups_dir()), demo_path)
    assert "before-restore" in saved.name and _indicator(saved) == 77
    assert out.splitlines() == [
        f"Файл громади «{demo_path}» відновлено з резервної копії «{backup}».",
        f"Попередній стан файлу збережено в резервній копії: {saved}",
    ]
    # and the restore itself can be undone from that backup
    assert run("restore", str(demo_path), str(saved))[0] == 0
    assert _indicator(demo_path) == 77


def test_restore_over_a_damaged_file_keeps_its_bytes_apart(demo_path, tmp_path):
    backup = tmp_path / "копія.hromada"
    backup.write_bytes(demo_path.read_bytes())
    damaged = demo_path.read_bytes()[:5000]
    demo_path.write_bytes(damaged)
    code, out, err = run("restore", str(demo_path), str(backup))
    assert (code, err) == (0, "")
    assert _sha(demo_path) == _sha(backup)
    assert "був пошкоджений" in out
    kept = Path(out.split("вміст збережено як ")[1].split(" (")[0])
    assert kept.read_bytes() == damaged and kept.suffix == ".damaged"


def test_restore_of_a_missing_file_creates_it(demo_path, tmp_path):
    target = tmp_path / "нова.hromada"
    code, out, _ = run("restore", str(target), str(demo_path))
    assert code == 0 and "створено" in out and _sha(target) == _sha(demo_path)


@pytest.mark.parametrize(
    ("backup", "message"),
    [
        (b"", "порожній"),
        (b"not a database at all" * 10, "не є файлом громади"),
    ],
)
def test_restore_refuses_a_bad_backup_and_leaves_the_file(demo_path, tmp_path, backup, message):
    bad = tmp_path / "bad.hromada"
    bad.write_bytes(backup)
    before = _sha(demo_path)
    code, out, err = run("restore", str(demo_path), str(bad))
    assert code == 1 and out == "" and message in err and err.count("\n") == 1
    assert _sha(demo_path) == before and bad.read_bytes() == backup


def test_restore_refuses_to_replace_a_file_of_another_program(demo_path, tmp_path):
    import sqlite3

    other = tmp_path / "other.hromada"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    before = _sha(other)
    code, out, err = run("restore", str(other), str(demo_path))
    assert code == 1 and out == "" and "іншої програми" in err and err.count("\n") == 1
    assert _sha(other) == before


def test_restore_of_a_missing_backup_exits_1(demo_path, tmp_path):
    before = _sha(demo_path)
    code, _, err = run("restore", str(demo_path), str(tmp_path / "nope.hromada"))
    assert code == 1 and "не знайдено" in err and _sha(demo_path) == before


def test_restore_backs_up_where_the_settings_say(demo_path, tmp_path, data_dir):
    """The window's Settings choose the backup folder and count; the command line follows
    them, reading the same settings file without Qt."""
    from hromada_desk.settings import Settings
    from hromada_desk.storage.backups import BackupPolicy, list_backups

    chosen = tmp_path / "мої копії"
    settings = Settings()  # the window's, in the data folder
    settings.backup_folder, settings.backups_kept = chosen, 3
    backup = tmp_path / "копія.hromada"
    backup.write_bytes(demo_path.read_bytes())
    assert run("restore", str(demo_path), str(backup))[0] == 0
    [saved] = list_backups(BackupPolicy(chosen), demo_path)
    assert saved.is_relative_to(chosen) and "before-restore" in saved.name
    for _ in range(4):
        assert run("restore", str(demo_path), str(backup))[0] == 0
    assert len(list_backups(BackupPolicy(chosen), demo_path)) == 3  # the count chosen
