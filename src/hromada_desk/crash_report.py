"""The crash report people can copy and send: what a developer needs, no personal data.

What it keeps: the program's, Python's, Qt's and the system's versions; every exception of
the chain (causes and contexts) with its type; every frame with its file (the package's own
modules relative to the package, libraries relative to site-packages or the standard
library, anything else by its bare file name), line number, function and source line — that
is program text, never data.

What it never contains: local variables and ``repr``s of values (they are not captured), and
exception messages as they were. A message can quote anything — a member's name, a
settlement's figures, a file path with the user's name or the community's name — so each
message is reduced to what cannot identify anyone: ASCII words and identifiers (``'NoneType'
object has no attribute 'surname'``, ``CHECK constraint failed: length(name) <= 300``),
punctuation and short numbers. Every run of other letters (Ukrainian text: names, places,
titles) becomes ‹…›, every path ‹шлях›, every number of seven digits or more (a phone, an
identification code) ‹число›. A name spelled in Latin letters would pass; the program's
data is Ukrainian, so that is the accepted residue of keeping messages useful.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import platform
import re
import sys
import sysconfig
import traceback
from pathlib import Path
from types import TracebackType

from hromada_desk import APP_NAME, __version__

PACKAGE_DIR = Path(__file__).resolve().parent
MASKED_TEXT = "‹…›"
MASKED_PATH = "‹шлях›"
MASKED_NUMBER = "‹число›"
_LONGEST_MESSAGE = 300
_LONGEST_SHORT_NUMBER = 6

_TOKENS = re.compile(
    r"""
    (?P<path>(?:[A-Za-z]:)?[~.]{0,2}[\\/][^\s'"]*      # /home/…, C:\Users\…, ~/…, ./…
            |[^\s'"\\/]*[\\/][^\s'"]*)                 # folder/file
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[0-9]+)
  | (?P<space>[ \t]+)
  | (?P<punctuation>[!-~])
  | (?P<other>.)
""",
    re.VERBOSE | re.DOTALL,
)


_REPEATED_MASKS = re.compile(f"({re.escape(MASKED_TEXT)}|{re.escape(MASKED_PATH)})(?:[ .,-]*\\1)+")


# Masked before the message is split into tokens (they span what the tokens would split):
# a quoted text holding a path, a path whose folders have spaces in their names, an e-mail
# address, a phone number written with spaces or dashes.
_QUOTED_PATH = re.compile(r"""'[^'\n]*[\\/][^'\n]*'|"[^"\n]*[\\/][^"\n]*"|«[^»]*[\\/][^»]*»""")
_SPACED_PATH = re.compile(
    r"""(?:[A-Za-z]:[\\/]|~[\\/]|(?<![\w.])[\\/])[^\s'"«»]*"""
    r"""(?:[ \t]+[^\s'"«»\\/]*[\\/][^\s'"«»]*)*"""
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+[\d][\d ().-]{5,}\d|\(?\d[\d ().-]{7,}\d)(?![\w])")
_SHORTEST_PHONE = 9  # digits: «067 123 45 67»; a year range «2022-2023» has 8
_PATH_SENTINEL, _NUMBER_SENTINEL, _TEXT_SENTINEL = "HDMASKPATH", "HDMASKNUMBER", "HDMASKTEXT"
# Login names too common to be a person's (and common in messages).
_NOT_PERSONAL = {"root", "user", "admin", "users", "home", "public", "default"}


def _personal_words() -> set[str]:
    """The login and home-folder names: a person's name on most office computers."""
    import getpass

    words = {Path.home().name}
    with contextlib.suppress(Exception):  # no login name in some service environments
        words.add(getpass.getuser())
    return {w for w in words if len(w) >= 3 and w.casefold() not in _NOT_PERSONAL}


def _premask(message: str) -> str:
    message = _QUOTED_PATH.sub(lambda m: f"{m.group()[0]}{_PATH_SENTINEL}{m.group()[-1]}", message)
    message = _EMAIL.sub(_TEXT_SENTINEL, message)
    message = _PHONE.sub(
        lambda m: (
            _NUMBER_SENTINEL
            if sum(c.isdigit() for c in m.group()) >= _SHORTEST_PHONE
            else m.group()
        ),
        message,
    )
    message = _SPACED_PATH.sub(_PATH_SENTINEL, message)
    for word in _personal_words():
        message = re.sub(re.escape(word), _TEXT_SENTINEL, message, flags=re.IGNORECASE)
    return message


def safe_message(message: str) -> str:
    """An exception message with everything that could be personal data masked."""
    parts: list[str] = []
    for match in _TOKENS.finditer(_premask(" ".join(message.split()))):
        kind, text = match.lastgroup, match.group()
        if kind == "path":
            text = MASKED_PATH
        elif kind == "number" and len(text) > _LONGEST_SHORT_NUMBER:
            text = MASKED_NUMBER
        elif kind == "other" or text == _TEXT_SENTINEL:
            text = MASKED_TEXT
        elif text == _PATH_SENTINEL:
            text = MASKED_PATH
        elif text == _NUMBER_SENTINEL:
            text = MASKED_NUMBER
        parts.append(text)
    # «Ольга Петрівна Шевченко» is one mask, not one per letter and space.
    result = _REPEATED_MASKS.sub(lambda m: m.group(1), "".join(parts))
    if len(result) > _LONGEST_MESSAGE:
        result = result[:_LONGEST_MESSAGE] + "…"
    return result


def _roots() -> list[tuple[Path, str]]:
    """Folders whose files are named relative to them, most specific first."""
    roots = [(PACKAGE_DIR, PACKAGE_DIR.name)]
    for key, label in (
        ("purelib", "site-packages"),
        ("platlib", "site-packages"),
        ("stdlib", "python"),
        ("platstdlib", "python"),
    ):
        path = sysconfig.get_paths().get(key)
        if path:
            roots.append((Path(path).resolve(), label))
    return roots


def shown_path(filename: str, roots: list[tuple[Path, str]] | None = None) -> str:
    """A frame's file without the folders above it: they hold the user's name."""
    if filename.startswith("<") and filename.endswith(">"):
        return filename  # <frozen importlib._bootstrap>, <string>
    try:
        path = Path(filename).resolve()
    except (OSError, ValueError):
        return MASKED_PATH
    for root, label in roots if roots is not None else _roots():
        if path.is_relative_to(root):
            return f"{label}/{path.relative_to(root).as_posix()}"
    return path.name


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def _format(
    te: traceback.TracebackException, roots: list[tuple[Path, str]], seen: set[int]
) -> list[str]:
    lines: list[str] = []
    if id(te) in seen:
        return lines
    seen.add(id(te))
    if te.__cause__ is not None:
        lines += _format(te.__cause__, roots, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif te.__context__ is not None and not te.__suppress_context__:
        lines += _format(te.__context__, roots, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if te.stack:
        lines.append("Traceback (most recent call last):\n")
        for frame in te.stack:
            lines.append(
                f'  File "{shown_path(frame.filename, roots)}", line {frame.lineno}, '
                f"in {frame.name}\n"
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}\n")
    message = safe_message(str(te))
    name = _type_name(te.exc_type) if te.exc_type is not None else "Exception"
    lines.append(f"{name}: {message}\n" if message else f"{name}\n")
    for inner in getattr(te, "exceptions", None) or []:  # an ExceptionGroup's members
        lines += ["\n"] + [
            "  " + line for line in "".join(_format(inner, roots, seen)).splitlines(keepends=True)
        ]
    return lines


def format_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    toolkit: str = "",
) -> str:
    """The whole report: program and system first, then the exceptions, oldest first."""
    te = traceback.TracebackException(exc_type, exc, tb, capture_locals=False, compact=False)
    system = f"{platform.system()} {platform.release()} {platform.machine()}".strip()
    header = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.implementation.name})",
    ]
    if toolkit:
        header.append(toolkit)
    header += [system, dt.datetime.now().isoformat(timespec="seconds")]
    return "\n".join(header) + "\n\n" + "".join(_format(te, _roots(), set()))
