"""A page's wide and compact arrangements, chosen by the width the page is given.

A 1366×768 laptop at 150 % scaling leaves a page about 690 logical pixels; a page laid out
for a full-HD screen would scroll sideways there. A page with two arrangements hands them to
a ``CompactSwitch``, which watches the width the page gets (its scroll area's viewport, see
PageStack) and uses the wide arrangement whenever it fits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

_NESTING = 12  # more than the depth of layouts inside layouts on any page


def settle_layouts() -> None:
    """Lay out now what a rearrangement changed, so that size hints can be measured at once.

    Each widget whose layout changed asks its parent to lay out again by a posted event,
    one level per round; until then a page's minimum size still describes the old
    arrangement."""
    for _level in range(_NESTING):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class CompactSwitch(QObject):
    """Calls ``arrange(compact)`` when the page should change arrangement.

    ``wide_width()`` is the width the page needs in its wide arrangement; it is asked only
    while that arrangement is in place (then the layouts can measure it), and remembered to
    decide when to go back to it.
    """

    def __init__(
        self,
        page: QWidget,
        arrange: Callable[[bool], None],
        wide_width: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._arrange = arrange
        self._wide_width = wide_width or (lambda: page.minimumSizeHint().width())
        self._needed = 0  # the wide arrangement's width, once measured
        self._watched: QWidget | None = None
        self._busy = False  # laying out resizes the viewport too: no refit within a refit
        self.compact = False
        page.installEventFilter(self)
        self._watch(page.parentWidget())

    def available(self) -> int:
        """The width the page is given: its scroll area's viewport, or its own."""
        parent = self._page.parentWidget()
        return parent.width() if parent is not None else self._page.width()

    def refit(self) -> None:
        """Choose the arrangement for the width the page has now."""
        if self._busy or not self._page.isVisible():
            return  # measured when shown: hidden pages are not laid out
        self._busy = True
        try:
            width = self.available()
            if self.compact and width >= self._needed:
                self._set(False)
            if not self.compact:
                self._needed = self._wide_width()
                if width < self._needed:
                    self._set(True)
        finally:
            self._busy = False

    def reset(self) -> None:
        """The texts changed (another language): measure the wide arrangement again."""
        self._set(False)
        self.refit()

    def _set(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._arrange(compact)
            settle_layouts()

    def _watch(self, parent: QWidget | None) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = parent
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._page:
            if kind == QEvent.Type.ParentChange:
                self._watch(self._page.parentWidget())
            elif kind == QEvent.Type.Show:
                self.refit()
        elif watched is self._watched and kind == QEvent.Type.Resize:
            self.refit()
        return False
