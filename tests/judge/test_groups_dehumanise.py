"""Dehumanisation by reduction and stereotypes said as a group's nature (HateCheck's implicit
derogation), each beside the look-alike of the same shape that must stay silent; and the same
words reported or condemned, which the cascade keeps under the hate threshold. Sentences
written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import condemned, said_of_group


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # reduced to things
        ("Women are nothing more than objects", "Women are nothing more than objects"),
        ("women are things, not people", "women are things, not people"),
        ("Muslim women are objects to be owned", "Muslim women are objects to be owned"),
        ("migrants are human garbage", "migrants are human garbage"),
        ("women are just incubators", "women are just incubators"),
        ("Refugees? They are just livestock", "They are just livestock"),
        # a mind denied
        ("Women can't think logically.", "Women can't think logically"),
        ("black people can never be civilised", "black people can never be civilised"),
        ("women don't have the brains for science", "women don't have the brains for"),
        # control, greed, a vice as a habit
        ("the Jews control the banks", "the Jews control the banks"),
        ("Jews run the media", "Jews run the media"),
        ("Gypsies only care about money", "Gypsies only care about money"),
        ("muslims all beat their wives", "muslims all beat their wives"),
    ],
)
def test_a_group_dehumanised_or_stereotyped_is_derogated(text: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None
    assert (said.kind, said.words) == ("derogate", words)


def test_a_russian_group_called_locusts_is_derogated() -> None:
    said = said_of_group("мигранты как саранча")
    assert said is not None and said.kind == "derogate"


@pytest.mark.parametrize(
    "text",
    [
        # things said of people in everyday senses
        "women are objects of desire in most of these paintings",
        "to them, women are just objects",
        "refugees are just pawns to the smugglers",
        "women are people, not objects",
        "the new migrant workers are machines",
        # a rule or a fact, not a mind denied
        "women can't lead prayers in an orthodox synagogue",
        "deaf people can't hear the alarm, so we added lights",
        "immigrants can't vote in national elections",
        "refugees can't integrate without language classes",
        # control, care and habits that are no trope
        "women run the world",
        "Muslims run the halal shop on our street",
        "immigrants only care about their kids' safety",
        "Muslims all lie down to pray",
        "the Jews all celebrate Passover together",
    ],
)
def test_a_look_alike_is_no_frame(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "he said immigrants are animals and got banned",
        "She tweeted that gay people are a disease and was fired",
        "Anyone who thinks black people are apes needs to educate themselves",
        "When you call refugees a plague you are spreading hate",
    ],
)
def test_a_report_or_a_reference_condemned_is_counter_speech(text: str) -> None:
    assert said_of_group(text) is None
    assert condemned(text) is not None


def test_a_report_that_condemns_nothing_is_no_counter_speech() -> None:
    """Reported and not condemned: left to the heads (in the training sources' hate rows a
    report is as often the author's own)."""
    assert condemned("he said immigrants are animals and he is right") is None
