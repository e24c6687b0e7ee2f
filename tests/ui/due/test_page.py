"""The «Що на черзі» page: what is due on the day, the assignments with their status
(recorded here beside the protocol), and the open ones exported as PDF and XLSX."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt

from hromada_desk.domain.assignments import Assignment, AssignmentStatus, StatusMark
from hromada_desk.domain.deadlines import Deadline
from hromada_desk.services import meetings as service
from hromada_desk.storage import council_repo
from hromada_desk.ui.due import page as due_page
from hromada_desk.ui.due.page import DuePage, GivenModel

TODAY = dt.date(2023, 10, 20)


@pytest.fixture
def given(session):
    """The demo meeting's decisions give three assignments: one late, one due in ten days,
    one done."""
    meeting = council_repo.find_meeting(session.cf, 1, 2023)
    agenda = list(meeting.agenda)
    agenda[0] = dataclasses.replace(
        agenda[0],
        assignments=[
            Assignment("Підготувати звіт", "Відділ освіти", deadline=Deadline(dt.date(2023, 9, 1))),
            Assignment(
                "Оновити склад ради", "Швирид І.В.", deadline=Deadline(dt.date(2023, 10, 30))
            ),
        ],
    )
    agenda[1] = dataclasses.replace(
        agenda[1],
        assignments=[
            Assignment(
                "Провести нараду",
                "Служба у справах дітей",
                deadline=Deadline(None, "До 10 грудня"),
                mark=StatusMark(AssignmentStatus.DONE, dt.date(2023, 8, 1), "Проведено"),
            )
        ],
    )
    assert session.run(
        "assign", service.replace_meeting(meeting, dataclasses.replace(meeting, agenda=agenda))
    )


@pytest.fixture
def page(qtbot, session, given):
    page = DuePage(session)
    page.today_override = TODAY
    page.refresh()
    qtbot.addWidget(page)
    page.resize(900, 440)
    page.show()
    qtbot.waitExposed(page)
    return page


def texts(page) -> list[str]:
    return [page.due_view.item(row).text() for row in range(page.due_view.count())]


def test_what_is_due_and_the_open_assignments(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert page.title() == "What is due"
    assert page.due_label.text() == "&What is due on 20.10.2023:"
    shown = texts(page)
    assert shown[0].startswith("Прострочено на 49 днів (термін 01.09.2023): Підготувати звіт")
    assert shown[1].startswith("Термін 30.10.2023 (за 10 днів): Оновити склад ради")
    assert page.due_view.item(0).foreground().color().name() == "#b3261e"
    # under control only: the done one is hidden until the box is unticked
    assert page.model.rowCount() == 2
    assert page.model.index(0, GivenModel.MEETING).data() == "№1 від 30.06.2023"
    assert page.model.index(0, GivenModel.DEADLINE).data() == "01.09.2023"
    assert (
        page.model.index(0, GivenModel.DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
        == "01.09.2023 (overdue)"
    )
    assert page.model.index(1, GivenModel.STATUS).data() == "no status"
    page.open_only_check.setChecked(False)
    assert page.model.rowCount() == 3
    assert page.model.index(2, GivenModel.STATUS).data() == "done 01.08.2023"
    assert (
        page.model.index(2, GivenModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
        == "done 01.08.2023: Проведено"
    )


def test_the_status_is_recorded_and_undone(page, session):
    assert not page.status_button.isEnabled()
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert page.status_button.isEnabled()
    dialog = page.status_dialog()
    assert dialog is not None and dialog.description.text().startswith("Підготувати звіт\n")
    assert "Deadline: " in dialog.description.text()
    assert "Given at meeting №" in dialog.description.text()
    assert dialog.day_edit.date() == QDate(2023, 10, 20)  # the page's day
    dialog.note_edit.setPlainText("Звіт заслухано")
    dialog.accept()
    assert page.apply_status(page.model.given(0).assignment.id, dialog.result_mark)
    assert page.model.rowCount() == 1  # done: off the list under control
    assert not any(text.startswith("Прострочено") for text in texts(page))
    session.undo_stack.undo()
    assert page.model.rowCount() == 2
    assert texts(page)[0].startswith("Прострочено")


def test_the_open_assignments_are_exported(page, monkeypatch, tmp_path):
    for name in ("доручення.xlsx", "доручення.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(
            due_page.QFileDialog, "getSaveFileName", lambda *_a, target=target: (str(target), "")
        )
        job = page.export()
        assert job is not None and job.wait()
        assert target.is_file()
        assert page.message_line.text.text() == f"Saved to {target}."
    book = openpyxl.load_workbook(tmp_path / "доручення.xlsx")
    sheet = book.active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0] is not None]
    texts_in = [str(cell) for row in rows for cell in row if cell is not None]
    assert "Підготувати звіт" in texts_in and "Оновити склад ради" in texts_in
    assert "Провести нараду" not in texts_in
    with pdfplumber.open(tmp_path / "доручення.pdf") as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Підготувати звіт" in text and "Провести нараду" not in text


def test_nothing_due_is_said(qtbot, session):
    page = DuePage(session)
    qtbot.addWidget(page)
    page.today_override = dt.date(2023, 7, 1)
    page.refresh()
    assert page.model.rowCount() == 0
    assert all("Прострочено" not in text for text in texts(page))
