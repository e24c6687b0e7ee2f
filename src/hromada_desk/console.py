"""How the program and its scripts write to pipes and files: UTF-8 whatever the code page.

A Windows pipe or a redirected file gets the ANSI code page (cp1252 on a GitHub runner, cp1251
on a Ukrainian Windows), which cannot hold «→», «×» or Ukrainian on the first and JSON's UTF-8
on any; a print of them would end the program with UnicodeEncodeError. A console is left
alone: Python writes it as Unicode whatever its code page.
"""

from __future__ import annotations

import sys
from typing import TextIO


def utf8(stream: TextIO | None) -> TextIO | None:
    """``stream`` switched to UTF-8 unless it is a console; it keeps its way with what it
    cannot write (stderr's is to escape it). None (no stream at all) stays None."""
    reconfigure = getattr(stream, "reconfigure", None)
    if stream is not None and reconfigure is not None and not stream.isatty():
        reconfigure(encoding="utf-8", errors=stream.errors)
    return stream


def utf8_output() -> None:
    """Both sys.stdout and sys.stderr as ``utf8`` leaves them: the first call of a script."""
    utf8(sys.stdout)
    utf8(sys.stderr)
