"""The text judgement detectors: ``toxicity`` (the cascade), ``obscenity``, ``policy_judge``.

``toxicity`` emits one signal per label of the closed set (see ``labels.py``) for
every message with text. Who is insulted is read from the event: the author
of the message replied to (looked up in the chat window) and @mentions; the
``insult_targets`` param narrows ``insult`` to, e.g., the administration.
A toxic line is an insult in full when it calls the one it speaks to names
(``targets.insults``): names with a reply, a mention or second person («ты конченый
дебил», «опять несёшь хуйню, дебил»), a name said as an address («Ха, лох, чмо!»,
«сам дурак») or an insulting order («иди лечись»); swearing alone is none. Short
second-person questions («ань, ты тут?») and a birthday wish to @someone score high on
toxicity alone and are no insult. Anything else counts half (see ``insult_score``).
English said to someone that insults by its words alone ("you are stupid", "shut up you
idiot", ``targets.said_in_words``) is an insult whatever its toxicity: the models score
such plain lines low, so its insult is the flag point (0.5) plus half the toxicity. So is
English that harasses someone else in the third person ("she's such a fat ugly cow lol",
"nobody likes him", ``bullying.said_of_someone``): the moderation categories count
harassment of any person, and the rule that reads ``insult`` queues it for a moderator; and
so is the reader mocked with no name said to him ("do you even have a brain", "go away
freak", ``mockery.mocked``), and harassment with no insult word: intimidation, everyone
against the reader, the reader sent away, a third person mocked as a clown ("I'm going to
make your life hell", "everyone is laughing at you", ``shunning.harassed``).
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.judge import bullying, lexicon, mockery, shunning, targets
from chatwarden.detect.judge.backends.base import BackendError
from chatwarden.detect.judge.cascade import (
    Budget,
    Cascade,
    CascadeConfig,
    Judgement,
    insult_score,
)
from chatwarden.detect.judge.embed import shipped_heads
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS, LABELS
from chatwarden.detect.judge.params import ObscenityParams, PolicyJudgeParams, ToxicityParams
from chatwarden.events import Event


def thresholds(overrides: dict[str, float]) -> dict[str, float]:
    """The defaults of ``labels.py``, then those trained with the heads, then the policy's."""
    return {**DEFAULT_THRESHOLDS, **shipped_heads().thresholds, **overrides}


def targets_of(event: Event, ctx: Context) -> tuple[str, ...]:
    """Members a message is aimed at: the author replied to, and @mentioned names."""
    found: list[str] = []
    if event.reply_to:
        for seen in ctx.chat_recent():
            if seen.event.id == event.reply_to:
                found.append(seen.event.user)
                break
    found.extend(targets.mentions(event.text or ""))
    return tuple(dict.fromkeys(found))


class Toxicity(Detector):
    name = "toxicity"
    labels = LABELS
    Params: ClassVar[type[BaseModel]] = ToxicityParams
    description = ("Judgement cascade (lexicon → n-gram model → embeddings → optional backend): "
                   "toxicity, insult, threat, hate, obscenity, sexual, sexual_minors, "
                   "self_harm, violence, extremism, politics.")

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        p = self.p
        self.thresholds = thresholds(p.thresholds)
        config = CascadeConfig(band=p.band, embedding=p.embedding,
                               tuned=p.tuned, tuned_band=p.tuned_band,
                               tuned_calibration=p.tuned_calibration,
                               embed_per_minute=p.embed_per_minute,
                               backend_per_minute=p.backend_per_minute,
                               backend_band=p.backend_band)
        self.cascade = Cascade(config, backend=p.make_backend())
        self._targets = {t.casefold().lstrip("@") for t in p.insult_targets}

    @property
    def p(self) -> ToxicityParams:
        assert isinstance(self.params, ToxicityParams)
        return self.params

    def warm(self) -> None:
        self.cascade.warm()

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if not event.text:
            return []
        # the words as the n-gram row reads them where they are disguised («п1д0р», «т*пой»,
        # «т у п о й»): a disguised name is still a name
        said = (event.text, self.cascade.linear.reading(event.text) or "")

        whom = targets_of(event, ctx)
        if self._targets:
            whom = tuple(t for t in whom if t.casefold() in self._targets)
            aimed = bool(whom) and any(targets.name_calling(t) for t in said if t)
        else:
            aimed = any(targets.insults(t, replied=bool(whom)) for t in said if t)
        # tuned_scope 'name_calling': the tuned model reads only a line whose toxicity can
        # make an insult (names said to someone); the others' insult is half at most
        tuned = self.p.tuned_scope == "all" or not self.p.tuned or aimed
        j = self.cascade.judge(event.text, event.chat, event.ts, tuned=tuned)
        toxicity = j.scores["toxicity"]
        if self._targets and not whom:
            insult = 0.0
        elif any(targets.said_in_words(t) or bullying.said_of_someone(t) or targets.named_member(t)
                 or mockery.mocked(t) or shunning.harassed(t) for t in said if t):
            # the words alone insult ("you are stupid" scores 0.43 on toxicity), the reader
            # or someone else ("he's such a loser"): at least the flag point, ranked by
            # toxicity above it
            insult = (1.0 + toxicity) / 2
        else:
            insult = insult_score(toxicity, aimed)
        j.scores["insult"] = insult
        # how the scores were reached, the same for every label: joined once, not per label
        via = "+".join(j.stages) or "nothing"
        notes = "; " + "; ".join(j.notes) if j.notes else ""
        return [self._signal(event, j, label, whom, via, notes) for label in LABELS]

    def _signal(self, event: Event, j: Judgement, label: str,
                targets: tuple[str, ...], via: str, notes: str) -> Signal:
        score = j.scores[label]
        th = self.thresholds[label]
        flagged = score >= th
        if label == "obscenity":
            evidence = tuple(Evidence(event.id, h.start, h.end, f"{h.strength} word")
                             for h in j.hits)
        else:
            evidence = (Evidence(event.id),) if flagged else ()
        why = f"{label} {score:.2f} (threshold {th:.2f}) via {via}"
        if label == "insult" and targets:
            why += f"; aimed at {', '.join(targets)}"
        why += notes
        members = targets if label == "insult" and flagged else ()
        return Signal(self.name, label, score, flagged, why, evidence, members)


