"""What every page of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from hromada_desk.services.edit import ALL
from hromada_desk.ui.session import Session


class Page(QWidget):
    """A page: built once, refreshed from the session when the data it shows changes.

    Subclasses set ``topics`` (the ``what`` strings of Session.data_changed they show),
    implement ``refresh()`` and ``retranslate()`` (every visible text, through self.tr),
    and ``title()`` for the navigation list.
    """

    topics: frozenset[str] = frozenset()
    uses_year = False

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False
        session.data_changed.connect(self._on_data_changed)
        session.file_changed.connect(self.refresh)
        if self.uses_year:
            session.year_changed.connect(lambda _year: self._refresh_when_shown())

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _on_data_changed(self, what: str) -> None:
        if what == ALL or what in self.topics:
            self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        """Refresh now if the page is shown (or would be with its window), else when it is
        next shown: an edit on one page does not wait for the pages behind it (the needs
        page of a file of 10 000 settlements takes a tenth of a second)."""
        if self.isVisibleTo(self.window()):
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def refresh_if_stale(self) -> None:
        """Catch up with the changes made while the page was hidden."""
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_if_stale()
        super().showEvent(event)

    def heightForWidth(self, width: int) -> int:
        """The height its scroll area (PageStack) gives the page at least. As soon as one
        item of a box layout wraps its text (a message line, a note), Qt answers here with
        the *preferred* height of every other item: a page showing a message scrolled at
        911×442, the message out of sight, though its minimum fits. The page's minimum is
        what it needs; the wrapped text still gets its lines when the layout places it."""
        return self.minimumSizeHint().height()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
