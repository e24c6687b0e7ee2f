"""The main window's pages, each built (and its module imported) the first time it is needed.

Building all ten pages, their models and their imports (QtCharts among them) at start-up
would more than double the time to a painted window; most sessions visit two or three pages.
The navigation still lists every page from the start: the titles live in the table below
(marked for lupdate with the page's own translation context, so the table and each page's
``title()`` share one translation and cannot disagree once translated).
"""

from __future__ import annotations

import importlib
from typing import NamedTuple, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from hromada_desk.ui.common.page import Page
from hromada_desk.ui.session import Session


class PageSlot(NamedTuple):
    """Where a page comes from: its class (also its ``tr()`` context), title and module."""

    name: str
    title: str
    module: str


def _slot(name: str, title: object, module: str) -> PageSlot:
    return PageSlot(name, str(title), module)  # QT_TRANSLATE_NOOP returns its text as is


PAGE_SLOTS: tuple[PageSlot, ...] = (
    _slot("CommunityPage", QT_TRANSLATE_NOOP("CommunityPage", "Community"), "community.page"),
    _slot(
        "PopulationPage",
        QT_TRANSLATE_NOOP("PopulationPage", "Settlements and population"),
        "population.page",
    ),
    _slot("IndicatorsPage", QT_TRANSLATE_NOOP("IndicatorsPage", "Indicators"), "indicators.page"),
    _slot("NeedsPage", QT_TRANSLATE_NOOP("NeedsPage", "Needs calculation"), "needs.page"),
    _slot("MembersPage", QT_TRANSLATE_NOOP("MembersPage", "Council members"), "members.page"),
    _slot("MeetingsPage", QT_TRANSLATE_NOOP("MeetingsPage", "Meetings"), "meetings.page"),
    _slot("DuePage", QT_TRANSLATE_NOOP("DuePage", "What is due"), "due.page"),
    _slot(
        "WorkPlanPage", QT_TRANSLATE_NOOP("WorkPlanPage", "Council's work plan"), "work_plan.page"
    ),
    _slot("PlanPage", QT_TRANSLATE_NOOP("PlanPage", "Action plan"), "plan.page"),
    _slot("ChartsPage", QT_TRANSLATE_NOOP("ChartsPage", "Charts"), "charts.page"),
)


def page_class(slot: PageSlot) -> type[Page]:
    module = importlib.import_module(f"hromada_desk.ui.{slot.module}")
    return cast(type[Page], getattr(module, slot.name))


class PageStack(QStackedWidget):
    """One scroll area per page, made with the page on first request (an empty stand-in
    until then).

    A page built late reads the session when it is built (every page refreshes in its
    constructor), so it shows the open file and the selected year like the others.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pages: list[Page | None] = [None] * len(PAGE_SLOTS)
        for _slot in PAGE_SLOTS:
            self.addWidget(QWidget())  # an empty stand-in: cheap, replaced when built

    @staticmethod
    def titles() -> list[str]:
        """The navigation titles in the current language, without building any page."""
        return [QCoreApplication.translate(s.name, s.title) for s in PAGE_SLOTS]

    def page(self, index: int) -> Page:
        """The page at ``index``, built now if it has not been yet, and up to date (a page
        hidden when the data changed catches up now)."""
        page = self._pages[index]
        if page is not None:
            page.refresh_if_stale()
        else:
            page = page_class(PAGE_SLOTS[index])(self._session)
            self._pages[index] = page
            # A page larger than the window (a 1366×768 laptop at 150 % scaling leaves about
            # 900×500 pixels) scrolls instead of pushing the window off the screen.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            current = self.currentIndex()
            stand_in = cast(QWidget, self.widget(index))
            self.insertWidget(index, scroll)
            self.removeWidget(stand_in)
            stand_in.deleteLater()
            self.setCurrentIndex(current)
        return page

    def show_page(self, index: int) -> Page:
        page = self.page(index)
        self.setCurrentIndex(index)
        return page

    def built(self) -> list[tuple[int, Page]]:
        """The pages built so far with their index: the only ones that can hold edits."""
        return [(i, p) for i, p in enumerate(self._pages) if p is not None]

    def all_pages(self) -> list[Page]:
        """Every page, building those not built yet (for the self-test and tests)."""
        return [self.page(i) for i in range(len(PAGE_SLOTS))]
