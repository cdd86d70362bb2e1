"""Calimero "No Harassment" of the reader with no name said to him (harass5,
``mockery.mocked``): wits mocked as a question or a dare, contempt dismissal, belittling
comparisons, the idiot who made it; each beside the look-alike that must stay alone
(self-deprecation, a report, a quote, the same words about a thing, teasing). The lines are
written here, not taken from any evaluation set or from the probe script.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.judge import mockery
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules
from tests.judge.test_targets import CALIMERO


@pytest.mark.parametrize(("text", "mocks"), [
    # wits mocked
    ("do u even have two brain cells", True),
    ("how dumb are u", True),
    ("use your head next time", True),
    ("is there anything inside your thick skull", True),
    ("r u really this dense", True),
    ("do you even have time for this?", False),         # asks about time, not wits
    ("how dumb am I, I forgot again", False),            # self-deprecation
    ("use your head torch in the cave", False),          # the dare goes on
    ("he asked if I even have a brain", False),          # a report
    ("if you are always this slow, restart the router", False),
    # dismissed with contempt
    ("get lost, you little creep", True),
    ("get out of my sight.", True),
    ("seethe harder", True),
    ("stay salty", True),
    ("get out the rat poison, they're back", False),     # a thing fetched
    ("get out of my sight, it's too bright", False),
    ("stay salty snacks are the best", False),
    ("run along now, the shop closes at six", False),
    # belittled by a comparison
    ("my hamster is smarter than you", True),
    ("a five year old could do your job", True),
    ("my dog is smarter than me honestly", False),      # self-deprecation
    ("a kid could do this puzzle faster than this app loads", False),
    # the idiot who made it
    ("which idiot programmed this", True),
    ("what kind of moron would write this", True),
    ("only a total idiot would say that", True),
    ("who's the idiot in the third act?", False),       # a part in a story
    ("only an idiot would skip the backups", False),    # a rule, not the reader's act
    ('she wrote "who is the moron that made this" on the wall', False),
])
def test_mockery_of_the_reader(text: str, mocks: bool) -> None:
    assert mockery.mocked(text) is mocks


def test_affection_is_banter() -> None:
    assert mockery.mocked("how dumb are you")
    assert not mockery.mocked("how dumb are you lol love you")


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 12, 1, 10, 0, tzinfo=UTC), "room")


def test_mockery_is_queued_not_sanctioned(calimero: Chat) -> None:
    """Harassment is assist mode: queued for a moderator, never a sanction of its own."""
    for i, text in enumerate(("do you even have a brain cell", "get out of my face",
                              "which moron wrote this")):
        out = calimero.say(f"m{i}", text)
        assert "harassment" in rules(out), text
        assert all(kind == "review" for kind, _ in actions(out)), text


def test_look_alikes_are_left_alone(calimero: Chat) -> None:
    for i, text in enumerate(("how stupid am I lol", "get out of my face, mosquito",
                              "a toddler could do better than this UI")):
        assert "harassment" not in rules(calimero.say(f"m{i}", text)), text
