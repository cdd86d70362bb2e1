"""Spam beyond repeats (rule 1.1, the platform's spam rule): texts that read like the
spam every Telegram group gets, scored so that ordinary chat stays out of it.

1. a linear model over hashed words, word pieces and spam habits (links,
   handles, phones, money amounts, "write me", emoji rows, the pattern families
   of :mod:`~chatwarden.detect.spam_patterns`, and what the text does: an offer,
   a call to act and a way to reach the sender, together — the part that carries
   from one source to another), trained on Telegram spam and ham,
   SMS spam and real chat (:mod:`chatwarden.training.spam`) and calibrated per
   alphabet: 0.5 is the review point (≤ 0.5% of validation chat flagged), 0.9
   the sure point (≤ 0.05%) — policies queue at 0.5 and delete at 0.9;
2. similarity to known spam (MinHash LSH over words and word pairs) makes a text
   sure, for texts the model finds at all spam-like;
3. behaviour: within ``newcomer_hours`` of joining, a member's first
   ``newcomer_messages`` messages are judged against ``newcomer_threshold``
   and a link or handle in them adds evidence — the first message is where most
   spam comes. A member who is not new and whose text gives no way to reach them
   (no link, handle, phone, e-mail, stop phrase or "write me") is capped at
   ``contactless_cap``, below the sure point: such a text costs a spammer nothing
   to lose, and ordinary chat about money or jobs looks the same. If it does not even
   make an offer with a call to act, it is capped at ``bare_cap``: bulk mail with no
   address still asks its readers to do something ("earn 5k a week, join us"), a
   one-off question about trading or a business plan does not (a policy puts
   ``bare_cap`` below its threshold to leave such texts unqueued). Code, a log line
   or a command's output from a member who is not new is capped at ``machine_cap``,
   below the review point: technical chats paste them all day; from a newcomer, at
   ``contactless_cap`` — reviewed, never deleted unseen: a newcomer's first message in
   a technical chat is often a paste, spam almost never looks like code (none of
   tg-spam's or the SMS spam, 3 of 8,021 Russian Telegram spam messages), and code's
   ``@names`` (Perl arrays, decorators) read as handles. A member who is not new and
   writes fewer than ``min_words`` words with no link, handle, phone or e-mail («Напиши
   мне») is capped at ``machine_cap`` too: two words cannot carry an advert and a way to
   reach its sender (validation, at 0.8: one Telegram ham message of 1,674 fewer queued,
   none of the 1,561 spam lost; on the train split 2 of 4,820 spam lost). With
   ``newcomers_only`` a rule flags only newcomers' first messages and texts
   similar to known spam: how the shipped policies keep automatic deletion off
   established members, whose spam-like texts go to review instead.
   Without a join in the context (``chatwarden scan``) nobody is a newcomer.

``model`` names a file written by ``python -m chatwarden.training.spam``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect import spam_patterns
from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.spam_model import (
    MODEL_NORMALIZE,
    SpamScorer,
    default_scorer,
    load,
    one_line,
    tokens,
)
from chatwarden.detect.spam_patterns import (
    PatternHit,
    asks_to_write,
    combine,
    family_hits,
    machine_text,
)
from chatwarden.events import Event

SIMILARITY_GATE = 0.2
"""Texts the model scores below this skip the MinHash check (the costliest step)."""
STRUCTURE = {"__offer+call+reach": "an offer, a call to act and a way to reach the sender",
             "__offer+call": "an offer and a call to act",
             "__offer+reach": "an offer and a way to reach the sender"}
"""How the evidence words the strongest structure marker of the text (spam_patterns.roles)."""
REACH = frozenset({"__link", "__mention", "__phone", "__email", "__hashtag", "__contact",
                   "__stop", "__write"})
"""Markers (alphabet aside) of a way to reach the sender outside the chat, or of a call
to do so; a handle that opens the message addresses someone and is none. ``__write`` is
no model feature: a call to write that chat says as often as spam
(:data:`~chatwarden.detect.spam_patterns.WAYS_BACK`)."""
ADDRESS = REACH - {"__contact", "__write"}
"""The :data:`REACH` markers that are an address, not only a call to write."""


def ways_back(feats: Sequence[str], normalized: str) -> frozenset[str]:
    """The :data:`REACH` markers of a text, from its model features and its normalized
    text (a call to write the model does not read)."""
    reach = REACH.intersection(f.partition(":")[0] for f in feats if f.startswith("__"))
    return reach | {"__write"} if asks_to_write(normalized) else reach


class SpamParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float = Field(0.5, gt=0, le=1, description="score that flags a message")
    similarity: float = Field(0.5, gt=0, le=1, description="Jaccard to known spam that flags")
    newcomer_threshold: float = Field(0.4, gt=0, le=1, description="threshold for newcomers")
    newcomer_hours: int = Field(24, ge=0, description="how long after joining one is new")
    newcomer_messages: int = Field(3, ge=0, description="first messages judged as a newcomer's")
    contactless_cap: float = Field(
        0.89, gt=0, le=1, description="highest score of a member who is not new for a text "
                                      "that gives no way to reach them")
    bare_cap: float = Field(
        0.89, gt=0, le=1, description="highest score of a member who is not new for a text "
                                      "that gives no way to reach them and makes no offer "
                                      "with a call to act (spam_patterns.roles); never above "
                                      "contactless_cap")
    machine_cap: float = Field(
        0.45, gt=0, le=1, description="highest score of a member who is not new for code, a "
                                      "log line or a command's output (spam_patterns.machine_text) "
                                      "or a text shorter than min_words")
    min_words: int = Field(
        3, ge=0, description="fewer words (as the model reads them: two letters or more, or a "
                             "number) than this from a member who is not new, with no link, "
                             "handle, phone or e-mail, score at most machine_cap")
    newcomers_only: bool = Field(
        False, description="flag only a newcomer's first messages and texts similar to known "
                           "spam: for rules that sanction without a human")
    model: str | None = Field(None, description="a model file instead of the shipped one")


@lru_cache(maxsize=4)
def _scorer_from(path: str) -> SpamScorer:
    return load(Path(path).read_bytes())


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every spam rule reads of one text, whatever its params: a policy has several
    (a newcomer rule, a review rule), and each read the same message anew."""

    norm: str
    """The text as the model reads it, on one line (spans index it)."""
    feats: tuple[str, ...]
    score: float
    """The model's calibrated score."""
    hits: tuple[PatternHit, ...]
    similar: tuple[float, int | None]
    """Similarity to known spam and its sample, where ``score`` reaches
    :data:`SIMILARITY_GATE` (MinHash costs more than the rest); ``(0.0, None)`` below it."""
    reach: frozenset[str]


