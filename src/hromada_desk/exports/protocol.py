"""Export a meeting's protocol to PDF or DOCX; the format follows the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hromada_desk.documents.protocol import ProtocolData
from hromada_desk.errors import InputError
from hromada_desk.exports.output import write_document
from hromada_desk.exports.protocol_text import block_texts, metadata, protocol_blocks

FORMATS = (".pdf", ".docx")


def export_protocol(data: ProtocolData, path: Path, *, font_path: Path | None = None) -> Path:
    """Write the protocol to ``path`` (.pdf or .docx) and return the path.

    Everything is checked and rendered before the file is touched, and the bytes go to
    ``path`` through a temporary ``.part`` file: a failure never leaves a half-written
    document, nor destroys one that was already there.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"Протокол можна зберегти лише як PDF або DOCX, а не «{path.name}».",
                         "Вкажіть файл із розширенням .pdf або .docx.")
    blocks = protocol_blocks(data)
    meta = metadata(data)
    if suffix == ".pdf":
        from hromada_desk.exports import fonts
        from hromada_desk.exports.reportlab_import import import_platypus

        import_platypus()  # before protocol_pdf imports it
        from hromada_desk.exports.protocol_pdf import render_pdf

        family = fonts.register(fonts.find_serif(font_path))
        family.check_covers([*block_texts(blocks), "0123456789"])  # and page numbers
        content = render_pdf(blocks, meta, family)
    else:
        from hromada_desk.exports.protocol_docx import render_docx

        content = render_docx(blocks, meta, _docx_measure(font_path))
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
