"""Calimero "No Harassment" (OpenAI-style harassment: language that harasses the one spoken
to): shapes ConvAbuse's train/valid abusive turns showed that the insult reading missed,
each beside the look-alike that must stay alone (banter, self-deprecation, an insult of a
thing, a quote, a question, a statement of fact). The lines are written here in those
shapes; ConvAbuse's test split was not read to choose them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.judge import targets
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules
from tests.judge.test_targets import CALIMERO


@pytest.mark.parametrize(("text", "harasses"), [
    # a name said alone, or as an address after an answer, is said to the one answered
    ("loser", True),
    ("Indeed moron", True),
    ("No slut", True),
    ("Basturd", True),                      # a misspelled name is still one
    ("i'm such a loser lol", False),        # self-deprecation
    ("no idiot would deploy on a friday", False),
    ('he called me "moron" in the review', False),   # quoted
    # the predicate: what the one spoken to is, said to him
    ("You are very annoying", True),
    ("your annoying", True),                # "you're annoying", as typed
    ("yes you are rude", True),
    ("you are a fucking tease", True),
    ("this error is very annoying", False),     # a thing
    ("you are not rude at all", False),         # negated
    ("if you are lazy with tests, ci catches it", False),   # of anyone
    # rejections
    ("I don't like you", True),
    ("My problem is you!", True),
    ("i don't like you using sudo for that", False),   # a habit, not the person
    ("no you smell", True),
    ("do you smell smoke?", False),
    ("do you smell?", False),               # a question
    # death wished on or ordered to the one spoken to
    ("no i would like if you die", True),
    ("Die", True),
    ("You go to die", True),
    ("Die... I forgot my keys again", False),   # an exclamation of dismay
    ("i would die for a pizza right now", False),
    ("the process will die if you kill it", False),
    ("Die Hard is on tonight", False),
    # orders that reject or degrade
    ("eliza, you want to shut up?", True),
    ("go away", True),
    ("suck dick", True),
    ("suckmy dick", True),
    ("the bug will go away after a restart", False),   # a statement
    ("this vacuum cleaner does not suck dust", False),
    # the reader's mother degraded
    ("I'm fucking your mom", True),
    ("your mama is so ugly people think it's halloween", True),
    ("your mom called, she says dinner is ready", False),
    ("say hi to your mum from me", False),
    # sex demanded of the one spoken to
    ("Have sex with me", True),
    ("yes, would you please give me a blowjob?", True),
    ("take off your clothes", True),
    ("she won't have sex with me anymore", False),   # of someone else
    ("they take off your clothes at the spa", False),
    ("give me a hand with the boxes", False),
])
def test_harassment_in_words(text: str, harasses: bool) -> None:
    assert targets.said_in_words(text) is harasses


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 12, 1, 10, 0, tzinfo=UTC), "room")


def test_a_low_scored_insult_in_words_is_queued_for_review(calimero: Chat) -> None:
    """The toxicity models score these low ("loser" 0.06, "I don't like you" 0.22): the
    words decide, and harassment is queued for a moderator, never sanctioned on its own."""
    for i, text in enumerate(("loser", "I don't like you", "You are very annoying")):
        out = calimero.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["harassment"], [("review", None)]), text


@pytest.mark.parametrize("text", ["you idiot", "you idiot!", "you idiot!!!", "get lost, loser!"])
def test_an_exclamation_after_the_insult_is_still_harassment(calimero: Chat, text: str) -> None:
    """The shared normalizer read "idiot!" as "idioti" (its "!" a leet "i"); the
    decision must not hang on that."""
    out = calimero.say("m1", text)
    assert (rules(out), actions(out)) == (["harassment"], [("review", None)])


def test_banter_and_things_are_left_alone(calimero: Chat) -> None:
    for i, text in enumerate(("i'm such a loser lol", "this error is very annoying",
                              "your mom called, she says dinner is ready",
                              "the bug will go away after a restart")):
        assert rules(calimero.say(f"m{i}", text)) == [], text


@pytest.mark.parametrize(("text", "harasses"), [
    # harassment by kind, not by the phrases ConvAbuse's train/valid turns happened to use:
    # the predicate with a word of wits, looks or worth it did not list
    ("you're insufferable", True),
    ("you are dumber than a rock", True),
    ("you are not very smart", True),
    ("okay, you aren't worthy anyways", True),
    ("no u are being nosy", True),
    ("you absolute buffoon", True),
    ("what a dolt you are", True),
    ("you're not the worst driver", False),     # negated
    ("you are smarter than you think", False),
    ("are you being lazy today, hmm?", False),  # a question of what he does, not what he is
    # said to several
    ("you guys are all idiots", True),
    ("y'all are pathetic", True),
    ("you guys are awesome", False),
    # a demeaning comparison
    ("you have the brain of a goldfish", True),
    ("you sound like a child", True),
    ("my dog is smarter than you", True),
    ("you sound like you have a cold", False),
    ("you look like your dad", False),
    ("you have the face of an angel", False),   # likened to no lowly thing
    ("you sound like a rock star", False),       # "rock" does not end the comparison
    ("you look like a baby in this photo", False),
    # wits mocked
    ("can you even read?", True),
    ("you know nothing", True),
    ("you have no brain", True),
    ("your iq is lower than room temperature", True),
    ("you have no idea how much I missed you", False),
    ("can you even read that log from here", False),
    ("i don't know shit about python", False),
    # sent away or silenced
    ("nobody asked", True),
    ("get out!", True),
    ("kiss my ass", True),
    ("stop being so annoying", True),
    ("learn to read", True),
    ("crawl back under your rock", True),
    ("how do I get out of vim", False),
    ("who asked for this feature?", False),
    ("stop being so hard on yourself", False),
    ("learn to read the docs first, it's in the faq", False),
    ("shut it down", False),
    ("oh shut it, you know i'm right", False),  # a hush between friends, like "zip it"
    ("zip it", False),
    # the chatbot's own name for what it is
    ("dumb bot", True),
    ("you stupid robot", True),
    ("the bot is stupid about regexes", False),
    ("ugh, stupid computer", False),            # frustration at one's own machine
    # sex asked of the one spoken to
    ("would you like to fuck?", True),
    ("do you want to have sex?", True),
    ("let's have sex", True),
    ("let's have dinner", False),
    ("make love not war", False),
    ("do you ever fuck up your config?", False),   # a mistake, not sex
    ("can you bang out a fix", False),
    # a word that names a person only when said to one
    ("you're a coward", True),
    ("the rat ran across the floor", False),
])
def test_harassment_by_kind(text: str, harasses: bool) -> None:
    assert targets.said_in_words(text) is harasses


def test_a_demeaning_comparison_is_queued_not_sanctioned(calimero: Chat) -> None:
    """New shapes read as harassment go to a moderator like the others: queued, never a
    sanction of their own."""
    for i, text in enumerate(("you have the brain of a goldfish", "you guys are all idiots",
                              "can you even read?")):
        out = calimero.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["harassment"], [("review", None)]), text
