"""A council's first year, from an empty file, driven through the real window: on a 1366×768
laptop at 100 %, and at 150 % (QT_SCALE_FACTOR scales fonts and widgets together, so a
911×442 window at 100 % lays out as the 150 % laptop's window after the taskbar).

Wizard → population of two years pasted from Excel → indicators → a changed parameter with
its reason → two members → a meeting of last month with attendance, an item, a vote, an
attached calculation and signers → finalised → PDF → a plan from nothing with an execution
report → Ctrl+Z from inside a text field → the language switched. Outcomes are read back from
the file and the documents; on every page visited no label, tab or column header is cut.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

from hromada_desk.domain.plans import MeasureStatus
from hromada_desk.settings import Settings
from hromada_desk.storage import community_repo, council_repo, plans_repo
from hromada_desk.storage.database import open_file
from hromada_desk.ui.files import new_community_wizard
from hromada_desk.ui.main_window import MainWindow
from hromada_desk.ui.meetings import protocol_export
from hromada_desk.ui.page_stack import PAGE_SLOTS
from hromada_desk.ui.plan import export as plan_export
from hromada_desk.ui.plan.plan_dialog import PlanDialog
from hromada_desk.ui.plan.tree import NodeKind
from hromada_desk.ui.population.table_model import Column
from hromada_desk.ui.session import Session

LAPTOP_100 = (1366, 740)  # a maximised window on a 1366×768 screen
LAPTOP_150 = (911, 442)  # the same at 150 %, after the taskbar
TODAY = dt.date.today()
REPORTED = TODAY.year - 1  # the year being reported: the last complete one
# The meeting: the 15th of last month; the members are members since the January before it.
MEETING_DAY = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
MEMBERS_FROM = dt.date(MEETING_DAY.year, 1, 1)


def settle() -> None:
    for _round in range(4):
        QApplication.processEvents()


def row_of(name: str) -> int:
    return [slot.name for slot in PAGE_SLOTS].index(name)


def cut_texts(root: QWidget) -> list[str]:
    """Labels, tabs and column headers shown narrower than their text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if (
            label.isVisible()
            and label.text()
            and not label.wordWrap()
            and type(label) is QLabel
            and label.width() < label.sizeHint().width() - 1
        ):
            found.append(f"label «{label.text()}»: {label.width()} < {label.sizeHint().width()}")
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width() or not bar.rect().contains(
                bar.tabRect(i)
            ):
                found.append(f"tab «{bar.tabText(i)}» cut or behind the arrows")
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() is not Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            if text and header.sectionSize(i) < header.sectionSizeHint(i):
                found.append(
                    f"column «{text}»: {header.sectionSize(i)} < {header.sectionSizeHint(i)}"
                )
    return found


