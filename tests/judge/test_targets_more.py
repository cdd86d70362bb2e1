"""Calimero "No Harassment", issue 10: more English shapes that insult the one spoken to by
their words alone (chosen on ConvAbuse train/valid turns, Ubuntu IRC dev lines as
negatives; the test split was never read). The lines are written here in those shapes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatwarden.detect.judge import targets
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules

CALIMERO = Path(__file__).resolve().parents[2] / "policies" / "calimero.en.yaml"


@pytest.mark.parametrize(("text", "in_words"), [
    # a line that is a name and at most two more words: the toxicity models score it low
    ("loser", True),
    ("Indeed moron", True),
    ("tell me idiot", True),
    ("shit eating scum", True),
    ("what an idiot", False),                        # said of someone
    ("I'm such an idiot", False),
    ("Pig", False),                                  # names a thing or a person too
    ("no, the loser of the vote was the bot", False),  # longer: waits for toxicity
    # complaints that call the one spoken to what he is
    ("You are very annoying", True),
    ("you are lazy too !", True),
    ("you are very boring", True),
    ("you are not boring at all", False),
    ("this meeting is boring", False),
    ("you are being rude", False),                   # of conduct: moderators say it
    # a rejection
    ("I don't like you", True),
    ("i don't like you using sudo for that", False),
    # "die" as an order
    ("Die", True),
    ("die eliza", True),
    ("die die now and die quickly", True),
    ("the daemon crashed and died.", False),
    ("my disk will die soon", False),
    ("diesel", False),
    # sexual orders
    ("suck cock", True),
    ("suckmy dick", True),
    ("have sex with me", True),
    ("give me a fuck", True),
    ("take off your clothes", True),
    ("fuck me, the build broke again", False),       # a curse, not an advance
    ("give me a second to check", False),
])
def test_more_english_insults_in_words(text: str, in_words: bool) -> None:
    assert targets.said_in_words(text) is in_words


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 11, 16, 10, 0, tzinfo=UTC), "room")


def test_harassment_queues_a_bare_name_and_a_complaint_for_review(calimero: Chat) -> None:
    for i, text in enumerate(("loser", "you are very annoying", "die eliza")):
        out = calimero.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["harassment"], [("review", None)]), text
