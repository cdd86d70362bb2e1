"""Hate said of a protected group (issue 10): the predicate makes it hate, the group's
name alone does not, and a message that negates, quotes, reports or condemns the
hateful words is not its author's hate."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.detectors import thresholds
from chatwarden.detect.judge.groups import condemned, said_of_group


@pytest.mark.parametrize(("text", "kind"), [
    ("Immigrants are parasites.", "derogate"),
    ("honestly lesbians r disgusting!!", "derogate"),
    ("Why are muslims always so violent?", "derogate"),
    ("Trans women are nothing but perverts", "derogate"),
    ("Jews should all be gassed", "harm"),
    ("Refugees need to be deported, every last one.", "harm"),
    ("Deaf people shouldn't be allowed to have kids.", "exclude"),
    ("gay people don't belong in our schools", "exclude"),
    ("Muslims are not human.", "derogate"),
    ("I despise black people.", "hatred"),
    ("I loathe every last one of those immigrants.", "hatred"),
    ("My hatred for trans people grows every day.", "hatred"),
    ("Nothing disgusts me more than Muslims.", "hatred"),
    ("Gay people fill me with rage.", "hatred"),
    ("We should round up all the gypsies.", "violence"),
    ("death to all arabs", "violence"),
    ("I would never rent to a mexican.", "refuse"),
    ("get out of here you stinking immigrants", "slur"),
    ("you're nothing but a faggot", "slur"),
    ("shut up, tranny", "slur"),
    ("Look at that faggot over there.", "slur"),
    ("where is that fucking raghead", "slur"),
    ("Refugees aren't welcome in this town.", "exclude"),
    ("Muslims have no place in this country.", "exclude"),  # "no place" is no counter-speech here
    ("Life would be easier if the mentally ill were just locked up in asylums.", "harm"),
    ("Are arabs even human?", "derogate"),
    ("Refugees are only good for cheap labour.", "derogate"),
    ("It would be better if all the jews were gone.", "harm"),
    ("Mu$lims are v3rmin", "derogate"),  # leet undone by the normalizer
    ("lesbians are disgsuting", "derogate"),  # two letters swapped
    ("I despse immigrants", "hatred"),  # a letter missing
    ("I really htae all women.", "hatred"),  # a short predicate, two letters swapped
    ("Alltranspeople are worthless.", "derogate"),  # several words glued
    ("Women are nothingbut animals.", "derogate"),
    ("All Musilms should be locked in cages.", "harm"),
    ("How can immigrants be so stupid?", "derogate"),
    ("Personally, I find trans people revolting.", "derogate"),
    ("Why does anyone still pretend Muslims are human?", "derogate"),
    ("The world would be a better place without immigrants.", "harm"),
    ("No gay person deserves to be treated with respect.", "exclude"),
    ("I want every immigrant dead.", "harm"),
    ("I've met a lot of disabled people. They are a burden.", "derogate"),  # taken up again
    ("Мигранты — паразиты", "derogate"),
    ("Все цыгане — воры", "derogate"),
    ("Геи должны сдохнуть", "harm"),
    ("Надо выгнать всех таджиков", "violence"),
    ("Ненавижу евреев", "hatred"),
])
def test_a_predicate_said_of_a_group_is_hate(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None and said.kind == kind


@pytest.mark.parametrize("text", [
    # negation
    "Immigrants are not parasites.",
    "I don't despise black people, I just disagree with the policy.",
    "It is not true that muslims are violent.",
    "Not all muslims are terrorists.",
    "Мигранты не паразиты.",
    # quotes, reported speech, counter-speech
    "He wrote 'immigrants are parasites' on the wall.",
    "My uncle says refugees should be deported.",
    "Saying that gay people are disgusting is plain bigotry.",
    "The myth that black people are lazy has no place here.",
    "Muslims are vermin? That is a racist thing to say.",
    "Говорить, что мигранты — паразиты, это расизм.",
    # no protected group, or no predicate
    "Bankers are parasites.",
    "These bugs are vermin, kill them all.",
    "Fuck yes, the build is green!",
    "Muslims fast during Ramadan.",
    "Trans people deserve the same rights as everyone else.",
    "Why do some people hate refugees?",
    "Women should not get paid less.",
    "Women are sick of harassment.",
    "Women are testing the new release.",
    "Women are good for the economy.",
    "Are immigrants really people who pay more taxes?",
    "Immigrants are trying to take our advice on housing.",
    "Views on Asian Americans can change for the better.",  # "change" is no typo of "hanged"
    "I cannot believe women still earn less.",
    "Immigrants are the reason our economy grows.",
    "I'm a proud dyke and I love my wife.",
    "The beavers built a dyke across the stream.",
    "Nothing disgusts me more than women being harassed at work.",
    "Women love the arts festival.",                  # "arts" is a word, not "rats" swapped
    "the keyboardinterupt killed my script, women in tech meetup moved to friday",
    "I want every immigrant to feel welcome.",
    "The world would be a better place without women being harassed online.",
    "I find women in tech meetups really helpful.",
    "No immigrant deserves to be treated like that.",
    "that tranny is shot, I need a new gearbox",      # a car's transmission
    "He carried that faggot of sticks to the fire.",
    "Three refugees were killed in the shelling last night.",
    "kill -9 the process and restart the server",
    "Женщины в нашей команде пишут лучший код.",
    "Мигранты не должны платить налоги дважды.",
    "Мигранты должны убирать улицы за зарплату?",
])
def test_mentions_negations_quotes_and_counter_speech_are_not(text: str) -> None:
    assert said_of_group(text) is None


def test_the_cascade_raises_hate_and_says_why() -> None:
    """The models score words; the predicate lifts hate over the threshold and the
    judgement names the evidence a moderator reads."""
    cascade = Cascade(CascadeConfig(embedding=False))
    j = cascade.judge("Immigrants are parasites.", "t")
    assert j.scores["hate"] >= thresholds({})["hate"]
    assert "hate: derogate said of a protected group ('Immigrants are parasites')" in j.notes
    clean = cascade.judge("Immigrants are welcome here.", "t")
    assert not any(note.startswith("hate:") for note in clean.notes)


@pytest.mark.parametrize("text", [
    "saying immigrants are parasites is bigotry, stop it",
    "people who say muslims are terrorists are racist",
    'Saying "Muslims are animals" is disgusting and you should be ashamed.',
    'Stop repeating that "immigrants are a disease", it is bigotry.',
    '"Gay people are vermin"? No. That kind of talk is hateful and wrong.',  # quoted, condemned
])
def test_counter_speech_the_models_call_hate_is_kept_under_the_threshold(text: str) -> None:
    """The member answering hate is not the one to queue: cited *and* condemned."""
    assert condemned(text) is not None
    j = Cascade().judge(text, "t")
    assert j.scores["hate"] < thresholds({})["hate"]
    assert any(note.startswith("hate: counter-speech") for note in j.notes)


@pytest.mark.parametrize("text", [
    "Stop saying immigrants are good, they are parasites",   # cites, condemns nothing
    "Immigrants are parasites, and saying otherwise is wrong",  # the author says it first
    '"Immigrants are parasites" - and anyone who calls that hateful is a snowflake',
])
def test_hate_wrapped_in_counter_words_is_not_excused(text: str) -> None:
    assert condemned(text) is None


@pytest.mark.parametrize("text", [
    "Women, we are coming for you and we will burn your homes.",
    "I'll put a bullet in any woman who walks past my house.",
])
def test_a_threat_or_violence_against_a_group_is_hate(text: str) -> None:
    """The guideline's hate is "attacking or promoting hatred or violence against
    individuals based on their protected characteristics": the threat and violence labels
    judge the harm, and the group it is aimed at makes it hate."""
    j = Cascade().judge(text, "t")
    assert j.scores["hate"] >= thresholds({})["hate"]
    assert "hate: a threat or violence against a protected group it names" in j.notes


@pytest.mark.parametrize("text", [
    'My uncle said "all women should be shot" at dinner, and I walked out.',  # quoted
    "my uncle said all muslims should be shot, I walked out",                 # reported
    "I will kill you",                                                         # no group
])
def test_a_threat_the_author_does_not_aim_at_a_group_is_no_hate(text: str) -> None:
    j = Cascade().judge(text, "t")
    assert j.scores["hate"] < thresholds({})["hate"]
    assert not any(note.startswith("hate:") for note in j.notes)
