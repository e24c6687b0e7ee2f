"""Where backups of community files go and how many are kept, as the Settings choose it."""

from __future__ import annotations

from pathlib import Path

from hromada_desk.paths import backups_dir
from hromada_desk.storage.backups import BackupPolicy

__all__ = ["BackupPolicy", "backup_policy"]


def backup_policy(folder: Path | None, keep: int) -> BackupPolicy:
    """``folder`` None: the user data folder's «backups»."""
    return BackupPolicy(folder or backups_dir(), keep)
