"""Misreadings of the cascade left from earlier sessions (leftovers): sexting read as an insult,
"we're fucked" read as sex, a teen sexualized not read as a minor, a thing called stupid read
as bullying, and a short transliterated Russian insult not read at all. Lines written here,
not taken from any data set.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.base import Signal
from chatwarden.detect.context import Context
from chatwarden.detect.judge import bullying, linear, minors, sexual, targets
from chatwarden.detect.judge.detectors import Toxicity
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, rules
from tests.judge.detector_base import message
from tests.judge.test_targets import CALIMERO


def signals(text: str) -> dict[str, Signal]:
    ev = message(text)
    return {s.label: s for s in Toxicity().detect(ev, Context.bare(ev))}


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 12, 2, 10, 0, tzinfo=UTC), "room")


# 1. sexting said to a partner: sexual, no insult ─────────────────────────────────────────


@pytest.mark.parametrize("text", [
    "I want you to fuck me so hard",
    "can't wait for you to fuck me when you get home",
    "god i need you to fuck me again",
])
def test_sexting_is_sexual_and_no_insult(text: str) -> None:
    found = signals(text)
    assert not found["insult"].flagged, found["insult"].explanation
    assert found["sexual"].flagged
    assert targets.sexted(text)


@pytest.mark.parametrize("text", [
    "fuck you",
    "go fuck yourself",
    "i want u to fuck me",  # ConvAbuse's abuse of a chatbot: demanded bare
    "fuck me in the ass",
    "fuck me so hard you stupid slut",  # names called
])
def test_curses_and_bare_demands_stay_insults(text: str) -> None:
    assert signals(text)["insult"].flagged
    assert not targets.sexted(text)


def test_sexting_is_no_harassment_while_a_curse_is(calimero: Chat) -> None:
    assert "harassment" not in rules(calimero.say("m1", "I want you to fuck me so hard tonight"))
    assert "harassment" in rules(calimero.say("m2", "go fuck yourself"))


# 2. "we're fucked": a curse about a situation ─────────────────────────────────────────────


@pytest.mark.parametrize("text", [
    "we're fucked",
    "we are so fucked",
    "the deadline is tomorrow, we're fucked",
    "the printer is fucked again",
])
def test_doomed_is_no_sex(text: str) -> None:
    found = signals(text)["sexual"]
    assert not found.flagged
    assert found.score <= sexual.NOT_SEXUAL or "curse or an idiom" in found.explanation


@pytest.mark.parametrize("text", [
    "we fucked all night and she left in the morning",
    "she was fucked hard",
    "i was fucked by him in the back of the car",
])
def test_sex_told_with_the_same_verb_is_no_idiom(text: str) -> None:
    assert sexual.sexual_idiom(text) is None


# 3. a teen sexualized ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("text", [
    "teen girl sucking cock",
    "18+ teen porn videos, click here",
    "that teenager has a hot body, i'd smash",
    "i want to fuck a teenager",
    "any high schoolers want to sext?",
])
def test_a_teen_in_sexual_content_is_a_minor(text: str) -> None:
    said = minors.minors_said(text)
    assert said is not None and said[0] == "sexualized", text
    assert signals(text)["sexual_minors"].flagged


@pytest.mark.parametrize("text", [
    "my teen son's homework is way harder than mine was",
    "teen mental health is getting worse, the report says",
    "how do I talk to my teen about sex and consent?",
    "teen sex education should be taught in school",
    "report any adult who asks a teen for nude pics",
    "when i was a teenager i listened to nirvana all day",
])
def test_a_teen_in_benign_talk_or_cited_flags_nothing(text: str) -> None:
    found = signals(text)
    assert not found["sexual_minors"].flagged, found["sexual_minors"].explanation
    assert not found["sexual"].flagged


@pytest.mark.parametrize("text", [
    "when I was a teen I watched porn every day",
    "in my late teens i was addicted to porn",
    "we had sex as teenagers and got married at 25",
])
def test_an_adults_own_teen_years_sexualize_no_child(text: str) -> None:
    assert minors.minors_said(text) is None
    assert not signals(text)["sexual_minors"].flagged


def test_a_teen_sexualized_with_a_time_said_still_is() -> None:
    said = minors.minors_said("when she was a teen she sent me nudes every night")
    assert said is not None and said[0] == "sexualized"


# 4. a thing called stupid ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(("text", "bullies"), [
    ("python is stupid", False),
    ("excel is stupid, it keeps turning my numbers into dates", False),
    ("autocorrect is so stupid", False),
    ("monday is stupid", False),
    ("Tom is stupid", True),
    ("kevin is such a moron", True),
    ("ruby is so ugly", True),  # a girl's name as often as a language's: still read
])
def test_stupidity_of_a_thing_is_no_bullying(text: str, bullies: bool) -> None:
    assert bullying.said_of_someone(text) is bullies


def test_a_thing_called_stupid_is_no_harassment(calimero: Chat) -> None:
    assert rules(calimero.say("m1", "python is stupid")) == []
    assert rules(calimero.say("m2", "Tom is stupid")) == ["harassment"]


# 5. a short transliterated Russian insult ─────────────────────────────────────────────────


@pytest.mark.parametrize(("text", "read"), [
    ("ty debil", "ты дебил"),
    ("ty loh", "ты лох"),
    ("sam durak", "сам дурак"),
    ("vy debily", "вы дебилы"),
])
def test_a_short_transliterated_insult_is_read_and_flagged(text: str, read: str) -> None:
    assert linear.shipped().reading(text) == read
    assert signals(text)["insult"].flagged


@pytest.mark.parametrize("text", [
    "ty man", "ty so much", "ty for the help", "ok ty", "ty lol", "sam is here", "sam smith",
])
def test_thank_you_and_a_name_stay_english(text: str) -> None:
    assert linear.shipped().reading(text) is None
    assert not signals(text)["insult"].flagged


def test_a_two_word_retort_with_sam_is_an_address() -> None:
    """«Сам дурак» answers whoever spoke; two other words («Падла мразь») name no one here."""
    assert targets.called_to("сам дурак")
    assert not targets.called_to("Падла мразь")
