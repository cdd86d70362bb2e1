"""The one place detectors are registered. Nothing registers itself on import.

A policy names detectors by ``name``; this table is how a name becomes a class.
Adding a detector is one line here; a duplicate name is refused at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable

from chatwarden.detect.advertising import Advertising
from chatwarden.detect.base import Detector
from chatwarden.detect.bots import BotUsage, CommandSpam
from chatwarden.detect.companions import Companions
from chatwarden.detect.evasion import BanEvasion
from chatwarden.detect.facts import Addresses, HasPermit, HasRole, IsReply
from chatwarden.detect.flood import Flood
from chatwarden.detect.judge.detectors import Obscenity, PolicyJudgeDetector, Toxicity
from chatwarden.detect.judge.media import MediaHash, MediaNsfw
from chatwarden.detect.links import Links
from chatwarden.detect.membership import Company, Raid
from chatwarden.detect.pii import Pii
from chatwarden.detect.repeats import Repeats
from chatwarden.detect.spam import Spam

DEFAULT_DETECTORS: tuple[type[Detector], ...] = (
    # facts used as exceptions
    IsReply,
    HasRole,
    HasPermit,
    Addresses,
    # behaviour
    Repeats,
    Flood,
    Raid,
    Company,
    BotUsage,
    CommandSpam,
    # content (issue 3)
    Links,
    Pii,
    Advertising,
    Spam,
    Companions,
    BanEvasion,
    # judgement (issue 4)
    Toxicity,
    Obscenity,
    PolicyJudgeDetector,
    MediaNsfw,
    MediaHash,
)


class Registry:
    """Detector classes by name; refuses duplicates so a plugin cannot shadow a built-in."""

    def __init__(self, classes: Iterable[type[Detector]] = DEFAULT_DETECTORS) -> None:
        self._by_name: dict[str, type[Detector]] = {}
        for cls in classes:
            if cls.name in self._by_name:
                raise ValueError(f"detector name '{cls.name}' registered twice")
            self._by_name[cls.name] = cls

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> type[Detector]:
        return self._by_name[name]

    def names(self) -> list[str]:
        return sorted(self._by_name)


REGISTRY = Registry()
