"""Open a community file in the real window, scroll its population grid and visit every page.

Run: .venv/bin/python benchmarks/big_file_gui.py FILE [--steps 40]
The window is made as ``app.py::run_gui`` makes it (``create_application``,
``build_window(interactive=False)``, ``open_path``), shown, then: the «Населені пункти і
населення» page (navigation row 1) until it is painted; its grid scrolled to the end in steps,
each step painted; then every other page once, each painted. Prints one JSON line: seconds from
this script's start to the population page's first paint, to the end of the scroll, in all;
the grid's rows, whether its last row is shown, and per page the seconds and the peak RSS
(ru_maxrss) so far. A page counts as painted when a paint event reaches a widget inside it,
delivered by the event loop as on a screen (or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView, QWidget  # noqa: E402

from hromada_desk.app import build_window, create_application  # noqa: E402
from hromada_desk.console import utf8_output  # noqa: E402

POPULATION_ROW = 1
WAIT_SECONDS = 60.0


class PaintWatch(QObject):
    """Remembers which watched widgets received a paint event since it was last cleared.

    It watches the widgets it is told to (a page and everything in it), not the whole
    application: a Python filter on every event would slow down what is measured.
    """

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait_for(self, app: QApplication, inside: QWidget) -> None:
        """Run the event loop until ``inside`` or a widget in it is painted."""
        widgets = [inside, *inside.findChildren(QWidget)]
        self.painted = False
        for widget in widgets:
            widget.installEventFilter(self)
        deadline = time.perf_counter() + WAIT_SECONDS
        while not self.painted:
            if time.perf_counter() > deadline:
                raise SystemExit(f"nothing in {type(inside).__name__} was painted")
            app.processEvents()
        for widget in widgets:
            widget.removeEventFilter(self)


def current_page(window: QWidget) -> QWidget:
    """The page the navigation shows (its scroll area's widget, if it has one)."""
    shown = window.stack.currentWidget()  # type: ignore[attr-defined]
    if isinstance(shown, QAbstractScrollArea) and hasattr(shown, "widget") and shown.widget():
        return shown.widget()
    return shown


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--steps", type=int, default=40, help="scroll steps to the end")
    args = parser.parse_args()

    app = create_application()
    watch = PaintWatch()
    window = build_window(interactive=False)
    if not window.files.open_path(args.file):
        return 1
    window.show()
    pages: dict[str, dict[str, float]] = {}

    def visit(row: int) -> QWidget:
        start = time.perf_counter()
        window.navigation.setCurrentRow(row)  # a page not built yet is built now
        page = current_page(window)
        watch.wait_for(app, page)
        pages[window.navigation.item(row).text()] = {
            "seconds": round(time.perf_counter() - start, 3), "peak_mb": round(peak_mb(), 1)}
        return page

    population = visit(POPULATION_ROW)
    first_paint = time.perf_counter() - STARTED
    view = population.findChild(QTableView)
    if view is None:
        raise SystemExit("the population page has no table")
    bar = view.verticalScrollBar()
    for step in range(1, args.steps + 1):
        before = bar.value()
        bar.setValue(bar.maximum() * step // args.steps)
        if bar.value() != before:  # a grid that fits (the demo's) does not move or repaint
            watch.wait_for(app, view.viewport())
    view.scrollToBottom()
    app.processEvents()
    rows = view.model().rowCount()
    last_shown = view.visualRect(view.model().index(rows - 1, 0)).intersects(
        view.viewport().rect())
    scrolled = time.perf_counter() - STARTED
    for row in range(window.navigation.count()):
        if row != POPULATION_ROW:
            visit(row)
    total = time.perf_counter() - STARTED
    print(json.dumps({"first_paint": round(first_paint, 3), "scrolled": round(scrolled, 3),
                      "total": round(total, 3), "rows": rows, "last_row_shown": last_shown,
                      "peak_mb": round(peak_mb(), 1), "pages": pages}, ensure_ascii=False))
    window.session.close()
    return 0 if last_shown else 2


if __name__ == "__main__":
    sys.exit(main())