@lru_cache(maxsize=64)
def _reading(scorer: SpamScorer, text: str) -> _Reading:
    """The :class:`_Reading` of ``text`` by ``scorer``, once for all the policy's spam rules."""
    norm = one_line(MODEL_NORMALIZE(text).text)  # as the model reads it; spans still hold
    feats = tuple(scorer.features(text))
    p = scorer.probability(text, feats)
    similar = scorer.similarity(tokens(text)) if p >= SIMILARITY_GATE else (0.0, None)
    return _Reading(norm, feats, p, family_hits(norm), similar, ways_back(feats, norm))


def _newcomer(event: Event, ctx: Context, p: SpamParams) -> bool:
    join = ctx.joined(event.user)
    joined_at = join.ts if join is not None else ctx.member.joined_at
    if joined_at is None or event.ts - joined_at > timedelta(hours=p.newcomer_hours):
        return False
    for earlier, seen in enumerate(ctx.recent(), 1):
        if seen.event.ts < joined_at:
            break
        if earlier > p.newcomer_messages:
            return False
    return True


class Spam(Detector):
    name = "spam"
    labels = ("spam",)
    Params: ClassVar[type[BaseModel]] = SpamParams
    description = "Texts like known spam: a linear model over words and spam habits, " \
                  "similarity to known spam; stricter for a newcomer's first messages, " \
                  "review-only without a way to reach the sender."

    def __init__(self, params: BaseModel | None = None, scorer: SpamScorer | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, SpamParams)
        if scorer is not None:
            self.scorer = scorer
        elif self.params.model:
            self.scorer = _scorer_from(self.params.model)
        else:
            self.scorer = default_scorer()

    def warm(self) -> None:
        spam_patterns.warm()

    def score(self, text: str, newcomer: bool = False) -> tuple[float, str, list[tuple[int, int]]]:
        """``(score, why, normalized-text spans of the evidence)`` for one text."""
        return self._verdict(text, newcomer)[:3]

    def _verdict(self, text: str, newcomer: bool) -> tuple[float, str, list[tuple[int, int]], bool]:
        """:meth:`score`, and whether the text is similar to known spam."""
        assert isinstance(self.params, SpamParams)
        read = _reading(self.scorer, text)
        norm, feats, p, hits = read.norm, read.feats, read.score, read.hits
        spans = [(h.start, h.end) for h in hits] or [(0, len(norm))]
        why = [f"spam model {p:.2f}"]
        if hits:
            why.append("patterns: " + ", ".join(h.family for h in hits))
        shape = next((words for marker, words in STRUCTURE.items() if marker in feats), None)
        if shape:
            why.append(shape)
        if p >= SIMILARITY_GATE:  # MinHash costs more than the rest: only when in doubt
            sim, which = read.similar
            if sim >= self.params.similarity:
                return max(p, 0.9 + 0.1 * sim), \
                    f"{sim:.0%} similar to known spam sample #{which}; {why[0]}", \
                    [(0, len(norm))], True
        reach = read.reach
        machine = p > self.params.machine_cap and machine_text(text)
        if newcomer and machine and p > self.params.contactless_cap:
            p = self.params.contactless_cap  # its @names are arrays, not handles
            why.append(f"a newcomer's code, log or command output: at most {p}")
        elif newcomer and not machine and reach & {"__link", "__mention"}:
            p = combine([p, 0.2])
            why.append("a newcomer's first messages with a link or mention")
        elif not newcomer and machine:
            p = self.params.machine_cap
            why.append(f"code, a log or command output: at most {self.params.machine_cap}")
        elif not newcomer and p > self.params.machine_cap and not reach & ADDRESS \
                and len(tokens(text)) < self.params.min_words:
            p = self.params.machine_cap
            why.append(f"under {self.params.min_words} words and no link, handle or phone: "
                       f"at most {p}")
        elif not newcomer and not reach and p > (cap := self._contactless_cap(feats)):
            p = cap
            why.append(("no way to reach them and no offer with a call to act"
                        if cap < self.params.contactless_cap
                        else "no link, handle or call to write") + f": at most {cap}")
        return p, "; ".join(why), spans, False

    def _contactless_cap(self, feats: Sequence[str]) -> float:
        """The cap of a not-new member's text with no way to reach them: ``bare_cap``
        unless it makes an offer and calls to act, which bulk mail needs when the
        sender's profile is the way back ("earn 5k a week, join us")."""
        assert isinstance(self.params, SpamParams)
        cap = self.params.contactless_cap
        return cap if "__offer+call" in feats else min(cap, self.params.bare_cap)

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, SpamParams)
        if not event.text or not event.text.strip():
            return [self.miss(explanation="no text")]
        newcomer = _newcomer(event, ctx, self.params)
        score, why, spans, known = self._verdict(event.text, newcomer)
        threshold = self.params.newcomer_threshold if newcomer else self.params.threshold
        flagged = score >= threshold
        if newcomer:
            why += f" (newcomer: threshold {threshold})"
        elif self.params.newcomers_only and not known:
            flagged = False
            why += " (not a newcomer: this rule judges newcomers' first messages only)"
        norm = MODEL_NORMALIZE(event.text)  # the reading the spans index
        evidence = tuple(Evidence(event.id, *norm.span(a, b), "spam wording") for a, b in spans)
        return [Signal(self.name, "spam", score, flagged, why, evidence if flagged else ())]
