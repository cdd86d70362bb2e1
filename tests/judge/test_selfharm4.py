"""Suicidal ideation said plainly or indirectly in chat (``selfharm.ideation_said``,
``scripts/selfharm4_probe.py``): ending it thought of, a world better off without the author,
nobody to notice them gone, not wanting to be alive, no reason to live, tired of living, a
goodbye to everyone, in English and Russian; each beside its look-alike (a relationship or a
subscription ended, a team better off without a build-breaker, a song, a film, a crisis line,
a city one does not want to live in, a trip's goodbye, a passing cause). And the cascade
queues it: the head left these chat lines under its flag point."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.context import Context
from chatwarden.detect.judge import selfharm
from chatwarden.detect.judge.detectors import Toxicity
from chatwarden.events import Event


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("I've been thinking about ending it all", "ending it thought of",
     "thinking about ending it all"),
    ("I've been having thoughts of suicide again", "ending it thought of", "thoughts of suicide"),
    ("everyone would be better off if I was dead", "better off without me",
     "everyone would be better off if i was dead"),
    ("they'd all be happier if I just wasn't here", "better off without me",
     "they'd all be happier if i just wasn't here"),
    ("nobody would even notice if I was gone", "not missed if gone",
     "nobody would even notice if i was gone"),
    ("I don't want to be here anymore", "not wanting to be alive",
     "i don't want to be here anymore"),
    ("I just want to disappear forever", "not wanting to be alive", "want to disappear forever"),
    ("there's nothing left to live for", "no reason to live", "nothing left to live for"),
    ("I'm done with life. I can't do this anymore", "tired of living", "done with life"),
    ("just wanted to say I love you all. goodbye", "a goodbye to everyone", "love you all. goodbye"),
    ("не хочу больше жить", "not wanting to be alive", "не хочу больше жить"),
    ("всем будет лучше без меня", "better off without me", "лучше без меня"),
    ("я устала жить, больше не могу", "tired of living", "устала жить"),
    ("не вижу смысла жить дальше", "no reason to live", "смысла жить"),
    ("простите меня все. прощайте", "a goodbye to everyone", "простите меня все. прощайте"),
])
def test_ideation_said(text: str, kind: str, words: str) -> None:
    assert selfharm.ideation_said(text) == (kind, words)


@pytest.mark.parametrize("text", [
    "this meeting is killing me, I want to end it all lol",        # laughed off
    "I'm ending it with her tonight, it's not working",            # a relationship
    "I'm thinking about ending my subscription, it's too expensive",
    "my team would be better off without me on this project, I keep breaking the build",
    "that song goes 'nobody would notice if I was gone' and it hits so hard",
    "If you are having thoughts of suicide, call or text 988",     # a crisis line
    "do you ever think about ending it all?",                      # asked of the reader
    "my family would be happier if I was home more",               # here, not gone
    "I don't want to live in this city anymore",
    "I'm tired of living in this apartment",
    "this is goodbye, my last day at the company",
    "going offline for a while, goodbye everyone, see you in september!",
    "I want to disappear into a cabin in the woods for a month",
    "when I was 15 I thought my family would be better off without me",  # the past
    "не хочу больше жить в этом общежитии, ищу квартиру",
    "устал от жизни в общаге",
    "хочу умереть, завтра экзамен",                                # a passing cause
    "без меня вам будет скучно, но я в отпуск на две недели",
])
def test_its_look_alikes_say_none(text: str) -> None:
    assert selfharm.ideation_said(text) is None


def test_a_films_goodbye_note_is_no_intent() -> None:
    assert selfharm.intent_said(
        "just watched the movie where he writes a goodbye note to his wife, I cried") is None
    assert selfharm.intent_said("I wrote my goodbye note last night") == (
        "goodbye note", "my goodbye note")


def test_the_cascade_flags_ideation_the_head_left() -> None:
    det = Toxicity()
    t0 = datetime(2026, 1, 1, tzinfo=UTC)

    def flagged(text: str) -> bool:
        ev = Event("e1", "message", "c1", "u1", t0, text=text)
        return next(s.flagged for s in det.detect(ev, Context.bare(ev)) if s.label == "self_harm")

    assert flagged("nobody would even notice if I was gone")
    assert flagged("всем будет лучше без меня")
    assert not flagged("I'm thinking about ending my subscription, it's too expensive")
