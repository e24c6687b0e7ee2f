"""Open a community file in the real window, scroll its population grid and visit every page.

Run: .venv/bin/python benchmarks/big_file_gui.py FILE [--steps 40]
The window is made as ``app.py::run_gui`` makes it (``create_application``,
``build_window(interactive=False)``, ``open_path``), shown, then: the «Населені пункти і
населення» page (navigation row 1) until it is painted; its grid scrolled to the end in steps,
each step painted; then every other page once, each painted; then back on the population
page, ``--edits`` figures typed as a person types them (the cell's editor, the digits, Enter),
each timed from the Enter key to the grid painted again with the new figure in it. Prints one
JSON line: seconds from this script's start to the population page's first paint, to the end
of the scroll, in all (the edits apart); the grid's rows, whether its last row is shown, the
seconds of each edit, and per page the seconds and the peak RSS (ru_maxrss) so far. A page
counts as painted when a paint event reaches a widget inside it, delivered by the event loop
as on a screen (or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QTableView,
    QWidget,
)

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


TOTAL_COLUMN = 2  # the grid's «Total» column


def type_figure(app: QApplication, watch: PaintWatch, view: QTableView, row: int, n: int) -> float:
    """Type a new total into a settlement's cell near the end of the grid (shown), as a
    person does; the seconds from Enter to the grid painted with it."""
    model = view.model()
    index = model.index(max(0, row), TOTAL_COLUMN)
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    app.processEvents()
    editor = view.focusWidget()
    if not isinstance(editor, QLineEdit):
        raise SystemExit("typing in the grid opened no line editor")
    current = model.data(index, Qt.ItemDataRole.EditRole)
    figure = str(int(current) + 1 if current else 1000 + n)  # always a change: a write
    editor.selectAll()
    QTest.keyClicks(editor, figure)
    app.processEvents()
    start = time.perf_counter()
    watch.painted = False
    viewport = view.viewport()
    viewport.installEventFilter(watch)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    deadline = start + WAIT_SECONDS
    while not watch.painted:
        if time.perf_counter() > deadline:
            raise SystemExit("the grid was not painted after the edit")
        app.processEvents()
    seconds = time.perf_counter() - start
    viewport.removeEventFilter(watch)
    shown = str(model.data(index, Qt.ItemDataRole.EditRole))
    if shown != figure:
        raise SystemExit(f"the grid shows {shown!r} after typing {figure!r}")
    return round(seconds, 4)


def time_writes() -> list[float]:
    """The seconds each figures edit then takes to be written to the file (one transaction,
    which waits for the disk): the part of an edit's time that is the disk's."""
    from hromada_desk.services.population import PopulationEdit

    seconds: list[float] = []
    apply = PopulationEdit.apply

    def timed(self: PopulationEdit, cf: object) -> None:
        start = time.perf_counter()
        apply(self, cf)  # type: ignore[arg-type]
        seconds.append(time.perf_counter() - start)

    PopulationEdit.apply = timed  # type: ignore[method-assign]
    return seconds


def main() -> int:
    utf8_output()  # «→», «×», «µ» and Ukrainian on a cp1252 pipe (Windows)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--steps", type=int, default=40, help="scroll steps to the end")
    parser.add_argument("--edits", type=int, default=7, help="figures typed at the end")
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
            "seconds": round(time.perf_counter() - start, 3),
            "peak_mb": round(peak_mb(), 1),
        }
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
    last_shown = view.visualRect(view.model().index(rows - 1, 0)).intersects(view.viewport().rect())
    scrolled = time.perf_counter() - STARTED
    for row in range(window.navigation.count()):
        if row != POPULATION_ROW:
            visit(row)
    total = time.perf_counter() - STARTED
    visit(POPULATION_ROW)
    written = time_writes()
    edits = [type_figure(app, watch, view, rows - 2 - 3 * n, n) for n in range(args.edits)]
    print(
        json.dumps(
            {
                "first_paint": round(first_paint, 3),
                "scrolled": round(scrolled, 3),
                "total": round(total, 3),
                "rows": rows,
                "last_row_shown": last_shown,
                "edits": edits,
                "edit_writes": [round(w, 4) for w in written],
                "peak_mb": round(peak_mb(), 1),
                "pages": pages,
            },
            ensure_ascii=False,
        )
    )
    window.session.close()
    return 0 if last_shown else 2


if __name__ == "__main__":
    sys.exit(main())
