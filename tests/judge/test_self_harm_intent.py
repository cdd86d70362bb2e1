"""Self-harm intent said in the guideline's words (``selfharm.intent_said``): a plan, a time,
a goodbye note, not wanting to wake up, a method got; each beside its look-alike, which says
no intent: hyperbole, lyrics or words quoted, someone else, the past and recovery, a
question. And the author's denial ("I'm not suicidal") holds the head under its flag point.
The cascade tests go through ``Cascade.judge`` with the shipped models, as a chat does."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, selfharm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("text", "kind"), [
    ("I think I'm going to kill myself tonight. Nobody would notice anyway", "plan"),
    ("I'm thinking of ending it all. Title says it all", "plan"),
    ("i'm finally ready to end my life", "plan"),
    ("I'll kill myself after the exams are over, I've decided", "plan with a time"),
    ("I wrote a note to my parents. I told them I loved them and that I was sorry", "goodbye note"),
    ("I don't want to wake up tomorrow", "not waking up"),
    ("honestly I'd rather never wake up from my sleep", "not waking up"),
    ("I won't be here much longer, I just wanted someone to know", "not here tomorrow"),
    ("I got the gun. It's over, I'm driving to a quiet park", "method got"),
    ("I’m going to end it all", "plan"),  # a typographic apostrophe
])
def test_intent_said_in_the_guidelines_words(text: str, kind: str) -> None:
    said = selfharm.intent_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "if this build fails again i'm going to kill myself",       # a condition: hyperbole
    "i'm going to kill myself lol, three meetings in a row",    # laughter: hyperbole
    'she sang "I\'m going to end it all tonight" and the crowd went wild',  # lyrics quoted
    "my sister is going to kill herself, what do I do?",        # someone else
    "she told me she's going to end her life, I called a hotline",
    "8 years ago I was going to kill myself. My life is so much better now",  # the past
    "am I going to end it all like my dad?",                     # a question
    "I wrote a note to my landlord about the broken heater",    # a note, no goodbye
    "I wrote a note to my mom, sorry I forgot the milk",        # ... and a note's apology
    "I got the gun for deer season, finally",                   # a method got, no dying
    "I'm going to end the meeting early today",                 # ending something else
])
def test_its_look_alikes_say_no_intent(text: str) -> None:
    assert selfharm.intent_said(text) is None


def test_not_waking_up_is_read_whole() -> None:
    """"I don't want to wake up" is the guideline's example of intent; "I don't want to wake
    up early" is a lie-in, and the pattern must not read it as intent."""
    assert selfharm.intent_said("I don't want to wake up") is not None
    assert selfharm.intent_said("I don't want to wake up early on Saturday") is None


@pytest.mark.parametrize(("text", "denied"), [
    ("I am not suicidal, so I don't want anyone to think I am in dire need", True),
    ("I'm not suicidal (this time) but the internal fighting never stops", True),
    ("even when I'm not suicidal I know I must die", False),   # no denial
    ("I am not sure what to do with my life", False),
])
def test_intent_denied(text: str, denied: bool) -> None:
    assert (selfharm.intent_denied(text) is not None) is denied


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


def _flagged(c: Cascade, text: str) -> bool:
    th = c.heads.thresholds.get("self_harm", DEFAULT_THRESHOLDS["self_harm"])
    return c.judge(text, "chat").scores["self_harm"] >= th


@pytest.mark.parametrize(("text", "flagged"), [
    ("I think I'm going to kill myself tonight. I don't really know what to write", True),
    ("i'm going to kill myself lol this build failed again", False),
    ("i want to die lol", False),
    ("i want to die", True),
    ("I don't want to wake up tomorrow. I'm so tired of all of it", True),
    ("ugh I don't want to wake up early tomorrow, it's my day off", False),
])
def test_the_cascade_flags_intent_and_not_its_look_alikes(
        cascade: Cascade, text: str, flagged: bool) -> None:
    assert _flagged(cascade, text) is flagged


def test_a_denial_holds_the_head_under_its_flag_point(cascade: Cascade) -> None:
    text = ("I'm not suicidal, I just feel empty. Nothing matters and I don't know why I "
            "bother getting up, I sleep all day and I don't enjoy anything I used to love")
    j = cascade.judge(text, "chat")
    assert j.scores["self_harm"] <= selfharm.NOT_SELF_HARM


LONG = ("I have been trying so hard for months now and I {words}. My friends have stopped "
        "calling me and I spend most days in my room, I don't eat much and I barely sleep, "
        "and I don't see it getting better for me")


@pytest.mark.parametrize(("words", "opens"), [
    ("can't do this anymore", True),
    ("am giving up", True),
    ("feel like a burden to everyone", True),
    ("still enjoy my weekends", False),
])
def test_hopeless_words_open_the_gate_of_a_long_post_about_oneself(words: str, opens: bool) -> None:
    assert ("self_harm" in gates.gated(LONG.format(words=words))) is opens


def test_hopeless_words_in_a_chat_line_open_no_gate() -> None:
    """A chat line is not a post about one's life: "I give up on this bug" opens nothing."""
    assert "self_harm" not in gates.gated("ugh i give up on this bug, can't do this anymore")


@pytest.mark.parametrize(("text", "laughed"), [
    ("i want to die lol", "want to die"),
    ("gonna kms lmao 😂", "kms"),
    ("i want to die", None),                     # said, not laughed off
    ("lol ok. i want to die, honestly", None),   # the laugh is another sentence's
])
def test_laughed_off(text: str, laughed: str | None) -> None:
    assert selfharm.laughed_off(text) == laughed


@pytest.mark.parametrize(("text", "kind"), [
    ("I counted out and took 52 pills of 200mg ibuprofen. Should I be worried?", "an overdose taken"),
    ("I swallowed all of my pills", "an overdose taken"),
    ("Tonight's the night. No one wants me anymore. Goodbye.", "a time and a goodbye"),
    ("I wrote a note. I told my parents I loved them and that it's not their fault", "goodbye note"),
])
def test_an_act_done_or_a_goodbye_is_said(text: str, kind: str) -> None:
    said = selfharm.intent_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "I took 2 tablets of ibuprofen for my headache",               # a dose, no overdose
    "tonight is the night! party at mine, goodbye sobriety lol",   # a party
    "I wrote a note. see you at 5",                                # a note, no farewell
])
def test_a_dose_a_party_and_a_note_are_no_intent(text: str) -> None:
    assert selfharm.intent_said(text) is None


@pytest.mark.parametrize(("text", "cause"), [
    ("this lab report makes me want to die, 12 pages", None),       # no trivial word known
    ("the final exam made me want to die", "exam"),
    ("I want to die, the meeting got moved to 7am", "meeting"),
    ("we lost again, I wanted to die of shame", "shame"),
    # the author's life behind the wish: kept
    ("the exams made me want to die and honestly I still want to end it", None),
    ("I want to die, my life is one long exam", None),
    ("I want to die. the exam is tomorrow", None),     # the wishing sentence gives no cause
])
def test_exaggerated_names_a_passing_cause_and_no_life(text: str, cause: str | None) -> None:
    assert selfharm.exaggerated(text) == cause


@pytest.mark.parametrize(("text", "flagged"), [
    ("the final exam made me want to die", False),
    ("I want to die, the meeting got moved to 7am", False),
    ("I want to die, my life is one long exam", True),
])
def test_hyperbole_over_a_passing_cause_is_held_under_the_flag(
        cascade: Cascade, text: str, flagged: bool) -> None:
    assert _flagged(cascade, text) is flagged
