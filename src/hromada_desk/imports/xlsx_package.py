"""A workbook's zip checked before any part is inflated, its XML parts read as capped streams."""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.parsers import expat

from hromada_desk.documents.template import NOTHING_CHANGED
from hromada_desk.domain.parsing import shown
from hromada_desk.errors import InputError

# Why not openpyxl: it builds every cell of every sheet (620 MB and 7 s for a 3.5 MB workbook
# of 1.5 million empty cells), keeps no formula together with its stored value, its read-only
# mode knows no merged cells, and a broken part comes out of it as any exception at all.
# Here only the parts a template needs are parsed, each once, as a stream, by expat: a
# DOCTYPE (the door to entity bombs) is refused and broken XML is named.

MB = 1 << 20
# What a template can be, generously: one for 20,000 settlements is about 2 MB, its largest
# part about 7 MB once inflated, and it packs about 1:15.
MAX_FILE_BYTES = 20 * MB
MAX_ENTRIES = 1000
MAX_DIRECTORY_BYTES = 1 * MB  # the zip's list of entries, read whole by zipfile
MAX_PART_BYTES = 16 * MB
MAX_TOTAL_BYTES = 128 * MB
MAX_RATIO = 200  # a part of whitespace packs about 1:1000
RATIO_FROM_BYTES = 1 * MB  # small parts may pack as tightly as they like
# XML elements parsed in one import: a 20,000-settlement template has about 500,000.
MAX_ELEMENTS = 1_000_000
_CHUNK = 64 * 1024

MAIN_NS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_RELATIONSHIP_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_EOCD = b"PK\x05\x06"
_EOCD_LOCATOR_64 = b"PK\x06\x07"
_EOCD_SIZE = 22


class WorkbookError(InputError):
    """The workbook is damaged or is not what a template can be."""


def not_a_workbook(path: Path, why: str) -> WorkbookError:
    return WorkbookError(
        f"Файл «{path.name}» не є робочою книгою Excel (.xlsx), яку можна "
        f"прочитати ({why}). {NOTHING_CHANGED}"
    )


def damaged(path: Path, why: str) -> WorkbookError:
    return WorkbookError(
        f"Книгу «{path.name}» пошкоджено або вона не може бути шаблоном: {why}. {NOTHING_CHANGED}",
        "Створіть шаблон командою «hromada-desk template» і заповніть його.",
    )


def local(name: str) -> tuple[str, str]:
    """(namespace, local name) of an expat name «namespace local»."""
    namespace, _, tag = name.rpartition(" ")
    return namespace, tag


@dataclass
class Budget:
    """Elements parsed so far in one import, shared by every part it reads."""

    path: Path
    elements: int = 0

    def exceeded(self) -> WorkbookError:
        return damaged(
            self.path,
            f"у ній понад {MAX_ELEMENTS} елементів XML, а шаблон має в кілька разів менше",
        )


@dataclass
class Handlers:
    """What one parse of a part does with each element's ``start(name, attributes)`` and
    ``end(name)`` and with the text between (``text(data)``, called for all of it)."""

    start: Callable[[str, dict[str, str]], None]
    end: Callable[[str], None] | None = None
    text: Callable[[str], None] | None = None


