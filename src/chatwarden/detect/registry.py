"""The one place detectors are registered. Nothing registers itself on import.

A policy names detectors by ``name``; this table is how a name becomes a class.
Adding a detector is one line here; a duplicate name is refused at start-up.

The built-ins are listed by name and ``module:Class``, and a module is imported the
first time one of its names is looked up: a command that checks a policy naming a
few detectors, or scans with one, does not load the models and pattern tables of
all the others, and ``chatwarden --help`` loads none.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Final

from chatwarden.detect.base import Detector

BUILTINS: Final[tuple[tuple[str, str], ...]] = (
    # facts used as exceptions
    ("reply", "chatwarden.detect.facts:IsReply"),
    ("role", "chatwarden.detect.facts:HasRole"),
    ("permit", "chatwarden.detect.facts:HasPermit"),
    ("addresses", "chatwarden.detect.facts:Addresses"),
    # behaviour
    ("repeats", "chatwarden.detect.repeats:Repeats"),
    ("flood", "chatwarden.detect.flood:Flood"),
    ("raid", "chatwarden.detect.membership:Raid"),
    ("company", "chatwarden.detect.membership:Company"),
    ("bot_usage", "chatwarden.detect.bots:BotUsage"),
    ("command_spam", "chatwarden.detect.bots:CommandSpam"),
    # content (issue 3)
    ("links", "chatwarden.detect.links:Links"),
    ("pii", "chatwarden.detect.pii:Pii"),
    ("advertising", "chatwarden.detect.advertising:Advertising"),
    ("spam", "chatwarden.detect.spam:Spam"),
    ("companions", "chatwarden.detect.companions:Companions"),
    ("ban_evasion", "chatwarden.detect.evasion:BanEvasion"),
    # judgement (issue 4)
    ("toxicity", "chatwarden.detect.judge.detectors:Toxicity"),
    ("obscenity", "chatwarden.detect.judge.detectors:Obscenity"),
    ("policy_judge", "chatwarden.detect.judge.detectors:PolicyJudgeDetector"),
    ("media_nsfw", "chatwarden.detect.judge.media:MediaNsfw"),
    ("media_hash", "chatwarden.detect.judge.media:MediaHash"),
)
"""Each built-in detector: the ``name`` a policy uses and where its class is."""


def _load(name: str, ref: str) -> type[Detector]:
    """The class ``ref`` points to, checked against the name it is listed under: a typo in
    :data:`BUILTINS` must fail loudly, never hand a policy some other detector."""
    module, _, attr = ref.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, Detector)) or cls.name != name:
        raise LookupError(f"detector '{name}' is listed as {ref}, which is "
                          f"{getattr(cls, 'name', cls)!r}, not a detector of that name")
    return cls


class Registry:
    """Detector classes by name; refuses duplicates so a plugin cannot shadow a built-in.

    ``Registry()`` holds the built-ins, imported on first lookup; ``Registry(classes)``
    holds exactly the given classes."""

    def __init__(self, classes: Iterable[type[Detector]] | None = None) -> None:
        entries: Iterable[tuple[str, type[Detector] | str]] = (
            BUILTINS if classes is None else ((cls.name, cls) for cls in classes))
        self._by_name: dict[str, type[Detector] | str] = {}
        for name, entry in entries:
            if name in self._by_name:
                raise ValueError(f"detector name '{name}' registered twice")
            self._by_name[name] = entry

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> type[Detector]:
        entry = self._by_name[name]
        if isinstance(entry, str):
            entry = self._by_name[name] = _load(name, entry)
        return entry

    def names(self) -> list[str]:
        return sorted(self._by_name)


REGISTRY = Registry()
