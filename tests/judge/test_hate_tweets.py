"""Misogyny and anti-immigrant hate of a class as tweets say it (SemEval-2019 HatEval's
targets): chanted hashtags, glued hashtags, women sent back to the kitchen, a class called
names in a crowd; each beside the benign sentences of the same shape a moderator must not
see queued (policy without a chant, a hashtag named to condemn it, a trip home, one person
sworn at). Written for these tests, in other words than the probes."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import said_of_group


@pytest.mark.parametrize(("text", "kind"), [
    # chants against immigrants name their group by what they demand
    ("Another one caught at the border. #DeportAllIllegals", "exclude"),
    ("enough is enough #DeportThemAll", "exclude"),
    ("#StopTheInvasion before it's too late", "exclude"),
    ("they keep coming #sendthemback", "exclude"),
    ("#RefugeesNotWelcome in our town", "exclude"),
    # glued misogyny, read apart
    ("#womensuck and that's a fact", "derogate"),
    ("#SendWomenBackToTheKitchen where it's quiet", "exclude"),
    ("#BanWomenFromVoting already", "exclude"),
    # said of the class in words
    ("Women need to be put back in their place.", "exclude"),
    ("Women like her should stay in the kitchen.", "exclude"),
    ("females belong barefoot in the kitchen", "exclude"),
    ("Every woman is a gold digger.", "derogate"),
    ("A woman's only purpose is to have kids.", "derogate"),
    ("Immigrants suck, all of them.", "derogate"),
    ("Look at this bunch of hysterical women screaming again.", "derogate"),
    ("Refugees go home! Nobody wants you.", "exclude"),
    ("Go home immigrants, we are full.", "exclude"),
    ("We should ban all refugees.", "violence"),
    ("Sink the refugee boats.", "harm"),
])
def test_class_hate_in_tweets_is_read_with_its_kind(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None, text
    assert said.kind == kind


@pytest.mark.parametrize("text", [
    # policy without a chant against people
    "We need better border control.",
    "The wall is a waste of money. #SecureTheBorder debate continues",
    "Call your senator today. #BuildTheWall #NoAmnesty",
    "Asylum claims should be processed faster.",
    # the chant or hashtag named to condemn it
    "hashtags like #womensuck should be banned",
    "the trending #rapefugees tag is pure racism",
    "Chanting 'send them back' at a rally is racist.",
    # women or immigrants at home, in the kitchen, on a trip
    "After the shift the women go home at five.",
    "Women belong in the boardroom.",
    "The refugees will go home when the war ends.",
    "My mum sent the kids back to the kitchen to wash up.",
    "We had to put the chairs back in their place.",
    # a person sworn at, not the class
    "shut up you stupid bitch",
    "she is a hysterical woman lol",
    "this song sucks",
    # praise
    "Women are amazing. #WomenInSTEM",
    "#RefugeesWelcome",
])
def test_a_benign_sentence_of_the_same_shape_is_not_hate(text: str) -> None:
    assert said_of_group(text) is None, text
