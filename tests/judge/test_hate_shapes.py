"""Sentence shapes of hate the group frames read (issue 10), each next to the benign
sentence of the same shape: implicit derogation (an exclusion, a comparison, a stereotype
said as fact), threats at a group (direct and normative), questions that assert, and words
run together. Written for these tests, not taken from a functional suite."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import condemned, said_of_group


@pytest.mark.parametrize(("text", "kind"), [
    # implicit derogation
    ("I wouldn't let a Muslim anywhere near my children.", "refuse"),
    ("I'd rather die than work for a woman.", "refuse"),
    ("Employing a disabled person is just throwing money away.", "refuse"),
    ("The neighbourhood went to hell once the Muslims moved in.", "derogate"),
    ("Trans people should be thankful we tolerate them at all.", "exclude"),
    ("Jews will always be greedy.", "derogate"),
    ("Every immigrant I have ever met was lazy.", "derogate"),
    ("What have black people ever done except commit crimes?", "derogate"),
    ("There's no such thing as a good Muslim.", "derogate"),
    # threats, direct and normative
    ("I will personally shoot any black person who comes near my house.", "violence"),
    ("I'll make every trans person in this city suffer.", "violence"),
    ("Hey immigrants, your days are numbered.", "violence"),
    ("Someone should lock all the women in a cage.", "violence"),
    ("It should be legal to kill gay people.", "violence"),
    ("Exterminating the Jews would solve everything.", "harm"),
    ("If I had my way, Muslims would be in camps.", "harm"),
    ("Gay people should all be sent to an island and left there.", "harm"),
    ("No one will miss Muslims when they're gone.", "exclude"),
    ("Get these immigrants out of my country.", "exclude"),
    ("Look at all these immigrants infesting our streets.", "derogate"),
    ("I'm disgusted by gay people.", "hatred"),
    # questions that assert
    ("Is there anyone dumber than a woman?", "derogate"),
    ("Why do we even let trans people vote?", "exclude"),
    ("Do immigrants even have brains?", "derogate"),
    # the negated positive, in other tenses
    ("Black people will never be our equals.", "exclude"),
    ("I don't think disabled people are worth anything.", "exclude"),
])
def test_a_shape_of_hate_is_read_with_its_kind(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None and said.kind == kind


@pytest.mark.parametrize("text", [
    "I wouldn't let my kids near the road.",
    "I'd rather die than work for Amazon again.",
    "Ever since the immigrants arrived, the food scene here has been amazing.",
    "Trans people should be thankful for this new law.",
    "What have black people contributed to jazz?",
    "There's no such thing as a typical Muslim.",
    "I will hunt down every typo in this document.",
    "I'm going to make immigrants feel welcome at the event.",
    "Killing Muslims would never solve anything.",
    "If I had my way, women would be paid fairly.",
    "Is there anyone smarter than my grandma?",
    "Why are Muslims fasting this month?",
    "How are immigrants affected by the new law?",
    "Immigrants will never be forgotten here.",
    "We don't want your kind of negativity here.",
    "I hope every trans person feels safe here.",
    "Look at all these women marching for their rights, inspiring!",
    "I'm disgusted by how immigrants are treated.",
    "Get these trans people some water, they've been marching all day.",
])
def test_the_same_shape_without_hate_is_not_read(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(("text", "said"), [
    ("ihate muslims", "i hate muslims"),                 # "i" glued to the verb
    ("Women shoulddie.", "women should die"),            # the shared letter was squeezed
    ("Women are totalgarbage.", "women are total garbage"),
    ("I hte Muslims so much", "i hate muslims"),          # a vowel dropped from a short verb
    ("Death to all gy people.", "death to al gay people"),  # and from "gay" before "people"
])
def test_words_run_together_are_read_apart(text: str, said: str) -> None:
    found = said_of_group(text)
    assert found is not None and found.words == said


@pytest.mark.parametrize("text", [
    "I got my hat from Muslims at the market.",  # "hat" is a word, not "hate" misspelt
    "gy",
])
def test_a_short_word_is_not_read_as_a_typo(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize("text", [
    "Calling trans people vermin is hateful and you know it.",
    "Threatening Muslims is never acceptable.",
    "Your comment about women being dirty was disgusting. Apologise.",
    "Nobody should ever hurt a gay person for who they are.",
    "Honestly I have zero hatred for immigrants.",
    "he called them 'filthy immigrants' and got banned, good riddance",
    "Saying Muslims are animals is straight-up dehumanising.",
    "I used to think immigrants were dangerous, but I was wrong.",
    "Jokes about killing women aren't funny.",
])
def test_opposing_hate_of_a_group_is_counter_speech(text: str) -> None:
    assert said_of_group(text) is None
    assert condemned(text) is not None


@pytest.mark.parametrize("text", [
    "I wasn't calling you a faggot, but you are one lol.",  # hostility named, not condemned
    "I love threatening muslims",
    "Jews are not only insane, they are evil.",             # "not only" adds, denies nothing
])
def test_hostility_that_is_not_condemned_is_no_counter_speech(text: str) -> None:
    assert condemned(text) is None
