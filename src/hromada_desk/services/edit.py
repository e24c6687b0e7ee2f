"""An interactive edit as data: what it writes, how to take it back, and what it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from hromada_desk.storage.database import CommunityFile

Write = Callable[["CommunityFile"], None]
Key = TypeVar("Key")

# What an edit touched, as the interface's pages listen for it ("population", "members"…);
# ALL when it touched several kinds of data at once.
ALL = "all"


class Edit(Protocol):
    """What the session runs as one undo step: ``apply`` writes the change, ``revert`` puts
    back what was there, each as one transaction; ``what`` names what changed.

    Applying after reverting (redo) must leave the file as the first apply did, ids included:
    later undo steps name the records by id.
    """

    @property
    def what(self) -> str: ...

    def apply(self, cf: CommunityFile) -> None: ...

    def revert(self, cf: CommunityFile) -> None: ...


@dataclass(frozen=True, slots=True)
class Writes:
    """An edit given by its two writes (most edits: new values over old ones)."""

    apply: Write
    revert: Write
    what: str


class Insertion(Generic[Key]):
    """A record added by an edit: the first apply inserts it and keeps what the file gave it
    (its id, its place in a list); undo deletes it; redo puts the same record back under that
    key, so that the undo steps of later edits, which name it by id, still find it."""

    def __init__(
        self,
        insert: Callable[[CommunityFile], Key],
        restore: Callable[[CommunityFile, Key], None],
        delete: Callable[[CommunityFile, Key], None],
        what: str,
    ) -> None:
        self._insert, self._restore, self._delete = insert, restore, delete
        self.what = what
        self.key: Key | None = None  # known once applied

    def apply(self, cf: CommunityFile) -> None:
        if self.key is None:
            self.key = self._insert(cf)
        else:
            self._restore(cf, self.key)

    def revert(self, cf: CommunityFile) -> None:
        if self.key is not None:
            self._delete(cf, self.key)

    def forget(self) -> None:
        """The insertion was rolled back with the transaction it was part of: the key it got
        is not in the file, and the next apply inserts afresh."""
        self.key = None


class Together:
    """Several edits as one transaction and one undo step; undone in the reverse order."""

    def __init__(self, edits: Sequence[Edit], what: str) -> None:
        self.edits = tuple(edits)
        self.what = what

    def apply(self, cf: CommunityFile) -> None:
        fresh = [e for e in self.edits if isinstance(e, Insertion) and e.key is None]
        try:
            with cf.atomic():
                for edit in self.edits:
                    edit.apply(cf)
        except BaseException:
            for insertion in fresh:  # a key is kept only once the transaction holds
                insertion.forget()
            raise

    def revert(self, cf: CommunityFile) -> None:
        with cf.atomic():
            for edit in reversed(self.edits):
                edit.revert(cf)
