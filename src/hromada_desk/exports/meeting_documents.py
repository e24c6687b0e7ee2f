"""The other documents of a meeting, in the protocol's blocks: the extract of one agenda item
(«ВИТЯГ З ПРОТОКОЛУ», sent to the executive committee) and the notice of the meeting (sent
to the members before it)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hromada_desk import APP_NAME, __version__
from hromada_desk.documents.metadata import Metadata
from hromada_desk.documents.protocol import ProtocolData
from hromada_desk.domain.needs import plural
from hromada_desk.errors import InputError
from hromada_desk.exports.protocol_text import (
    Block,
    Para,
    Signatures,
    Style,
    header_blocks,
    item_blocks,
    metadata,
    speakers_para,
    split_executive_committee,
    typeset_blocks,
)

EXTRACT_TITLE = "ВИТЯГ З ПРОТОКОЛУ"
NOTICE_TITLE = "ПОВІДОМЛЕННЯ"
EXTRACT_CERTIFIED = "Витяг вірний"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _secretary(data: ProtocolData) -> list[tuple[str, str]]:
    """Who certifies an extract or sends a notice: the secretary among those who sign the
    protocol, else the last of them."""
    lines = [(_one_line(role), _one_line(name)) for role, name in data.signatures]
    found = [line for line in lines if "секретар" in line[0].casefold()]
    return found[:1] or lines[-1:]


def check_item(data: ProtocolData, number: int) -> None:
    if not 1 <= number <= len(data.items):
        count = len(data.items)
        raise InputError(
            f"У протоколі №{data.number} від {data.day:%d.%m.%Y} немає питання "
            f"{number}: питань порядку денного {count}.",
            f"Вкажіть номер від 1 до {count}." if count else "",
        )


def extract_blocks(data: ProtocolData, number: int) -> list[Block]:
    """One agenda item as the protocol records it, with the protocol's header, how many
    members were present, and «Витяг вірний» over the secretary's signature line."""
    check_item(data, number)
    blocks = header_blocks(data, EXTRACT_TITLE)
    present = len(data.present)
    members = plural(present, "член", "члени", "членів")
    blocks.append(
        Para(
            f"Присутні: {present} {members} {_one_line(data.body_genitive)} "
            f"(з {present + len(data.absent)})."
        )
    )
    if data.guests:
        blocks.append(Para(f"Запрошені: {len(data.guests)}."))
    blocks += list(item_blocks(number, data.items[number - 1], data.legacy))
    secretary = _secretary(data)
    if secretary:
        last = blocks[-1]
        if isinstance(last, Para):  # the certification never starts a page alone
            blocks[-1] = dataclasses.replace(last, keep_with_next=True)
        blocks.append(Para(EXTRACT_CERTIFIED, Style.LABEL, keep_with_next=True))
        blocks.append(Signatures(tuple(secretary)))
    return blocks if data.legacy else typeset_blocks(blocks)


def notice_blocks(data: ProtocolData) -> list[Block]:
    """When and where the meeting is held and its agenda with the speakers."""
    blocks: list[Block] = [
        Para(line, Style.HEADER) for line in split_executive_committee(data.executive_committee)
    ]
    blocks.append(Para(NOTICE_TITLE, Style.TITLE))
    body = _one_line(data.body_genitive)
    blocks.append(Para(f"про засідання {body}", Style.SUBTITLE))
    when = f"{data.day:%d.%m.%Y} року"
    if data.time.strip():
        when += f" о {data.time.strip()}"
    blocks.append(
        Para(
            f"Повідомляємо, що засідання {body} №{data.number} відбудеться "
            f"{when}, місце проведення: {_one_line(data.place) or '__'}."
        )
    )
    if data.title.strip():
        blocks.append(Para(f"Тема: {_one_line(data.title)}."))
    if data.items:
        blocks.append(Para("ПОРЯДОК ДЕННИЙ", Style.SECTION, keep_with_next=True))
        for number, item in enumerate(data.items, 1):
            speakers = speakers_para(item)
            blocks.append(
                Para(f"{number}. {_one_line(item.title)}", keep_with_next=speakers is not None)
            )
            if speakers is not None:
                blocks.append(speakers)
    blocks.append(
        Para(
            "Просимо взяти участь у засіданні. У разі неможливості бути присутніми "
            "просимо завчасно повідомити секретаря."
        )
    )
    secretary = _secretary(data)
    if secretary:
        blocks.append(Signatures(tuple(secretary)))
    return typeset_blocks(blocks)


def extract_metadata(data: ProtocolData, number: int) -> Metadata:
    base = metadata(data)
    return Metadata(
        title=f"Витяг з протоколу №{data.number} від {data.day:%d.%m.%Y}, питання {number}",
        author=base.author,
        subject=_one_line(data.items[number - 1].title),
        creator=base.creator,
        language=base.language,
        moment=base.moment,
    )


def notice_metadata(data: ProtocolData) -> Metadata:
    base = metadata(data)
    # A notice is written before the meeting: dated the day it is made is unknown, so the
    # document's date is the meeting's (the same notice always gives the same bytes).
    return Metadata(
        title=f"Повідомлення про засідання №{data.number} від {data.day:%d.%m.%Y}",
        author=base.author,
        subject=_one_line(data.title),
        creator=f"{APP_NAME} {__version__}",
        language="uk-UA",
        moment=dt.datetime.combine(data.day, dt.time()),
    )
