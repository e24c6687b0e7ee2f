"""Whether a file lives on a USB stick or a network share, where it must not be worked on directly.

People pull sticks out without ejecting them and shares drop off the network; a community file
there is worked on through a local working copy (see ``working_copy``). Detection is
best-effort and errs towards "not removable" only when the system gives no answer at all.
The parsing functions take text and folders as arguments so that tests can feed fake
``/proc/self/mountinfo`` and ``/sys`` contents.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

# Windows GetDriveTypeW results that mean "this can go away": a stick, a card, a mapped share.
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4
_NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "afs",
        "ncpfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
    }
)
_REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")
MOUNTINFO = Path("/proc/self/mountinfo")
SYS_DEV_BLOCK = Path("/sys/dev/block")


@dataclass(frozen=True, slots=True)
class Mount:
    """One line of /proc/self/mountinfo, the parts that matter here."""

    device: str  # "major:minor"
    mount_point: str
    fs_type: str
    source: str


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash in paths as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in a mountinfo text; malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if separator < 6 or len(fields) < separator + 3:
            continue
        mounts.append(
            Mount(
                device=fields[2],
                mount_point=_unescape(fields[4]),
                fs_type=fields[separator + 1],
                source=_unescape(fields[separator + 2]),
            )
        )
    return mounts


def mount_of(path: PurePath, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding ``path`` (an absolute, resolved path): the longest matching mount
    point, the last one listed when one is mounted over another."""
    best: Mount | None = None
    text = str(path)
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = text == point or text.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def block_device_is_removable(device: str, sys_dev_block: Path = SYS_DEV_BLOCK) -> bool:
    """The kernel's removable flag of a block device or of the disk its partition belongs to;
    a device attached through USB counts too (USB sticks often report removable = 0)."""
    link = sys_dev_block / device
    try:
        real = link.resolve(strict=True)
    except OSError:
        return False
    if "/usb" in real.as_posix():
        return True
    for folder in (real, real.parent):
        try:
            if (folder / "removable").read_text(encoding="ascii").strip() == "1":
                return True
        except OSError:
            continue
    return False


def linux_is_removable(path: PurePath, mountinfo: str, sys_dev_block: Path = SYS_DEV_BLOCK) -> bool:
    mount = mount_of(path, parse_mountinfo(mountinfo))
    if mount is None:
        return False
    if mount.fs_type in _NETWORK_FILESYSTEMS or mount.fs_type.startswith("fuse.sshfs"):
        return True
    point = mount.mount_point.rstrip("/") + "/"
    if point.startswith(_REMOVABLE_MOUNT_ROOTS):
        return True
    return block_device_is_removable(mount.device, sys_dev_block)


def windows_is_removable(path: str, drive_type: Callable[[str], int]) -> bool:
    """A UNC path is a network share; a drive letter is asked about with ``drive_type``
    (GetDriveTypeW on the drive's root)."""
    pure = PureWindowsPath(path)
    drive = pure.drive
    if drive.startswith(("\\\\", "//")):
        return True
    if not drive:
        return False
    return drive_type(drive + "\\") in (DRIVE_REMOVABLE, DRIVE_REMOTE)


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def is_removable(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is on removable media or a network share (False when unknown)."""
    try:
        resolved = Path(path).resolve()
        if sys.platform == "win32":
            return windows_is_removable(str(resolved), _windows_drive_type)
        if sys.platform == "darwin":
            return resolved.as_posix().startswith("/Volumes/")
        return linux_is_removable(resolved, MOUNTINFO.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return False
