"""The protocol's part of the «Засідання» page: finalise it, reopen it, export it, and the
banner of a finalised (read-only) protocol."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from hromada_desk import APP_NAME
from hromada_desk.documents.protocol import ProtocolData
from hromada_desk.domain.council import Meeting, MeetingStatus
from hromada_desk.domain.numbers import format_number
from hromada_desk.errors import InputError
from hromada_desk.services import meetings as service
from hromada_desk.services import protocol
from hromada_desk.ui.common.i18n import fill
from hromada_desk.ui.common.worker import Job
from hromada_desk.ui.meetings.editor import MeetingEditor
from hromada_desk.ui.meetings.protocol_export import (
    EXPORT_SUFFIXES,
    ProtocolExport,
    protocol_export_available,
)
from hromada_desk.ui.session import Session

_BANNER_STYLE = "QLabel { background: #fff4cc; color: #3d2e00; padding: 6px; }"


class MeetingHost(Protocol):
    """What the controls need of the page they sit on."""

    editor: MeetingEditor

    def save(self) -> bool: ...
    def refusal(self, meeting: Meeting) -> str: ...
    def has_unsaved_changes(self) -> bool: ...
    def show_message(self, text: str, kind: str = "info") -> None: ...
    def show_document(self, text: str, path: Path, kind: str = "info") -> None: ...


def _problem(error: InputError) -> str:
    return f"{error.message} {error.advice}".strip()


class ProtocolControls(QWidget):
    """«Finalise the protocol…» or «Reopen for editing…», and «Export PDF…» / «Export DOCX…»
    when this build can export. The banner is placed by the page, above the editor."""

    def __init__(self, session: Session, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.host = session, host
        self.hold_button = QPushButton()  # a planned meeting has taken place
        self.finalise_button = QPushButton()
        self.reopen_button = QPushButton()
        # Left out (not disabled) while this build has no protocol export.
        self.export_buttons: dict[str, QPushButton] = (
            {suffix: QPushButton() for suffix in EXPORT_SUFFIXES}
            if protocol_export_available()
            else {}
        )
        # The extract of one item and the notice of the meeting, from a menu.
        self.documents_button = QPushButton() if self.export_buttons else None
        self.documents_menu = QMenu(self)
        if self.documents_button is not None:
            self.documents_button.setMenu(self.documents_menu)
            self.documents_menu.aboutToShow.connect(self._fill_documents_menu)
        self.exporter = ProtocolExport(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.hold_button,
            self.finalise_button,
            self.reopen_button,
            *self.export_buttons.values(),
        ):
            layout.addWidget(button)
        # (the documents button is placed by the page: the row of buttons is full)

        self.hold_button.clicked.connect(self.hold)
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        for suffix, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, s=suffix: self.export(s))
        self.exporter.reported.connect(lambda text, kind: self.host.show_message(text, kind))
        self.exporter.saved.connect(
            lambda text, path, kind: self.host.show_document(text, path, kind)
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.hold_button.setText(self.tr("Meeting &held"))
        self.hold_button.setToolTip(
            self.tr("The planned meeting has taken place: write its protocol (it becomes a draft)")
        )
        self.finalise_button.setText(self.tr("Finalise the p&rotocol…"))
        self.finalise_button.setToolTip(
            self.tr(
                "Freeze the protocol as the record of the meeting, with its attached calculations"
            )
        )
        self.reopen_button.setText(self.tr("&Reopen for editing…"))
        self.reopen_button.setToolTip(self.tr("Make the finalised protocol editable again"))
        texts = {"pdf": self.tr("Export &PDF…"), "docx": self.tr("Export DOC&X…")}
        tips = {
            "pdf": self.tr("Save the protocol as a PDF document, ready to print"),
            "docx": self.tr("Save the protocol as a Word document"),
        }
        for suffix, button in self.export_buttons.items():
            button.setText(texts[suffix])
            button.setToolTip(tips[suffix])
        if self.documents_button is not None:
            self.documents_button.setText(self.tr("Other do&cuments"))
            self.documents_button.setToolTip(
                self.tr(
                    "An extract of one agenda item from the protocol, or the notice of the meeting "
                    "for the members"
                )
            )
        self.banner.setAccessibleName(self.tr("State of the protocol"))

    @property
    def export_job(self) -> Job | None:
        return self.exporter.job

    def show_state(self, meeting: Meeting | None, *, writable: bool) -> None:
        """Which buttons apply to ``meeting`` (the editor's), and the banner."""
        final = meeting is not None and meeting.status is MeetingStatus.FINAL
        planned = (
            meeting is not None
            and meeting.status is MeetingStatus.PLANNED
            and meeting.id is not None
        )
        self.hold_button.setVisible(planned)
        self.hold_button.setEnabled(writable and planned)
        self.finalise_button.setVisible(not final and not planned)
        self.finalise_button.setEnabled(writable and meeting is not None and not final)
        self.reopen_button.setVisible(final)
        self.reopen_button.setEnabled(writable and final)
        for button in self.export_buttons.values():
            button.setEnabled(meeting is not None)
        if self.documents_button is not None:
            self.documents_button.setEnabled(meeting is not None)
        layout = self.layout()
        if layout is not None:  # now, not at the next event: the row must not show both
            layout.activate()
        self.updateGeometry()
        cf = self.session.cf
        if cf is None or meeting is None or meeting.id is None:
            self.banner.hide()
        elif final:
            stored = service.get_snapshot(cf, meeting.id)
            when = f"{dt.datetime.fromisoformat(stored[1]):%d.%m.%Y %H:%M}" if stored else "?"
            self.banner.setText(
                fill(
                    self.tr(
                        "Finalised on %1 — read-only. The protocol stays as it was finalised, "
                        "whatever "
                        "figures change later; «Reopen for editing…» to change it."
                    ),
                    when,
                )
            )
            self.banner.show()
        elif cf.readonly:
            self.banner.setText(
                self.tr("The file is open read-only: the meeting cannot be changed.")
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _stored(self) -> Meeting | None:
        cf, loaded = self.session.cf, self.host.editor.meeting
        return service.get_meeting(cf, loaded.id) if cf and loaded and loaded.id else None

    # -- hold, finalise, reopen -------------------------------------------------------------
    def hold(self) -> None:
        """The planned meeting took place (what is unsaved is saved first): its protocol is a
        draft now. One undo step."""
        cf = self.session.cf
        if cf is None or cf.readonly or self.host.editor.meeting is None:
            return
        if self.host.has_unsaved_changes() and not self.host.save():
            return
        meeting = self._stored()
        if meeting is None or meeting.status is not MeetingStatus.PLANNED:
            return
        if self.session.run(
            fill(self.tr("Hold meeting №%1"), meeting.label), service.hold(meeting)
        ):
            self.host.show_message(
                fill(
                    self.tr(
                        "Meeting №%1 took place: write its protocol (attendance, texts, vote), "
                        "then "
                        "finalise it."
                    ),
                    meeting.label,
                )
            )

    def finalise(self) -> None:
        """Check, confirm, save what is unsaved, then freeze the protocol (one undoable edit
        each)."""
        cf, editor = self.session.cf, self.host.editor
        if cf is None or editor.meeting is None or editor.read_only:
            return
        candidate = editor.value()
        problem = self.host.refusal(candidate)
        built: ProtocolData | None = None
        if not problem:
            try:
                built = protocol.build_protocol(cf, candidate)
            except InputError as exc:
                problem = _problem(exc)
        if problem:
            self.host.show_message(problem, "error")
            return
        text = fill(self.tr("Finalise the protocol of meeting №%1?"), candidate.label)
        contradictions = self.contradictions(built) if built is not None else ""
        if contradictions:
            text += "\n\n" + contradictions
        text += "\n\n" + self.tr(
            "The protocol becomes the record of the meeting: its content and the attached "
            "needs calculations are frozen as they are now, and later corrections of the "
            "figures do not change it. It will be read-only until it is reopened."
        )
        if self.host.has_unsaved_changes():
            text += "\n\n" + self.tr("The unsaved changes are saved first.")
        if (
            QMessageBox.question(
                self,
                APP_NAME,
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        if not self.host.save():
            return
        meeting = self._stored()
        if meeting is not None and self.session.run(
            fill(self.tr("Finalise the protocol №%1"), meeting.label), service.finalise(meeting)
        ):
            self.host.show_message(
                fill(self.tr("The protocol of meeting №%1 is finalised."), meeting.label)
            )

    def reopen(self) -> None:
        cf, meeting = self.session.cf, self._stored()
        if (
            cf is None
            or cf.readonly
            or meeting is None
            or (meeting.status is not MeetingStatus.FINAL)
        ):
            return
        text = fill(self.tr("Reopen the protocol of meeting №%1 for editing?"), meeting.label)
        text += "\n\n" + self.tr(
            "The frozen protocol is discarded. When it is finalised again, it is rebuilt from "
            "the records and figures as they are then: the attached calculations may come out "
            "different from those it shows now."
        )
        if (
            QMessageBox.warning(
                self,
                APP_NAME,
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        if self.session.run(
            fill(self.tr("Reopen the protocol №%1"), meeting.label), service.reopen(meeting)
        ):
            self.host.show_message(fill(self.tr("Meeting №%1 can be edited again."), meeting.label))

    # -- export -----------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        """The protocol as it stands (the frozen one of a finalised meeting), saved first."""
        cf = self.session.cf
        if cf is None or self.host.editor.meeting is None:
            return
        if self.host.has_unsaved_changes() and not self.host.save():
            return
        meeting = self._stored()
        if meeting is None:
            return
        try:
            data = protocol.protocol_for(cf, meeting)
        except InputError as exc:
            self.host.show_message(_problem(exc), "error")
            return
        path = self.exporter.choose_path(meeting, suffix)
        if path is not None:
            self.host.show_message(fill(self.tr("Exporting the protocol to %1…"), path))
            self.exporter.start(data, path, self.contradictions(data))

    def contradictions(self, data: ProtocolData) -> str:
        """Where a decision's text contradicts an attached calculation, said to the person
        (the document stays as the council wrote it)."""
        lines = []
        for found in protocol.decision_contradictions(data):
            fact = found.found
            lines.append(
                fill(
                    self.tr(
                        "Item %1 says «%2», but the calculation of %3 finds a need: %4 — %5 "
                        "needed, "
                        "%6 existing."
                    ),
                    found.number,
                    fact.phrase,
                    fact.year,
                    fact.service,
                    format_number(fact.required),
                    fact.existing,
                )
            )
        if not lines:
            return ""
        return " ".join([self.tr("Check the decision:"), *lines])

    # -- other documents --------------------------------------------------------------------
    def _fill_documents_menu(self) -> None:
        self.documents_menu.clear()
        meeting = self.host.editor.meeting
        items = self.host.editor.value().agenda if meeting is not None else []
        for number, item in enumerate(items, 1):
            title = " ".join(item.title.split())
            short = title if len(title) <= 60 else title[:59] + "…"
            action = self.documents_menu.addAction(
                fill(self.tr("Extract from the protocol: item %1. %2"), number, short)
            )
            action.triggered.connect(lambda _checked=False, n=number: self.export_extract(n))
        if items:
            self.documents_menu.addSeparator()
        notice = self.documents_menu.addAction(self.tr("Notice of the meeting"))
        notice.triggered.connect(self.export_notice)

    def _document_data(self) -> tuple[Meeting, ProtocolData] | None:
        cf = self.session.cf
        if cf is None or self.host.editor.meeting is None:
            return None
        if self.host.has_unsaved_changes() and not self.host.save():
            return None
        meeting = self._stored()
        if meeting is None:
            return None
        try:
            return meeting, protocol.protocol_for(cf, meeting)
        except InputError as exc:
            self.host.show_message(_problem(exc), "error")
            return None

    def export_extract(self, number: int) -> None:
        """«ВИТЯГ З ПРОТОКОЛУ» of agenda item ``number``, as the protocol stands."""
        found = self._document_data()
        if found is None:
            return
        meeting, data = found
        if number > len(data.items):
            return
        path = self.exporter.choose_document_path(
            f"Витяг з протоколу №{meeting.number} від {meeting.date:%d.%m.%Y}, питання {number}"
        )
        if path is not None:
            self.exporter.start_document(
                lambda export, font: export(data, number, path, font_path=font), "export_extract"
            )

    def export_notice(self) -> None:
        """The notice of the meeting, for the members."""
        found = self._document_data()
        if found is None:
            return
        meeting, data = found
        path = self.exporter.choose_document_path(
            f"Повідомлення про засідання №{meeting.number} від {meeting.date:%d.%m.%Y}"
        )
        if path is not None:
            self.exporter.start_document(
                lambda export, font: export(data, path, font_path=font), "export_notice"
            )