@pytest.fixture
def window(qtbot, tmp_path, policy, errors, languages, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    languages.apply("uk")
    window = MainWindow(Session(policy), Settings(tmp_path / "settings.json"), languages)
    qtbot.addWidget(window)
    yield window
    window.session.close()


class Visit:
    """Shows pages and checks that nothing on them is cut."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.problems: list[str] = []

    def page(self, name: str):
        self.window.navigation.setCurrentRow(row_of(name))
        settle()
        page = self.window.stack.page(row_of(name))
        self.check(page, name)
        return page

    def check(self, widget: QWidget, where: str) -> None:
        settle()
        self.problems += [f"{where}: {p}" for p in cut_texts(widget)]

    def every_page(self, language: str) -> None:
        """Each page of the window, and each tab of the meeting editor."""
        for slot in PAGE_SLOTS:
            page = self.page(slot.name)
            if slot.name == "MeetingsPage":
                tabs = page.editor.tabs
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    self.check(page, f"{language}, MeetingsPage, {tabs.tabText(i)}")


def make_community(window, visit, qtbot, tmp_path, monkeypatch) -> Path:
    """The wizard, typed by hand: three settlements, each added with Enter in its name."""
    path = tmp_path / "Нова громада.hromada"

    def run(wizard):
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.next()  # past the codifier: typed by hand
        wizard.council_page.council.setText("Вербівська сільська рада")
        wizard.next()
        wizard.region_page.oblast.setText("Полтавська")
        wizard.region_page.rayon.setText("Полтавський")
        wizard.next()
        page = wizard.settlements_page
        for name, kind in (
            ("Вербівка", "settlement"),
            ("Липове", "village"),
            ("Діброва", "village"),
        ):
            page.kind.setCurrentIndex(page.kind.findData(kind))
            page.name.setText(name)
            qtbot.keyClick(page.name, Qt.Key.Key_Return)
            assert wizard.currentPage() is page, "Enter added the settlement and stayed"
        assert page.model.rowCount() == 3
        visit.check(wizard, "wizard, settlements")
        wizard.next()
        wizard.save_page.path_edit.setText(str(path))
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(new_community_wizard.NewCommunityWizard, "exec", run)
    window.files.new_file()
    assert window.session.is_open
    return path


def paste(page, qtbot, text: str) -> None:
    """Ctrl+V in the grid's first name cell, then Enter in the preview."""
    QGuiApplication.clipboard().setText(text)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, Column.NAME))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = page.view.paste_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def type_date(qtbot, edit, day: dt.date) -> None:
    """Typed as on paper, with dots."""
    assert edit.isEnabled() and edit.isVisible(), (edit.isEnabled(), edit.isVisible())
    activate(qtbot, edit.window())  # a dialog closed before may have left none active
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, day.strftime("%d.%m.%Y"))
    assert edit.date() == QDate(day.year, day.month, day.day)


def add_member(
    members, qtbot, surname: str, given: str, patronymic: str, role: str, position: str
) -> None:
    members.new_button.click()
    form = members.form
    form.surname_edit.setText(surname)
    form.given_name_edit.setText(given)
    form.patronymic_edit.setText(patronymic)
    form.role_combo.setCurrentIndex(form.role_combo.findData(role))
    form.position_edit.setText(position)
    assert form.from_unknown.isChecked()  # «not known» until typed, not today
    form.from_unknown.setChecked(False)
    type_date(qtbot, form.from_edit, MEMBERS_FROM)
    assert members.save()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("size", [LAPTOP_100, LAPTOP_150], ids=["100%", "150%"])
