"""Where a person drags a splitter's handle, kept for the next time the page is shown (the
next start too): on a small screen the list or the form is made larger once, not each time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QSplitter

from hromada_desk.settings import Settings

# A drag moves the handle many times a second: written once it has stopped a moment.
SAVE_AFTER_MS = 500


class KeptSplitter(QObject):
    """Keeps ``splitter``'s handle under ``name`` in the settings, for each orientation: a page
    that turns its splitter when the window is narrow keeps one place for each arrangement.
    ``restore()`` after the page has set the orientation and its own default sizes."""

    def __init__(self, splitter: QSplitter, name: str) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._name = name
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        splitter.splitterMoved.connect(lambda _pos, _index: self._timer.start())
        application = QCoreApplication.instance()
        if application is not None:  # a drag just before the program closes is kept too
            application.aboutToQuit.connect(self._flush)
        self.restore()

    def _key(self) -> str:
        vertical = self._splitter.orientation() == Qt.Orientation.Vertical
        return f"{self._name}-{'vertical' if vertical else 'horizontal'}"

    def restore(self) -> bool:
        """The handle where it was left in the present orientation; False if it never was."""
        state = Settings().splitter_state(self._key())
        return state is not None and self._splitter.restoreState(QByteArray(state))

    def save(self) -> None:
        self._timer.stop()
        Settings().set_splitter_state(self._key(), bytes(self._splitter.saveState().data()))

    def _flush(self) -> None:
        if self._timer.isActive():
            self.save()
