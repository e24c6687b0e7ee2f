"""reportlab imported without compiling, at import, the long regular expressions it never
uses for our documents (its URI pattern, used for links and the hyphenation of web
addresses, takes 40 ms of a protocol's quarter of a second; a sandbox's list of unsafe
names 10 ms more; the CJK characters' range of a wrapping recipe 4 ms). They are compiled
the first time they are used.

The hyphenation of a justified paragraph asks the URI pattern about every word it may break.
The pattern matches only text holding «://», so a word without it is answered at once and
the pattern is never compiled for a document without a web address.

reportlab also imports Pillow's Image module when it starts (for pictures, which none of our
documents has): about 20 ms and Pillow's C library. That module is put in place unloaded, to be
loaded the first time anything of it is used."""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from typing import Any

# Patterns at least this long, compiled by reportlab's own modules, are made lazily.
LONG_PATTERN = 300
_lock = threading.Lock()


# How reportlab's URI pattern begins: a scheme and «://», which every text it matches holds.
URI_HEAD = r"(^(?:[a-z0-9\.\-\+]*)://)"
# The last character a pattern's range reaches when it spans most of Unicode's first plane.
WIDE_RANGE = "\uffff"


class LazyPattern:
    """A compiled pattern made the first time one of its methods is used. ``needs``: a text
    every match holds; ``match`` answers None at once for a string without it."""

    __slots__ = ("_compiled", "_flags", "_needs", "_pattern")

    def __init__(self, pattern: str, flags: int, needs: str = "") -> None:
        self._pattern, self._flags, self._needs = pattern, flags, needs
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(self._pattern, self._flags)
        return getattr(self._compiled, name)

    def match(self, string: Any, *args: Any) -> Any:
        if self._needs and isinstance(string, str) and self._needs not in string:
            return None
        return self.__getattr__("match")(string, *args)


_compile = re.compile


def _compile_lazily(pattern: Any, flags: int = 0) -> Any:
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if (
        isinstance(pattern, str)
        and caller.startswith("reportlab.")
        and (len(pattern) >= LONG_PATTERN or WIDE_RANGE in pattern)
    ):
        return LazyPattern(pattern, flags, "://" if pattern.startswith(URI_HEAD) else "")
    return _compile(pattern, flags)


def _defer_pillow() -> None:
    """Pillow's Image module in sys.modules, loaded when first used (importlib's LazyLoader).
    Set on the PIL package too: «from PIL import Image», reportlab's way, then takes it
    without touching it. Anything unexpected: left to be imported as usual."""
    if "PIL.Image" in sys.modules:
        return
    try:
        import PIL

        spec = importlib.util.find_spec("PIL.Image")
        if spec is None or spec.loader is None:
            return
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules["PIL.Image"] = module
        spec.loader.exec_module(module)
        PIL.Image = module  # type: ignore[attr-defined]
    except Exception:  # only a speed-up: reportlab then imports Pillow itself
        sys.modules.pop("PIL.Image", None)


def import_platypus() -> None:
    """Import reportlab's page layout (platypus) if it is not yet, its long patterns and
    Pillow lazy."""
    if "reportlab.platypus" in sys.modules:
        return
    with _lock:
        _defer_pillow()
        re.compile = _compile_lazily
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = _compile
