"""The judgement cascade, written out in one place: cheap first, expensive only when unsure.

1. **lexicon**: мат/obscenity roots on obfuscation-folded text (microseconds).
2. **linear**: char+word n-gram logistic regression for toxicity and hate.
3. **gates**: keyword stems decide which topic heads are worth running.
4. **tuned** (Russian, off by default): multilingual-e5-small fine-tuned for
   toxicity, when the linear toxicity of a Russian message is in the tuned band;
   its logit is stacked with the linear one. Forum Russian is where n-grams fall
   short (see ``tuned.py``). It costs ~1 ms a token on one core, so it is a
   policy's choice: a Russian group (a few messages a second at most) turns it on
   and gets the better model; a platform-scale default keeps 1,000+ msg/s.
5. **embedding**: USE-multilingual + heads, when the linear toxicity is in the
   uncertain band (0.4–0.8 by default) and the tuned stage did not already
   decide it, when a Russian message still scores at least the band's lower end
   (its hate and topic heads), when the linear hate score is at least that lower
   end, when a topic gate fired, or when a line that words harm at someone scores
   at least ``HARM_REACH`` (its stacked score then decides the threat gate).
   Both model stages run only while the chat's budget lasts (a token bucket per
   chat and stage, refilled by *event* time so replays match).
6. **backend** (optional, off by default): a heavy model or endpoint for what is
   still uncertain, under its own budget; when it fails, the cascade's own
   scores stand and the judgement says so.

Every label gets a score on every message (0 for a topic when no embedding ran or its
gate stayed shut),
and the judgement records which stages ran and why others did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np

from chatwarden.detect.budget import Budget, budgets_of
from chatwarden.detect.judge import (
    deferred,
    extremism,
    gates,
    group_spelling,
    groups,
    harm,
    lexicon,
    minors,
    selfharm,
    sexual,
)
from chatwarden.detect.judge.backends.base import Backend, BackendError
from chatwarden.detect.judge.embed import Encoder, Heads, shared_encoder, shipped_heads
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS, LABELS, TOPIC_LABELS
from chatwarden.detect.judge.linear import LANGS, LinearModel, lang_of, shipped
from chatwarden.detect.judge.tuned import TunedEncoder, TunedHead, shipped_tuned
from chatwarden.detect.normalize import russian_dictionary

NOT_HATE = 0.3
"""The hate score kept where the words say the models' hate is none of the author's —
counter-speech (``groups.condemned``), a question or a request for fiction naming no
protected group: under every shipped threshold, so it is not queued, and still shown to
whoever looks."""

PLACE_DOUBT = 0.6
"""Under this, the models' hate of a message that names a country only as a place in its
author's plan or trip (``groups.named_as_place``) is doubt, kept at ``NOT_HATE``; over it the
models are sure of something else in the words. Chosen on Stormfront's training split (its
dev fifth held apart by the one-off script): with the author's plan required and no bound, one
hateful sentence lost its flag ("I wish they'd all bugger off back to the Sudan, Nigeria …");
at 0.6, none of 8,493; with no plan required either, 14."""

HARM_REACH = 0.3
"""The linear toxicity from which a line under the uncertain band that words harm at someone
(the threat gate would open on it were it hostile: ``gates.gated`` at full toxicity) reaches the
encoder: the n-gram row, refitted on plain chat, scores threats such as "how bout we feed her
tongue to the pigs first" (0.38; stacked 0.52) under the band, where no stacked score was
asked for and the threat gate stayed shut. The encoder is asked for the gate's sake: the
linear toxicity stands (hate takes the stacked score, as at the encoder for any line). Chosen
on EDOS train and dev with ``gates.HOSTILE_STACKED`` (``scripts/threat_gate.py``): from 0.2
or 0 it reaches more lines for one more threat on train and one more false flag on dev."""

MAX_TEXT = 8000
"""Characters judged per message (Telegram allows 4,096): a pasted book costs no more
than a long message, and spans still index the original, which starts the same."""


@dataclass
class Judgement:
    """Scores for every label, and how they were reached."""

    scores: dict[str, float]
    stages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hits: tuple[lexicon.Hit, ...] = ()
    gated: tuple[str, ...] = ()


@dataclass(frozen=True)
class CascadeConfig:
    band: tuple[float, float] = (0.4, 0.8)
    embedding: bool = True
    embed_per_minute: float = 120.0
    embed_burst: int = 30
    tuned: bool = False
    tuned_band: tuple[float, float] = (0.1, 0.95)
    tuned_calibration: Literal["chat", "forum"] = "chat"
    backend_per_minute: float = 10.0
    backend_band: tuple[float, float] = (0.3, 0.7)


class Cascade:
    """Runs the stages for one text; holds the per-chat budgets."""

    def __init__(self, config: CascadeConfig | None = None, *, linear: LinearModel | None = None,
                 heads: Heads | None = None, encoder: Encoder | None = None,
                 tuned: tuple[TunedEncoder, TunedHead] | None = None,
                 backend: Backend | None = None) -> None:
        self.config = config or CascadeConfig()
        self.linear = linear or shipped()
        self.heads = heads or shipped_heads()
        self.encoder = encoder
        self.tuned = tuned
        self.backend = backend
        self.embed_budget = Budget(self.config.embed_per_minute, self.config.embed_burst)
        self.tuned_budget = Budget(self.config.embed_per_minute, self.config.embed_burst)
        self.backend_budget = Budget(self.config.backend_per_minute,
                                     max(1, int(self.config.backend_per_minute)))

    def warm(self) -> None:
        """Load the model stages this config can run (they load on first use otherwise)."""
        if self.config.embedding:
            (self.encoder or shared_encoder()).load()
        if self.config.tuned:
            encoder, _ = self.tuned or shipped_tuned()
            encoder.load()
        gates.sexual_terms()  # the sexual gate's lexicon (~15 ms to compile), at first use else
        group_spelling.warm()  # the glued-word splitter's word list
        # OpenCorpora's dictionary (~0.3 s): the insult targets parse Russian words with it and
        # the normalizer asks it of letters written apart; loaded lazily, it fell on whichever
        # message first needed it (a p99 spike, and 1% of `bench realchat`'s timed events)
        russian_dictionary()
        # last: the frames said of a group (~3 s to compile) serve only a line naming one,
        # where the dictionary and the encoder serve most lines a bot sees first
        deferred.warm()

    def judge(self, text: str, chat: str = "", now: datetime | None = None, *,
              tuned: bool = True) -> Judgement:
        """Scores of ``text``; ``tuned=False`` keeps the tuned stage out for this text even
        where the config turns it on (its caller knows the answer could change nothing)."""
        scores = dict.fromkeys(LABELS, 0.0)
        j = Judgement(scores)
        text = text[:MAX_TEXT]
        if not text.strip():
            return j
        # 1. lexicon
        j.hits = lexicon.find(text)
        scores["obscenity"] = lexicon.score(j.hits)
        j.stages.append("lexicon")
        # 2. linear; the model stages read an obfuscated text as the linear model reads it
        read = self.linear.model_text(text)
        logits = self.linear.logits(text)
        lang = lang_of(read)
        linear_scores = self.linear.calibrate(logits, lang)
        scores["toxicity"] = linear_scores["toxicity"]
        scores["hate"] = linear_scores.get("hate", 0.0)
        j.stages.append("linear")
        # 3. gates
        swearing = bool(j.hits) and LANGS[lang] == "en"
        j.gated = gates.gated(text, scores["toxicity"], swearing)
        lo, hi = self.config.band
        # 4. tuned (Russian)
        decided = False
        tlo, thi = self.config.tuned_band
        if tuned and self.config.tuned and LANGS[lang] == "ru" \
                and tlo <= scores["toxicity"] <= thi:
            if self.tuned_budget.take(chat, now):
                self._tuned(read, float(logits[self.linear.labels.index("toxicity")]), j)
                decided = True
            else:
                j.notes.append(f"tuned budget of chat '{chat}' spent: linear scores stand")
        # 5. embedding. Hate has no upper bound: a confident linear hate score is still
        # worth a second look, because the linear hate model is English-only and slurs are short
        unsure = (scores["toxicity"] >= lo if decided else lo <= scores["toxicity"] <= hi) \
            or scores["hate"] >= lo
        # harm worded at someone under the band: the stacked score decides the threat gate
        reached = not (unsure or j.gated) and HARM_REACH <= scores["toxicity"] < lo \
            and "threat" in gates.gated(text, 1.0, swearing)
        if self.config.embedding and (unsure or j.gated or reached):
            if self.embed_budget.take(chat, now):
                self._embed(read, logits, LANGS[lang], j, keep_toxicity=decided,
                            keep_linear=reached)
            else:
                j.notes.append(f"embedding budget of chat '{chat}' spent: linear scores stand")
        # what is said of a protected group (groups.py): after the models, which score
        # words, so a derogatory predicate of a group is hate whatever they said
        if (said := groups.said_of_group(text)) is not None:
            scores["hate"] = max(scores["hate"], said.score)
            j.notes.append(said.note)
        elif (cited := groups.condemned(text)) is not None and scores["hate"] > NOT_HATE:
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: counter-speech, '{cited.words}' denied or cited to condemn it")
        elif scores["hate"] > NOT_HATE and (unused := groups.slur_unused(text)) is not None:
            # "a faggot of sticks", "as a queer woman I …", "the word 'X' is a slur"
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: a slur's word not thrown at anyone ('{unused}')")
        elif scores["hate"] > NOT_HATE and (asked := groups.asked_of_group(text)) is not None:
            # "why are X discriminated against?", "are X allowed to marry in Texas?"
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: a question about a protected group, no claim of it ('{asked}')")
        elif scores["hate"] > NOT_HATE and (abused := groups.unprotected_target(text)) is not None:
            # "bankers are greedy, lying parasites", "you're scum": abuse, of no protected group
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: abuse of a group no hate definition protects or of one "
                           f"person ('{abused}')")
        elif scores["hate"] > NOT_HATE and (praise := groups.praised(text)) is not None:
            # "we need more X in science, they bring so much": the heads read the group's name
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: a protected group praised ('{praise}')")
        elif NOT_HATE < scores["hate"] < PLACE_DOUBT \
                and (place := groups.named_as_place(text)) is not None:
            # "we'll do medical missions to nigeria": the n-gram row reads a slur's letters
            scores["hate"] = NOT_HATE
            j.notes.append(f"hate: a country named as a place, no group attacked ('{place}')")
        elif scores["hate"] > NOT_HATE and (gates.asks(text) or gates.requests_fiction(text)) \
                and not groups.names_group(text):
            # "Are you allowed to be racist?" asks about hate; it attacks no group it names
            scores["hate"] = NOT_HATE
            j.notes.append("hate: a question or a request for fiction that names no "
                           "protected group")
        # harm to people said outright (harm.harm_said): "I will kill you" is a threat
        # whatever the heads, trained on one source's threats, make of its wording
        if (outright := harm.harm_said(text)) is not None:
            kind, words = outright
            for label in harm.HARM_SAID_LABELS[kind]:
                scores[label] = max(scores[label], harm.HARM_SAID_SCORE)
            j.notes.append(f"{'/'.join(harm.HARM_SAID_LABELS[kind])}: harm said outright "
                           f"({kind}: '{words}')")
        # self-harm intent said in the guideline's words (selfharm.py): a plan, a time, a note,
        # not waking up, ideation (ending it thought of, better off without me, no reason to
        # live); and self-harm urged, a way asked, an eating disorder promoted, harm told
        # as done. The head reads a post's mood and left such texts under its flag point. Where
        # the author denies intent ("I'm not suicidal"), a chat line laughs it off ("i want to die
        # lol") or blames a passing thing ("this homework makes me want to die") or a line
        # speaks of suicide for help or news, the head is held under it
        if (intent := selfharm.intent_said(text) or selfharm.ideation_said(text)) is not None:
            scores["self_harm"] = max(scores["self_harm"], selfharm.SELF_HARM_SAID_SCORE)
            j.notes.append(f"self_harm: intent said ({intent[0]}: '{intent[1]}')")
        elif (shown := selfharm.self_harm_said(text)) is not None:
            scores["self_harm"] = max(scores["self_harm"], selfharm.SELF_HARM_SAID_SCORE)
            j.notes.append(f"self_harm: {shown[0]} ('{shown[1]}')")
        elif scores["self_harm"] > selfharm.NOT_SELF_HARM \
                and (why := selfharm.no_self_harm(text)) is not None:
            scores["self_harm"] = selfharm.NOT_SELF_HARM
            j.notes.append(f"self_harm: {why}")
        # adult sexual acts said in plain words, and sex spoken of for health, education,
        # safety or news (sexual.py): the head learnt harassment's explicit words. Before the
        # children's words, whose floors this never lowers
        if (act := sexual.sexual_said(text)) is not None:
            scores["sexual"] = max(scores["sexual"], sexual.SEXUAL_SAID_SCORE)
            j.notes.append(f"sexual: an act said ('{act}')")
        elif scores["sexual"] > sexual.NOT_SEXUAL and (care := sexual.sexual_cited(text)) is not None:
            scores["sexual"] = sexual.NOT_SEXUAL
            j.notes.append(f"sexual: spoken of for health, education, safety or news ('{care}')")
        elif scores["sexual"] > sexual.NOT_SEXUAL and (idiom := sexual.sexual_idiom(text)) is not None:
            scores["sexual"] = sexual.NOT_SEXUAL
            j.notes.append(f"sexual: only a curse or an idiom ('{idiom}')")
        # children sexualized or groomed in the guideline's words (minors.py): no labelled
        # text exists for a head to learn them; where they are only cited, the heads are kept low
        if (said_minors := minors.minors_said(text)) is not None:
            kind, words = said_minors
            for label in minors.MINORS_SAID_LABELS[kind]:
                scores[label] = max(scores[label], minors.MINORS_SAID_SCORE[kind])
            j.notes.append(f"sexual_minors: {kind} ('{words}')")
        elif max(scores["sexual"], scores["sexual_minors"]) > minors.NOT_MINORS \
                and (named := minors.minors_cited(text)) is not None:
            for label in ("sexual", "sexual_minors"):
                scores[label] = min(scores[label], minors.NOT_MINORS)
            j.notes.append(f"sexual_minors: '{named}' cited to condemn, report, teach or ask")
        elif scores["sexual_minors"] > minors.NOT_MINORS \
                and (idle := minors.minors_bystanders(text)) is not None:
            scores["sexual_minors"] = minors.NOT_MINORS
            j.notes.append(f"sexual_minors: '{idle}': no child in it sexualized")
        # violent extremism promoted in the guideline's words (extremism.py): praise of an attack
        # or an attacker, recruitment and calls to attack, which the seed-trained head missed;
        # where extremism is only reported, condemned, asked about, played or an idiom, the
        # head, which flagged those, is kept under the flag point
        if (said_extremism := extremism.extremism_said(text)) is not None:
            kind, words = said_extremism
            scores["extremism"] = max(scores["extremism"], extremism.EXTREMISM_SAID_SCORE[kind])
            j.notes.append(f"extremism: {kind} ('{words}')")
        elif scores["extremism"] > extremism.NOT_EXTREMISM \
                and (named_only := extremism.extremism_cited(text)) is not None:
            scores["extremism"] = extremism.NOT_EXTREMISM
            j.notes.append(f"extremism: named, not promoted ('{named_only}')")
        # violence against a protected group is hate by the guideline's own definition
        # ("attacking or promoting hatred or violence against individuals based on their
        # protected characteristics"): the threat and violence heads judge the harm, groups.py
        # the group the author names; a quoted or reported threat, or counter-speech, is not it
        if not self._flags(scores, "hate") \
                and (self._flags(scores, "threat") or self._flags(scores, "violence")) \
                and groups.named_by_author(text) and groups.condemned(text) is None:
            scores["hate"] = max(scores["threat"], scores["violence"])
            j.notes.append("hate: a threat or violence against a protected group it names")
        # 6. backend
        blo, bhi = self.config.backend_band
        if self.backend is not None and blo <= scores["toxicity"] <= bhi:
            self._backend(text, chat, now, j)
        return j

    def _flags(self, scores: dict[str, float], label: str) -> bool:
        """Whether ``label``'s score is at its shipped flag point (the heads' threshold)."""
        return scores[label] >= self.heads.thresholds.get(label, DEFAULT_THRESHOLDS[label])

    def _tuned(self, text: str, linear_logit: float, j: Judgement) -> None:
        """Toxicity from the tuned model stacked with the linear logit."""
        encoder, head = self.tuned or shipped_tuned()
        tuned_logit = head.logit(encoder.encode([text])[0])
        j.scores["toxicity"] = head.combine(self.config.tuned_calibration, linear_logit,
                                            tuned_logit)
        j.stages.append("tuned")

    def _embed(self, text: str, logits: np.ndarray, lang: str, j: Judgement,
               keep_toxicity: bool = False, keep_linear: bool = False) -> None:
        """The embedding stage. ``keep_toxicity``: the tuned stage decided toxicity, and
        the gates read its score; ``keep_linear``: the line came for the threat gate only
        (:data:`HARM_REACH`), so the linear toxicity stands and only the gates read the
        stacked one (hate is stacked either way)."""
        encoder = self.encoder or shared_encoder()
        vector = encoder.encode([text])[0]
        raw = self.heads.logits(vector)
        lin = dict(zip(self.linear.labels, logits.tolist(), strict=True))
        stacked: float | None = None
        for label in ("hate",) if keep_toxicity else ("toxicity", "hate"):
            combined = self.heads.combine(label, lang, float(lin[label]), raw[label])
            if combined is None:
                continue
            if label == "toxicity":
                stacked = combined
                if keep_linear:
                    continue
            j.scores[label] = combined
        # a topic needs two witnesses: its head and its gate (see gates.py); an embedding
        # paid for by an unsure toxicity score says nothing about topics nobody named.
        # The threat gate reads toxicity: the stacked score now, not the linear guess
        swearing = bool(j.hits) and lang == "en"
        if stacked is None:
            j.gated = gates.gated(text, j.scores["toxicity"], swearing)
        else:
            j.gated = gates.gated(text, stacked, swearing, hostile=gates.HOSTILE_STACKED)
        topics = tuple(label for label in TOPIC_LABELS if label in j.gated)
        if topics:
            j.scores.update(self.heads.scores(vector, topics))
        j.stages.append("embedding")

    def _backend(self, text: str, chat: str, now: datetime | None, j: Judgement) -> None:
        assert self.backend is not None
        if not self.backend_budget.take(chat, now):
            j.notes.append(f"backend {self.backend.name}: budget of chat '{chat}' spent; "
                           "cascade scores stand")
            return
        try:
            found = self.backend.classify(text)
        except BackendError as err:
            j.notes.append(f"backend {self.backend.name} failed ({err}); "
                           "degraded to the offline cascade")
            return
        for label, value in found.items():
            if label in j.scores:
                j.scores[label] = value
        j.stages.append(f"backend:{self.backend.name}")


def insult_score(toxicity: float, addressed: bool) -> float:
    """Toxicity aimed at someone with name-calling is an insult; other rudeness counts half."""
    return toxicity if addressed else 0.5 * toxicity


__all__ = ["Budget", "Cascade", "CascadeConfig", "Judgement", "budgets_of", "insult_score"]
