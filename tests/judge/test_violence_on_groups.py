"""Violence urged on a group, wished on a person and mutilation called for, in the shapes comment
sections write them (the probes of ``scripts/violence8_probe.py``, the misses of EDOS and Stormfront
train/dev): each said here as a member would say it, beside the idioms, farms, box offices, films,
history and reports where the same words harm no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("text", "reading"), [
    # a group taken whole, killed with its manner or its place
    ("exterminate the lot of them", ("order", "exterminate the lot of them")),
    ("shoot those traitors like dogs", ("order", "shoot those traitors like dogs")),
    ("wipe them off the face of the planet", ("order", "wipe them off the face of the planet")),
    ("throw the gays off a building", ("order", "throw the gays off a building")),
    ("nuke the muslims", ("order", "nuke the muslims")),
    ("burn her at the stake.", ("order", "burn her at the stake")),
    ("round them up like cattle", ("call", "round them up like cattle")),
    ("they should burn the mosque down with them inside",
     ("call", "burn the mosque down with them inside")),
    # blows deserved, given or wished on a person
    ("that idiot deserves a punch in the mouth", ("call", "deserves a punch in the mouth")),
    ("she deserves to be smacked", ("call", "deserves to be smacked")),
    ("give him a good backhand", ("blow", "give him a good backhand")),
    ("I hope he gets glassed at the pub", ("wish", "hope he gets glassed")),
    ("I pray someone burns their house down", ("intent", "pray someone burns their house down")),
    ("Don't wait. Hit your wife.", ("order", "hit your wife")),
    # mutilation called for
    ("child molesters should have their balls cut off", ("call", "should have their balls cut off")),
    ("we should cut off the hands of all thieves", ("call", "should cut off the hands of all thieves")),
    ("they ought to castrate that rapist", ("call", "castrate that rapist")),
    ("I'd scalp the bastard", ("call", "scalp the bastard")),
])
def test_violence_urged_wished_and_mutilation_are_said(text: str, reading: tuple[str, str]) -> None:
    assert harm.harm_said(text) == reading


@pytest.mark.parametrize("text", [
    # idioms and chores
    "give him a slap on the back for me",
    "a slap on the wrist is all he deserves",
    "she deserves to be slapped with a lawsuit",
    "I hope you get shot of him soon",
    "we should round them up to the nearest ten",
    "line them up against the wall and check the level",
    "wipe them off the table with a damp cloth",
    # farms, vets, box offices, films
    "the vet will castrate him next week, he's a lovely pup",
    "castrate the calves before six weeks",
    "got two tickets, gonna scalp them for double",
    "the scene where they scalp him is brutal",
    # history, and a call quoted to condemn it
    "in 1942 they rounded them up like cattle",
    "he said they should burn them as witches, disgusting",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "flagged"), [
    ("shoot those traitors like dogs", True),
    ("they ought to castrate that rapist", True),
    ("castrate the calves before six weeks", False),
    ("a slap on the wrist is all he deserves", False),
])
def test_the_cascade_reads_the_violence_label(cascade: Cascade, text: str, flagged: bool) -> None:
    j = cascade.judge(text, "chat")
    threshold = cascade.heads.thresholds.get("violence", DEFAULT_THRESHOLDS["violence"])
    assert (j.scores["violence"] >= threshold) is flagged, (j.scores["violence"], j.notes)
