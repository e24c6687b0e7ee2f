"""Text for reportlab paragraphs: escaped markup, and words too wide for a column broken
where a reader expects (after a hyphen or slash, else between letters)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from hromada_desk.exports.protocol_text import word_pieces


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fitted(text: str, style: ParagraphStyle, width: float) -> str:
    """Markup in which a word wider than the column breaks after its own hyphen or slash,
    else between letters, rather than running over the cell's edge."""
    words = []
    for word in text.split(" "):
        if stringWidth(word, style.fontName, style.fontSize) <= width:
            words.append(escape(word))
            continue
        lines, current = [], ""
        for piece in word_pieces(word):
            for part in [piece] if stringWidth(piece, style.fontName, style.fontSize) <= width \
                    else list(piece):
                if current and stringWidth(current + part, style.fontName,
                                           style.fontSize) > width:
                    lines.append(current)
                    current = part
                else:
                    current += part
        lines.append(current)
        words.append("<br/>".join(escape(line) for line in lines))
    return " ".join(words)
