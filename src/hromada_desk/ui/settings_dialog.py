"""The Settings dialog: interface language, the font of PDF documents, where backups go and how
many are kept. It gives back a SettingsChoice; apply_settings() stores one."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hromada_desk.paths import backups_dir
from hromada_desk.services import backup_settings
from hromada_desk.services.backup_settings import BackupPolicy
from hromada_desk.settings import Settings
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.message_line import paint_as_error

# Each language named in itself, as the Settings menu names it.
LANGUAGE_NAMES = (("uk", "Українська"), ("en", "English"))
FONT_SUFFIXES = (".ttf", ".otf")
# The first four bytes of a TrueType («\0\1\0\0», «true») or OpenType («OTTO») font.
FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"true", b"OTTO")


@dataclass(frozen=True, slots=True)
class SettingsChoice:
    language: str = "uk"
    document_font: Path | None = None  # None: found automatically
    backup_folder: Path | None = None  # None: the user data folder's «backups»
    backups_kept: int = Settings.DEFAULT_BACKUPS_KEPT


def current_choice(settings: Settings) -> SettingsChoice:
    return SettingsChoice(
        settings.language, settings.document_font, settings.backup_folder, settings.backups_kept
    )


def apply_settings(settings: Settings, choice: SettingsChoice) -> None:
    """Store a choice. (Switching the language on screen and the backup policy of the open
    session are the main window's to do.)"""
    settings.language = choice.language
    settings.document_font = choice.document_font
    settings.backup_folder = choice.backup_folder
    settings.backups_kept = choice.backups_kept
    settings.sync()


def backup_policy(choice: SettingsChoice) -> BackupPolicy:
    return backup_settings.backup_policy(choice.backup_folder, choice.backups_kept)


def is_font_file(path: Path) -> bool:
    """A .ttf or .otf file that exists and starts as a font does."""
    if path.suffix.lower() not in FONT_SUFFIXES or not path.is_file():
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in FONT_SIGNATURES
    except OSError:
        return False


class _Refused(Exception):
    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


class SettingsDialog(QDialog):
    def __init__(self, current: SettingsChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.language_label, self.language_combo = QLabel(), QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)

        self.automatic_font = QRadioButton()
        self.font_file = QRadioButton()
        self.font_group = QButtonGroup(self)
        self.font_group.addButton(self.automatic_font)
        self.font_group.addButton(self.font_file)
        self.font_edit = QLineEdit()
        self.font_button = QPushButton()
        self.font_note = QLabel()
        self.font_note.setWordWrap(True)

        self.folder_label, self.folder_edit = QLabel(), QLineEdit()
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_button, self.default_folder_button = QPushButton(), QPushButton()
        self.kept_label, self.kept_spin = QLabel(), QSpinBox()
        self.kept_spin.setRange(Settings.MIN_BACKUPS_KEPT, Settings.MAX_BACKUPS_KEPT)
        self.kept_label.setBuddy(self.kept_spin)
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        paint_as_error(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        self.interface_box = QGroupBox()
        form = QFormLayout(self.interface_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language_combo)
        self.documents_box = QGroupBox()
        documents = QVBoxLayout(self.documents_box)
        documents.addWidget(self.automatic_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_file)
        font_row.addWidget(self.font_edit, 1)
        font_row.addWidget(self.font_button)
        documents.addLayout(font_row)
        documents.addWidget(self.font_note)
        self.backups_box = QGroupBox()
        backups = QVBoxLayout(self.backups_box)
        backups.addWidget(self.folder_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.default_folder_button)
        backups.addLayout(folder_row)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_label)
        kept_row.addWidget(self.kept_spin)
        kept_row.addStretch(1)
        backups.addLayout(kept_row)
        backups.addWidget(self.backups_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.interface_box)
        layout.addWidget(self.documents_box)
        layout.addWidget(self.backups_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [
            self.language_combo,
            self.automatic_font,
            self.font_file,
            self.font_edit,
            self.font_button,
            self.folder_edit,
            self.folder_button,
            self.default_folder_button,
            self.kept_spin,
            self.buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.font_file.toggled.connect(self._font_mode_changed)
        self.font_button.clicked.connect(self.choose_font)
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button.clicked.connect(self.folder_edit.clear)
        for edit in (self.font_edit, self.folder_edit):
            edit.textEdited.connect(lambda _text: self.error_label.clear())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show(current)
        self.retranslate()
        self.setMinimumWidth(600)

    def _show(self, choice: SettingsChoice) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(choice.language)))
        self.font_edit.setText(str(choice.document_font) if choice.document_font else "")
        (self.font_file if choice.document_font else self.automatic_font).setChecked(True)
        self._font_mode_changed(choice.document_font is not None)
        self.folder_edit.setText(str(choice.backup_folder) if choice.backup_folder else "")
        self.kept_spin.setValue(choice.backups_kept)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.interface_box.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.documents_box.setTitle(self.tr("Font of PDF documents"))
        self.automatic_font.setText(
            self.tr("&Automatic: Times New Roman, Liberation Serif or DejaVu Serif")
        )
        self.automatic_font.setToolTip(self.tr("The first of these fonts found on this computer"))
        self.font_file.setText(self.tr("Font f&ile:"))
        self.font_edit.setAccessibleName(self.tr("Font file"))
        self.font_edit.setPlaceholderText(self.tr("a .ttf or .otf file"))
        self.font_button.setText(self.tr("&Choose a font…"))
        self.font_button.setAccessibleName(self.tr("Choose a font file"))
        self.font_note.setText(
            self.tr(
                "Protocols and plans are set in a serif font with Ukrainian letters (ДСТУ 4163: "
                "Times New Roman or one of the same size)."
            )
        )
        self.backups_box.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("&Backup folder:"))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(fill(self.tr("default: %1"), backups_dir()))
        self.folder_edit.setToolTip(
            fill(self.tr("Leave it empty for the default folder, %1"), backups_dir())
        )
        self.folder_button.setText(self.tr("C&hoose a folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.default_folder_button.setText(self.tr("Use the &default"))
        self.default_folder_button.setToolTip(fill(self.tr("Back up into %1"), backups_dir()))
        self.kept_label.setText(self.tr("Backups to &keep of each community:"))
        self.kept_spin.setAccessibleName(self.tr("Number of backups kept of each file"))
        self.backups_note.setText(
            self.tr(
                "A backup is made when a file is closed after changes; beyond this number the "
                "oldest backups of that file are removed."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _font_mode_changed(self, from_file: bool) -> None:
        self.font_edit.setEnabled(from_file)
        self.font_button.setEnabled(from_file)
        self.error_label.clear()

    # -- choosing files ---------------------------------------------------------------------
    def choose_font(self) -> None:
        typed = Path(self.font_edit.text().strip())
        start = (
            str(typed.parent)
            if self.font_edit.text().strip() and typed.parent.is_dir()
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.FontsLocation)
        )
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the font of documents"), start, self.tr("Fonts (*.ttf *.otf)")
        )
        if name:
            self.font_edit.setText(name)
            self.error_label.clear()

    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(backups_dir())
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if name:
            self.folder_edit.setText(name)
            self.error_label.clear()

    # -- the result -------------------------------------------------------------------------
    def _read(self) -> SettingsChoice:
        font: Path | None = None
        if self.font_file.isChecked():
            text = self.font_edit.text().strip()
            if not text:
                raise _Refused(
                    self.tr("Choose a font file, or the automatic font."), self.font_edit
                )
            font = Path(text)
            if not is_font_file(font):
                raise _Refused(
                    fill(
                        self.tr("«%1» is not a font file: choose a .ttf or .otf file that exists."),
                        text,
                    ),
                    self.font_edit,
                )
        folder: Path | None = None
        text = self.folder_edit.text().strip()
        if text:
            folder = Path(text)
            if not folder.is_absolute():
                raise _Refused(
                    fill(
                        self.tr(
                            "«%1» is not a full path: choose the folder with «Choose a folder…»."
                        ),
                        text,
                    ),
                    self.folder_edit,
                )
            if folder.exists() and not folder.is_dir():
                raise _Refused(
                    fill(self.tr("«%1» is a file, not a folder."), text), self.folder_edit
                )
        return SettingsChoice(
            self.language_combo.currentData(), font, folder, self.kept_spin.value()
        )

    def choice(self) -> SettingsChoice:
        """The settings as the dialog was accepted."""
        return self._read()

    def accept(self) -> None:
        try:
            self._read()
        except _Refused as refused:
            self.error_label.setText(str(refused))
            refused.field.setFocus()
            return
        super().accept()
