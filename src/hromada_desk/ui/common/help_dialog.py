"""F1: a short help page in Ukrainian on the page of the program one is working on, with links
to the others (first steps and the USB stick included)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hromada_desk.resources import resource
from hromada_desk.ui.common.geometry import fit_to_screen

# The help page of each page of the window (by its class name); «start» without a file.
HELP_PAGES = {
    "CommunityPage": "community_uk.html",
    "PopulationPage": "population_uk.html",
    "IndicatorsPage": "indicators_uk.html",
    "NeedsPage": "needs_uk.html",
    "MembersPage": "members_uk.html",
    "MeetingsPage": "meetings_uk.html",
    "DuePage": "due_uk.html",
    "WorkPlanPage": "work_plan_uk.html",
    "PlanPage": "plan_uk.html",
    "ChartsPage": "charts_uk.html",
}
START_PAGE = "start_uk.html"
HELP_PAGE = ("help", "needs_uk.html")  # the calculation's page, named by the packaging check


def help_file(page_name: str | None) -> str:
    return HELP_PAGES.get(page_name or "", START_PAGE)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, page_name: str | None = "NeedsPage") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setSource(QUrl.fromLocalFile(str(resource("help", help_file(page_name)))))
        self.browser.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.sourceChanged.connect(
            lambda _url: self.setWindowTitle(
                self.tr("Help: %1").replace(
                    "%1", self.browser.documentTitle() or self.tr("hromada-desk")
                )
            )
        )
        fit_to_screen(self, 760, 600)
