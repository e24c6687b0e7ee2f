"""The questions the file guard asks: a file already open, a working copy to recover, a failed
write-back. One small object, so that tests can answer them without a person."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hromada_desk import APP_NAME
from hromada_desk.errors import KnownError
from hromada_desk.storage.database import FILE_SUFFIX, is_community_file
from hromada_desk.storage.lock_info import LockHolder
from hromada_desk.storage.working_copy import WorkingCopy
from hromada_desk.ui.common.i18n import fill


def _when(iso: str) -> str:
    """«29.11.2026 16:09» from the record's ISO time (as written, if it cannot be read)."""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


class LockAnswer(enum.Enum):
    READ_ONLY = "read_only"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"


class Recovery(enum.Enum):
    WRITE_BACK = "write_back"
    SAVE_ELSEWHERE = "save_elsewhere"
    DISCARD = "discard"
    LATER = "later"


class GuardQuestions(QObject):
    """Message boxes with keyboard mnemonics; each button has an object name for tests."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def open_locked(self, path: Path, holder: LockHolder | None, elsewhere: bool) -> LockAnswer:
        """The file is locked by someone else: open it read-only, or not at all; a lock from
        another computer may also be taken over once the person confirms it is not open
        there (a stick pulled out without closing the program leaves one behind)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            fill(self.tr("The file «%1» is already open."), path.name),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        if holder is not None:
            since = holder.since.strftime("%d.%m.%Y %H:%M") if holder.since else "—"
            box.setInformativeText(
                fill(
                    self.tr(
                        "It was opened on %1 on the computer «%2» (process %3). While it "
                        "is open there, changes made here cannot be saved."
                    ),
                    since,
                    holder.host or "?",
                    holder.pid,
                )
            )
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("read_only")
        take_over = None
        if elsewhere:
            take_over = box.addButton(
                self.tr("Open for &editing…"), QMessageBox.ButtonRole.ActionRole
            )
            take_over.setObjectName("take_over")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return LockAnswer.READ_ONLY
        if take_over is not None and clicked is take_over and self._confirm_take_over(holder):
            return LockAnswer.TAKE_OVER
        return LockAnswer.CANCEL

    def _confirm_take_over(self, holder: LockHolder | None) -> bool:
        host = holder.host if holder is not None and holder.host else "?"
        answer = QMessageBox.warning(
            self._parent,
            APP_NAME,
            fill(
                self.tr(
                    "Open the file for editing only if it is not open on the computer "
                    "«%1» now — for example, the stick was pulled out there without "
                    "closing the program. If it is still open there, the changes made on "
                    "one of the two computers will be lost."
                ),
                host,
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def recovery(self, wc: WorkingCopy) -> Recovery:
        """A working copy holds changes that never reached the stick: what to do with them."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            fill(
                self.tr("Changes to «%1» made since %2 were not written back to the stick."),
                wc.original.name,
                _when(wc.created),
            ),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setInformativeText(
            fill(
                self.tr(
                    "They are kept on this computer in a working copy. The file on the stick: %1."
                ),
                wc.original,
            )
        )
        role = QMessageBox.ButtonRole
        buttons = {
            box.addButton(self.tr("&Write to the stick"), role.AcceptRole): Recovery.WRITE_BACK,
            box.addButton(self.tr("&Save elsewhere…"), role.ActionRole): Recovery.SAVE_ELSEWHERE,
            box.addButton(self.tr("&Discard the changes…"), role.DestructiveRole): Recovery.DISCARD,
            box.addButton(self.tr("&Later"), role.RejectRole): Recovery.LATER,
        }
        for button, choice in buttons.items():
            button.setObjectName(choice.value)
        box.setDefaultButton(next(iter(buttons)))
        box.exec()
        clicked = box.clickedButton()
        return next((c for b, c in buttons.items() if b is clicked), Recovery.LATER)

    def confirm_discard(self, wc: WorkingCopy) -> bool:
        answer = QMessageBox.warning(
            self._parent,
            APP_NAME,
            fill(
                self.tr(
                    "Discard the changes to «%1» that are not on the stick? They cannot "
                    "be brought back."
                ),
                wc.original.name,
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def save_after_failure(self, error: KnownError) -> bool:
        """The stick could not be written: offer to save a copy elsewhere (True)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            error.message,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setInformativeText(error.advice)
        save = box.addButton(self.tr("Save a &copy as…"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("save_copy")
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setEscapeButton(close)
        box.exec()
        return box.clickedButton() is save

    def tell(self, text: str) -> None:
        QMessageBox.information(self._parent, APP_NAME, text)

    def copy_path(self, suggestion: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save a copy as"),
            str(suggestion),
            self.tr("Community files (*.hromada)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if is_community_file(path) else path.with_name(path.name + FILE_SUFFIX)
