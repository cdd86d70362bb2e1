"""Casual texting (SMS ham's register): swearing that names no one is no insult and no harm.

The lines are written here in the shapes SMS ham's training and validation rows showed
(``realchat --source sms-ham-valid``); the test split's rows are not copied.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, targets


@pytest.mark.parametrize(("text", "insults"), [
    ("what the fuck you think is up", False),          # swearing in a question
    ("where the fuck u at", False),
    ("the fuck you want from me at 3am", False),
    ("well fuck you then", True),                       # the order itself, said to someone
    ("fuck you", True),
    ("what the fuck you idiot", True),                  # a name still names
])
def test_what_the_fuck_is_no_fuck_you(text: str, insults: bool) -> None:
    assert targets.insults(text) is insults


@pytest.mark.parametrize(("text", "insults"), [
    ("those idiots at the bank kept me waiting, told you", False),   # said of others
    ("phones are useless garbage, you should get a pager", False),  # of a thing
    ("my boss is such an idiot, you know", False),
    ("ok i'll bitch at you about it tomorrow", False),              # a name as a verb
    ("you bitch, answer me", True),
    ("thanks idiot, you broke it", True),                           # said to the one addressed
    ("you useless idiot", True),
])
def test_an_english_name_said_of_others_beside_you_is_no_insult(text: str, insults: bool) -> None:
    assert targets.insults(text) is insults


def test_what_the_fuck_is_no_sexual_advance() -> None:
    assert not targets.advance("what the fuck you think you doing")
    assert targets.advance("i want to fuck you")


@pytest.mark.parametrize(("text", "threat", "violence"), [
    ("you are so fucking annoying today", False, False),   # hostile, names someone, no harm
    ("shut up he is such a dick", False, False),
    ("just block her, the bitch will say anything", False, False),
    ("stupid bitch, someone should drag her out by the hair", True, False),  # harm worded
    ("I will kill you", True, True),                       # harm said outright
    ("you deserve to die", True, True),                    # a death wished
])
def test_hostility_opens_the_threat_gate_only_where_harm_is_worded(
        text: str, threat: bool, violence: bool) -> None:
    opened = gates.gated(text, toxicity=0.9)
    assert ("threat" in opened) is threat
    assert ("violence" in opened) is violence


def test_a_calm_line_opens_no_threat_gate_on_its_pronoun() -> None:
    assert "threat" not in gates.gated("you are so sweet today", toxicity=0.1)


@pytest.mark.parametrize(("text", "opens"), [
    ("apes will fight to the death to keep something", False),   # the idiom
    ("i was bored to death to be honest", False),
    ("death to all traitors", True),                                # the slogan
    ("they chanted death to the king", True),
])
def test_death_to_is_a_slogan_not_the_idiom(text: str, opens: bool) -> None:
    assert ("threat" in gates.gated(text)) is opens


@pytest.mark.parametrize(("text", "insults"), [
    ("no word from u all day u boring biatch! luv u", False),   # an endearment: banter
    ("yes baby! I want your pussy", False),                     # partners' sexting
    ("u boring biatch, answer me", True),                       # the same name, no marker
    ("I want your pussy", True),                                # an advance
    ("lol you idiot", True),                                    # laughter mocks
    ("ну ты и дебил :)", True),                                 # Russian is not read so
])
def test_affection_makes_names_banter(text: str, insults: bool) -> None:
    assert targets.insults(text) is insults


def test_affection_does_not_excuse_harm() -> None:
    assert targets.said_in_words("i will kill you babe")
