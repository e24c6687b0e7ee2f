import pytest

from hromada_desk.domain.records import Population, Settlement, SettlementKind
from hromada_desk.errors import StorageError
from hromada_desk.storage import community_repo as repo
from hromada_desk.storage.backups import list_backups
from hromada_desk.storage.copies import restore_backup, save_copy
from hromada_desk.storage.database import open_file


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def test_update_settlement_moves_the_administrative_centre(cf):
    korzhykha = next(s for s in repo.list_settlements(cf) if s.name == "Коржиха")
    korzhykha.admin_center = True
    korzhykha.kind = SettlementKind.SETTLEMENT
    korzhykha.name = "Коржиха Нова"
    repo.update_settlement(cf, korzhykha)
    centres = [s for s in repo.list_settlements(cf) if s.admin_center]
    assert [(s.name, s.kind) for s in centres] == [("Коржиха Нова", SettlementKind.SETTLEMENT)]


def test_delete_and_restore_a_settlement_with_its_figures(cf):
    sid = repo.add_settlement(cf, Settlement("Нове"))
    repo.set_population(cf, [Population(sid, 2023, 40, 20, 15, 5)])
    saved = repo.get_settlement(cf, sid), repo.settlement_order(cf, sid)
    figures = repo.settlement_population(cf, sid)
    repo.delete_settlement(cf, sid)
    assert repo.get_settlement(cf, sid) is None
    assert all(r.settlement_id != sid for r in repo.get_population(cf, 2023))
    repo.restore_settlement(cf, saved[0], saved[1], figures)
    assert repo.get_settlement(cf, sid).name == "Нове"
    assert repo.settlement_population(cf, sid) == figures


def test_replace_population_sets_and_removes_in_one_go(cf):
    first, second = repo.list_settlements(cf)[:2]
    repo.replace_population(
        cf, [(first.id, 2024, Population(first.id, 2024, 10)), (second.id, 2023, None)]
    )
    assert [r.total for r in repo.get_population(cf, 2024)] == [10]
    assert second.id not in {r.settlement_id for r in repo.get_population(cf, 2023)}


def test_replace_indicators_and_services_with_none_removing(cf):
    repo.replace_indicators(cf, 2023, {"6.1": 5, "6.2": None})
    values = repo.get_indicators(cf, 2023)
    assert values["6.1"] == 5 and "6.2" not in values
    repo.replace_existing_services(cf, 2023, {"shelter": 2, "day_center": None})
    counts = repo.get_existing_services(cf, 2023)
    assert counts["shelter"] == 2 and "day_center" not in counts


def test_save_copy_is_verified_and_reports_progress(cf, tmp_path):
    target = tmp_path / "copy.hromada"
    seen = []
    save_copy(cf, target, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    with open_file(target, readonly=True) as copy:
        assert sum(r.total for r in repo.get_population(copy, 2023)) == 7130
    assert not target.with_name("copy.hromada.part").exists()


def test_save_copy_refuses_the_file_itself(cf):
    with pytest.raises(StorageError, match="поверх"):
        save_copy(cf, cf.path)


def test_cancelled_copy_leaves_nothing(cf, tmp_path):
    target = tmp_path / "copy.hromada"

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        save_copy(cf, target, progress=cancel)
    assert not target.exists() and not target.with_name("copy.hromada.part").exists()


def test_restore_backs_up_the_current_file_first(demo_path, policy):
    with open_file(demo_path, backups=policy) as cf:
        repo.set_indicators(cf, 2023, {"6.1": 9})
    [backup] = list_backups(policy, demo_path)  # holds 6.1 = 9
    with open_file(demo_path, backups=policy) as cf:
        repo.set_indicators(cf, 2023, {"6.1": 3})
    older = list_backups(policy, demo_path)[-1]
    assert older == backup
    restore_backup(demo_path, older, policy)
    with open_file(demo_path, readonly=True) as cf:
        assert repo.get_indicators(cf, 2023)["6.1"] == 9
    assert any("before-restore" in p.name for p in list_backups(policy, demo_path))


def test_restore_refuses_a_bad_backup_and_keeps_the_file(demo_path, tmp_path, policy):
    bad = tmp_path / "bad.hromada"
    bad.write_bytes(b"junk")
    before = demo_path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(demo_path, bad, policy)
    assert demo_path.read_bytes() == before
