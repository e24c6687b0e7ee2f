"""What every page of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import QEvent
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
        session.data_changed.connect(self._on_data_changed)
        session.file_changed.connect(self.refresh)
        if self.uses_year:
            session.year_changed.connect(lambda _year: self.refresh())

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _on_data_changed(self, what: str) -> None:
        if what == ALL or what in self.topics:
            self.refresh()

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
