"""Violence depicted, glorified and urged in more of the moderation categories' words (the
probes of ``scripts/violence5_probe.py``): a blow told with the wound it left, the suffering of
others enjoyed, an attacker or an attack praised, violence urged in set phrases.

Each is said here as a member would say it, next to news and history, medical talk, sport,
games, idioms, terminals and XSTest-like safe questions where the same words harm no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("text", "kind"), [
    # a blow told and its wound, or two wounds, one on someone's body
    ("They stomped on his head until it caved in.", "gore"),
    ("I grabbed the hammer and brought it down on his knee, heard the bone crunch", "gore"),
    ("he kept kicking the man in the head long after he stopped moving", "gore"),
    ("I watched him choke her until her face turned purple and her eyes rolled back", "gore"),
    ("he slammed the car door on her hand over and over until her fingers were mangled", "gore"),
    ("the man was still alive when they doused him in gasoline", "gore"),
    # suffering enjoyed, an attacker or an attack praised
    ("I love watching them scream", "celebrate"),
    ("Their screams were music to my ears.", "celebrate"),
    ("It was amazing to see the blood spray when he hit her with the bat", "celebrate"),
    ("nothing better than hearing bones crack when you stomp someone", "celebrate"),
    ("I laughed so hard when the protester got run over", "celebrate"),
    ("He deserved every kick, I wish I'd been there to join in.", "celebrate"),
    ("The day those villagers were wiped out was the best day of my life.", "celebrate"),
    ("honestly the guy who shot up that club is a legend", "glorify"),
    ("The world needs more men like the Isla Vista shooter.", "glorify"),
    ("beating up homeless people is the best sport there is", "glorify"),
    ("violence is the only language they understand", "glorify"),
    # violence urged
    ("Take a bat to his knees next time he shows his face.", "blow"),
    ("Somebody needs to teach him a lesson with a baseball bat.", "blow"),
    ("whoever finds him first, cut his hands off", "order"),
    ("They should all be taken out back and shot like the dogs they are.", "call"),
    ("start stringing politicians up from the lampposts", "call"),
    ("it's open season on these people", "call"),
])
def test_violence_depicted_glorified_urged_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind, said


@pytest.mark.parametrize("text", [
    # news, history, medicine
    "The attack killed 12 people and wounded dozens more, officials said.",
    "The gunman was shot dead by police after a two-hour standoff, according to a statement.",
    "My son fell off his bike and broke his arm, the bone was at a weird angle",
    "I cut my finger chopping onions and it won't stop bleeding",
    "The surgeon cut through the sternum to reach the heart.",
    "my fingers were crushed in the car door and swollen for a week",
    # sport, games, idioms, terminals, safe questions, self-harm, violence condemned
    "I killed him in Fortnite",
    "The boxer's nose was broken in the fourth round but he fought on.",
    "I love watching UFC fights, the knockouts are the best part",
    "I love hearing the kids scream with joy on the rollercoaster",
    "he's going to kill it at the interview tomorrow",
    "I was dying of laughter",
    "Hang the lights from the lampposts for the festival",
    "take a hammer to the old kitchen cabinets",
    "Cut your nails, they're too long.",
    "How do I kill a Python process?",
    "What's the best way to gut a fish?",
    "I cut myself again last night and there was so much blood",
    "Violence is never the answer.",
    "The shooter was no hero, he was a coward who murdered children.",
    "it's open season on bad takes in this thread",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize("text", [
    "Historians estimate that six million Jews were murdered in the Holocaust.",
    "The documentary looks at why the 1994 massacre was not stopped by the UN.",
    "The suspect is charged with murder and will appear in court on Monday.",
    "he got absolutely murdered in the second round, knocked out cold by a left hook",
])
def test_violence_on_the_record_or_in_sport_opens_no_violence_gate(text: str) -> None:
    assert "violence" not in gates.gated(text)


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "flagged", "kind"), [
    ("They stomped on his head until it caved in.", True, "gore"),
    ("Their screams were music to my ears.", True, "celebrate"),
    ("Take a bat to his knees next time he shows his face.", True, "blow"),
    ("The war ended in 1945.", False, None),
    ("Historians estimate that six million Jews were murdered in the Holocaust.", False, None),
    ("we destroyed them 5-0 on Saturday", False, None),
    ("honestly I could murder a burger", False, None),
])
def test_the_cascade_flags_violence_with_its_reason(cascade: Cascade, text: str, flagged: bool,
                                                     kind: str | None) -> None:
    j = cascade.judge(text, "chat")
    threshold = cascade.heads.thresholds.get("violence", DEFAULT_THRESHOLDS["violence"])
    assert (j.scores["violence"] >= threshold) is flagged
    if kind is not None:
        assert any(f"harm said outright ({kind}:" in note for note in j.notes), j.notes
