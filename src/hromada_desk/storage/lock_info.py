"""Reading the lock the window puts beside an open community file (Qt's QLockFile format).

The window takes the lock with Qt's QLockFile; the command line cannot use Qt, so it only
reads the lock to refuse writing a file that a window has open (the window would otherwise
write its own copy back over the command's changes). Nothing here creates or removes locks.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from hromada_desk.domain.parsing import shown
from hromada_desk.errors import StorageError

_LONGEST_LOCK = 4096
_PID = re.compile(r"[1-9][0-9]{0,9}")  # at most 10 digits: fits every system's process id


def lock_path_for(path: Path) -> Path:
    """The lock file beside a community file: hidden, and not named like a community file."""
    return Path(path).with_name(f".~{Path(path).name}.lock")


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    app: str
    host: str
    since: dt.datetime | None


def read_lock(path: Path) -> LockHolder | None:
    """Who holds the lock of the community file ``path``, or None when it is not locked.

    QLockFile writes the process id, the program name and the host name on its first lines.
    """
    lock = lock_path_for(path)
    try:
        with open(lock, "rb") as handle:  # a real lock is a few lines; garbage may be huge
            text = handle.read(_LONGEST_LOCK).decode("utf-8", errors="replace")
        since = dt.datetime.fromtimestamp(lock.stat().st_mtime)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # no lock can be made beside such a path either
            return None
        return LockHolder(0, "", "", None)
    except (ValueError, OverflowError):
        return LockHolder(0, "", "", None)
    lines = text.splitlines()
    first = lines[0].strip() if lines else ""
    # A process id as QLockFile writes it; anything else (garbage, «²») is unreadable.
    pid = int(first) if _PID.fullmatch(first) else 0
    app = shown(lines[1], 100) if len(lines) > 1 else ""
    host = shown(lines[2], 100) if len(lines) > 2 else ""
    return LockHolder(pid, app, host, since)


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return True  # unreadable lock: assume someone holds it
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or beyond this system's process ids
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def is_this_computer(host: str) -> bool:
    """Whether a lock's host name is this computer's. QLockFile writes %COMPUTERNAME% on
    Windows — the NetBIOS name: upper case, at most 15 characters — which is not the host
    name Python and QSysInfo know («rada-buhgalteria» is «RADA-BUHGALTERI»); elsewhere the
    host name. Host names do not depend on case."""
    import socket  # only when a lock is found

    names = [socket.gethostname()]
    if sys.platform == "win32":
        names.append(os.environ.get("COMPUTERNAME", ""))
    return host.casefold() in {name.casefold() for name in names if name}


def holder_is_alive(holder: LockHolder) -> bool:
    """A lock of a process gone from this computer is stale; one from another computer (a
    shared folder) cannot be checked and counts as held."""
    if holder.host and not is_this_computer(holder.host):
        return True
    return _process_exists(holder.pid)


def refuse_if_locked(path: Path) -> None:
    """Raise a StorageError when a window has ``path`` open (a stale lock is ignored)."""
    holder = read_lock(path)
    if holder is None or not holder_is_alive(holder):
        return
    since = f" з {holder.since:%d.%m.%Y %H:%M}" if holder.since else ""
    where = f"на комп’ютері «{holder.host}»" if holder.host else "на іншому комп’ютері"
    raise StorageError(
        f"Файл «{Path(path).name}» відкрито у вікні hromada-desk{since} (процес {holder.pid} "
        f"{where}); його не змінено.",
        "Закрийте файл у вікні програми й повторіть команду.",
    )
