"""The main window as its File and statistics actions see it, declared apart from it so
that the actions need not import the window that creates them (no import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from hromada_desk.errors import KnownError
    from hromada_desk.settings import Settings
    from hromada_desk.ui.common.worker import Job, Report
    from hromada_desk.ui.files.guard import FileGuard
    from hromada_desk.ui.files.welcome_page import WelcomePage
    from hromada_desk.ui.page_stack import PageStack
    from hromada_desk.ui.session import Session


class WindowHost(QMainWindow):
    """What ui.main_window.MainWindow provides to the actions it creates."""

    session: Session
    settings: Settings
    interactive: bool
    guard: FileGuard
    navigation: QListWidget
    stack: PageStack

    @property
    def welcome(self) -> WelcomePage:
        raise NotImplementedError

    def report_error(self, exc: KnownError) -> None:
        raise NotImplementedError

    def start_job(
        self, label: str, work: Callable[[Report], Any], done: Callable[[Any], None]
    ) -> Job:
        raise NotImplementedError

    def show_document(self, text: str, path: Path, kind: str = "info") -> None:
        raise NotImplementedError
