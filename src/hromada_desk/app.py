"""Composition root of the desktop program: QApplication, settings, languages, the window."""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hromada_desk import APP_NAME, __version__
from hromada_desk.errors import KnownError
from hromada_desk.paths import user_data_dir

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
    for stale in older[DEMO_COPIES_KEPT - 1 :]:
        shutil.rmtree(stale, ignore_errors=True)
    path = Path(tempfile.mkdtemp(prefix="demo-", dir=folder)) / "Ланнівська громада.hromada"
    write_demo(path).close()
    return path


@dataclass(frozen=True, slots=True)
class GuiOptions:
    path: Path | None = None
    demo: bool = False
    self_test: bool = False
    screenshots: Path | None = None
    exit_when_ready: bool = False

    @property
    def unattended(self) -> bool:
        return self.self_test or self.screenshots is not None or self.exit_when_ready


def create_application():  # type: ignore[no-untyped-def]
    """The QApplication with names, settings in the program's data folder, Ukrainian formats."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hromada_desk.ui.common.i18n import use_ukrainian_formats

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_data_dir() / "settings")
    )
    use_ukrainian_formats()
    return app


def command_line_backup_policy():  # type: ignore[no-untyped-def]
    """The backup folder and count chosen in the window's Settings, for the headless
    commands that make backups (``import``, ``restore``): the same settings file, no Qt."""
    from hromada_desk.settings import Settings

    return startup_backup_policy(Settings())


def startup_backup_policy(settings):  # type: ignore[no-untyped-def]
    """The backup policy of the settings, as ``settings_dialog.backup_policy`` makes it,
    without importing the settings dialog (and its widgets) on the way to the window."""
    from hromada_desk.services.backup_settings import backup_policy

    return backup_policy(settings.backup_folder, settings.backups_kept)


def build_window(*, interactive: bool = True):  # type: ignore[no-untyped-def]
    from hromada_desk.settings import Settings
    from hromada_desk.ui.common.errors import CrashHandler
    from hromada_desk.ui.common.i18n import Languages
    from hromada_desk.ui.main_window import MainWindow
    from hromada_desk.ui.session import Session
    from hromada_desk.ui.settings_import import import_old_settings

    settings = Settings()
    import_old_settings(settings)  # the first start after an upgrade from version 1
    languages = Languages()
    languages.apply(settings.language)
    session = Session(startup_backup_policy(settings))
    window = MainWindow(session, settings, languages, demo_factory=fresh_demo_copy)
    window.interactive = interactive
    crash = CrashHandler(window, interactive=interactive)
    crash.install()
    window.crash_handler = crash
    return window


def resume_garbage_collection() -> None:
    """Turn the cyclic garbage collector back on once the window is painted, if the process
    started without it (``cli.run``). What start-up built lives as long as the program, so it
    is frozen first: neither later collections nor the exit scan it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(options: GuiOptions) -> int:
    from PySide6.QtCore import QTimer

    app = create_application()
    window = build_window(interactive=not options.unattended)
    window.first_painted.connect(resume_garbage_collection)
    geometry = window.settings.geometry
    if geometry is not None and not options.unattended:
        from PySide6.QtCore import QByteArray

        window.restoreGeometry(QByteArray(geometry))
    if not options.unattended:
        window.guard.offer_recovery()  # changes a crash or a lost stick left on this computer
    try:
        path = options.path
        if options.demo or (path is None and options.self_test):
            path = fresh_demo_copy()
        elif path is None and not options.unattended:
            last = window.settings.last_file
            path = last if last is not None and last.exists() else None
        if path is not None and not window.files.open_path(path) and options.unattended:
            print(f"{APP_NAME}: не вдалося відкрити «{path}»", file=sys.stderr)
            return 1
        if options.demo:
            window.settings.forget_recent(path)
            window.settings.last_file = None
    except KnownError as exc:
        if options.unattended:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return 1
        from hromada_desk.ui.common.errors import show_error

        show_error(window, exc)

    if options.self_test:
        from hromada_desk.ui.self_test import run_self_test

        window.show()
        return run_self_test(window)
    if options.screenshots is not None:
        from hromada_desk.ui.self_test import take_screenshots

        window.show()
        return take_screenshots(window, options.screenshots)
    if options.exit_when_ready:
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    window.show()
    return app.exec()
