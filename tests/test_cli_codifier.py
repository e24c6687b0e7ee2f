"""The codifier on the command line: new FILE --katottg CODE, link FILE, katottg TEXT."""

from __future__ import annotations

import hashlib

import pytest

from hromada_desk.domain.records import Community
from hromada_desk.services.demo import load_json
from hromada_desk.storage import community_repo
from hromada_desk.storage.database import open_file
from tests.clicontract import assert_contract, assert_one_line_error, raw_characters, run
from tests.test_cli_arguments import HOSTILE

LANNA = "UA53080190000081150"
DEMO = load_json("demo", "lanna.json")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_from_a_code_makes_the_community_and_says_so_in_one_line(tmp_path):
    path = tmp_path / "Ланна.hromada"
    code, out, err = run("new", str(path), "--katottg", LANNA.lower(), "--council-kind", "сільська")
    assert (code, err) == (0, "")
    assert out == (
        "Створено громаду «Ланнівська сільська територіальна громада» "
        f"({LANNA}, КАТОТТГ від 16.05.2025; населених пунктів: 11, центр — "
        f"с-ще Ланна): {path}\n"
    )
    with open_file(path, readonly=True) as cf:
        assert community_repo.get_community(cf) == Community(**DEMO["community"])
        settlements = community_repo.list_settlements(cf)
    assert sorted((s.name, s.kind.value, s.admin_center, s.katottg) for s in settlements) == sorted(
        (d["name"], d["kind"], d["admin_center"], d["katottg"]) for d in DEMO["settlements"]
    )


def test_new_takes_the_kind_of_council_from_the_centre(tmp_path):
    code, out, _ = run("new", str(tmp_path / "a.hromada"), "--katottg", LANNA)
    assert code == 0 and "«Ланнівська селищна територіальна громада»" in out


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("UA53080000000068029", "район «Полтавський район, Полтавська область», а не"),
        ("UA53000000000028050", "область «Полтавська область», а не"),
        ("UA53080190040048441", "населений пункт с. Коржиха"),
        ("UA99999999999999999", "немає в КАТОТТГ від 16.05.2025"),
        ("UA 5308\n0190\x07", "«UA 5308\\n0190\\x07» — не код КАТОТТГ"),
    ],
)
def test_new_with_a_code_of_no_community_says_so_in_one_line(tmp_path, value, fragment):
    code, out, err = run("new", str(tmp_path / "a.hromada"), "--katottg", value)
    assert_one_line_error(code, out, err, fragment, "hromada-desk katottg")
    assert list(tmp_path.iterdir()) == []


def test_new_never_writes_over_a_file_and_wants_the_extension(tmp_path):
    path = tmp_path / "a.hromada"
    path.write_bytes(b"keep me")
    assert_one_line_error(*run("new", str(path), "--katottg", LANNA), "уже існує")
    assert path.read_bytes() == b"keep me"
    assert_one_line_error(
        *run("new", str(tmp_path / "a\x07.xlsx"), "--katottg", LANNA), ".hromada", "a\\x07.xlsx"
    )


def test_new_without_a_code_or_with_an_unknown_kind_is_wrong_usage(tmp_path, capsys):
    assert run("new", str(tmp_path / "a.hromada"))[0] == 2
    assert (
        run("new", str(tmp_path / "a.hromada"), "--katottg", LANNA, "--council-kind", "обласна")[0]
        == 2
    )
    assert "неправильний виклик" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_code_keeps_the_contract(tmp_path, capsys, kind):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for argv in (
        ["new", str(out_dir / "a.hromada"), "--katottg", HOSTILE[kind]],
        ["katottg", HOSTILE[kind]],
    ):
        code, out, err = run(*argv)
        assert_contract(code, out, err)
        assert not raw_characters(capsys.readouterr().err)
    assert list(out_dir.iterdir()) == []


def test_link_of_the_demo_finds_every_settlement(demo_path):
    before = digest(demo_path)
    code, out, err = run("link", str(demo_path))
    assert (code, err) == (0, "")
    assert out == (
        f"Файл уже пов’язано з {LANNA} — Ланнівська територіальна громада, "
        "Полтавський район, Полтавська область (КАТОТТГ від 16.05.2025).\n"
        "Населені пункти з кодом: 11 з 11.\n"
    )
    assert digest(demo_path) == before


def _without_codes(path) -> None:
    with open_file(path) as cf:
        community_repo.set_codes(
            cf, None, {s.id: None for s in community_repo.list_settlements(cf)}
        )


def test_link_writes_the_codes_after_a_backup(demo_path, data_dir):
    _without_codes(demo_path)
    before = digest(demo_path)
    code, out, err = run("link", str(demo_path), "--dry-run")
    assert (code, err) == (0, "") and out.startswith(f"Буде пов’язано з {LANNA}")
    assert "файл громади не змінено" in out and digest(demo_path) == before
    code, out, err = run("link", str(demo_path))
    assert (code, err) == (0, "") and out.startswith(f"Пов’язано з {LANNA}")
    with open_file(demo_path, readonly=True) as cf:
        assert community_repo.get_community(cf).katottg == LANNA
        assert {s.katottg for s in community_repo.list_settlements(cf)} == {
            d["katottg"] for d in DEMO["settlements"]
        }
    assert any("before-link" in p.name for p in data_dir.rglob("*.hromada"))


def test_link_lists_the_unmatched_for_the_person(demo_path):
    with open_file(demo_path) as cf:
        korzhykha = next(s for s in community_repo.list_settlements(cf) if s.name == "Коржиха")
        korzhykha.name, korzhykha.katottg = "Коржиха\x07Стара", None
        community_repo.update_settlement(cf, korzhykha)
    code, out, err = run("link", str(demo_path))
    assert (code, err) == (0, "") and not raw_characters(out)
    assert out.splitlines()[1:] == [
        "Населені пункти з кодом: 10 з 11.",
        "Без коду — перевірте назву й тип або залиште як є (1):",
        "  с. Коржиха\\x07Стара: немає серед населених пунктів громади в кодифікаторі",
        "У кодифікаторі, але не у файлі (1):",
        "  с. Коржиха (UA53080190040048441)",
    ]


def test_link_to_a_rayon_is_one_line_and_changes_nothing(demo_path):
    before = digest(demo_path)
    assert_one_line_error(*run("link", str(demo_path), "--katottg", "UA53080000000068029"), "район")
    assert digest(demo_path) == before


def test_katottg_finds_codes_by_a_few_letters():
    code, out, err = run("katottg", "Ланн\u0069вська")  # a Latin «i»
    assert (code, err) == (0, "")
    assert out == (
        f"{LANNA}  Ланнівська територіальна громада, Полтавський район, "
        "Полтавська область\n(КАТОТТГ від 16.05.2025)\n"
    )
    code, out, _ = run("katottg", "а")
    assert code == 0 and "… показано перші 30; уточніть пошук." in out
    assert_one_line_error(*run("katottg", "жжжж"), "нічого не знайдено за «жжжж»")
