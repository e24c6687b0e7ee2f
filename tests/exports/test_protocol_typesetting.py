"""What a printed protocol looks like on its pages: a draft marked on every page, Ukrainian
hyphenation and no-break spaces, an Annex 2 row that goes on on the next page naming its
service again, the note kept with its table; the Word file's language, hyphenation and
metadata; and a protocol finalised by version 1 printed as it was. The expectations are the
seed's wording and the page images looked at, not the renderer's own data."""

from __future__ import annotations

import dataclasses
import itertools
import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from hromada_desk.documents.protocol import from_json
from hromada_desk.exports.protocol import export_protocol
from hromada_desk.exports.protocol_text import block_texts, protocol_blocks
from tests.exports.helpers import MM

NB = "\u00a0"
# The seed's service names (Annex 2's first column).
SERVICES = [
    "Притулок для осіб, які постраждали від домашнього насильства та насильства за ознакою статі",
    "Мобільна бригада соціально-психологічної допомоги особам, які постраждали від "
    "домашнього насильства та насильства за ознакою статі",
    "Центр медико-соціальної реабілітації осіб, які постраждали від домашнього насильства та "
    "насильства за ознакою статі",
    "Денний центр соціально-психологічної допомоги особам, які постраждали від домашнього "
    "насильства та насильства за ознакою статі",
    "Спеціалізована служба первинного соціально-психологічного консультування осіб, які "
    "постраждали від домашнього насильства та насильства за ознакою статі",
]
STORED_V1 = Path(__file__).parents[1] / "documents" / "data" / "protocol-snapshot-v1.json"


def _flat(text: str) -> str:
    """Lines joined: a word hyphenated at a line's end whole again, spaces single."""
    text = re.sub(r"(\w)-\n(?=\w)", r"\1", text.replace(NB, " "))
    return " ".join(text.split())


def _pages(path: Path) -> list[tuple[str, str]]:
    """(the top margin's text, the text area's text) of each page."""
    with pdfplumber.open(path) as pdf:
        return [
            (
                page.within_bbox((0, 0, page.width, 16 * MM)).extract_text() or "",
                page.within_bbox((0, 16 * MM, page.width, page.height)).extract_text() or "",
            )
            for page in pdf.pages
        ]


@pytest.fixture
def draft_pdf(demo_data, tmp_path) -> Path:
    assert demo_data.draft
    return export_protocol(demo_data, tmp_path / "проєкт.pdf")


def test_every_page_of_a_draft_says_draft_and_a_finalised_one_does_not(
    demo_data, draft_pdf, tmp_path
):
    pages = _pages(draft_pdf)
    assert len(pages) > 5 and all("ПРОЄКТ" in top for top, _ in pages)
    final = dataclasses.replace(demo_data, finalised_at="2023-07-03T14:05:00")
    assert not any(
        "ПРОЄКТ" in top + text for top, text in _pages(export_protocol(final, tmp_path / "f.pdf"))
    )


def test_justified_text_is_hyphenated_inside_words_and_never_in_names(draft_pdf):
    lines = [line for _, text in _pages(draft_pdf) for line in text.splitlines()]
    words = set(re.findall(r"[\w’]+", _flat("\n".join(lines))))
    breaks = [
        (line.split()[-1], following.split()[0])
        for line, following in itertools.pairwise(lines)
        if re.search(r"\w-$", line) and following.split() and following[:1].islower()
    ]
    assert len(breaks) >= 10
    for head, tail in breaks:
        joined = head[:-1] + re.match(r"[\w’]*", tail).group(0)
        if "-" in head[:-1]:  # a compound word broken at its own hyphen
            continue
        assert joined in words, (head, tail)
        assert head[:1].islower(), f"a name or proper noun hyphenated: {head}{tail}"


