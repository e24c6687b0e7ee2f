"""Choosing a backup of the open community file to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.storage.backups import backup_reason, backup_time
from hromada_desk.ui.common.geometry import fit_to_screen


class BackupDialog(QDialog):
    def __init__(self, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Backups are made automatically when a file is closed after changes, before an "
                "import, a paste or a fill that changes many values, and before the program "
                "upgrades a file. Choose the state to go back to. The current file is backed up "
                "first, so a restore can itself be undone from this list."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        locale = QLocale()
        for path in backups:
            when = backup_time(path)
            shown = (
                locale.toString(
                    QDateTime.fromSecsSinceEpoch(int(when.timestamp())), "dd.MM.yyyy HH:mm:ss"
                )
                if when
                else path.name
            )
            item = QListWidgetItem(f"{shown}    {self._reason(path)}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 380)

    def _reason(self, path: Path) -> str:
        reason = backup_reason(path)
        known = {
            "close": self.tr("after editing"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
            "before-paste": self.tr("before a paste"),
            "before-fill": self.tr("before filling from the previous year"),
            "before-delete": self.tr("before a meeting was deleted"),
        }
        if reason in known:
            return known[reason]
        if reason.startswith("before-v"):
            return self.tr("before upgrading the file")
        return ""

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
