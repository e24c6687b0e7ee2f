"""A JSON document given to a command (a file or stdin), read strictly: UTF-8, bounded in
size and depth, no NaN, no numbers longer than any count, no repeated keys, no lone
surrogates; every refusal one clear message that names the document."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any, BinaryIO

from hromada_desk.domain.parsing import shown, shown_path
from hromada_desk.errors import InputError, os_reason

# A year of Annex 1 is a few kilobytes even for a community of a hundred settlements.
MAX_BYTES = 5_000_000
MAX_DEPTH = 20
# Longer than any count the program keeps, refused before int() reads it (Python itself
# refuses past 4,300 digits).
_LONGEST_NUMBER = 30
_SURROGATE = re.compile("[\ud800-\udfff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_JSON_MESSAGES = {
    "Expecting value": "очікується значення",
    "Expecting property name enclosed in double quotes": "очікується назва поля в лапках",
    "Expecting ',' delimiter": "бракує коми",
    "Expecting ':' delimiter": "бракує двокрапки",
    "Unterminated string starting at": "рядок не закрито лапками",
    "Invalid control character at": "керівний символ усередині рядка",
    "Invalid \\escape": "неправильна послідовність із «\\»",
    "Invalid \\uXXXX escape": "неправильна послідовність «\\u»",
    "Extra data": "зайві дані після документа",
}


class _Refused(Exception):
    """Raised from inside the decoder, which knows no document name."""


def read_json(name: str, stdin: BinaryIO | None = None) -> object:
    """The document in file ``name``, or on ``stdin`` when ``name`` is «-»."""
    shown_name = "стандартний вхід" if name == "-" else f"«{shown_path(name)}»"
    if name == "-":
        if stdin is None:
            raise InputError("Документ JSON мав надійти на стандартний вхід, але його закрито.")
        data = _read_bounded(stdin, shown_name)
    else:
        path = Path(name)
        try:
            with path.open("rb") as handle:
                data = _read_bounded(handle, shown_name)
        except FileNotFoundError:
            raise InputError(f"Файл {shown_name} не знайдено.") from None
        except IsADirectoryError:
            raise InputError(f"{shown_name} — це тека, а не файл JSON.") from None
        except OSError as exc:
            raise InputError(f"Не вдалося прочитати {shown_name}: {os_reason(exc)}.") from None
    return decode_json(data, shown_name)


def _read_bounded(stream: BinaryIO, shown_name: str) -> bytes:
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        if exc.errno == errno.EISDIR:  # stdin redirected from a folder
            raise InputError(f"{shown_name} — це тека, а не файл JSON.") from None
        raise InputError(f"Не вдалося прочитати {shown_name}: {os_reason(exc)}.") from None
    if len(data) > MAX_BYTES:
        raise InputError(
            f"Документ {shown_name} завеликий (понад {MAX_BYTES // 1_000_000} МБ): "
            "це не дані одного року громади."
        )
    return data


def decode_json(data: bytes, shown_name: str) -> object:
    """``data`` as JSON, or an InputError naming ``shown_name`` and what is wrong."""
    if data.startswith(_UTF16_BOMS):
        raise InputError(f"Документ {shown_name} збережено в UTF-16; збережіть його в UTF-8.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"Документ {shown_name} не є текстом UTF-8 (байт 0x{data[exc.start]:02x} "
            f"у позиції {exc.start}); збережіть його в UTF-8."
        ) from None
    if not text.strip():
        raise InputError(f"Документ {shown_name} порожній.")
    try:
        value = json.loads(
            text,
            parse_int=_whole_number,
            parse_constant=_no_constant,
            object_pairs_hook=_no_repeats,
        )
    except json.JSONDecodeError as exc:
        what = _JSON_MESSAGES.get(exc.msg, exc.msg)
        raise InputError(
            f"Документ {shown_name} не є правильним JSON: рядок {exc.lineno}, "
            f"позиція {exc.colno}: {what}."
        ) from None
    except RecursionError:
        raise InputError(
            f"Документ {shown_name}: вкладеність глибша за {MAX_DEPTH} рівнів."
        ) from None
    except _Refused as exc:
        raise InputError(f"Документ {shown_name}: {exc}.") from None
    problem = _shape_problem(value)
    if problem:
        raise InputError(f"Документ {shown_name}: {problem}.")
    return value


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > _LONGEST_NUMBER:
        raise _Refused(f"число з понад {_LONGEST_NUMBER} цифр — таких значень у документі не буває")
    return int(digits)


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} не є числом")


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(
                f"поле «{shown(key)}» повторюється, і незрозуміло, яке значення правильне"
            )
        result[key] = value
    return result


def _shape_problem(value: object) -> str:
    """Too deep a nesting, or a lone surrogate (half of a character, which no file or
    screen can show) in a key or a text: the first found, or an empty string."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"вкладеність глибша за {MAX_DEPTH} рівнів"
        texts: list[str] = []
        if isinstance(item, dict):
            texts = list(item)
            stack += [(child, depth + 1) for child in item.values()]
        elif isinstance(item, list):
            stack += [(child, depth + 1) for child in item]
        elif isinstance(item, str):
            texts = [item]
        for text in texts:
            if _SURROGATE.search(text):
                return f"текст «{shown(text)}» містить половину символу (одинокий сурогат)"
    return ""
