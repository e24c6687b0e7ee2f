"""The body whose meetings a community records (координаційна рада, комісія, робоча група)
and its name in the forms documents need. Apart from domain.council, which the window loads
only with the meetings page: the community's record, read at start-up, names its body."""

from __future__ import annotations

from enum import StrEnum


class CouncilBody(StrEnum):
    """What the community calls the body whose meetings these are."""

    COORDINATION_COUNCIL = "council"
    COMMISSION = "commission"
    WORKING_GROUP = "working_group"

    @property
    def nominative(self) -> str:
        return _BODY_NAMES[self][0]

    @property
    def genitive(self) -> str:
        """«координаційної ради»: «Присутні члени координаційної ради», «голова …»."""
        return _BODY_NAMES[self][1]


_BODY_NAMES = {
    CouncilBody.COORDINATION_COUNCIL: ("координаційна рада", "координаційної ради"),
    CouncilBody.COMMISSION: ("комісія", "комісії"),
    CouncilBody.WORKING_GROUP: ("робоча група", "робочої групи"),
}
