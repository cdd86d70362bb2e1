"""Calimero "No Harassment" of someone other than the reader: bullying in the third person
("she's such a fat ugly cow lol", "nobody likes him") is queued for a moderator like an
insult of the one spoken to; a name said of oneself, of a thing, reported, negated or used
as praise stays alone. Lines written here, not taken from any data set.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chatwarden.detect.judge.bullying import said_of_someone
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules
from tests.judge.test_targets import CALIMERO


@pytest.mark.parametrize(
    ("text", "bullies"),
    [
        # he, she, someone pointed at: a name or a word of wits, looks or worth
        ("well he is an idiot", True),
        ("she's such a fat ugly cow lol", True),
        ("he's so stupid it hurts", True),
        ("the new guy is a total dork", True),
        ("her face is so ugly", True),
        ("she's the ugliest girl in school", True),
        ("he is not an idiot, he just made a mistake", False),  # negated
        ("he was a loser in the 2020 election", False),  # the past: a fact
        ("he is a pig farmer", False),  # a name inside a compound
        ("he's stupid good at this game", False),  # an intensifier
        ("he's a killer player", False),  # praise
        ("she's a bad bitch", False),  # slang praise
        ("she thinks she's ugly but she's beautiful", False),  # her own view
        ("if he is an idiot then so am I", False),  # a hypothesis
        ("is he an idiot?", False),  # a question
        # a bare name or "they": a noun that names only a person
        ("Tom is such a loser", True),
        ("Brian is retarded lmao", True),
        ("Lisa is a stupid cow", True),
        ("they're a bunch of morons", True),
        ("everyone laugh at Kevin, he's a retard", True),
        ("karma is a bitch", False),  # an idiom
        ("spinrite is garbage, don't use it", False),  # a program
        ("Kevin is a retired firefighter", False),
        ("they are stupid expensive", False),  # things, an intensifier
        ("Homer Simpson is an idiot, that's the joke", False),  # not a name at a clause start
        ("the demo works but is too ugly to ship", False),  # "is" is no name and "s"
        # "what a loser he is", rejection
        ("what a loser he is", True),
        ("look at that loser Tom, nobody likes him", True),
        ("everyone hates her lol", True),
        ("nobody wants to sit with him", True),
        ("nobody likes him more than I do", False),
        ("everyone hates her cooking", False),
        ("nobody likes mondays", False),
        # a demeaning comparison, wits mocked
        ("he's dumber than a rock", True),
        ("she sounds like a toddler", True),
        ("my dog is smarter than him", True),
        ("he's got the IQ of a potato", True),
        ("she's got no brain", True),
        ("he sounds like a rock star", False),
        ("she looks like a baby in this photo", False),
        # the look-alikes: oneself, a thing, work, a report, a quote, a pet, affection
        ("I'm such an idiot", False),
        ("we are such idiots, we locked ourselves out", False),
        ("this game is stupid", False),
        ("his code is garbage", False),  # the work, not the person
        ("he called me an idiot", False),
        ("she said he is an idiot", False),
        ('the sign said "he is an idiot" in red', False),
        ("my cat is so stupid, she fell off the couch", False),
        ("he's such a dork lol, love him <3", False),
    ],
)
def test_harassment_said_of_someone(text: str, bullies: bool) -> None:
    assert said_of_someone(text) is bullies


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 12, 2, 10, 0, tzinfo=UTC), "room")


def test_bullying_is_queued_for_review_never_sanctioned(calimero: Chat) -> None:
    """The toxicity models score these low: the words decide, and a moderator confirms."""
    for i, text in enumerate(
        ("he's so stupid it hurts", "nobody likes him", "Tom is such a loser", "what a loser he is")
    ):
        out = calimero.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["harassment"], [("review", None)]), text


def test_names_of_oneself_things_and_reports_stay_alone(calimero: Chat) -> None:
    for i, text in enumerate(
        (
            "I'm such an idiot",
            "this game is stupid",
            "his code is garbage",
            "he called me an idiot",
            "he's a killer player",
        )
    ):
        assert rules(calimero.say(f"m{i}", text)) == [], text
