"""What the start-up path computes without importing the modules that usually compute it."""

from pathlib import Path

import pytest

from hromada_desk.app import startup_backup_policy
from hromada_desk.settings import Settings
from hromada_desk.ui.settings_dialog import backup_policy, current_choice


@pytest.mark.parametrize(("folder", "kept"), [(None, None), ("elsewhere", 3)])
def test_the_start_up_backup_policy_is_the_settings_dialogs(qapp, tmp_path, folder, kept):
    settings = Settings(tmp_path / "settings.json")
    if folder is not None:
        settings.backup_folder = tmp_path / folder
    if kept is not None:
        settings.backups_kept = kept
    policy = startup_backup_policy(settings)
    assert policy == backup_policy(current_choice(settings))
    assert policy.keep == (kept or Settings.DEFAULT_BACKUPS_KEPT)
    assert (folder is None) or policy.folder == Path(tmp_path / folder)
