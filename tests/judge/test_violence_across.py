"""Violence told across a message (the probes of ``scripts/violence6_probe.py``): a wound told
sentences after its blow, an animal's attack on a person, a torture, a massacre seen, a graphic
accident; a beating called for after people are led away, a killing wished done, its doer
thanked. Each is said here as a member would say it, beside the news, history, games, sport,
kitchens, medicine and idioms where the same words harm no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, gore, harm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS
from chatwarden.detect.normalize import fold


@pytest.mark.parametrize(("text", "kind"), [
    # a blow in one sentence, its wound sentences on
    ("He grabbed the bat. He swung it at her head. She went down. Blood was pouring out of her ear.",
     "gore"),
    # an animal's attack on a person
    ("the dog mauled the postman, his hands were shredded", "gore"),
    ("the bear ripped his arm off and the snow turned red, the water turned red in the stream", "gore"),
    # a torture told
    ("they hung him up by his wrists and beat the soles of his feet for hours", "gore"),
    ("He attached wires to her feet and shocked her every time she cried", "gore"),
    # a massacre seen
    ("they machine-gunned the prisoners and buried the ones still breathing", "gore"),
    # a graphic accident
    ("the lorry went over his legs, the bone was sticking out and blood was pooling on the road",
     "gore"),
    # harm called for, a killing wished done, its doer thanked
    ("every bailiff should be dragged into the street and beaten", "call"),
    ("that thug should have been beaten to death in his cell", "call"),
    ("whoever stabbed that dealer did the world a favour", "glorify"),
])
def test_violence_told_or_urged_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind, said


@pytest.mark.parametrize("text", [
    # news and history of the same events
    "A dog attacked a postman in Leeds on Sunday; police said he was treated for bite wounds.",
    "In 1944 the village was burned and its men were shot, historians say.",
    # games, films, sport, kitchens
    "got mauled by a bear in red dead, blood everywhere lol",
    "the torture scene in that film was too much, blood pouring everywhere",
    "we got massacred 6-0 by the league leaders",
    "crack the lobster claws to the bone and pull the meat out",
    # medicine, one's own small injuries, idioms, terminals
    "my nose bled for hours and there was blood all over the sink",
    "The surgeon said the bone was sticking out so he needs surgery.",
    "the gym destroyed my legs today",
    "the teething kept her awake for hours, we were screaming by 3am",
    "kill the process and restart the worker",
    "I was chilled to the bone after standing in the rain for hours",
    # the call's look-alikes
    "the kids should be taken to the park and fed",
    "the migration should have been executed yesterday",
    "whoever killed the bug in the build deserves a medal",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


def test_one_cue_alone_tells_no_gore() -> None:
    assert gore.gore_told(fold("the shark took his leg off")) is None
    assert gore.gore_told(fold("the shark took his leg off and the water turned red")) is not None


@pytest.mark.parametrize("text", [
    "The man who murdered his neighbour was later jailed for life.",
    "What caused the genocide? I want to understand the history.",
    "we got massacred 6-0 by the league leaders",
])
def test_violence_named_on_the_record_or_by_a_score_opens_no_violence_gate(text: str) -> None:
    assert "violence" not in gates.gated(text)


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("text", "flagged", "kind"), [
    ("He swung the pipe at his head. Then again. By the end blood was pooling under him and his "
     "skull was split.", True, "gore"),
    ("the dogs tore into the old man and took chunks out of his legs", True, "gore"),
    ("A dog attacked a jogger in the park on Sunday, police said.", False, None),
    ("my legs are dead after that spin class", False, None),
])
def test_the_cascade_flags_violence_told_with_its_reason(cascade: Cascade, text: str, flagged: bool,
                                                          kind: str | None) -> None:
    j = cascade.judge(text, "chat")
    threshold = cascade.heads.thresholds.get("violence", DEFAULT_THRESHOLDS["violence"])
    assert (j.scores["violence"] >= threshold) is flagged
    if kind is not None:
        assert any(f"harm said outright ({kind}:" in note for note in j.notes), j.notes
