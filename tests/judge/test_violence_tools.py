"""Violence told by a torture's tools, mutilation told in body terms, and violence endorsed on a
kind of person (the probes of ``scripts/violence7_probe.py``): each said here as a member would
say it, beside the workshops, surgeries, kitchens, films, matches and rewards where the same
words harm no one, and the news line that reports a conviction.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gore, harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS
from chatwarden.detect.normalize import fold


@pytest.mark.parametrize(("text", "reading"), [
    # a torture told by its tools and holds, no word "torture" or "kill"
    ("took a pair of pliers to his toenails while he was tied to the bed",
     ("gore", "took a pair of pliers to his; was tied to the bed")),
    ("they hung her from a meat hook and left her there overnight",
     ("gore", "hung her from a meat hook; overnight")),
    # mutilation told in body terms: one alone is told
    ("they gouged out his eyes with a spoon", ("gore", "gouged out his eyes; his eyes with a spoon")),
    ("her tongue had been cut out", ("gore", "her tongue had been cut out")),
    ("the gang sawed his fingers off at the knuckle", ("gore", "sawed his fingers off")),
    ("he bit the bouncer's nose clean off", ("gore", "bit the bouncer's nose clean off")),
    ("they skinned the informant alive", ("gore", "skinned the informant alive")),
    ("she carved her name into his chest with a razor",
     ("gore", "carved her name into his chest; his chest with a razor")),
    # violence endorsed on a kind of person
    ("bullies deserve a baseball bat to the knees", ("call", "deserve a baseball bat to the knees")),
    ("scammers should be fed slowly into a meat grinder",
     ("call", "should be fed slowly into a meat grinder")),
    ("burglars should get their hands chopped off", ("call", "should get their hands chopped off")),
    ("people who kick dogs should get their legs broken", ("call", "should get their legs broken")),
    ("poachers deserve a kerb stomp", ("call", "deserve a kerb stomp")),
    ("beat them and see how they like it", ("call", "beat them and see how they like it")),
])
def test_tools_mutilation_and_endorsed_violence_are_said(text: str, reading: tuple[str, str]) -> None:
    assert harm.harm_said(text) == reading


@pytest.mark.parametrize("text", [
    # workshops, surgeries, kitchens
    "use pliers to pull the nail out of the board",
    "the dentist pulled my tooth and it still aches",
    "skin the chicken and peel back the foil",
    "the vet clipped the dog's nails one by one",
    "clamp the boards in the vice and tighten it a turn at a time",
    "I used a blowtorch to strip the paint off the door",
    # a film, a match, a debate
    "in the film they gouge his eyes out with a spoon",
    "they got battered 5-0",
    "he got his face smashed in the scrum, broke his nose",
    "she skinned him alive in the debate",
    # rewards and punishments deserved
    "she deserves a medal and a break",
    "wife beaters deserve prison",
    "teachers deserve a bat signal",
    # a conviction reported
    "the bomber was later jailed for life",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


def test_a_tool_alone_tells_no_torture() -> None:
    assert gore.gore_told(fold("they used a soldering iron on her feet")) is None
    assert gore.gore_told(fold("they used a soldering iron on her feet all night")) == \
        "used a soldering iron on her; all night"


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "flagged"), [
    ("they gouged out his eyes with a spoon", True),
    ("poachers deserve a kerb stomp", True),
    ("use pliers to pull the nail out of the board", False),
    ("the bomber was later jailed for life", False),
])
def test_the_cascade_reads_the_violence_label(cascade: Cascade, text: str, flagged: bool) -> None:
    j = cascade.judge(text, "chat")
    threshold = cascade.heads.thresholds.get("violence", DEFAULT_THRESHOLDS["violence"])
    assert (j.scores["violence"] >= threshold) is flagged, (j.scores["violence"], j.notes)
