"""Who the protocol lists, checked against the seed protocol itself (not against the code
that renders it): the ten members in the seed's order, each with the seed's position; a
member marked absent with the reason; an invited guest."""

from __future__ import annotations

import dataclasses
import re

from hromada_desk.domain.council import Attendance, Guest
from hromada_desk.storage import council_repo
from hromada_desk.storage.database import open_file
from tests.exports.helpers import normalised, pdf_text
from tests.test_cli import run


def seed_members(seed_text: str) -> list[tuple[str, str]]:
    """(«Удовиченко К.О.», its line's wording after the name) for each present member."""
    block = seed_text.split("Присутні члени комісії:")[1].split("ПОРЯДОК ДЕННИЙ")[0]
    members = []
    for line in block.splitlines():
        line = " ".join(line.split()).rstrip(";")
        found = re.match(r"(\w+ \w\.\w\.),?\s*[-–]?\s*(.+)", line)
        if found:
            members.append((found.group(1), found.group(2)))
    return members


def protocol_text(path, tmp_path) -> str:
    output = tmp_path / "протокол.pdf"
    code, _, err = run("protocol", str(path), "--meeting", "1/2023", "-o", str(output))
    assert code == 0, err
    return normalised(pdf_text(output))


def test_the_ten_members_in_the_seeds_order_with_their_positions(demo_path, tmp_path, seed_text):
    members = seed_members(seed_text)
    assert len(members) == 10 and members[0][0] == "Удовиченко К.О."
    text = protocol_text(demo_path, tmp_path)
    present = text.split("Присутні члени координаційної ради:")[1].split("ПОРЯДОК ДЕННИЙ")[0]
    places = [present.find(f"{name} –") for name, _ in members]
    assert -1 not in places and places == sorted(places)  # every one, in the seed's order
    for (name, wording), start, end in zip(
        members, places, [*places[1:], len(present)], strict=True
    ):
        shown = present[start + len(name) + 2 : end].strip().rstrip(";")
        # the seed's line ends with the position, after the role in the council, if any
        # (the seed says «комісії» for two of them; the role is the council's own)
        # (and its «практики- сімейний» is typeset as a dash)
        seed = wording.replace("практики- сімейний", "практики – сімейний")
        seed = normalised(seed).replace("голови комісії", "голови координаційної ради")
        seed = seed.replace("секретар комісії", "секретар координаційної ради")
        seed = seed.replace("№3", "№ 3")
        assert seed.endswith(shown), (name, shown)
    # the role in the council first, then the position, as the seed has it
    assert "Удовиченко К.О. – голова координаційної ради, сільський голова" in present
    assert (
        "Чухрай С.А. – заступник голови координаційної ради, перший заступник сільського голови"
    ) in present
    assert "Швирид І.В. – секретар координаційної ради, спеціаліст ІІ категорії" in present


def test_an_absent_member_with_the_reason_and_an_invited_guest(demo_path, tmp_path):
    with open_file(demo_path) as cf:
        meeting = council_repo.find_meeting(cf, 1, 2023)
        golyk = next(m for m in council_repo.list_members(cf) if m.name.surname == "Голик")
        attendance = [
            Attendance(a.member_id, False, "відпустка") if a.member_id == golyk.id else a
            for a in meeting.attendance
        ]
        council_repo.replace_meeting(
            cf,
            dataclasses.replace(
                meeting,
                attendance=attendance,
                guests=[Guest("Коваленко О.П.", "директор Ланнівського ліцею")],
            ),
        )
    text = protocol_text(demo_path, tmp_path)
    present = text.split("Присутні члени координаційної ради:")[1].split("Відсутні")[0]
    # nine members, and the dash the seed typed as «практики- сімейний»
    assert "Голик В.В." not in present and present.count(" – ") == 10
    absent = text.split("Відсутні члени координаційної ради:")[1].split("ПОРЯДОК ДЕННИЙ")[0]
    assert "Голик В.В. – оперуповноважений" in absent and "(відпустка)" in absent
    guests = text.split("Запрошені:")[1].split("ПОРЯДОК ДЕННИЙ")[0]
    assert "Коваленко О.П. – директор Ланнівського ліцею" in guests
