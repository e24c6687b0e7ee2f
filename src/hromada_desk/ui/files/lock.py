"""The lock beside an open community file, so a second window or computer opens it read-only."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QLockFile

from hromada_desk.storage.lock_info import LockHolder, is_this_computer, lock_path_for

EMPTY_LOCK_GRACE_S = 10.0


class LockState(enum.Enum):
    LOCKED = "locked"  # ours now
    HELD = "held"  # another window, program or computer has it
    UNAVAILABLE = "unavailable"  # no lock can be made there (read-only folder, CD)


class FileLock:
    """Qt's QLockFile, stale only when its process is gone: never by age, since a file stays
    open for hours. Qt removes a lock whose process is gone from this computer on its own."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)

    @classmethod
    def beside(cls, path: Path) -> FileLock:
        return cls(lock_path_for(path))

    def acquire(self) -> LockState:
        if self._lock.tryLock(0):
            return LockState.LOCKED
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            if self.holder() is None and self._age() > EMPTY_LOCK_GRACE_S:
                # an empty or unreadable lock left by a process that died while writing it
                # (one just being written by another window is younger than this)
                self._lock.removeStaleLockFile()
                if self._lock.tryLock(0):
                    return LockState.LOCKED
            return LockState.HELD
        return LockState.UNAVAILABLE

    def _age(self) -> float:
        try:
            return dt.datetime.now().timestamp() - self.lock_path.stat().st_mtime
        except OSError:
            return 0.0

    def holder(self) -> LockHolder | None:
        """Who holds the lock (from Qt's lock info and the lock file's time), if anyone."""
        found, pid, host, app = self._read_info()
        if not found:
            return None
        try:
            since: dt.datetime | None = dt.datetime.fromtimestamp(self.lock_path.stat().st_mtime)
        except OSError:
            since = None
        return LockHolder(pid, app, host, since)

    def _read_info(self) -> tuple[bool, int, str, str]:
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return False, 0, "", ""
        pid, host, app = info
        return int(pid) > 0, int(pid), str(host), str(app)

    def held_elsewhere(self) -> bool:
        """Whether the lock was taken on another computer (through a shared folder, or on a
        stick pulled out there without closing the program): Qt cannot tell whether that
        process still runs, so only the person can."""
        found, _pid, host, _app = self._read_info()
        return found and bool(host) and not is_this_computer(host)

    def take_over(self) -> LockState:
        """Remove another computer's lock (the person said it is not open there) and lock."""
        try:
            self.lock_path.unlink(missing_ok=True)
        except OSError:
            return LockState.UNAVAILABLE
        return self.acquire()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