def _directory_is_small(path: Path, handle: Any, size: int) -> None:
    """The zip's end record, read before zipfile reads the whole list of entries it points
    to (about 1 KB of memory per entry, 200,000 entries in a 20 MB file)."""
    tail_size = min(size, _EOCD_SIZE + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return  # not a zip: zipfile says so
    entries, directory_bytes = struct.unpack("<HI", tail[at + 10 : at + 16])
    if at >= 20 and tail[at - 20 : at - 16] == _EOCD_LOCATOR_64:
        raise damaged(path, "архів у форматі ZIP64, якого шаблони не мають")
    if entries > MAX_ENTRIES or directory_bytes > MAX_DIRECTORY_BYTES:
        raise damaged(path, f"в архіві {entries} частин, а шаблон має кілька десятків")


@dataclass
class Package:
    """The open zip of a workbook, its entries checked; parts found by case-insensitive name
    as the Open Packaging Conventions name them."""

    path: Path
    archive: zipfile.ZipFile
    budget: Budget
    entries: dict[str, zipfile.ZipInfo] = field(default_factory=dict)

    def check_entries(self) -> None:
        infos = self.archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise damaged(self.path, f"в архіві {len(infos)} частин, а шаблон має кілька десятків")
        total = 0
        for info in infos:
            name = info.filename
            key = name.casefold()
            if key in self.entries:
                raise damaged(self.path, f"частина «{shown(name)}» є в архіві двічі")
            self.entries[key] = info
            if info.flag_bits & 0x1:
                raise damaged(self.path, f"частину «{shown(name)}» зашифровано")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise damaged(
                    self.path, f"частину «{shown(name)}» стиснуто способом, якого Excel не вживає"
                )
            if info.file_size > MAX_PART_BYTES:
                raise damaged(
                    self.path,
                    f"частина «{shown(name)}» займає "
                    f"{info.file_size // MB} МБ, а шаблон — до "
                    f"{MAX_PART_BYTES // MB} МБ на частину",
                )
            if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise damaged(
                    self.path,
                    f"частину «{shown(name)}» стиснуто в "
                    f"{info.file_size // max(info.compress_size, 1)} "
                    "разів, а шаблон стискається в кільканадцять",
                )
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise damaged(
                self.path,
                f"частини займають {total // MB} МБ, а шаблон — до {MAX_TOTAL_BYTES // MB} МБ",
            )

    def has(self, part: str) -> bool:
        return part.casefold() in self.entries

    def parse(self, part: str, handlers: Handlers) -> None:
        """Stream one XML part through expat: no DOCTYPE or entity, every element counted
        against the import's budget, a broken part named."""
        info = self.entries.get(part.casefold())
        if info is None:
            raise damaged(self.path, f"у ній немає частини «{shown(part)}»")
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        budget, handle_start = self.budget, handlers.start

        def start(name: str, attributes: dict[str, str]) -> None:
            budget.elements += 1  # inline: this runs for every element of the part
            if budget.elements > MAX_ELEMENTS:
                raise budget.exceeded()
            handle_start(name, attributes)

        def doctype(*args: object) -> None:
            raise damaged(
                self.path,
                f"частина «{shown(part)}» оголошує DOCTYPE (сутності "
                "XML), якого в книгах Excel не буває",
            )

        parser.StartElementHandler = start
        if handlers.end is not None:
            parser.EndElementHandler = handlers.end
        if handlers.text is not None:
            parser.CharacterDataHandler = handlers.text
        parser.StartDoctypeDeclHandler = doctype
        parser.EntityDeclHandler = doctype
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise damaged(
                self.path,
                f"частина «{shown(part)}» — не XML або обрізана "
                f"(рядок {exc.lineno}, позиція {exc.offset})",
            ) from None
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            NotImplementedError,
            UnicodeDecodeError,
        ) as exc:  # what zipfile raises for a damaged entry
            raise damaged(
                self.path, f"частину «{shown(part)}» не вдалося розпакувати ({shown(str(exc))})"
            ) from None

    def relationships(self, source: str) -> dict[str, tuple[str, str]]:
        """The relationships of part ``source``: id → (type, target part); external
        targets are left out. A target missing from the zip refuses the workbook."""
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        found: dict[str, tuple[str, str]] = {}
        if not self.has(rels):
            return found

        def start(tag: str, attributes: dict[str, str]) -> None:
            if tag != f"{_PACKAGE_RELS_NS} Relationship":
                return
            if attributes.get("TargetMode") == "External":
                return
            target = unquote(attributes.get("Target", ""))
            part = posixpath.normpath(
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            if not self.has(part):
                raise damaged(
                    self.path, f"немає частини «{shown(part)}», на яку посилається «{shown(rels)}»"
                )
            found[attributes.get("Id", "")] = (attributes.get("Type", ""), part)

        self.parse(rels, Handlers(start))
        return found

    def workbook_part(self) -> str:
        for kind, part in self.relationships("").values():
            if kind.endswith("/officeDocument"):
                return part
        raise damaged(self.path, "у ній немає робочої книги (xl/workbook.xml)")

    def sheets(self, workbook: str) -> tuple[dict[str, str], str | None, str | None]:
        """(sheet name → its part, the shared strings part, the styles part)."""
        rels = self.relationships(workbook)
        sheets: dict[str, str] = {}

        def start(tag: str, attributes: dict[str, str]) -> None:
            namespace, name = local(tag)
            if namespace in MAIN_NS and name == "sheet":
                rel = next(
                    (attributes[f"{ns} id"] for ns in _RELATIONSHIP_NS if f"{ns} id" in attributes),
                    "",
                )
                kind, part = rels.get(rel, ("", ""))
                if kind.endswith("/worksheet"):
                    sheets.setdefault(attributes.get("name", ""), part)

        self.parse(workbook, Handlers(start))
        strings = next(
            (part for kind, part in rels.values() if kind.endswith("/sharedStrings")), None
        )
        styles = next((part for kind, part in rels.values() if kind.endswith("/styles")), None)
        return sheets, strings, styles


@contextmanager
def open_package(path: Path) -> Iterator[Package]:
    """The workbook's zip, checked: size, number of parts, each part's declared size, their
    total and how tightly each packs, duplicates, encryption. Python's zipfile never inflates
    more than a part declares and checks its CRC, so these bound the work that follows."""
    if not path.is_file():
        raise InputError(f"Файл «{path}» не знайдено.")
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError(
            f"Не вдалося прочитати файл «{path.name}»: {exc.strerror or exc}. {NOTHING_CHANGED}"
        ) from None
    with handle:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise damaged(
                path, f"вона займає {size // MB} МБ, а шаблон — до {MAX_FILE_BYTES // MB} МБ"
            )
        try:
            _directory_is_small(path, handle, size)
            handle.seek(0)
            archive = zipfile.ZipFile(handle)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            # what zipfile raises for a file that is no zip, a cut one, a bad name or one
            # that asks for a version of zip it does not know
            raise not_a_workbook(path, shown(str(exc) or type(exc).__name__)) from None
        with archive:
            package = Package(path, archive, Budget(path))
            package.check_entries()
            yield package
