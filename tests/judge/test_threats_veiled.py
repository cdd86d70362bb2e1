"""Threats in their veiled and conditional shapes (the probes of ``scripts/threat2_probe.py``):
harm implied to the reader or the reader's people, and harm made conditional on what the reader
does. Each is said here as a member would say it, next to the purchases, wet floors, errands,
restarts, jobs, sport and banter where the same words threaten no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("threat", "look_alike"), [
    # regret and payment promised; a purchase, a habit, a hangover, a rematch
    ("you'll regret this", "you'll regret not buying it"),
    ("you're going to regret crossing me", "you're going to regret staying up so late"),
    ("you'll regret this, I promise you", "you'll regret this haircut in a week"),
    ("I'll make you pay for this", "I'll make you pay for dinner next time"),
    ("you'll pay for what you did", "you'll pay for this tomorrow morning, drinking that much"),
    ("you'll be sorry when I'm done with you", "you'll be sorry you missed the concert"),
    # a back to watch, an eye to keep open; a wet floor, a lift, a cat
    ("better watch your back from now on", "watch your back, the floor is wet"),
    ("watch your back", "watch your back when lifting, bend your knees"),
    ("you better sleep with one eye open", "my cat attacks feet at night, I sleep with one eye open"),
    # the reader's people unsafe; car seats, servers
    ("your family won't be safe", "your family won't be safe in that car without proper car seats"),
    ("your kids won't be safe if you go to the police",
     "your kids won't be safe if you don't buckle them in"),
    ("it would be a shame if something happened to your kids",
     "would be a shame if something happened to the build before the release"),
    ("your days are numbered", "Windows 7's days are numbered"),
    # found, hunted; a link, a dentist, a lost friend
    ("I will find you, wherever you hide", "I'll find you a link"),
    ("you better hope I never find you", "don't worry if you get lost at the festival, I'll find you"),
    ("they'll never find your body", "they never found the bug"),
    ("you won't live to see next week", "you won't see the update until next week"),
    # a saying used, and one talked about
    ("snitches get stitches", "snitches get stitches is such a dumb saying"),
    ("people who talk like that tend to get hurt", "people who ride without helmets tend to get hurt"),
    # provoked: touched, said, kept talking; a job, a file, the channel, a restart
    ("touch my car again and you're dead", "touch that file again and the build breaks"),

    ("say that again and see what happens", "run it again and see what happens"),
    ("keep talking and see what happens", "keep talking, I'm listening"),
    ("if I ever see you again you're dead", "if I ever see you again I'm buying you a beer"),
    ("one more word and you're dead", "one more commit and you're done"),
    ("talk to my girl again and you'll wake up in the hospital",
     "ride without a helmet and you'll wake up in the hospital"),
    ("mess with me again and you'll disappear", "do that again and I'll ban you from the channel"),
    ("keep it up and you won't wake up tomorrow", "keep it up and you'll make the team"),
])
def test_a_veiled_threat_is_read_and_its_look_alike_is_not(threat: str, look_alike: str) -> None:
    said = harm.harm_said(threat)
    assert said is not None and said[0] == "veiled", said
    assert harm.harm_said(look_alike) is None


@pytest.mark.parametrize(("threat", "kind", "look_alike"), [
    ("do that again and I'll end you", "intent", "do that again and I'll kill the job"),
    ("lay a finger on her again and you're a dead man", "threat", "do that again and I'll end the call"),
])
def test_a_provocation_that_promises_harm_outright_keeps_its_frame(threat: str, kind: str,
                                                                    look_alike: str) -> None:
    """"I'll end you" and "you're a dead man" were read before the veiled frame (``intent``,
    ``threat``: violence too); a provocation in front of them changes nothing."""
    said = harm.harm_said(threat)
    assert said is not None and said[0] == kind, said
    assert harm.harm_said(look_alike) is None


@pytest.mark.parametrize("text", [
    "touch my fries again and you're dead lol",
    "keep talking and see what happens lmao",
    "you'll regret this haha",
    "I'll make you pay for this with a six pack lol",
])
def test_a_laugh_marks_banter_among_friends(text: str) -> None:
    """A laugh after a veiled threat is friends teasing: the frame reads no threat (a head may
    still flag the plainest of them, "you're dead", and Calimero's threats rule only queues)."""
    assert harm.harm_said(text) is None


@pytest.mark.parametrize("text", [
    "we're coming for you next season",
    "I'll end you in smash bros tonight",
    "do that combo again and you're dead, the boss enrages at half health",
    "in the movie he says they'll never find your body",
])
def test_sport_games_and_films_threaten_no_one(text: str) -> None:
    assert harm.harm_said(text) is None


def test_a_veiled_threat_is_a_threat_not_violence() -> None:
    """Harm implied urges and shows no violence: the veiled frame floors the threat label only."""
    assert harm.HARM_SAID_LABELS["veiled"] == ("threat",)


@pytest.mark.parametrize("text", [
    "I know where you live, I'll drop the book off tomorrow",
    "I know where you live, I'll swing by at 8",
])
def test_an_errand_at_the_readers_home_is_no_threat(text: str) -> None:
    assert harm.harm_said(text) is None
    assert "threat" not in gates.gated(text, toxicity=0.6)


def test_knowing_where_the_reader_lives_is_still_a_threat() -> None:
    assert harm.harm_said("I know where you live and I know where your kids go to school") \
        == ("threat", "i know where you live")


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "labels"), [
    ("touch my sister again and I'll end you", {"threat", "violence"}),
    ("your family won't be safe", {"threat"}),
    ("keep running your mouth and see what happens", {"threat"}),
    ("do that again and I'll kill the job", set()),
])
def test_the_cascade_flags_the_threat(cascade: Cascade, text: str, labels: set[str]) -> None:
    scores = cascade.judge(text, "chat").scores
    flagged = {label for label in ("threat", "violence")
               if scores[label] >= cascade.heads.thresholds.get(label, DEFAULT_THRESHOLDS[label])}
    assert flagged == labels
