"""Recognising USB sticks and network shares from fake mountinfo, sysfs and drive types."""

from pathlib import Path, PurePosixPath

import pytest

from hromada_desk.storage import removable
from hromada_desk.storage.removable import (
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    linux_is_removable,
    mount_of,
    parse_mountinfo,
    windows_is_removable,
)

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
30 27 254:17 / /home rw,relatime shared:2 - ext4 /dev/vda17 rw
41 27 8:17 / /media/olena/FLASH\\040DRIVE rw,nosuid shared:40 - vfat /dev/sdb1 rw,fmask=0022
42 27 8:33 / /run/media/ivan/KINGSTON rw,nosuid - exfat /dev/sdc1 rw
43 27 0:55 / /mnt/rada rw,relatime shared:41 - cifs //server/rada rw,vers=3.0
44 27 0:56 / /mnt/box rw - fuse.sshfs ivan@box: rw
45 27 8:49 / /mnt/stick rw - vfat /dev/sdd1 rw
46 27 8:65 / /mnt/disk rw - ext4 /dev/sde1 rw
47 27 8:81 / /mnt/usbdisk rw - ext4 /dev/sdf1 rw
broken line without separator
"""


def fake_sysfs(tmp_path: Path) -> Path:
    """/sys/dev/block links: sdd is a removable stick (flag on the disk, not the partition),
    sde a fixed disk, sdf a USB hard disk that reports removable = 0."""
    devices = tmp_path / "devices"
    dev_block = tmp_path / "dev-block"
    dev_block.mkdir()
    for name, device, flag, bus in (
        ("sdd", "8:49", "1", "pci0000:00/ata1"),
        ("sde", "8:65", "0", "pci0000:00/ata2"),
        ("sdf", "8:81", "0", "pci0000:00/usb2/2-1"),
    ):
        disk = devices / bus / "block" / name
        (disk / f"{name}1").mkdir(parents=True)
        (disk / "removable").write_text(flag + "\n")
        (dev_block / device).symlink_to(disk / f"{name}1")
    return dev_block


def test_mountinfo_is_parsed_with_escaped_spaces():
    mounts = parse_mountinfo(MOUNTINFO)
    assert len(mounts) == 10  # the broken line is skipped
    stick = mounts[3]
    assert (stick.device, stick.mount_point, stick.fs_type, stick.source) == (
        "8:17",
        "/media/olena/FLASH DRIVE",
        "vfat",
        "/dev/sdb1",
    )


def test_the_longest_mount_point_holds_the_path():
    mounts = parse_mountinfo(MOUNTINFO)
    assert mount_of(PurePosixPath("/home/olena/rada.hromada"), mounts).mount_point == "/home"
    assert mount_of(PurePosixPath("/homework/a.hromada"), mounts).mount_point == "/"
    assert mount_of(PurePosixPath("/media/olena/FLASH DRIVE/a.hromada"), mounts).fs_type == "vfat"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/olena/rada.hromada", False),
        ("/media/olena/FLASH DRIVE/rada.hromada", True),  # under /media
        ("/run/media/ivan/KINGSTON/x/rada.hromada", True),  # under /run/media
        ("/mnt/rada/2024/rada.hromada", True),  # cifs share
        ("/mnt/box/rada.hromada", True),  # sshfs
        ("/mnt/stick/rada.hromada", True),  # removable flag of the parent disk
        ("/mnt/disk/rada.hromada", False),  # a fixed disk
        ("/mnt/usbdisk/rada.hromada", True),  # attached through USB
    ],
)
def test_linux_detection(tmp_path, path, expected):
    sysfs = fake_sysfs(tmp_path)
    assert linux_is_removable(PurePosixPath(path), MOUNTINFO, sysfs) is expected


def test_a_missing_sysfs_entry_is_not_removable(tmp_path):
    assert not removable.block_device_is_removable("8:49", tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("path", "drive_type", "expected"),
    [
        (r"C:\Users\olena\rada.hromada", 3, False),  # DRIVE_FIXED
        (r"E:\rada.hromada", DRIVE_REMOVABLE, True),
        (r"Z:\rada\rada.hromada", DRIVE_REMOTE, True),
        (r"\\server\rada\rada.hromada", 3, True),  # UNC: a share whatever the drive type says
    ],
)
def test_windows_detection(path, drive_type, expected):
    asked = []

    def drive_type_of(root):
        asked.append(root)
        return drive_type

    assert windows_is_removable(path, drive_type_of) is expected
    if not path.startswith("\\\\"):
        assert asked == [path[:2] + "\\"]


def test_is_removable_on_this_system_reads_mountinfo(tmp_path, monkeypatch):
    fake = tmp_path / "mountinfo"
    fake.write_text(
        f"27 1 254:1 / / rw - ext4 /dev/vda1 rw\n"
        f"50 27 0:60 / {tmp_path} rw - nfs4 server:/rada rw\n"
    )
    monkeypatch.setattr(removable.sys, "platform", "linux")
    monkeypatch.setattr(removable, "MOUNTINFO", fake)
    assert removable.is_removable(tmp_path / "a.hromada")
    assert not removable.is_removable(tmp_path.parent / "a.hromada")
    monkeypatch.setattr(removable, "MOUNTINFO", tmp_path / "missing")
    assert not removable.is_removable(tmp_path / "a.hromada")  # no answer: not removable
