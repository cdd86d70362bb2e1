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
    # round 2 (harass6b's tuning half and the spot check)
    "I will make every day of your life miserable",
    "i'll post your address in every group chat",
    "I'll make sure the whole school sees those pictures of you",
    "tomorrow is going to be the worst day of your life, trust me",
    "you have no idea what's coming for you",
    "you're done at this school, just wait and see",
    "we're all going to ignore you from now on",
    "everyone in class thinks you smell",
    "why are you still here? leave",
    "just give up and leave, no one will notice",
    "get off this server, nobody likes you",
    "log off forever please",
    "lmao look at this clown go",
    "someone take this clown's keyboard away",
    "what a joke this guy is lol",
    "bro thinks he's the main character 💀",
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
    # round 2
    "i'll make you regret skipping leg day lol",
    "watch your back when you lift heavy",
    "tomorrow is going to be the best day of your life",
    "monday is going to be very bad for traffic",
    "you have no idea what's coming in the next update",
    "i'll post the address in the group chat for the party",
    "lol you're done, that was a great play",
    "log off and get some sleep, you need it",
    "please don't quit, we need you on the team",
    "you should leave if the server makes you unhappy",
    "do everyone a favor and bring snacks",
    "look at this joker card I pulled",
])
def test_look_alikes(text: str) -> None:
    assert not shunning.harassed(text)
