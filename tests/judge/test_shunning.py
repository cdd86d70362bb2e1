"""Harassment with no insult word in it (harass6, ``scripts/harass6_probe.py``,
``shunning.harassed``): intimidation that names no bodily harm, everyone set against the
reader, the reader sent away, a third person in the chat mocked as a clown; each shape beside
its look-alikes (trash talk, self-deprecation, a thing that makes life hell, quotes, advice,
kind words, the same words about things)."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import shunning


@pytest.mark.parametrize("text", [
    # intimidation
    "I'm going to make your life hell at school tomorrow, just wait",
    "imma make your life a living hell",
    "I'm gonna ruin your life, mark my words",
    "we'll make you regret it",
    "I'll make sure nobody ever talks to you again",
    "you're going to regret ever joining this server",
    "I know where you live",
    "i'm telling everyone about you",
    "better watch your back",
    # everyone against the reader
    "Everyone at work thinks you're a joke, just quit already.",
    "everyone is laughing at you behind your back",
    "everyone’s laughing at you",
    "all your friends are laughing at you",
    "we all hate you",
    "nobody can stand you",
    "nobody would miss you if you left",
    # sent away
    "do everyone a favor and leave",
    "do us all a favour and delete your account",
    "why don't you just disappear",
    "go on, leave, nobody wants you here",
    "pack your bags, you're not welcome here",
    "leave the server and never come back",
    # a third person mocked
    "look at this clown trying to act smart lmao",
    "who let this clown in the chat",
    "lol look at this joke of a person",
    "this guy is such a joke lmao",
    "this dude really thinks he's smart lol",
    "imagine being this guy 💀",
])
def test_harassment_with_no_insult_word(text: str) -> None:
    assert shunning.harassed(text)


@pytest.mark.parametrize("text", [
    # trash talk, self-deprecation
    "we're going to crush you in the finals tomorrow",
    "everyone at work thinks I'm a joke lol",
    "I should just quit already, this job is killing me",
    # a thing makes life hell, or easier
    "this bug is making my life hell",
    "exams are going to make my life hell next week",
    "I'll make your life easier with this script",
    # quotes, reports, hypotheses, negation
    "he said 'I'm going to make your life hell' and I reported him",
    "she told me nobody wants me here and I cried",
    "if someone says they'll make your life hell, report it to the mods",
    "not everyone hates you",
    # advice, menus
    "just quit already, that game isn't worth your time",
    "you can leave the server anytime from the settings menu",
    "just leave it, it doesn't matter",
    # kind words
    "everyone thinks you're amazing",
    "everyone thinks you're a genius",
    "we all think you're right",
    "everyone is laughing at your joke, it was so funny",
    "don't disappear on us, we miss you",
    "I'll tell everyone the news tomorrow",
    # the same words about things
    "look at this clown costume I bought lmao",
    "check out this clown fish in my tank",
    "look at this pig lol",
    "look at this cat trying to act smart lmao",
    "imagine being that kid, so lucky",
    "the bus schedule is a joke",
    "watch your back, the floor is wet",
    "you're going to regret not buying bitcoin",
    "the whole team is sick of the flu",
])
def test_look_alikes(text: str) -> None:
    assert not shunning.harassed(text)
