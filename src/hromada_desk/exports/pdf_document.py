"""One page set-up for every PDF the program writes: margins, the page number centred over the
text from page 2 on, metadata, and a date taken from the document (never the clock), so that
the same story always gives the same bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hromada_desk.documents.metadata import Metadata
from hromada_desk.domain.typography import as_printed
from hromada_desk.exports.fonts import RegisteredFamily


@dataclass(frozen=True, slots=True)
class PageLayout:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    body_size: float
    number_size: float
    number_baseline: float  # the page number's baseline, inside the top margin


def _draw_mark(canvas: Canvas, text: str, font: str, page: PageLayout) -> None:
    """A draft's mark, in the top margin at the right. (Not a large mark across the page:
    its letters would mix into the text a reader copies or a program extracts.)"""
    canvas.saveState()
    canvas.setFont(font, page.number_size)
    canvas.drawRightString(page.width - page.right, page.number_baseline, text)
    canvas.restoreState()


def render_document(
    story: list[Flowable],
    meta: Metadata,
    family: RegisteredFamily,
    page: PageLayout,
    *,
    mark: str = "",
) -> bytes:
    """The PDF's bytes; ``mark`` («ПРОЄКТ») is printed on every page."""
    buffer = io.BytesIO()
    stamp = f"D:{meta.moment:%Y%m%d%H%M%S}+00'00'"
    text_width = page.width - page.left - page.right

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setDateFormatter(lambda *_: stamp)
        if mark:
            _draw_mark(canvas, mark, family.bold, page)
        number = canvas.getPageNumber()
        if number >= 2:
            canvas.saveState()
            canvas.setFont(family.regular, page.number_size)
            canvas.drawCentredString(page.left + text_width / 2, page.number_baseline, str(number))
            canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=(page.width, page.height),
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=as_printed(meta.title),  # as the page shows it (pdf_text.escape)
        author=as_printed(meta.author),
        subject=as_printed(meta.subject),
        creator=meta.creator,
        lang=meta.language,
        invariant=1,
        initialFontName=family.regular,
        initialFontSize=page.body_size,
    )
    frame = Frame(
        page.left,
        page.bottom,
        text_width,
        doc.height,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story)
    return buffer.getvalue()
