"""Every command's arguments, given anything a person (or a script) might type: the command
ends with exit 0, or exit 1 and one escaped line, or exit 2; never a traceback, and a
number argument never takes digits other than 0–9."""

import pytest

from tests.clicontract import assert_contract, assert_one_line_error, raw_characters, run

# The kinds of hostile text, each put into every argument below.
HOSTILE = {
    "superscript": "²",
    "circled": "①",
    "arabic-indic": "٢٠٢٣",
    "fullwidth": "２０２３",
    "25 digits": "9" * 25,
    "5000 digits": "9" * 5000,
    "negative": "-1",
    "zero": "0",
    "plus sign": "+2023",
    "underscore": "2_023",
    "fraction": "2023.0",
    "exponent": "2e3",
    "empty": "",
    "spaces": "   ",
    "line break": "20\n23",
    "control": "\x07\x1b[2J",
    "surrogate": "\udc80",
    "long text": "я" * 10_000,
}

# Each argument, with {v} where the hostile text goes: {demo} is a copy of the demo file,
# {out} a folder for anything written.
NUMBER_ARGUMENTS = {
    "needs --year": ["needs", "{demo}", "--year", "{v}"],
    "template --year": ["template", "{demo}", "-o", "{out}/t.xlsx", "--year", "{v}"],
    "protocol --meeting number": [
        "protocol",
        "{demo}",
        "--meeting",
        "{v}/2023",
        "-o",
        "{out}/p.pdf",
    ],
    "protocol --meeting year": ["protocol", "{demo}", "--meeting", "1/{v}", "-o", "{out}/p.pdf"],
    "plan --plan": ["plan", "{demo}", "-o", "{out}/p.xlsx", "--plan", "{v}"],
    "plan --report year": ["plan", "{demo}", "-o", "{out}/p.xlsx", "--report", "{v}"],
    "plan --report quarter": ["plan", "{demo}", "-o", "{out}/p.xlsx", "--report", "2024-Q{v}"],
    "statistics --years": ["statistics", "{demo}", "-o", "{out}/s.xlsx", "--years", "{v}"],
    "statistics --years first": [
        "statistics",
        "{demo}",
        "-o",
        "{out}/s.xlsx",
        "--years",
        "{v}-2023",
    ],
    "statistics --years last": [
        "statistics",
        "{demo}",
        "-o",
        "{out}/s.xlsx",
        "--years",
        "2022-{v}",
    ],
    "statistics --suppress-below": [
        "statistics",
        "{demo}",
        "-o",
        "{out}/s.xlsx",
        "--suppress-below",
        "{v}",
    ],
    "consolidate --years": ["consolidate", "{demo}", "-o", "{out}/c.xlsx", "--years", "2022-{v}"],
    "consolidate --suppress-below": [
        "consolidate",
        "{demo}",
        "-o",
        "{out}/c.xlsx",
        "--suppress-below",
        "{v}",
    ],
    "due --date": ["due", "{demo}", "--date", "{v}.11.2024"],
    "assignments --date": ["assignments", "{demo}", "-o", "{out}/a.xlsx", "--date", "05.11.{v}"],
}

# Arguments that name files: any name may be a real one, so 0 is a fine outcome too.
NAME_ARGUMENTS = {
    "needs --input": ["needs", "--input", "{out}/{v}"],
    "protocol -o": ["protocol", "{demo}", "--meeting", "1/2023", "-o", "{out}/{v}.docx"],
    "protocol --font": [
        "protocol",
        "{demo}",
        "--meeting",
        "1/2023",
        "-o",
        "{out}/p.pdf",
        "--font",
        "{out}/{v}.ttf",
    ],
    "plan -o": ["plan", "{demo}", "-o", "{out}/{v}.xlsx"],
    "statistics -o": ["statistics", "{demo}", "-o", "{out}/{v}.xlsx"],
    "template -o": ["template", "{demo}", "-o", "{out}/{v}.xlsx", "--year", "2023"],
    "consolidate -o": ["consolidate", "{demo}", "-o", "{out}/{v}.xlsx"],
    "assignments -o": ["assignments", "{demo}", "-o", "{out}/{v}.pdf"],
    "demo": ["demo", "{out}/{v}.hromada"],
}

# Too slow to write a whole document for every kind: file names that a run would accept
# are tried for these kinds only.
SLOW_NAME_KINDS = ("line break", "surrogate", "long text", "control")


def _argv(template, value, demo_path, tmp_path):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return [
        part.replace("{demo}", str(demo_path)).replace("{out}", str(out)).replace("{v}", value)
        for part in template
    ]


