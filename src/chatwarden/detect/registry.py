"""The one place detectors are registered. Nothing registers itself on import.

A policy names detectors by ``name``; this table is how a name becomes a class.
Adding a detector is one line here; a duplicate name is refused at start-up.

The built-ins are listed by name and ``module:Class``, and a module is imported the
first time one of its names is looked up: a command that checks a policy naming a
few detectors, or scans with one, does not load the models and pattern tables of
all the others, and ``chatwarden --help`` loads none.

Checking a policy needs only what it may say of a detector, its labels and its
parameter model (:meth:`Registry.declaration`). Where those live apart from a
costly module (:data:`DECLARED`), they are read from there, and the detector's
machinery is loaded only by what runs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from pydantic import BaseModel

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

_JUDGE = "chatwarden.detect.judge"
DECLARED: Final[dict[str, tuple[str, str | tuple[str, ...]]]] = {
    # the judge's text detectors: their module loads the cascade and its models' code
    # (`policy check` of either shipped policy: 0.18 CPU-s of 0.83)
    "toxicity": (f"{_JUDGE}.params:ToxicityParams", f"{_JUDGE}.labels:LABELS"),
    "obscenity": (f"{_JUDGE}.params:ObscenityParams", ("obscenity",)),
    "policy_judge": (f"{_JUDGE}.params:PolicyJudgeParams", ("violation",)),
}
"""Built-ins whose parameter model and labels (``module:name``, or the labels themselves) can
be read without importing the detector's module; each must be the class's own (a test checks)."""


@dataclass(frozen=True, slots=True)
class Declaration:
    """What a policy may say of a detector: which labels it names, which params it takes."""

    labels: tuple[str, ...]
    Params: type[BaseModel]


def _resolve(ref: str) -> Any:
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


def _load(name: str, ref: str) -> type[Detector]:
    """The class ``ref`` points to, checked against the name it is listed under: a typo in
    :data:`BUILTINS` must fail loudly, never hand a policy some other detector."""
    cls = _resolve(ref)
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

    def declaration(self, name: str) -> Declaration:
        """``name``'s labels and parameter model, from :data:`DECLARED` while its class is not
        loaded: checking a policy then loads no detector machinery it would not run."""
        entry = self._by_name[name]
        if isinstance(entry, str) and name in DECLARED:
            params, labels = DECLARED[name]
            return Declaration(_resolve(labels) if isinstance(labels, str) else labels,
                               _resolve(params))
        cls = self[name]
        return Declaration(cls.labels, cls.Params)


REGISTRY = Registry()
