"""Export a meeting's protocol, the extract of one of its items, or the notice of the meeting,
to PDF or DOCX; the format follows the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hromada_desk.documents.metadata import Metadata
from hromada_desk.documents.protocol import ProtocolData
from hromada_desk.errors import InputError
from hromada_desk.exports.output import write_document
from hromada_desk.exports.protocol_text import (
    DRAFT_MARK,
    Block,
    block_texts,
    metadata,
    protocol_blocks,
)

FORMATS = (".pdf", ".docx")


def export_protocol(data: ProtocolData, path: Path, *, font_path: Path | None = None) -> Path:
    """Write the protocol to ``path`` (.pdf or .docx) and return the path.

    Everything is checked and rendered before the file is touched, and the bytes go to
    ``path`` through a temporary ``.part`` file: a failure never leaves a half-written
    document, nor destroys one that was already there.
    """
    path = _checked(path, "Протокол")
    return _export(
        protocol_blocks(data),
        metadata(data),
        path,
        font_path,
        draft=data.draft,
        hyphenate=not data.legacy,
    )


def export_extract(
    data: ProtocolData, item: int, path: Path, *, font_path: Path | None = None
) -> Path:
    """«ВИТЯГ З ПРОТОКОЛУ» of agenda item ``item`` (from 1) to ``path`` (.pdf or .docx)."""
    from hromada_desk.exports.meeting_documents import extract_blocks, extract_metadata

    path = _checked(path, "Витяг з протоколу")
    blocks = extract_blocks(data, item)
    return _export(
        blocks,
        extract_metadata(data, item),
        path,
        font_path,
        draft=data.draft,
        hyphenate=not data.legacy,
    )


def export_notice(data: ProtocolData, path: Path, *, font_path: Path | None = None) -> Path:
    """The notice of the meeting to ``path`` (.pdf or .docx)."""
    from hromada_desk.exports.meeting_documents import notice_blocks, notice_metadata

    path = _checked(path, "Повідомлення про засідання")
    return _export(
        notice_blocks(data), notice_metadata(data), path, font_path, draft=False, hyphenate=True
    )


def _checked(path: Path, what: str) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise InputError(
            f"{what} можна зберегти лише як PDF або DOCX, а не «{path.name}».",
            "Вкажіть файл із розширенням .pdf або .docx.",
        )
    return path


def _export(
    blocks: list[Block],
    meta: Metadata,
    path: Path,
    font_path: Path | None,
    *,
    draft: bool,
    hyphenate: bool,
) -> Path:
    if path.suffix.lower() == ".pdf":
        from hromada_desk.exports import fonts
        from hromada_desk.exports.reportlab_import import import_platypus

        import_platypus()  # before protocol_pdf imports it
        from hromada_desk.exports.protocol_pdf import render_pdf

        family = fonts.register(fonts.find_serif(font_path))
        # and the page numbers, the draft's mark, the hyphen of a hyphenated word
        family.check_covers([*block_texts(blocks), "0123456789-", DRAFT_MARK])
        content = render_pdf(blocks, meta, family, draft=draft, hyphenate=hyphenate)
    else:
        from hromada_desk.exports.protocol_docx import render_docx

        content = render_docx(
            blocks, meta, _docx_measure(font_path), draft=draft, hyphenate=hyphenate
        )
    write_document(path, content)
    return path


def _docx_measure(font_path: Path | None) -> Callable[[str, bool], float]:
    """Text widths for sizing the DOCX's table columns: from the serif font's metrics where
    one is installed (the DOCX itself needs no font file), else from an estimate."""
    from hromada_desk.exports import fonts
    from hromada_desk.exports.protocol_docx import estimated_width

    try:
        family = fonts.register(fonts.find_serif(font_path))
    except InputError:
        return estimated_width
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(text: str, bold: bool) -> float:
        return float(stringWidth(text, family.bold if bold else family.regular, 1))

    return measure
