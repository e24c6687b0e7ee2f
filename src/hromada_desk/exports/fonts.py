"""The serif font documents are set in: found at run time, registered with reportlab, and
checked to have a glyph for every character of the text (never a PDF with empty boxes)."""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hromada_desk.domain.parsing import shown, shown_path
from hromada_desk.domain.typography import as_printed
from hromada_desk.errors import InputError

STYLES = ("regular", "bold", "italic", "bold_italic")
_NOT_DRAWN = "\n\r\t"


@dataclass(frozen=True, slots=True)
class FontFiles:
    """The four faces of one family; a missing face is replaced by the regular one."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def faces(self) -> dict[str, Path]:
        return {style: getattr(self, style) for style in STYLES}


def _family(folder: Path, regular: str, bold: str, italic: str, bold_italic: str) -> FontFiles:
    return FontFiles(folder / regular, folder / bold, folder / italic, folder / bold_italic)


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"


def candidates() -> list[FontFiles]:
    """Where to look, best first: Times New Roman, then the metric-compatible Liberation
    Serif, then DejaVu Serif (wider, but with every Ukrainian character)."""
    found = []
    if sys.platform == "win32":
        found.append(
            _family(_windows_fonts(), "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
        )
    if sys.platform == "darwin":
        found.append(
            _family(
                Path("/System/Library/Fonts/Supplemental"),
                "Times New Roman.ttf",
                "Times New Roman Bold.ttf",
                "Times New Roman Italic.ttf",
                "Times New Roman Bold Italic.ttf",
            )
        )
    found.append(
        _family(
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            "Times_New_Roman.ttf",
            "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf",
            "Times_New_Roman_Bold_Italic.ttf",
        )
    )
    for folder in (
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/liberation-serif",
        "/usr/share/fonts/TTF",
    ):
        found.append(
            _family(
                Path(folder),
                "LiberationSerif-Regular.ttf",
                "LiberationSerif-Bold.ttf",
                "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf",
            )
        )
    for folder in (
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
    ):
        found.append(
            _family(
                Path(folder),
                "DejaVuSerif.ttf",
                "DejaVuSerif-Bold.ttf",
                "DejaVuSerif-Italic.ttf",
                "DejaVuSerif-BoldItalic.ttf",
            )
        )
    return found


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; a name the system refuses (too long) is not one."""
    try:
        return path.is_file()
    except OSError:
        return False


def _complete(files: FontFiles) -> FontFiles:
    """Faces that are not installed fall back to the regular one."""
    return FontFiles(
        **{
            style: path if path.is_file() else files.regular
            for style, path in files.faces().items()
        }
    )


def _siblings(regular: Path) -> FontFiles:
    """Bold and italic faces beside a font file the person chose, by the usual names:
    times.ttf → timesbd.ttf; X-Regular.ttf → X-Bold.ttf; DejaVuSerif.ttf → DejaVuSerif-Bold.ttf."""
    stem, suffix = regular.stem, regular.suffix
    base = stem[: -len("-Regular")] if stem.endswith("-Regular") else stem
    names = {
        "bold": [f"{stem}bd", f"{base}-Bold", f"{base} Bold", f"{base}_Bold"],
        "italic": [f"{stem}i", f"{base}-Italic", f"{base} Italic", f"{base}_Italic"],
        "bold_italic": [
            f"{stem}bi",
            f"{base}-BoldItalic",
            f"{base} Bold Italic",
            f"{base}_Bold_Italic",
        ],
    }
    faces = {"regular": regular}
    for style, options in names.items():
        faces[style] = next(
            (p for p in (regular.with_name(n + suffix) for n in options) if _is_file(p)), regular
        )
    return FontFiles(**faces)


