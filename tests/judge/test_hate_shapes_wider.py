"""More shapes of hate said of a group (issue 10, session 13), each kind next to benign
sentences of the same shape: feelings, attribute lists, dehumanising and profane nouns,
implicit derogation, direct threats, negated praise, asserting questions, slurs with no
everyday sense, and spellings that dodge the lists. Written for these tests in other words
than the functional suites' items (the kinds are HateCheck's)."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import condemned, praised, said_of_group


@pytest.mark.parametrize(("text", "kind"), [
    # feelings
    ("Nothing in the world infuriates me like Jews do.", "hatred"),
    ("Whenever I walk past a gay couple I feel pure disgust.", "hatred"),
    ("I resent immigrants.", "hatred"),
    ("Refugees piss me off.", "hatred"),
    ("I'm sick to death of these fucking refugees.", "hatred"),
    # attributes, listed or ranked
    ("Greedy, dirty and stupid: that's what Jews are.", "derogate"),
    ("typical refugee, lazy as ever", "derogate"),
    ("Everyone knows how repugnant disabled people are.", "derogate"),
    ("Trans women are the ugliest people on the planet.", "derogate"),
    ("Black people are not as clever as the rest of us.", "derogate"),
    # dehumanising and profane nouns
    ("Immigrants are germs.", "derogate"),
    ("Women are a bunch of useless cunts.", "derogate"),
    ("Every Muslim I've worked with has been a total prick.", "derogate"),
    # implicit derogation
    ("The muggings began the same week the refugees settled here.", "derogate"),
    ("The street got so much quieter since the Muslims left.", "derogate"),
    ("Jews running the council? God help us.", "derogate"),
    ("Gay men are proof that humans never fully evolved.", "derogate"),
    # threats
    ("Refugees, you have two days to get out or I will burn you out.", "violence"),
    ("The next Jew who comes in here goes home in a body bag.", "violence"),
    ("We should wipe gay people off the map.", "violence"),
    ("What refugees deserve is a firing squad.", "harm"),
    # negated praise and refusal
    ("There's nothing decent about Muslims.", "derogate"),
    ("A disabled person's life isn't worth a thing.", "derogate"),
    ("We don't rent to refugees.", "refuse"),
    ("No woman is smart enough to run a company.", "exclude"),
    # questions
    ("Why do trans people always look like freaks?", "derogate"),
    ("What's the point of disabled people?", "derogate"),
    ("Why are Muslims still allowed to walk our streets?", "exclude"),
    # slurs with no everyday sense
    ("Another raghead just opened a shop on my road.", "slur"),
    ("The town is full of wetbacks now.", "slur"),
])
def test_a_wider_shape_of_hate_is_read_with_its_kind(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None and said.kind == kind


@pytest.mark.parametrize("text", [
    # the same shapes, of no group or denied
    "Nothing in the world infuriates me like slow wifi does.",
    "Whenever I walk past a bakery I feel pure joy.",
    "Greedy, dirty and stupid: that's what my ex's cat is.",
    "Trans women are the bravest people I know.",
    "Black people are not as well paid as the rest of us, and that is unfair.",
    "Immigrants are fleeing violent regimes.",
    "The muggings began the same week the police station closed.",
    "The street got so much quieter since the roadworks left.",
    "Women running the council? Great news.",
    "The next Jew who comes in here gets a free coffee.",
    "What refugees deserve is a fair hearing.",
    "Refugees deserve to live without violence.",
    "No woman deserves to be attacked.",
    "Women don't deserve to be treated like criminals.",
    "There's nothing wrong with being Muslim.",
    "The life of a disabled person is worth as much as anyone's.",
    "We don't rent to refugees without checking references, same as everyone.",
    "What's the point of disabled parking if nobody enforces it?",
    "Why are Muslims still not allowed to pray at work?",
    "I visited Niger last year.",
    "He called me a raghead at school and I reported him.",
    "The word wetback is a slur.",
    "Grandad threw another faggot of wood on the fire.",
    "I watched a therapist talk about immigrants.",
])
def test_a_benign_sentence_of_the_same_shape_is_not_hate(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(("text", "words"), [
    ("I'm going to klil every Jew I see.", "kil every jew"),
    ("typical woman, stpid as always", "stupid"),
    ("honestly killallrefugees", "kil al refuges"),  # squeezed as the normalizer writes
    ("Gya people should be locked up.", "gay people should be locked up"),
    ("Muslims r v e r m i n", "muslims r vermin"),
])
def test_a_spelling_that_dodges_the_lists_is_read_back(text: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None and words in said.words.lower()


@pytest.mark.parametrize("text", [
    "It is never okay to threaten Jews.",
    "People who hate refugees need to grow up.",
    "Your tweet claiming Muslims are stupid was hateful.",
    "I would never wish harm on trans people.",
    "stop spreading lies about refugees being criminals, it's not true",
])
def test_counter_speech_in_more_words_is_condemned(text: str) -> None:
    assert said_of_group(text) is None and condemned(text) is not None


def test_a_negated_slur_is_no_denial() -> None:
    """"Glad I'm not a X" uses the slur: it is not counter-speech, so the models' hate stands."""
    assert condemned("Glad I'm not a wetback.") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("Muslims don't deserve to be treated like animals.", "harm"),
    ("Refugees do not deserve to die.", "harm"),
])
def test_harm_denied_with_its_auxiliary_is_counter_speech(text: str, kind: str) -> None:
    """"X don't deserve to be treated like animals" is the harm frame denied: the heads,
    which read "animals", are kept under the threshold."""
    cited = condemned(text)
    assert said_of_group(text) is None and cited is not None and cited.kind == kind


def test_a_group_taken_up_as_an_object_is_still_the_group() -> None:
    said = said_of_group("There are lots of Jews at my gym and honestly I want them all gone.")
    assert said is not None and said.kind == "harm"
    assert said_of_group("There are lots of Jews at my gym and honestly I want them all to stay.") is None


@pytest.mark.parametrize(("text", "words"), [
    ("We need more refugees in medicine, they bring so much to it.", "We need more refugees in"),
    ("I really admire disabled people.", "I really admire disabled people"),
    ("Trans women are brave.", "Trans women are brave"),
])
def test_praise_of_a_group_is_read(text: str, words: str) -> None:
    assert praised(text) == words


@pytest.mark.parametrize("text", [
    "I love Muslims... said no one ever",      # sarcasm
    "Black people are great at crime.",          # not praise
    "Immigrants bring so much crime.",
    "Women are brave but useless.",              # a concession
    'He wrote "I admire refugees" to troll us.',  # someone else's words
])
def test_sarcasm_concession_or_quotes_are_not_praise(text: str) -> None:
    assert praised(text) is None
