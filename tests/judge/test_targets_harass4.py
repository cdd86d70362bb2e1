"""Calimero "No Harassment" said to the reader in shapes beyond a name-word (harass4): the
reader degraded by a noun phrase, rejected, told to die or hurt themselves, shamed for the
body, silenced with contempt; each beside the look-alike that must stay alone (self-talk,
a report, support, an idiom, tech talk). The lines are written here, not taken from any
evaluation set.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.judge import selfharm, targets
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules
from tests.judge.test_targets import CALIMERO


@pytest.mark.parametrize(("text", "harasses"), [
    # degraded by a noun phrase of worth
    ("you're nothing but human trash", True),
    ("you were an accident and everyone knows it", True),
    ("you are a stain on this server", True),
    ("what a sad little creature you are", True),
    ("you'll never amount to anything", True),
    ("I'm human trash today lol", False),                # self-talk
    ("you made a mistake in line 4", False),            # a mistake made, not the person
    ("you are a burden to no one", False),              # support
    ("you are not a burden", False),
    # rejected
    ("not a single person here likes you", True),
    ("nobody would ever date someone like you", True),
    ("your friends can't stand you", True),
    ("this chat would be nicer without you", True),
    ("nobody will ever love me", False),                # self-talk
    ("no one wants you to fail", False),
    ("nobody loves you more than I do", False),
    ("no one will ever love you the way your mom does", False),
    ("the build is faster without you touching it", False),
    ("don't listen to people who say nobody likes you", False),   # reported, in support
    ("nobody cares if you use vim or emacs", False),
    # death or harm wished on the reader, and self-harm urged on him
    ("i hope you get run over", True),
    ("you should be put down", True),
    ("go swallow some bleach", True),
    ("i hope you feel better soon", False),
    ("i hope you don't get sick", False),
    ("someone told him to kys and got banned", False),  # a report
    ("kill the process, then restart it", False),       # tech talk
    ("you killed it tonight", False),                   # an idiom
    # shamed for the body
    ("your voice makes me want to puke", True),
    ("no wonder you're still single", True),
    ("put the fork down, fatso", True),
    ("have you looked in the mirror? you look amazing", False),
    ("your cooking makes me hungry", False),
    # contempt ordered
    ("sit down and shut up", True),
    ("keep crying", True),
    ("slither back under your rock", True),
    ("go into the cave to find the key", False),         # a game
    ("stop breathing so loud, I can hear you on the mic", False),
    ("go cry it out, you'll feel better", False),
])
def test_harassment_of_the_reader_beyond_a_name(text: str, harasses: bool) -> None:
    assert targets.said_in_words(text) is harasses


def test_love_denied_is_no_banter() -> None:
    """ "love you" marks banter; "nobody will ever love you" rejects, and lets the name
    after it insult."""
    assert not targets.affectionate("nobody will ever love you, you fat pig")
    assert targets.insults("nobody will ever love you, you fat pig")
    assert targets.affectionate("u boring biatch! luv u")


def test_love_said_to_everyone_is_banter() -> None:
    """ "love y'all" after a mock hate is the same endearment as "love you", said to a group."""
    line = "I hate you guys so much lmao (jk love y'all)"
    assert targets.affectionate(line)
    assert not targets.insults(line)
    assert targets.insults("I hate you guys so much")


def test_others_words_reported_aim_no_insult() -> None:
    """What others said of the reader, reported to him, is theirs ("whoever told you you're
    ugly was lying"); the author's own is his ("I told you you're an idiot")."""
    assert not targets.insults("whoever told you you're ugly was lying")
    assert not targets.said_in_words("never let anyone tell you you're a failure")
    assert targets.said_in_words("I told you you are an idiot")
    assert targets.said_in_words("let me tell you, you're a joke")


@pytest.mark.parametrize("text", ["drink bleach", "slit your wrists",
                                  "do everyone a favor and kill yourself"])
def test_self_harm_urged_is_harassment_too(text: str) -> None:
    """The self_harm label reads these as self-harm urged on the reader; the insult reads
    the same words, so the two labels agree."""
    assert selfharm.self_harm_said(text) is not None
    assert targets.said_in_words(text)


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 12, 1, 10, 0, tzinfo=UTC), "room")


def test_harassment_of_the_reader_is_queued_not_sanctioned(calimero: Chat) -> None:
    """Harassment is assist mode: queued for a moderator, never a sanction of its own."""
    for i, text in enumerate(("You are a worthless piece of garbage, nobody will ever love you",
                              "the world would be better without you",
                              "your face makes me want to throw up")):
        out = calimero.say(f"m{i}", text)
        assert "harassment" in rules(out), text
        assert all(kind == "review" for kind, _ in actions(out)), text


def test_self_talk_and_support_are_left_alone(calimero: Chat) -> None:
    for i, text in enumerate(("nobody will ever love me", "you are not worthless",
                              "he told me to kill myself")):
        assert "harassment" not in rules(calimero.say(f"m{i}", text)), text