def test_no_break_spaces_keep_initials_numbers_and_units_together(draft_pdf):
    lines = [line.strip() for _, text in _pages(draft_pdf) for line in text.splitlines()]
    for line in lines:
        assert not re.search(r"(№|\bс\.|с-ще|\bст\.)$", line), line
        assert not re.match(r"([А-ЯІЇЄҐ]\.[А-ЯІЇЄҐ]\.|тис\.|року\b|– )", line), line


def test_a_row_going_on_on_the_next_page_names_its_service(draft_pdf):
    firsts = []  # the first cell of each page's first row under the header
    with pdfplumber.open(draft_pdf) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                if table[0][0] == "Назва спеціалізованої служби" or (table[0][0] or "").replace(
                    "\n", " "
                ).startswith("Назва"):
                    firsts.append(re.sub(r"-\s+", "-", " ".join((table[1][0] or "").split())))
    continued = [cell for cell in firsts if "(продовження)" in cell]
    assert continued and len(firsts) >= 6
    for cell in continued:
        assert cell in [f"{name} (продовження)" for name in SERVICES], cell


def test_the_note_stays_on_the_page_of_the_tables_last_row(draft_pdf):
    pages = [_flat(text) for _, text in _pages(draft_pdf)]
    notes = [i for i, text in enumerate(pages) if "Примітка." in text]
    assert len(notes) == 2  # one under each year's table
    for i in notes:
        before_note = pages[i].split("Примітка.")[0]
        assert SERVICES[-1].split(",")[0] in before_note or "(продовження)" in before_note


def test_the_annex_gives_the_requirements_the_widest_column(draft_pdf):
    with pdfplumber.open(draft_pdf) as pdf:
        page = next(p for p in pdf.pages if "Мінімальні вимоги" in (p.extract_text() or ""))
        table = page.find_tables()[0]
        widths = [cell[2] - cell[0] for cell in table.rows[0].cells]
    assert widths[1] == max(widths)  # «Мінімальні вимоги»
    assert widths[4] < widths[1] and widths[4] < widths[2]  # the worked numbers: short


def _docx_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {
            name: package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith(".xml")
        }


def test_the_word_file_is_ukrainian_hyphenated_and_says_who_made_it(demo_data, tmp_path):
    parts = _docx_parts(export_protocol(demo_data, tmp_path / "п.docx"))
    assert '<w:autoHyphenation w:val="true"/>' in parts["word/settings.xml"]
    defaults = parts["word/styles.xml"].split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    assert 'w:val="uk-UA"' in defaults and "en-US" not in defaults
    assert "Microsoft" not in parts["docProps/app.xml"]
    assert "<Application>hromada-desk" in parts["docProps/app.xml"]
    headers = "".join(text for name, text in parts.items() if name.startswith("word/header"))
    assert headers.count("ПРОЄКТ") == 2  # the first page's header and the others'


def test_a_finalised_word_file_is_not_marked(demo_data, tmp_path):
    final = dataclasses.replace(demo_data, finalised_at="2023-07-03T14:05:00")
    parts = _docx_parts(export_protocol(final, tmp_path / "п.docx"))
    assert not any("ПРОЄКТ" in text for text in parts.values())


def test_a_protocol_finalised_by_version_1_prints_as_it_was_signed(tmp_path):
    data = from_json(STORED_V1.read_text(encoding="utf-8"), "2023-07-03T14:05:00")
    pages = _pages(export_protocol(data, tmp_path / "v1.pdf"))
    assert not any("ПРОЄКТ" in top for top, _ in pages)
    text = "\n".join(body for _, body in pages)
    assert "Присутні члени комісії:" in text and "№1" in text
    assert "суб'єктів" in text  # as typed then: no typesetting
    assert "(продовження)" not in text
    # no hyphenation: a line ends with a hyphen only inside a compound word of the text
    typed = " ".join(block_texts(protocol_blocks(data)))
    for head, tail in re.findall(r"(\w+-)\n(\w+)", text):
        assert head + tail in typed, head + tail
    parts = _docx_parts(export_protocol(data, tmp_path / "v1.docx"))
    assert "autoHyphenation" not in parts["word/settings.xml"]