class Obscenity(Detector):
    name = "obscenity"
    labels = ("obscenity",)
    Params: ClassVar[type[BaseModel]] = ObscenityParams
    description = "мат and vulgar words by root, proof against leet, look-alikes and separators."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if not event.text:
            return []
        assert isinstance(self.params, ObscenityParams)
        hits = [h for h in lexicon.find(event.text)
                if self.params.level == "vulgar" or h.strength == "mat"]
        if not hits:
            return [self.miss()]
        kinds = sorted({h.strength for h in hits})
        return [Signal(self.name, "obscenity", lexicon.score(hits), True,
                       f"{len(hits)} word(s): {', '.join(kinds)}",
                       tuple(Evidence(event.id, h.start, h.end, f"{h.strength} word")
                             for h in hits))]


class PolicyJudgeDetector(Detector):
    """The rule's own words, judged by a chat model, only where the cascade is unsure.

    The offline cascade runs first (it is cheap): a message it scores outside
    ``ask_band`` is answered by the cascade alone, and the model is asked at most
    ``per_chat_minute`` times a minute per chat (plus the endpoint's process-wide cap).
    """

    name = "policy_judge"
    labels = ("violation",)
    Params: ClassVar[type[BaseModel]] = PolicyJudgeParams
    description = ("An OpenAI-compatible chat model judges the message against the rule's own "
                   "words; falls back to the offline cascade when it cannot answer.")

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        p = self.params
        assert isinstance(p, PolicyJudgeParams)
        client = p.endpoint.client()
        if client is None:
            self.judge = None
        else:
            from chatwarden.detect.judge.backends.policy_judge import PolicyJudge

            self.judge = PolicyJudge(client, p.endpoint.model)
        self.fallback = Toxicity()
        self.budget = Budget(p.per_chat_minute, max(1, int(p.per_chat_minute)))

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if not event.text:
            return []
        p = self.params
        assert isinstance(p, PolicyJudgeParams)
        signals = {s.label: s for s in self.fallback.detect(event, ctx)}
        offline = signals[p.fallback_label]
        lo, hi = p.ask_band
        if self.judge is None:
            reason = "policy judge unavailable (no endpoint configured)"
        elif not lo <= offline.score <= hi:
            reason = "the cascade is sure enough; policy judge not asked"
        elif not self.budget.take(event.chat, event.ts):
            reason = f"policy judge budget of chat '{event.chat}' spent"
        else:
            try:
                v = self.judge.judge(p.rule, p.guideline, event.text)
            except BackendError as err:
                reason = f"policy judge unavailable ({err}); degraded to the offline cascade"
            else:
                flagged = v.violates and v.confidence >= p.min_confidence
                score = v.confidence if v.violates else 1.0 - v.confidence
                return [Signal(self.name, "violation", score, flagged,
                               f"policy judge on rule {v.rule}: {v.rationale}",
                               (Evidence(event.id),) if flagged else ())]
        return [Signal(self.name, "violation", offline.score, offline.flagged,
                       f"{reason}: {offline.explanation}", offline.evidence, offline.members)]
