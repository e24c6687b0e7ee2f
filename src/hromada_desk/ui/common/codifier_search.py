"""Finding a community in the shipped codifier (КАТОТТГ): the codifier read off the GUI
thread, and a search field with its list of communities, driven from the keyboard."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.domain.codifier import Codifier, Level, Unit, query_words, shipped

# Communities listed at most: a few letters find a whole oblast (about 60) or more.
SHOWN_RESULTS = 200
_POLL_MS = 20
_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class CodifierLoader(QObject):
    """The shipped codifier, read on a thread (about 0.3 MB to decompress) so that a window
    asking for it opens at once; ``loaded`` or ``failed`` follows in the GUI thread. The
    worker touches no Qt object: the GUI thread looks for its result a few times a second."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, read: Callable[[], Codifier] | None = None
    ) -> None:
        super().__init__(parent)
        self.codifier: Codifier | None = None
        self.error = ""
        self._outcome: list[Codifier | BaseException] = []
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._read = read

    def start(self) -> None:
        read = self._read or shipped  # looked up now: a test may put a slow one in its place

        def work() -> None:
            try:
                self._outcome.append(read())
            except Exception as exc:  # told in the GUI thread
                self._outcome.append(exc)

        threading.Thread(target=work, name="hromada-desk codifier", daemon=True).start()
        self._timer.start()

    @property
    def done(self) -> bool:
        return self.codifier is not None or bool(self.error)

    def _poll(self) -> None:
        if not self._outcome:
            return
        self._timer.stop()
        outcome = self._outcome[0]
        if isinstance(outcome, Codifier):
            self.codifier = outcome
            self.loaded.emit()
        else:
            self.error = str(outcome) or type(outcome).__name__
            self.failed.emit(self.error)


def communities_for(codifier: Codifier, text: str) -> list[Unit]:
    """The communities for what a person typed, each once, at most SHOWN_RESULTS + 1: those
    whose name fits first, then those of the rayons and oblasts whose name fits; when the
    words name a kind of unit («Полтавський район»), in the search's order (those of the
    rayon first)."""
    found = codifier.search(text, limit=SHOWN_RESULTS)
    if not query_words(text)[1]:
        found.sort(key=lambda unit: unit.level is not Level.COMMUNITY)  # a stable sort
    units: list[Unit] = []
    seen: set[str] = set()
    for unit in found:
        for community in codifier.communities(unit.code):
            if community.code not in seen:
                seen.add(community.code)
                units.append(community)
        if len(units) > SHOWN_RESULTS:
            break
    return units[: SHOWN_RESULTS + 1]


class CommunitySearch(QWidget):
    """A search field over a list of communities: typing lists them, the arrow keys move
    through the list without leaving the field, Enter (or a double click) chooses one and
    goes no further — the dialog's default button is not pressed."""

    chosen = Signal(str)  # the community's code

    def __init__(self, loader: CodifierLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.field.textChanged.connect(self.search)
        self.results.activated.connect(lambda index: self.choose())
        for widget in (self.field, self.results):
            widget.installEventFilter(self)
        loader.loaded.connect(lambda: self.search(self.field.text()))
        loader.failed.connect(lambda _error: self._show_status())
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("e.g. ланн, Полтавський район"))
        self.results.setAccessibleName(self.tr("Communities found"))
        self._show_status()

    def search(self, text: str) -> None:
        codifier = self.loader.codifier
        self.model.clear()
        if codifier is None or not text.strip():
            self._show_status()
            return
        units = communities_for(codifier, text)
        for unit in units[:SHOWN_RESULTS]:
            item = QStandardItem(f"{unit.label} — {unit.code}")
            item.setData(unit.code, _CODE_ROLE)
            self.model.appendRow(item)
        if units:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._show_status(len(units))

    def _show_status(self, found: int | None = None) -> None:
        codifier = self.loader.codifier
        if self.loader.error:
            text = self.tr(
                "The codifier could not be read (%1): type the community by hand."
            ).replace("%1", self.loader.error)
        elif codifier is None:
            text = self.tr("Reading the codifier…")
        elif found is None:
            text = self.tr(
                "Type a few letters of the community's, rayon's or oblast's name (%1)."
            ).replace("%1", codifier.title)
        elif found == 0:
            text = self.tr(
                "Nothing found in %1. Check the letters, or go on and type the community by hand."
            ).replace("%1", codifier.title)
        elif found > SHOWN_RESULTS:
            text = (
                self.tr("The first %1 communities are shown (%2): type more letters.")
                .replace("%1", str(SHOWN_RESULTS))
                .replace("%2", codifier.title)
            )
        else:
            text = (
                self.tr("Communities found: %1 (%2). Enter chooses the one selected.")
                .replace("%1", str(found))
                .replace("%2", codifier.title)
            )
        self.status.setText(text)

    def current_code(self) -> str | None:
        index = self.results.currentIndex()
        return index.data(_CODE_ROLE) if index.isValid() else None

    def choose(self) -> None:
        code = self.current_code()
        if code is not None:
            self.chosen.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in _ENTER:
                # the field and the list let Enter through to the dialog's default button
                # (Next, or Finish): here it chooses and nothing else
                self.choose()
                return True
            if watched is self.field and key in _MOVES and self.model.rowCount():
                self.results.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
