"""reportlab imported without compiling, at import, the long regular expressions it never
uses for our documents (its URI pattern, used for links and the hyphenation of web
addresses, takes 40 ms of a protocol's quarter of a second; a sandbox's list of unsafe
names 10 ms more). They are compiled the first time they are used."""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

# Patterns at least this long, compiled by reportlab's own modules, are made lazily.
LONG_PATTERN = 300
_lock = threading.Lock()


class LazyPattern:
    """A compiled pattern made the first time one of its methods is used."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


_compile = re.compile


def _compile_lazily(pattern: Any, flags: int = 0) -> Any:
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if (isinstance(pattern, str) and len(pattern) >= LONG_PATTERN
            and caller.startswith("reportlab.")):
        return LazyPattern(pattern, flags)
    return _compile(pattern, flags)


def import_platypus() -> None:
    """Import reportlab's page layout (platypus) if it is not yet, its long patterns lazy."""
    if "reportlab.platypus" in sys.modules:
        return
    with _lock:
        re.compile = _compile_lazily
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = _compile
