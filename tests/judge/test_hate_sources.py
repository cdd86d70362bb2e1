"""Hate shapes missed on the training splits of Stormfront, Davidson and ToxiGen (issue 10,
hate5): coined slurs, a faith or an orientation attacked as a thing, stereotypes said as a
group's nature, a group's existence denied, a group named as a society's ill; each next to
benign sentences of the same shape. Written for these tests in other words than the training rows."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import said_of_group


@pytest.mark.parametrize(("text", "kind"), [
    # coined slurs, used anywhere
    ("Look at that porch monkey strutting around.", "slur"),
    ("my new neighbours are jungle bunnies", "slur"),
    ("Another towel head moved in next door.", "slur"),
    ("they let a bunch of rapefugees in last year", "slur"),
    # a faith or an orientation named as a thing
    ("Islam is a cancer on this country.", "derogate"),
    ("Homosexuality is a sin.", "derogate"),
    ("Transgenderism is a mental illness.", "derogate"),
    # stereotypes said as a group's nature
    ("Women are too emotional to run anything.", "derogate"),
    ("Gay men are so bossy.", "derogate"),
    ("Muslim women are all promiscuous behind closed doors.", "derogate"),
    # existence denied
    ("Bisexuality isnt real.", "derogate"),
    ("Asexuals don't exist, they just haven't met the right person", "derogate"),
    # the group as a society's ill
    ("We have such a massive Muslim problem in this town.", "derogate"),
    ("Illegal aliens are parasites.", "derogate"),
])
def test_a_missed_shape_of_hate_is_read(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None and said.kind == kind


@pytest.mark.parametrize("text", [
    "The monkeys on the porch stole my sandwich.",
    "We saw a bunny in the jungle exhibit.",
    "Hand me a towel, my head is soaking.",
    "Islam is one of the Abrahamic religions.",
    "Homosexuality was decriminalised in 1967.",
    "The refugees were emotional as they landed.",
    "Women are too often left out of clinical trials.",
    "Bisexuality is real and valid.",
    "Is bisexuality real? Asking for a school essay.",
    "The immigrant problem was debated in parliament today.",
    "We have a huge mouse problem in the kitchen.",
    "My son is too emotional to talk about it yet.",
])
def test_the_same_shape_without_hate_is_not_read(text: str) -> None:
    assert said_of_group(text) is None
