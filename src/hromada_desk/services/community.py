"""The community's own details (name, council, oblast, rayon): reading them and their edit."""

from __future__ import annotations

from hromada_desk.domain.records import Community
from hromada_desk.services.edit import Edit, Writes
from hromada_desk.storage import community_repo
from hromada_desk.storage.community_repo import get_community
from hromada_desk.storage.database import CommunityFile

__all__ = ["change_community", "community_name", "get_community"]


def community_name(cf: CommunityFile) -> str:
    """The community's name, or the file's own name when the community has none yet."""
    community = community_repo.get_community(cf)
    return community.name if community and community.name else cf.path.stem


def change_community(old: Community, new: Community) -> Edit:
    return Writes(
        lambda cf: community_repo.save_community(cf, new),
        lambda cf: community_repo.save_community(cf, old),
        "community",
    )
