"""Spam beyond repeats (rule 1.1, the platform's spam rule): texts that read like the
spam every Telegram group gets, judged the way tg-spam judges them.

Checks, cheapest first, on normalized text (look-alike letters undone):

1. a stop phrase ("пишите в лс") — spam outright;
2. naive Bayes over word stems and spam habits, combined with the pattern
   families of :mod:`~chatwarden.detect.spam_patterns` (easy money, crypto,
   casinos, adult bait, "write me", job offers) as independent evidence;
3. similarity to known spam (MinHash LSH over words and word pairs), for texts
   that step 2 finds at all spam-like (the index is the costliest step);
4. newcomers: within ``newcomer_hours`` of joining, a member's first
   ``newcomer_messages`` messages are judged against ``newcomer_threshold``
   (lower) and a link or mention in them counts as more evidence — the first
   message is where tg-spam catches most spam. Without a join in the context
   (``chatwarden scan``) nobody is a newcomer.

The default model is trained on the tg-spam samples (MIT) and shipped in the
package; ``model`` names a file built by ``scripts/build_spam_model.py``.
"""

from __future__ import annotations

import gzip
import json
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.normalize import emoji_count, normalize
from chatwarden.detect.spam_model import SpamModel, SpamScorer, default_scorer, features, tokens
from chatwarden.detect.spam_patterns import combine, emoji_heavy, pattern_hits
from chatwarden.events import Event

SIMILARITY_GATE = 0.3
"""Texts naive Bayes finds this unlike spam, with no spam pattern, skip the MinHash check."""
FULL_EVIDENCE = 8
"""Distinct features a text needs before naive Bayes counts in full."""


class SpamParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float = Field(0.6, gt=0, le=1, description="score that flags a message")
    similarity: float = Field(0.5, gt=0, le=1, description="Jaccard to known spam that flags")
    newcomer_threshold: float = Field(0.45, gt=0, le=1, description="threshold for newcomers")
    newcomer_hours: int = Field(24, ge=0, description="how long after joining one is new")
    newcomer_messages: int = Field(3, ge=0, description="first messages judged as a newcomer's")
    model: str | None = Field(None, description="a model file instead of the shipped one")


@lru_cache(maxsize=4)
def _scorer_from(path: str) -> SpamScorer:
    raw = json.loads(gzip.decompress(Path(path).read_bytes()))
    return SpamScorer(SpamModel.from_json(raw))


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
    description = "Texts like known spam: stop phrases, similarity, naive Bayes and spam " \
                  "patterns; stricter for a newcomer's first messages."

    def __init__(self, params: BaseModel | None = None, scorer: SpamScorer | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, SpamParams)
        if scorer is not None:
            self.scorer = scorer
        elif self.params.model:
            self.scorer = _scorer_from(self.params.model)
        else:
            self.scorer = default_scorer()

    def score(self, text: str, newcomer: bool = False) -> tuple[float, str, list[tuple[int, int]]]:
        """``(score, why, normalized-text spans of the evidence)`` for one text."""
        assert isinstance(self.params, SpamParams)
        norm = normalize(text).text
        phrase = self.scorer.stop_phrase(norm)
        if phrase is not None:
            at = norm.index(phrase)
            return 1.0, "a stop phrase of known spam", [(at, at + len(phrase))]
        feats = features(text)
        nb = self.scorer.bayes(text, feats)
        hits = pattern_hits(norm)
        if nb >= SIMILARITY_GATE or hits:  # MinHash costs more than the rest: only when in doubt
            sim, which = self.scorer.similarity(tokens(text))
            if sim >= self.params.similarity:
                return max(0.9, sim), f"{sim:.0%} similar to known spam sample #{which}", \
                    [(0, len(norm))]
        # a couple of words are no evidence: "всем привет" opens spam and friendly chat alike
        certainty = min(1.0, len(set(feats)) / FULL_EVIDENCE)
        weights = [nb * 0.8 * certainty, *(h.weight for h in hits), emoji_heavy(emoji_count(text))]
        why = [f"naive Bayes {nb:.2f}"]
        if hits:
            why.append("patterns: " + ", ".join(h.family for h in hits))
        if newcomer and ("@" in text or "http" in norm or "t.me" in norm):
            weights.append(0.2)
            why.append("a newcomer's first messages with a link or mention")
        spans = [(h.start, h.end) for h in hits] or [(0, len(norm))]
        return combine(weights), "; ".join(why), spans

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, SpamParams)
        if not event.text or not event.text.strip():
            return [self.miss(explanation="no text")]
        newcomer = _newcomer(event, ctx, self.params)
        score, why, spans = self.score(event.text, newcomer)
        threshold = self.params.newcomer_threshold if newcomer else self.params.threshold
        norm = normalize(event.text)
        evidence = tuple(Evidence(event.id, *norm.span(a, b), "spam wording") for a, b in spans)
        if newcomer:
            why += f" (newcomer: threshold {threshold})"
        return [Signal(self.name, "spam", score, score >= threshold, why,
                       evidence if score >= threshold else ())]
