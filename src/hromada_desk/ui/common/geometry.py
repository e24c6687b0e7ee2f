"""Window sizes that fit the screen, including a 1366×768 laptop at 150 % scaling."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or to 90 % of the available screen if that is smaller."""
    screen = widget.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    widget.resize(width, height)
