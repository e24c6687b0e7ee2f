"""Fixtures for interface tests: a Session on a copy of the demo community."""

from __future__ import annotations

import pytest

from hromada_desk.errors import KnownError
from hromada_desk.storage.database import open_file
from hromada_desk.ui import main_window as main_window_module
from hromada_desk.ui.common.i18n import Languages
from hromada_desk.ui.session import Session


@pytest.fixture
def session(qapp, demo_path, policy):
    session = Session(policy)
    session.open(open_file(demo_path, backups=policy))
    yield session
    session.close()


@pytest.fixture
def errors(monkeypatch):
    """Errors the main window would show in a dialog, collected instead."""
    shown: list[KnownError] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def languages(qapp):
    """A Languages object that leaves no translator behind: even the English one changes
    the plural texts later tests read."""
    languages = Languages()
    yield languages
    languages.remove()