def find_serif(font_path: Path | None = None) -> FontFiles:
    """The font family to use: the file the caller names, else the first one installed."""
    if font_path is not None:
        font_path = Path(font_path)
        if not _is_file(font_path):
            raise InputError(
                f"Файл шрифту «{shown_path(font_path)}» не знайдено.",
                "Вкажіть наявний файл шрифту TrueType (.ttf).",
            )
        return _siblings(font_path)
    for files in candidates():
        if files.regular.is_file():
            return _complete(files)
    raise InputError(
        "Не знайдено шрифту для документа: немає ні Times New Roman, ні Liberation Serif, "
        "ні DejaVu Serif.",
        "Установіть один із цих шрифтів або вкажіть файл шрифту .ttf у налаштуваннях.",
    )


@dataclass(frozen=True, slots=True)
class RegisteredFamily:
    """A font family registered with reportlab under ``name`` (its faces by style)."""

    name: str
    fonts: dict[str, str]  # style → reportlab font name
    files: FontFiles

    @property
    def regular(self) -> str:
        return self.fonts["regular"]

    @property
    def bold(self) -> str:
        return self.fonts["bold"]

    def check_covers(
        self, texts: Iterable[str], *, styles: Iterable[str] = ("regular", "bold")
    ) -> None:
        """Raise InputError naming the first character a face has no glyph for, in the
        text as a document prints it (``typography.as_printed``: what it leaves out needs no
        glyph, what it draws as another needs that one's)."""
        from reportlab.pdfbase import pdfmetrics

        texts = [as_printed(text) for text in texts]
        used = set().union(*texts) - set(_NOT_DRAWN) if texts else set()
        for style in dict.fromkeys(styles):
            glyphs = pdfmetrics.getFont(self.fonts[style]).face.charToGlyph
            missing = sorted(ch for ch in used if not glyphs.get(ord(ch), 0))
            if missing:
                # The first one in reading order is named, with where it stands.
                text, ch = next((t, c) for t in texts for c in t if c in missing)
                raise InputError(_missing_message(ch, text, self.files.faces()[style]))


def _missing_message(ch: str, text: str, path: Path) -> str:
    name = unicodedata.name(ch, "")
    described = f"«{shown(ch)}» (U+{ord(ch):04X}{', ' + name if name else ''})"
    where = text.index(ch)
    context = shown(" ".join(text[max(0, where - 30) : where + 30].split()), 80)
    return (
        f"Шрифт «{shown_path(path)}» не містить символу {described}, який є в тексті "
        f"документа: «…{context}…». Замініть цей символ у тексті або виберіть інший шрифт."
    )


_REGISTERED: dict[FontFiles, RegisteredFamily] = {}


# The faces the documents draw: none of them sets text in italic, and reading a face takes a
# protocol's export some 10–20 ms, so the italic ones are not read (the family's italic
# stands for its regular and bold faces).
DRAWN = ("regular", "bold")


def register(files: FontFiles) -> RegisteredFamily:
    """Register the faces drawn as one reportlab family (embedded and subset on output)."""
    if files in _REGISTERED:
        return _REGISTERED[files]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # a name may hold bytes that are not UTF-8 (kept as lone surrogates)
    digest = hashlib.sha1(
        "|".join(str(p) for p in files.faces().values()).encode("utf-8", "surrogatepass")
    ).hexdigest()
    family = f"HromadaSerif-{digest[:8]}"
    fonts: dict[str, str] = {}
    loaded: dict[Path, str] = {}
    faces = files.faces()
    for style in DRAWN:
        path = faces[style]
        if path in loaded:  # a face standing in for a missing one is loaded once
            fonts[style] = loaded[path]
            continue
        name = f"{family}-{style}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # a damaged file can fail anywhere in the parser
            raise InputError(
                f"Не вдалося прочитати шрифт «{shown_path(path)}»: {shown(exc)}.",
                "Вкажіть файл шрифту TrueType (.ttf).",
            ) from exc
        fonts[style] = loaded[path] = name
    fonts["italic"], fonts["bold_italic"] = fonts["regular"], fonts["bold"]
    pdfmetrics.registerFontFamily(
        family,
        normal=fonts["regular"],
        bold=fonts["bold"],
        italic=fonts["italic"],
        boldItalic=fonts["bold_italic"],
    )
    registered = RegisteredFamily(family, fonts, files)
    _REGISTERED[files] = registered
    return registered
