"""Locating the files in resources/, in a source checkout and in an installed package alike."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: inside the package when installed or frozen, else the checkout's."""
    candidates = [
        _PACKAGE / "resources",  # a wheel (force-included) or a frozen bundle
        _PACKAGE.parent.parent / "resources",  # src/hromada_desk in a checkout / editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; the installation is incomplete")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
