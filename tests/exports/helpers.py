"""Reading exported documents back: PDF text without page numbers, order checks."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from hromada_desk.documents.protocol import ProtocolData
from hromada_desk.services.protocol import protocol_for
from hromada_desk.storage import council_repo
from hromada_desk.storage.database import open_file

MM = 72 / 25.4  # points per millimetre
SUBSET = re.compile(r"^[A-Z]{6}\+")


def demo_protocol(path: Path, number: int = 1, year: int = 2023) -> ProtocolData:
    with open_file(path, readonly=True) as cf:
        meeting = council_repo.find_meeting(cf, number, year)
        assert meeting is not None
        return protocol_for(cf, meeting)


def normalised(text: str) -> str:
    """White space as single spaces, and hyphens out of the way: a word hyphenated at a line's
    end («відді-⏎лу») reads whole, and a phrase matches whether or not its compound words
    (соціально-психологічної) were broken at their own hyphen."""
    text = text.replace("\xa0", " ").replace("-\n", "").replace("-", "")
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """Each page's text, without the page number printed in the top margin."""
    with pdfplumber.open(path) as pdf:
        return [
            page.within_bbox((0, 16 * MM, page.width, page.height)).extract_text()
            for page in pdf.pages
        ]


def pdf_text(path: Path) -> str:
    return normalised("\n".join(page_texts(path)))


def assert_in_order(text: str, phrases: list[str]) -> None:
    position = 0
    for phrase in phrases:
        wanted = normalised(phrase)
        found = text.find(wanted, position)
        assert found >= 0, f"«{wanted}» not found after: …{text[position : position + 300]}…"
        position = found + len(wanted)
