"""A reader's verdict on each item the false-sanction benchmark counts against the goal.

The benign sets are benign for what they were labelled for, and no more: tizhproger's
Telegram "ham" is *not spam*, the SMS Spam Collection's ham is *not spam*, and both hold
members telling each other «пошел нахуй» or "WHORE YOU ARE UNBELIEVABLE." Клинт 3.1 and
the harassment rule exist to queue exactly those. Counting them as false alarms mixes two
things a moderator needs told apart: what the judgement gets wrong and what the set's
labels never spoke about. The audit file says, item by item, which is which, so
``eval realchat`` can report both the raw count (the goal's figure) and the false alarms
the raw count holds.

A verdict is keyed by source, event and rule, and pins the opening of the text it was
given on: a reader change that renumbers events leaves a verdict *stale*, reported and
never applied to another text. Verdicts are written by reading each item against the words
of the rule it cites, never by looking at a score, and an unsure item is ``wrong``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chatwarden.errors import InputError, Where

AUDIT = Path(__file__).with_name("realchat_audit.yaml")
OPENING = 40
"""Characters of the text a verdict pins (after whitespace is collapsed)."""


class Verdict(BaseModel):
    """One item read against its rule: the flag was ``right`` when the text plainly does what
    the rule forbids (an insult at a person for harassment, an offer for spam), else ``wrong``
    (YAML would read a bare ``false`` as a boolean, hence not true/false)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    event: str
    rule: str
    text: str = Field(min_length=1, description="the item's text, its opening at least")
    verdict: Literal["right", "wrong"]
    why: str = Field(min_length=3)


def opening(text: str) -> str:
    """What a verdict pins of a text: its first :data:`OPENING` characters, spaces collapsed."""
    return " ".join(text.split())[:OPENING].rstrip()


@dataclass(frozen=True, slots=True)
class Audit:
    """Verdicts by (source, event, rule)."""

    verdicts: dict[tuple[str, str, str], Verdict]

    def verdict(self, source: str, event: str, rule: str, text: str) -> str | None:
        """``right``, ``wrong``, ``stale`` (a verdict given on another text) or None (unread)."""
        v = self.verdicts.get((source, event, rule))
        if v is None:
            return None
        return v.verdict if opening(v.text) == opening(text) else "stale"


def load(path: Path = AUDIT) -> Audit:
    """The verdicts of ``path``; a malformed entry is an error naming its line and field."""
    try:
        source = path.read_text(encoding="utf-8")
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except OSError as exc:
        raise InputError(Where(str(path)), f"cannot read the audit: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(Where(str(path), mark.line + 1 if mark else None),
                         f"not YAML: {getattr(exc, 'problem', exc)}") from None
    if root is None:
        return Audit({})
    if not isinstance(root, yaml.SequenceNode):
        raise InputError(Where(str(path), root.start_mark.line + 1), "the audit is a list of verdicts")
    verdicts: dict[tuple[str, str, str], Verdict] = {}
    for node in root.value:
        where = Where(str(path), node.start_mark.line + 1)
        try:
            v = Verdict.model_validate(yaml.safe_load(yaml.serialize(node)))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise InputError(Where(where.file, where.line, ".".join(map(str, err["loc"])) or None),
                             err["msg"]) from None
        key = (v.source, v.event, v.rule)
        if key in verdicts:
            raise InputError(where, f"a second verdict on {v.event} under rule {v.rule}")
        verdicts[key] = v
    return Audit(verdicts)
