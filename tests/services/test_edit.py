"""The shape of an edit, without Qt: an insertion inserts once and puts back under its key,
edits together are one transaction that keeps no key of a rolled-back insert."""

import pytest

from hromada_desk.domain.council import Member
from hromada_desk.domain.names import PersonName
from hromada_desk.errors import StorageError
from hromada_desk.services import members
from hromada_desk.services.edit import ALL, Insertion, Together, Writes
from hromada_desk.storage import council_repo
from hromada_desk.storage.database import open_file


class Log:
    """Records what an insertion asked of the file."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []
        self.next_key = 41

    def insert(self, _cf: object) -> int:
        self.next_key += 1
        self.calls.append(("insert", self.next_key))
        return self.next_key

    def restore(self, _cf: object, key: int) -> None:
        self.calls.append(("restore", key))

    def delete(self, _cf: object, key: int) -> None:
        self.calls.append(("delete", key))


def test_an_insertion_inserts_once_and_puts_back_under_the_same_key():
    log = Log()
    edit = Insertion(log.insert, log.restore, log.delete, "members")
    assert edit.key is None and edit.what == "members"
    edit.apply(None)
    edit.revert(None)
    edit.apply(None)
    edit.revert(None)
    edit.apply(None)
    assert log.calls == [
        ("insert", 42),
        ("delete", 42),
        ("restore", 42),
        ("delete", 42),
        ("restore", 42),
    ]
    assert edit.key == 42


def test_an_insertion_not_applied_reverts_nothing():
    log = Log()
    Insertion(log.insert, log.restore, log.delete, "plan").revert(None)
    assert log.calls == []


@pytest.fixture
def cf(demo_path):
    with open_file(demo_path) as cf:
        yield cf


def _refused(_cf: object) -> None:
    raise StorageError("Не записано.", "")


def test_together_is_one_transaction_and_forgets_a_rolled_back_insert(cf):
    before = council_repo.list_members(cf)
    added = members.add_member(Member(PersonName("Новенька", "Ольга"), "соціальна робітниця"))
    edit = Together([added, Writes(_refused, _refused, "members")], ALL)
    with pytest.raises(StorageError):
        edit.apply(cf)
    assert council_repo.list_members(cf) == before  # the insert was rolled back with the rest
    assert added.key is None  # so a later apply inserts afresh instead of "restoring"


def test_together_reverts_in_the_reverse_order(cf):
    order: list[str] = []
    first = Writes(
        lambda _cf: order.append("apply 1"), lambda _cf: order.append("revert 1"), "plan"
    )
    second = Writes(
        lambda _cf: order.append("apply 2"), lambda _cf: order.append("revert 2"), "plan"
    )
    edit = Together([first, second], "plan")
    edit.apply(cf)
    edit.revert(cf)
    assert order == ["apply 1", "apply 2", "revert 2", "revert 1"]
