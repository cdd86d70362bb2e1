"""Violence told in plain English prose, threats with a clause between the intent and the harm,
and violence urged after a clause of going or finding (the probes of
``scripts/violence9_probe.py``): each said here in other words than the probes', beside the news
lines, games, photographs, kitchens and contests where the same words harm no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gore, harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("text", "cue"), [
    # an act done to people and its detail: a weapon, a length, the body disposed of
    ("He beat the old woman with a pipe until she stopped moving.", "beat the old woman"),
    ("The soldiers shot the prisoners one by one and dumped their bodies in a pit.",
     "shot the prisoners"),
    ("They dragged the driver out and stabbed him five times in the chest.", "stabbed him"),
    ("he smashed the guard's skull and blood and brains covered the wall", "smashed the guard's skull"),
    # a massacre's dead and dying, with no act named
    ("the bodies were dumped in the river and some were still breathing", "some were still breathing"),
])
def test_violence_told_in_prose_is_gore_told(text: str, cue: str) -> None:
    cues = gore.gore_told(text.lower())
    assert cues is not None and cue in cues
    said = harm.harm_said(text)
    assert said is not None and said[0] == "gore"


@pytest.mark.parametrize(("text", "reading"), [
    # a clause of finding or coming between the intent and the harm
    ("I'm going to wait outside your work and stab you in the neck",
     ("intent", "i'm going to wait outside your work and stab you")),
    ("I'm gonna come round your house tonight and kill you",
     ("intent", "i'm gonna come round your house tonight and kill you")),
    # violence urged after a clause of going or finding
    ("Everyone go to the rally tomorrow and beat the crap out of anyone in a blue shirt.",
     ("order", "everyone go to the rally tomorrow and beat the crap out of anyone")),
    ("find that rat after school and stab him", ("order", "find that rat after school and stab him")),
    ("go to the church on sunday and shoot as many as you can",
     ("order", "go to the church on sunday and shoot as many as you can")),
])
def test_threats_and_urgings_with_a_clause_between_are_said(text: str,
                                                             reading: tuple[str, str]) -> None:
    assert harm.harm_said(text) == reading


@pytest.mark.parametrize("text", [
    # news on the record, a game, a photographer, a kitchen
    "Two people were stabbed outside a bar on Friday, police said.",
    "I shot him in the head from across the map, what a headshot",
    "the photographer shot the guests one by one in the garden",
    "she sliced her thumb chopping carrots and there was blood everywhere",
    # errands and contests after the same clauses
    "I'm going to find where you live and bring you cookies",
    "I'm going to beat you to the finish line tomorrow",
    "I'm going to beat you so hard at darts tonight",
    "I'm going to come over and beat you at chess again",
    "the lads need to go out there and beat them on saturday",
    "go to the store and kill some time while I park",
    "he went to the gym and beat his record again and again",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "label", "flagged"), [
    ("He smashed the man's skull with a hammer until blood and brains covered the floor.",
     "violence", True),
    ("The soldiers lined the villagers up and shot them one by one, then burned the bodies.",
     "violence", True),
    ("I'm going to find where you live and beat you until you can't walk.", "threat", True),
    ("I'm going to find where you live and bring you cookies", "threat", False),
])
def test_the_cascade_reads_the_label(cascade: Cascade, text: str, label: str, flagged: bool) -> None:
    j = cascade.judge(text, "chat")
    threshold = cascade.heads.thresholds.get(label, DEFAULT_THRESHOLDS[label])
    assert (j.scores[label] >= threshold) is flagged, (j.scores[label], j.notes)
