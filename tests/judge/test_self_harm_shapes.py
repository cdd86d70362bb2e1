"""Self-harm as the moderation categories mean it (``selfharm.self_harm_said``): urged on the
reader, a way asked or given, an eating disorder promoted, harm told as done; each beside its
look-alike (an idiom, a dose for a headache, a diet, a kitchen cut, a game). And suicide spoken
of for help or news (``selfharm.spoken_of``) holds the head under its flag point. The cascade
tests go through ``Cascade.judge`` with the shipped models, as a chat does."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import selfharm
from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS


@pytest.mark.parametrize(("text", "kind"), [
    ("kys", "urged on the reader"),
    ("you should just kill yourself", "urged on the reader"),
    ("why don't you go hang yourself?", "urged on the reader"),
    ("go drink bleach, loser", "urged on the reader"),
    ("do everyone a favour and end it", "urged on the reader"),
    ("the world would be better off if you were dead", "urged on the reader"),
    ("what's the least painful way to kill myself", "a way asked or given"),
    ("how many tylenol does it take to overdose", "a way asked or given"),
    ("how deep do you have to cut to hit a vein", "a way asked or given"),
    ("best way to hide cuts from my mom?", "a way asked or given"),
    ("pro-ana tips anyone?", "an eating disorder promoted"),
    ("how to purge without anyone knowing", "an eating disorder promoted"),
    ("I only eat 300 calories a day and want to go lower", "an eating disorder promoted"),
    ("I cut again last night", "told as done"),
    ("relapsed after 40 days clean, the blade was right there", "told as done"),
    ("i burned myself with a lighter again", "told as done"),
])
def test_self_harm_said_in_the_categorys_shapes(text: str, kind: str) -> None:
    said = selfharm.self_harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "don't kill yourself over this exam, it's not worth it",   # negated
    "you'll kill yourself on that bike without a helmet",      # a warning
    "kill yourself? no way, you have so much to live for",     # asked back
    "just cut yourself a slice of cake",                       # an idiom
    "you're gonna shoot yourself in the foot with that refactor",
    "how do i kill myself in minecraft",                       # a game
    "how much tylenol can I take for a headache",              # a dose, no death
    "how deep does a cut need to be to need stitches",         # a wound's care
    "I'm on a 1500 calorie diet to cut for summer",            # a diet
    "how to stop eating junk food at night",
    "Stop eating my fries, fatty",
    "I cut my finger chopping carrots",                        # a kitchen cut
    "I cut myself shaving this morning",
    "I burned myself with a hot pan",
    "I relapsed on cigarettes last night",                     # another relapse
    "jump off the bridge into the river, it's a tradition here",
    "i'm 2 years clean from self harm today and so proud",     # recovery
    "kys lol",                                                 # laughed, as "i want to die lol"
])
def test_its_look_alikes_say_none(text: str) -> None:
    assert selfharm.self_harm_said(text) is None


@pytest.mark.parametrize(("text", "spoken"), [
    ("If you are having thoughts of suicide, call or text 988", True),
    ("the singer died by suicide last year, his family said", True),
    ("what are the warning signs that someone is suicidal", True),
    ("I called the hotline last night because I want to die", False),  # the author's own
    ("suicide hotlines never helped me, I've tried them and I'm still here, I hate it", False),
])
def test_spoken_of_for_help_or_news(text: str, spoken: bool) -> None:
    assert (selfharm.spoken_of(text) is not None) is spoken


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


def _score(c: Cascade, text: str) -> float:
    return c.judge(text, "chat").scores["self_harm"]


@pytest.mark.parametrize("text", [
    "kys", "go starve yourself", "how can i hide not eating from my family",
    "I've been cutting myself every night this week",
])
def test_the_cascade_flags_the_shapes(cascade: Cascade, text: str) -> None:
    th = cascade.heads.thresholds.get("self_harm", DEFAULT_THRESHOLDS["self_harm"])
    assert _score(cascade, text) >= th


@pytest.mark.parametrize("text", [
    "If you are having thoughts of suicide, call or text 988 to reach the Suicide & Crisis "
    "Lifeline",
    "if a friend tells you they want to kill themselves, stay with them and call for help",
    "that suicide run in the speedrun was insane",
])
def test_the_cascade_holds_help_news_and_games_under_the_flag_point(
        cascade: Cascade, text: str) -> None:
    assert _score(cascade, text) <= selfharm.NOT_SELF_HARM
