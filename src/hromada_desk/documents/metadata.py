"""What a PDF or DOCX says about itself: title, author, subject, creator, language, date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str
    creator: str
    language: str
    moment: dt.datetime  # the document's date: taken from the data, never the clock
