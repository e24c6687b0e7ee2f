"""The page of an official document (ДСТУ 4163:2020), declared once for the PDF and the DOCX:
A4, margins, type sizes, line spacing, the paragraph indent, where the page number stands."""

from __future__ import annotations

# A4 portrait, in millimetres.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 30.0, 10.0, 20.0, 20.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
INDENT_MM = 12.5  # the paragraph indent of Ukrainian official documents
PAGE_NUMBER_FROM_TOP_MM = 12.0  # the page number's baseline, inside the top margin
HEADER_DISTANCE_MM = 10.0  # where Word puts that header (the page number)

# Type sizes in points, and the line spacing as Word counts it (in lines of the font's
# natural height).
BODY_SIZE, TABLE_SIZE, TITLE_SIZE, PAGE_NUMBER_SIZE = 14, 12, 16, 12
LINE_SPACING = 1.15
