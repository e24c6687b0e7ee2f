"""Fixtures for interface tests: a Session on a copy of the demo community."""

from __future__ import annotations

import pytest

from hromada_desk.storage.database import open_file
from hromada_desk.ui.session import Session


@pytest.fixture
def session(qapp, demo_path, policy):
    session = Session(policy)
    session.open(open_file(demo_path, backups=policy))
    yield session
    session.close()
