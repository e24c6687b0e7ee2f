"""Composition root of the desktop program: the QApplication, the file and the main window."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from hromada_desk import APP_NAME, __version__
from hromada_desk.errors import KnownError
from hromada_desk.paths import backups_dir, user_data_dir
from hromada_desk.storage.backups import BackupPolicy
from hromada_desk.storage.database import open_file

DEMO_COPIES_KEPT = 3


def fresh_demo_copy() -> Path:
    """Write a new copy of the demo community into the user data folder and return its path.

    Each start gets its own copy (another window may still have an older one open); only the
    newest few are kept.
    """
    from hromada_desk.services.demo import write_demo

    folder = user_data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    older = sorted(folder.glob("demo-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in older[DEMO_COPIES_KEPT - 1:]:
        shutil.rmtree(stale, ignore_errors=True)
    path = Path(tempfile.mkdtemp(prefix="demo-", dir=folder)) / "Ланнівська громада.hromada"
    write_demo(path).close()
    return path


def run_gui(path: Path | None, *, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hromada_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    policy = BackupPolicy(backups_dir())
    window = MainWindow(policy)
    try:
        if demo:
            path = fresh_demo_copy()
        if path is not None:
            window.open_community(open_file(path, backups=policy))
    except KnownError as exc:
        QMessageBox.critical(window, APP_NAME, str(exc))
    window.show()
    return app.exec()

