"""Screenshots of a council's first year, without a screen: every page of a file made as the
wizard makes it (empty, then with two years of population, indicators, a changed parameter,
two members, a plan and a meeting typed into the window), on a 1366×768 laptop at 100 % (a
1366×740 window) and at 150 % (911×442 logical pixels after the taskbar).

    python packaging/first_year_screenshots.py FOLDER

writes FOLDER/100/*.png and FOLDER/150/*.png. The translations must be compiled first
(``pyside6-lrelease translations/hromada_desk_uk.ts -qm
src/hromada_desk/translations/hromada_desk_uk.qm``). Each size runs in its own process: the
scale factor is read when the application starts.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = {"100": ("1", (1366, 740)), "150": ("1.5", (911, 442))}
TODAY = dt.date.today()
REPORTED = TODAY.year - 1
MEETING_DAY = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=15)


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] in SIZES:
        return shoot(Path(argv[2]), *SIZES[argv[1]][1])
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    for name, (scale, _size) in SIZES.items():
        with tempfile.TemporaryDirectory(prefix="hromada-shots-") as data:
            env = dict(
                os.environ,
                QT_SCALE_FACTOR=scale,
                HROMADA_DESK_DATA_DIR=data,
                QT_QPA_PLATFORM=f"offscreen:configfile={HERE / 'screen-1366x768.json'}",
            )
            subprocess.run(
                [sys.executable, __file__, name, str(folder / name)], env=env, check=True
            )
    return 0


def new_file(path: Path):  # type: ignore[no-untyped-def]
    """The file «Створити…» makes: the wizard's options for three settlements typed in."""
    from hromada_desk.domain.records import SettlementKind
    from hromada_desk.services.new_community import (
        NewCommunityOptions,
        NewSettlement,
        create_community,
    )

    options = NewCommunityOptions(
        name="Вербівська сільська територіальна громада",
        council_name="Вербівська сільська рада",
        oblast="Полтавська",
        rayon="Полтавський",
        settlements=(
            NewSettlement("Вербівка", SettlementKind.SETTLEMENT, True),
            NewSettlement("Липове"),
            NewSettlement("Діброва"),
        ),
    )
    return create_community(path, options)


def fill(cf) -> None:  # type: ignore[no-untyped-def]
    """What a council enters in its first weeks, as the pages would store it."""
    from hromada_desk.domain.council import CouncilRole, Member
    from hromada_desk.domain.names import PersonName
    from hromada_desk.domain.plans import (
        ActionPlan,
        MeasureReport,
        MeasureStatus,
        PlanGoal,
        PlanMeasure,
        PlanSection,
    )
    from hromada_desk.domain.records import Population
    from hromada_desk.storage import community_repo, council_repo, plans_repo

    ids = {s.name: s.id for s in community_repo.list_settlements(cf)}
    for year, figures in (
        (REPORTED, {"Вербівка": 2140, "Липове": 845, "Діброва": 312}),
        (REPORTED + 1, {"Вербівка": 2150, "Липове": 850, "Діброва": 305}),
    ):
        community_repo.set_population(
            cf, [Population(ids[name], year, total) for name, total in figures.items()]
        )
        community_repo.set_indicators(cf, year, {"6.1": 3, "6.3": 1})
    community_repo.set_parameter(
        cf, REPORTED + 1, "population_per_family_place", "8000", "рішення обласної комісії"
    )
    since = dt.date(MEETING_DAY.year, 1, 1)
    for name, role, position in (
        (PersonName("Коваль", "Ірина", "Петрівна"), CouncilRole.CHAIR, "сільський голова"),
        (
            PersonName("Бондар", "Олег", "Іванович"),
            CouncilRole.SECRETARY,
            "спеціаліст служби у справах дітей",
        ),
    ):
        council_repo.add_member(cf, Member(name, position, role, member_from=since))
    plan = ActionPlan(
        f"План дій на {TODAY.year} рік",
        TODAY.year,
        TODAY.year,
        sections=[
            PlanSection(
                "Політика",
                goals=[
                    PlanGoal(
                        1,
                        "Рада діє злагоджено",
                        measures=[
                            PlanMeasure(
                                "1.1",
                                "Засідання ради щокварталу",
                                "Бондар О.І.",
                                deadline="щокварталу",
                            )
                        ],
                    )
                ],
            ),
            PlanSection(
                "Попередження",
                goals=[
                    PlanGoal(
                        2,
                        "Мешканці знають, куди звертатися",
                        measures=[
                            PlanMeasure(
                                "2.1",
                                "Буклети для мешканців",
                                "Бондар О.І.",
                                funding="місцевий бюджет",
                            ),
                            PlanMeasure("2.2", "Урок у школі", "Коваль І.П."),
                        ],
                    )
                ],
            ),
        ],
    )
    plans_repo.add_plan(cf, plan)
    first = plans_repo.list_plans(cf)[0].measures[0]
    assert first.id is not None
    plans_repo.set_report(
        cf,
        MeasureReport(first.id, str(TODAY.year), MeasureStatus.DONE, "Проведено чотири засідання"),
    )


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()


def shoot(folder: Path, width: int, height: int) -> int:
    from hromada_desk.app import build_window, create_application

    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    window = build_window(interactive=False)
    window.resize(width, height)
    window.show()

    def save(name: str) -> None:
        settle()
        path = folder / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")

    def pages(prefix: str) -> None:
        for row, page in enumerate(window.pages):
            window.navigation.setCurrentRow(row)
            save(f"{prefix}-{row + 1:02d}-{type(page).__name__}")

    with tempfile.TemporaryDirectory(prefix="hromada-shots-") as files:
        empty = Path(files) / "Нова громада.hromada"
        new_file(empty).close()
        window.files.open_path(empty)
        pages("new")
        full = Path(files) / "Вербівська громада.hromada"
        cf = new_file(full)
        fill(cf)
        cf.close()
        window.files.open_path(full)
        pages("filled")
        needs = next(p for p in window.pages if type(p).__name__ == "NeedsPage")
        window.navigation.setCurrentRow(window.pages.index(needs))
        needs.parameters_button.click()
        save("filled-needs-parameters")
        meeting(window, save)
        window.session.close()
    window.close()
    print(f"{folder}: {len(list(folder.glob('*.png')))} screenshots")
    return 0


def meeting(window, save) -> None:  # type: ignore[no-untyped-def]
    """A meeting of last month typed in: attendance, an item with a vote, the signers."""
    from PySide6.QtCore import QDate

    meetings = next(p for p in window.pages if type(p).__name__ == "MeetingsPage")
    window.navigation.setCurrentRow(window.pages.index(meetings))
    meetings.new_button.click()
    editor = meetings.editor
    editor.date_edit.setDate(QDate(MEETING_DAY.year, MEETING_DAY.month, MEETING_DAY.day))
    editor.signers.propose_button.click()
    save("meeting-1-details")
    editor.tabs.setCurrentWidget(editor.attendance)
    editor.attendance.all_present_button.click()
    save("meeting-2-attendance")
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.add_button.click()
    form = editor.agenda.item_form
    form.title_edit.setPlainText("Про потребу громади у спеціалізованих службах підтримки")
    form.heard_edit.setPlainText(
        "Бондар О.І., який повідомив про розрахунок потреб громади "
        "у службах підтримки постраждалих осіб."
    )
    form.decided_edit.setPlainText("1. Інформацію взяти до відома.\n2. Розрахунок схвалити.")
    form.voted_check.setChecked(True)
    form.in_favour_spin.setValue(2)
    form.year_checks[REPORTED + 1].setChecked(True)
    save("meeting-3-agenda")
    meetings.save()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
