"""Hate shapes missed on the training splits of Stormfront, Davidson and ToxiGen (issue 10,
hate5): coined slurs, a faith or an orientation attacked as a thing, stereotypes said as a
group's nature, a group's existence denied, a group named as a society's ill; each next to
benign sentences of the same shape. And a country named in the author's plan, which is no
group attacked. Written for these tests in other words than the training rows."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.cascade import NOT_HATE, Cascade
from chatwarden.detect.judge.groups import named_as_place, said_of_group


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
    # told to go back where they came from: the group named by origin
    ("Go back where you came from.", "exclude"),
    ("Go back to your own country, nobody wants you here", "exclude"),
    ("We should send them all back to where they came from", "exclude"),
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
    "When will you go back to your country?",
    "I'll go back to your country for the holidays, it was lovely",
    "Go back to your desk and finish the report.",
    "Saying 'go back where you came from' is racist.",
])
def test_the_same_shape_without_hate_is_not_read(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize("text", [
    "No. But we'll do medical missions to nigeria",
    "We're flying back from Kenya on Sunday",
    "my cousin lives in Ghana now, she teaches there",
])
def test_a_country_in_the_authors_plan_is_a_place(text: str) -> None:
    assert named_as_place(text) is not None


@pytest.mark.parametrize("text", [
    "go back to nigeria",
    "we should send them all back to africa",
    "I'd never visit Nigeria, it's a shithole",
    "we don't want nigerians in our town",
    "Nigeria is lovely this time of year",  # no plan of the author's: the models decide
])
def test_a_country_spoken_of_harshly_is_not_only_a_place(text: str) -> None:
    assert named_as_place(text) is None


def test_the_plan_to_nigeria_is_no_review_item() -> None:
    """SMS ham test's one hate review: the n-gram row read a slur's letters in "nigeria"."""
    judgement = Cascade().judge("No. But we'll do medical missions to nigeria")
    assert judgement.scores["hate"] <= NOT_HATE


def test_a_slur_beside_a_country_is_still_hate() -> None:
    judgement = Cascade().judge("We'll send every porch monkey back to Nigeria")
    assert judgement.scores["hate"] >= 0.4
