"""Threats in chat's shapes (scripts/threat3_probe.py's tuning half): a plan in the present, slang
blows, a person put in hospital or in the ground, an execution in the intransitive, harm after
"or", hands laid on the reader; and the near-misses that stay silent."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("if he shows up tomorrow I'm breaking his legs", "intent", "i'm breaking his legs"),
    ("next time I see him I'm knocking his teeth out", "intent", "i'm knocking his teeth out"),
    ("I'm gonna beat his ass till he can't walk", "intent", "i'm gonna beat his ass"),
    ("me and the boys are gonna jump him after practice", "intent",
     "me and the boys are gonna jump him"),
    ("gonna pop a cap in his ass", "intent", "gonna pop a cap in his ass"),
    ("bring your friends, I'll put all of you in the hospital", "intent",
     "i'll put all of you in the hospital"),
    ("I'll bust your lip open", "intent", "i'll bust your lip open"),
    ("she's a traitor, she needs to hang", "call", "she needs to hang"),
    ("he should fry for this", "call", "he should fry"),
    ("you'll hang for treason", "call", "you'll hang"),
    ("they'll all be lined up against a wall soon enough", "call",
     "they'll all be lined up against a wall"),
    ("u better not show up monday or ur getting jumped", "threat", "or ur getting jumped"),
    ("wait till I get my hands on you, you little shit", "veiled",
     "wait till i get my hands on you"),
])
def test_a_threat_in_chats_shapes_is_harm_said(text: str, kind: str, words: str) -> None:
    assert harm.harm_said(text) == (kind, words)


@pytest.mark.parametrize("text", [
    "I'm jumping him to the front of the queue",
    "we should hang out",
    "we'll hang tomorrow",
    "you'll hang with us later?",
    "the chicken needs to fry",
    "the bikes will be lined up against the wall",
    "wait till I get my hands on that new phone",
    "don't forget your umbrella or you're getting soaked",
    "you need to put him in the ground first, then water it",
    "I'm killing it",
])
def test_its_look_alikes_are_not(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize("text", [
    "I'll kill it at the gym tomorrow",
    "I'll end this call in five",
])
def test_a_thing_killed_or_ended_opens_no_threat_gate(text: str) -> None:
    assert "threat" not in gates.gated(text, 0.0)


def test_trouble_foretold_as_the_authors_death_opens_no_gate_even_when_hostile() -> None:
    assert gates.gated("my mom is going to kill me when she sees this grade", 1.0) == ()
    assert "threat" in gates.gated("I'll kill you when I see you", 0.0)