def test_a_councils_first_year(window, qtbot, tmp_path, monkeypatch, size):
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    visit = Visit(window)
    path = make_community(window, visit, qtbot, tmp_path, monkeypatch)
    session = window.session
    assert session.year == REPORTED

    # -- population of two years, pasted as Excel gives it: a header, the rows in another
    # order, names without the kind column
    population = visit.page("PopulationPage")
    assert f"No figures for {REPORTED} yet" in population.warnings_label.text() or (
        f"{REPORTED}" in population.warnings_label.text()
    )
    paste(
        population,
        qtbot,
        "Населений пункт\tУсього\tЧоловіки\tЖінки\tДіти\n"
        "Діброва\t312\t150\t162\t60\nВербівка\t2 140\t1000\t1140\t420\n"
        "Липове\t845\t400\t445\t170\n",
    )
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (REPORTED + 1, True))
    population.year_selector.ask_new_year()
    assert session.year == REPORTED + 1
    paste(
        population,
        qtbot,
        "№ з/п\tНазва населеного пункту\tСтаном на 01.01\n"
        "1\tЛипове\t850\n2\tВербівка\t2 150\n3\tДіброва\t305\n",
    )
    visit.check(population, "PopulationPage")
    year = REPORTED + 1

    # -- indicators of that year
    indicators = visit.page("IndicatorsPage")
    model = indicators.indicators_model
    for code, value in (("6.1", "3"), ("6.3", "1")):
        assert model.setData(model.index(model.row_of(code), model.value_column), value)

    # -- a parameter changed, with its reason
    needs = visit.page("NeedsPage")
    assert not needs.parameters.isVisible()  # folded: the verdicts first
    needs.parameters_button.click()
    needs.parameters.per_place.setValue(8000)
    row = next(r for r in needs.parameters.rows if needs.parameters.per_place in r.editors)
    row.reason.setText("рішення обласної комісії")
    assert needs.save_pending()
    assert community_repo.get_parameters(session.cf, year)["population_per_family_place"] == (
        "8000",
        "рішення обласної комісії",
    )
    visit.check(needs, "NeedsPage")

    # -- two members entered today, members since January
    members = visit.page("MembersPage")
    add_member(members, qtbot, "Коваль", "Ірина", "Петрівна", "chair", "сільський голова")
    add_member(
        members,
        qtbot,
        "Бондар",
        "Олег",
        "Іванович",
        "secretary",
        "спеціаліст служби у справах дітей",
    )
    visit.check(members, "MembersPage")

    # -- a meeting of last month
    meetings = visit.page("MeetingsPage")
    meetings.new_button.click()
    editor = meetings.editor
    type_date(qtbot, editor.date_edit, MEETING_DAY)
    editor.tabs.setCurrentWidget(editor.attendance)
    assert editor.attendance.model.members_count == 2  # not «no members on that date»
    editor.attendance.all_present_button.click()
    visit.check(meetings, "MeetingsPage, attendance")
    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    agenda.add_button.click()
    form = agenda.item_form
    form.title_edit.setPlainText("Про потребу громади у спеціалізованих службах підтримки")
    form.heard_edit.setPlainText("Бондар О.І., який повідомив про розрахунок потреб.")
    form.decided_edit.setPlainText("Інформацію взяти до відома.")
    form.voted_check.setChecked(True)
    form.in_favour_spin.setValue(2)
    form.year_checks[year].setChecked(True)
    assert form.decided_edit.isVisible() or form.decided_edit.isVisibleTo(form)
    visit.check(meetings, "MeetingsPage, agenda")
    editor.tabs.setCurrentWidget(editor.details)
    editor.signers.propose_button.click()
    assert editor.signers.text() == (
        "Голова координаційної ради: Коваль І.П.\nСекретар координаційної ради: Бондар О.І."
    )
    visit.check(meetings, "MeetingsPage, details")
    assert meetings.save()
    meetings.finalise_button.click()
    (meeting,) = council_repo.list_meetings(session.cf)
    assert meeting.date == MEETING_DAY and meeting.status.value == "final"
    pdf = tmp_path / "Протокол.pdf"
    monkeypatch.setattr(
        protocol_export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "")
    )
    meetings.export_buttons["pdf"].click()
    qtbot.waitUntil(
        lambda: (
            meetings.message_line.documents is not None
            and meetings.message_line.documents.isVisible()
        ),
        timeout=60_000,
    )
    text = pdf_text(pdf)
    for expected in (
        "ПРОТОКОЛ",
        "СЛУХАЛИ",
        "ВИРІШИЛИ",
        "Інформацію взяти до відома",
        "Ірина КОВАЛЬ",
        "Олег БОНДАР",
        "8000",
    ):
        assert expected in text, expected
    # The next save dialog starts where the protocol went.
    assert Settings().export_folder == tmp_path

    # -- an action plan made from nothing
    plan_page = visit.page("PlanPage")

    def new_plan(dialog):
        dialog.start_spin.setValue(TODAY.year)
        dialog.contents_combo.setCurrentIndex(dialog.contents_combo.findData("empty"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", new_plan)
    plan_page.structure.new_plan_action.trigger()
    for area in ("Політика", "Попередження"):
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, area=area, **k: (area, True))
        plan_page.structure.add_section_action.trigger()
    plan = plans_repo.list_plans(session.cf)[0]
    for section, goal in zip(
        plan.sections, ("Рада діє злагоджено", "Мешканці знають, куди звертатися"), strict=True
    ):
        plan_page.select((NodeKind.SECTION, section.id))
        monkeypatch.setattr(
            QInputDialog, "getMultiLineText", lambda *a, goal=goal, **k: (goal, True)
        )
        plan_page.structure.add_goal_action.trigger()
    plan = plans_repo.list_plans(session.cf)[0]
    for goal, texts in (
        (plan.sections[0].goals[0], ["Засідання ради щокварталу"]),
        (plan.sections[1].goals[0], ["Буклети для мешканців", "Урок у школі"]),
    ):
        for measure_text in texts:
            plan_page.select((NodeKind.GOAL, goal.id))
            plan_page.add_button.click()
            plan_page.editor.measure_form.text_edit.setPlainText(measure_text)
            plan_page.editor.measure_form.coordinator_edit.setPlainText("Бондар О.І.")
            assert plan_page.save()
    plan = plans_repo.list_plans(session.cf)[0]
    assert [m.number for m in plan.measures] == ["1.1", "2.1", "2.2"]
    plan_page.select((NodeKind.MEASURE, plan.measures[0].id))
    report = plan_page.editor.report_form
    report.status_combo.setCurrentIndex(report.status_combo.findData(MeasureStatus.DONE.value))
    report.done_edit.setPlainText("Проведено чотири засідання")
    assert plan_page.save()
    visit.check(plan_page, "PlanPage")
    report_pdf = tmp_path / "Звіт.pdf"
    monkeypatch.setattr(
        plan_export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(report_pdf), "")
    )
    plan_page.export_report_button.click()
    qtbot.waitUntil(report_pdf.exists, timeout=60_000)
    qtbot.waitUntil(
        lambda: (
            plan_page.message_line.documents is not None
            and plan_page.message_line.documents.isVisible()
        ),
        timeout=60_000,
    )
    text = pdf_text(report_pdf)
    for expected in (
        "Звіт про виконання",
        "Політика",
        "Попередження",
        "2.2. Урок у школі",
        "Проведено чотири",
        "виконано",
    ):
        assert expected in text, expected

    # -- Ctrl+Z from inside a text field, after its change was saved
    community = visit.page("CommunityPage")
    rayon = community.edits["rayon"]
    activate(qtbot, window)
    rayon.setFocus()
    qtbot.waitUntil(rayon.hasFocus)
    rayon.selectAll()
    qtbot.keyClicks(rayon, "Lubny")
    qtbot.keyClick(rayon, Qt.Key.Key_Return)
    assert community_repo.get_community(session.cf).rayon == "Lubny"
    qtbot.keyClick(rayon, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert community_repo.get_community(session.cf).rayon == "Полтавський"

    # -- the language
    window.set_language("en")
    settle()
    assert window.statusBar().currentMessage().startswith("All changes saved")
    assert window.navigation.item(row_of("PlanPage")).text() == "Action plan"
    visit.every_page("en")
    window.set_language("uk")
    settle()
    assert window.navigation.item(row_of("PlanPage")).text() == "План дій"
    visit.every_page("uk")

    assert visit.problems == []
    window.session.close()
    with open_file(path, readonly=True) as cf:
        assert [(s.name, s.kind.value) for s in community_repo.list_settlements(cf)] == [
            ("Вербівка", "settlement"),
            ("Липове", "village"),
            ("Діброва", "village"),
        ]
        totals = {
            y: sorted(p.total for p in community_repo.get_population(cf, y))
            for y in (REPORTED, year)
        }
        assert totals == {REPORTED: [312, 845, 2140], year: [305, 850, 2150]}
        assert community_repo.get_indicators(cf, year) == {"6.1": 3, "6.3": 1}
        (stored,) = council_repo.list_meetings(cf)
        assert [a.present for a in stored.attendance] == [True, True]
        assert stored.agenda[0].calculation_years == [year]
        assert stored.agenda[0].votes.in_favour == 2
        assert len(stored.signatures) == 2
        assert len(plans_repo.list_plans(cf)[0].measures) == 3
