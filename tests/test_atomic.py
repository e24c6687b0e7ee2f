"""Replacing a file whole or not at all (hromada_desk/atomic.py), which every writer uses."""

from __future__ import annotations

import pytest

from hromada_desk.atomic import PART_SUFFIX, part_path, replacing


def test_the_new_content_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "звіт.pdf"
    target.write_bytes(b"old")
    with replacing(target) as part:
        part.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing changes until the block ends
    assert target.read_bytes() == b"new" and list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    "failure",
    [
        OSError(28, "No space left on device"),
        KeyboardInterrupt(),
        ValueError("the copy failed its check"),
    ],
)
def test_a_failure_leaves_the_old_file_and_no_part(tmp_path, failure):
    target = tmp_path / "звіт.pdf"
    target.write_bytes(b"old")
    with pytest.raises(type(failure)), replacing(target) as part:
        part.write_bytes(b"half")
        raise failure
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_name_at_the_length_limit_gets_a_shorter_part_name(tmp_path):
    target = tmp_path / ("я" * 125 + ".pdf")  # 254 bytes: allowed, but not with «.part»
    part = part_path(target)
    assert part.name.endswith(PART_SUFFIX) and len(part.name.encode()) <= 255
    with replacing(target) as written:
        written.write_bytes(b"x")
    assert target.read_bytes() == b"x"
