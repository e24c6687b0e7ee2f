"""The command line's contract, checked the same way by every test of hostile input: exit 0,
or exit 1 with one escaped Ukrainian line on stderr (nothing on stdout), or exit 2."""

from __future__ import annotations

import io
import unicodedata

from hromada_desk.cli import main

# Characters that must never reach a person's terminal raw from echoed input.
_UNSHOWN = ("Cc", "Cs")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def raw_characters(text: str, allowed: str = "\n") -> list[str]:
    """Control characters and lone surrogates in ``text`` (but those ``allowed``)."""
    return [ch for ch in text if ch not in allowed and unicodedata.category(ch) in _UNSHOWN]


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    """Exit 1, nothing on stdout, and one line on stderr that names the program, keeps
    echoed input escaped and contains each of ``fragments``."""
    assert code == 1, (code, out, err)
    assert out == "", out
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("hromada-desk: ") and "Traceback" not in err, err
    assert not raw_characters(err), err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


def assert_contract(code: int, out: str, err: str) -> None:
    """Whatever the outcome: 0 with nothing on stderr, 1 with one line, or 2 (usage)."""
    assert code in (0, 1, 2), code
    if code == 0:
        assert err == "" and not raw_characters(out, "\n\t"), (out, err)
    elif code == 1:
        assert_one_line_error(code, out, err)
