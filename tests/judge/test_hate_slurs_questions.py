"""Slurs, questions and counter-speech by reference (HateCheck's F7-F9, F16 and F21): a slur
thrown at a person or a group is hate, its word as a homonym, reclaimed or discussed is not; a
hateful claim asked for agreement is hate, a question about a group is not; hate referenced to
condemn it is not, hate referenced to endorse it is. Sentences written for these tests, not
taken from any evaluation set."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.cascade import NOT_HATE, Cascade, CascadeConfig
from chatwarden.detect.judge.groups import (
    asked_of_group,
    condemned,
    said_of_group,
    slur_unused,
)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # a slur with a determiner and a person's doing
        ("There's a tranny working at the pharmacy now, gross", "slur",
         "a tranny working at the"),
        ("the shemale at the gym keeps staring", "slur", "the shemale at the gym keeps staring"),
        # "that X" kept away from children
        ("Don't let that tranny near the kids", "refuse", "Don't let that tranny near the"),
    ],
)
def test_a_slur_thrown_is_hate(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the dykes held during the storm surge", "homonym"),
        ("He tied the faggots with twine and carried them home", "homonym"),
        ("Our local pub serves faggots and mash", "homonym"),
        ("The tranny is slipping on my old Civic", "homonym"),
        ("Dykes on Bikes led the parade this year", "reclaimed"),
        ("she calls herself a dyke and owns it", "reclaimed"),
        ("The word 'faggot' is a slur and shouldn't be used", "mentioned"),
        ("Slurs like 'spic' and 'beaner' have no place in this server", "mentioned"),
    ],
)
def test_a_slurs_word_not_thrown_is_no_frame_and_is_read_as_such(text: str, kind: str) -> None:
    assert said_of_group(text) is None
    assert slur_unused(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the dykes in this town should all be shot",  # a threat is said whatever the sense
        "faggots like you make me sick",
        "as a queer woman I think trans people are freaks",  # reclaimed, then hate of others
        "the word faggot fits you, you filthy muslims",
        # the author's own calling, a slur only quoted, "with us X" as a name thrown, a stick shift
        "I wasn't calling you a faggot, but you are one",
        "i'll never stop calling my friends faggots",
        'Gave her that "move it you nigger" push',
        "come wage war with us fag",
        "only faggots drive stick",
    ],
)
def test_a_slur_beside_hate_is_not_excused(text: str) -> None:
    assert slur_unused(text) is None


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Don't you agree that women belong in the kitchen?", "exclude",
         "women belong in the kitchen"),
        ("Don't you agree that disabled people are worthless?", "derogate",
         "disabled people are worthless"),
        ("Shouldn't we just deport every immigrant?", "violence",
         "we just deport every immigrant"),
        ("Why do we keep pretending women are as smart as men?", "derogate",
         "pretending women are as smart as"),
        ("Why should we let disabled people have kids?", "exclude",
         "Why should we let disabled people have kids"),
        ("Is it not obvious that gay people are degenerates?", "derogate",
         "gay people are degenerates"),
        ("Who actually likes disabled people?", "exclude", "Who actually likes disabled people"),
        ("What makes gay people think they deserve rights?", "exclude",
         "What makes gay people think they deserve"),
        ("How much longer do we have to put up with gay people?", "hatred",
         "How much longer do we have to put up with gay people"),
        ("Why would anyone hire a Black person?", "refuse", "Why would anyone hire a Black person"),
        ("Do women ever shut up?", "derogate", "Do women ever shut up"),
        ("Why does anyone still think immigrants are human?", "derogate",
         "Why does anyone still think immigrants are human"),
    ],
)
def test_a_hateful_claim_asked_for_agreement_is_hate(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think women belong in the kitchen",  # a negation is still one
        "Is it legal to refuse to rent to immigrants?",  # a rule asked
        "Who likes gay people's music here?",  # asked, no contempt
        "How much longer do immigrants have to wait for their papers?",
        "Do women ever regret having kids?",
    ],
)
def test_a_denial_or_a_rule_asked_is_no_frame(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Why are trans people so often targeted by hate crimes?",
         "Why are trans people so often targeted by hate crimes"),
        ("Are Muslims allowed to drink alcohol?", "Are Muslims allowed to"),
        ("Why are Black people so often portrayed as criminals in the media?",
         "Why are Black people so often portrayed as criminals in the media"),
        ("Why do people hate gay people?", "Why do people hate gay people"),
        ("Why do we even let landlords discriminate against Muslims?",
         "Why do we even let landlords discriminate against Muslims"),
    ],
)
def test_a_question_about_a_group_is_asked(text: str, words: str) -> None:
    assert said_of_group(text) is None
    assert asked_of_group(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Why are trans people so often targeted? they're freaks",  # a claim beside it
        "Are Muslims allowed to drink alcohol",  # no question
        "why are faggots allowed to marry?",  # a slur
    ],
)
def test_a_question_with_a_claim_or_a_slur_is_not_excused(text: str) -> None:
    assert asked_of_group(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The post claiming immigrants are parasites should be removed",
        "Posting that gay people are diseased is against the rules",
        "Talking about women like they are property is gross",
        "This thread is full of people saying trans people are freaks, it's sickening",
        "Anyone who says gay people should die is a monster",
        "What you said about immigrants being parasites is hateful",
        "Your view that trans people are sick is cruel and wrong",
    ],
)
def test_hate_referenced_to_condemn_it_is_counter_speech(text: str) -> None:
    assert said_of_group(text) is None
    assert condemned(text) is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The post claiming immigrants are parasites is spot on", "immigrants are parasites"),
        ("Whoever said Black people are apes was right", "Black people are apes"),
        ("I'm not a bigot, I just think trans people are freaks", "trans people are freaks"),
        ("Saying it as it is: women are stupid", "women are stupid"),
        ("They banned me for saying trans people are freaks, still true",
         "trans people are freaks"),
    ],
)
def test_hate_referenced_to_endorse_it_is_said(text: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None
    assert said.words == words


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade(CascadeConfig(embedding=False))


def test_the_cascade_keeps_a_homonym_under_the_threshold_and_says_why(cascade: Cascade) -> None:
    judgement = cascade.judge("Our local pub serves faggots and mash")
    assert judgement.scores["hate"] == NOT_HATE
    assert "hate: a slur's word not thrown at anyone ('faggots')" in judgement.notes


def test_the_cascade_reads_a_rule_asked_as_no_refusal(cascade: Cascade) -> None:
    judgement = cascade.judge("Is it legal to refuse to rent to immigrants?")
    assert judgement.scores["hate"] < 0.4
    assert not any(n.startswith("hate: refuse") for n in judgement.notes)
