"""Hate and insults in spelling variations (HateCheck F25-F29), read back by the judge: a
lowercase article joined to letters written apart ("a m o r o n"), a negation glued to the next
word ("can'tstand"), an intensifier glued to its predicate, a five-letter predicate missing a
vowel, and the typos of an insult said to the reader, which the toxicity model reads through
``offensive_respelled``. Lines written here, not taken from any data set."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.group_spelling import offensive_respelled, respelled
from chatwarden.detect.judge.groups import said_of_group
from chatwarden.detect.normalize import normalize
from tests.judge.test_leftovers import signals


@pytest.mark.parametrize(("written", "read"), [
    ("every woman is a m o r o n.", "every woman is a moron."),
    ("i can'tstandwomen.", "i can't stand women."),
    ("women are utterlyworthless.", "women are uterly worthles."),
    ("get ridof women now.", "get rid of women now."),
    ("women make me scik.", "women make me sick."),
    ("i can't stnd muslims", "i can't stand muslims"),
    ("i can'tstanddisabledpeople.", "i can't stand disabled people."),
    ("refugees are filty", "refuges are filthy"),
    ("muslims are idot and trsh", "muslims are idiot and trash"),
])
def test_the_group_frames_read_the_spelling_back(written: str, read: str) -> None:
    assert respelled(normalize(written).text) == read
    assert said_of_group(written) is not None


@pytest.mark.parametrize("word", ["apathetic", "aroma", "band", "looser", "slim", "maroon"])
def test_english_words_stay_as_written(word: str) -> None:
    assert respelled(word) == word


@pytest.mark.parametrize(("written", "read"), [
    ("ur such an idoit", "ur such an idiot"),
    ("you are abitch", "you are a bitch"),
    ("youareanidiot", "you are an idiot"),
    ("the screw is looser now", "the screw is looser now"),
    ("#stopasianhate", "#stopasianhate"),
    ("the garage heaters", "the garage heaters"),  # words of English, one letter from abuse
    ("killall blah", "killall blah"),  # glued, naming no one: a command (Ubuntu IRC)
    ("he typed 'gas the jwes'", "he typed 'gas the jwes'"),  # a group's typo: the frames' work
])
def test_the_model_reads_an_insult_typed_wrong(written: str, read: str) -> None:
    assert offensive_respelled(written) == read


@pytest.mark.parametrize("text", [
    "ur such an idoit", "you're so stuipd it hurts", "you are a i.d.i.o.t",
    "You are a b i t c h and nothing more.",
])
def test_an_insult_in_a_spelling_variation_is_an_insult(text: str) -> None:
    assert signals(text)["insult"].flagged


@pytest.mark.parametrize("text", [
    "the screw is looser now, tighten it", "the maroon jersey looks great on you",
    "#stopasianhate", "you are so smrat", "U S A! U S A!",
])
def test_look_alikes_stay_clean(text: str) -> None:
    found = signals(text)
    assert not found["insult"].flagged and not found["hate"].flagged
