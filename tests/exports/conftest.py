"""Fixtures for the document exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from hromada_desk.documents.protocol import ProtocolData
from tests.exports.helpers import demo_protocol


@pytest.fixture
def demo_data(demo_path: Path) -> ProtocolData:
    return demo_protocol(demo_path)