def _check(argv, capsys):
    code, out, err = run(*argv)
    usage = capsys.readouterr().err  # argparse writes its usage errors to sys.stderr
    assert_contract(code, out, err)
    if code == 2:
        assert "Traceback" not in usage and not raw_characters(usage), usage
    return code, out, err


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("argument", NUMBER_ARGUMENTS)
def test_a_number_argument_takes_only_a_number(demo_path, tmp_path, capsys, argument, kind):
    argv = _argv(NUMBER_ARGUMENTS[argument], HOSTILE[kind], demo_path, tmp_path)
    code, _, _ = _check(argv, capsys)
    assert code in (1, 2), f"{argument} accepted «{HOSTILE[kind][:20]}»"
    assert not any((tmp_path / "out").iterdir())  # nothing written on the way


def _names():
    for argument in ("needs --input", "protocol --font", "demo"):
        for kind in HOSTILE:
            if kind not in SLOW_NAME_KINDS:
                yield pytest.param(argument, kind, id=f"{argument}-{kind}")


@pytest.mark.parametrize(("argument", "kind"), list(_names()))
def test_a_name_argument_keeps_the_contract(demo_path, tmp_path, capsys, argument, kind):
    _check(_argv(NAME_ARGUMENTS[argument], HOSTILE[kind], demo_path, tmp_path), capsys)


def _odd_names():
    for argument in NAME_ARGUMENTS:
        for kind in SLOW_NAME_KINDS:
            yield pytest.param(argument, kind, id=f"{argument}-{kind}")


@pytest.mark.parametrize(("argument", "kind"), list(_odd_names()))
def test_an_odd_file_name_keeps_the_contract(demo_path, tmp_path, capsys, argument, kind):
    code, out, _ = _check(
        _argv(NAME_ARGUMENTS[argument], HOSTILE[kind], demo_path, tmp_path), capsys
    )
    if code == 0:  # a name the system took: said back escaped
        assert not raw_characters(out) and ("збережено" in out or "Створено" in out)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["needs", "{demo}", "--year", "2030"], "2030"),  # a year without data: exit 1
        (["protocol", "{demo}", "--meeting", "1001/2023", "-o", "{out}/p.pdf"], "від 1 до 1000"),
        (
            ["protocol", "{demo}", "--meeting", "1/\n2023\x07", "-o", "{out}/p.pdf"],
            "1/\\n2023\\x07",
        ),
        (["statistics", "{demo}", "-o", "{out}/s.xlsx", "--years", "2023-2022"], "2023-2022"),
        (["plan", "{demo}", "-o", "{out}/p.xlsx", "--report", "2024-Q\udc80"], "2024-Q\\udc80"),
        (
            ["protocol", "{demo}", "--meeting", "1/2023", "-o", "{out}/p.pdf", "--font", ""],
            "Файл шрифту",
        ),  # an empty name is not «the default font»
    ],
)
def test_a_wrong_value_is_one_line_that_echoes_it_escaped(demo_path, tmp_path, argv, fragment):
    assert_one_line_error(*run(*_argv(argv, "", demo_path, tmp_path)), fragment)


@pytest.mark.parametrize(
    "argv",
    [
        ["needs", "{demo}", "--year", "٢٠٢٣"],
        ["template", "{demo}", "-o", "{out}/t.xlsx", "--year", "+2023"],
        ["statistics", "{demo}", "-o", "{out}/s.xlsx", "--suppress-below", "①"],
        ["plan", "{demo}", "-o", "{out}/p.xlsx", "--plan", "9" * 25],
        ["needs", "{demo}", "--year", "2023", "extra\nargument\udc80"],
    ],
)
def test_a_wrong_call_exits_2_with_the_value_escaped(demo_path, tmp_path, capsys, argv):
    code, out, err = run(*_argv(argv, "", demo_path, tmp_path))
    usage = capsys.readouterr().err
    assert (code, out, err) == (2, "", "")
    assert usage.splitlines()[-1].startswith("hromada-desk ")
    assert "неправильний виклик" in usage and not raw_characters(usage), usage


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["needs", "{demo}", "--year", " 2023 "], "за 2023 рік"),
        (
            [
                "statistics",
                "{demo}",
                "-o",
                "{out}/s.xlsx",
                "--years",
                "2022–2023",
                "--suppress-below",
                "5",
            ],
            "Статистику за 2022, 2023",
        ),
        (["plan", "{demo}", "-o", "{out}/p.xlsx", "--report", "2024-Q1"], "за 2024-Q1"),
    ],
)
def test_arguments_as_people_write_them_still_work(demo_path, tmp_path, argv, said):
    code, out, err = run(*_argv(argv, "", demo_path, tmp_path))
    assert (code, err) == (0, "") and said in out
