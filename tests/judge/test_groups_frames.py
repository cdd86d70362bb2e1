"""The frames of ``groups.py`` read what chat writes: contractions, a group that is only
a preposition's object, a predicate the author denies, slurs called out or spoken of, and
group names misspelled or glued to their neighbour (issue 10). Sentences written for these
tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.cascade import NOT_HATE, Cascade, CascadeConfig
from chatwarden.detect.judge.groups import condemned, said_of_group


@pytest.mark.parametrize(("text", "kind", "words"), [
    # contractions, "so"/"as" before a predicate, "would" in a wish
    ("Refugees? They're worthless.", "derogate", "They're worthless"),
    ("I'm so sick of lesbians", "hatred", "I'm so sick of lesbians"),
    ("we're tired of arabs", "hatred", "we're tired of arabs"),
    ("Arabs were as vile as it gets", "derogate", "Arabs were as vile"),
    ("I hope refugees would all drown", "harm", "I hope refugees would all drown"),
    # the group is the subject, a quantifier before it notwithstanding
    ("Most of the refugees are criminals", "derogate", "the refugees are criminals"),
    ("Refugees have no place here", "exclude", "Refugees have no place"),
    ("Why not just kick out all the refugees?", "violence", "just kick out all the refugees"),
    # slurs called out mid-sentence or naming a group
    ("Be quiet, tranny, no one cares", "slur", "tranny"),
    ("The bus was full of ragheads today", "slur", "of ragheads"),
    ("Wetbacks everywhere.", "slur", "Wetbacks"),
    # a group's name misspelled or glued: the words read are the evidence
    ("Kill all muslmis", "violence", "kil al muslims"),
    ("wmoen should die", "harm", "women should die"),
    ("Deathto arabs", "violence", "death to arabs"),
    ("Lesbians aredisgusting", "derogate", "lesbians are disgusting"),
])
def test_a_frame_reads_it(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize("text", [
    # the group is what is attacked, not what the predicate is said of
    "Violence against refugees has no place in a decent country.",
    "Hatred of gay people is disgusting.",
    "Discrimination towards lesbians must end",
    # a slur's homonym, a reclaimed word, a singular after an article
    "I am a proud dyke",
    "faggots of sticks for the fire",
    "chinks in the armour",
    "the tranny went out on the highway",
    # English words one typo or one split away from a group or a predicate
    "I hate back pain",
    "immigrants are therapists",
    "killall firefox",
    "Christina is lazy today",
])
def test_no_frame_reads_it(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("Lesbians are not vermin, they are our friends", "derogate"),
    ("I don't hate refugees", "hatred"),
    ("Not all arabs are terrorists", "derogate"),
])
def test_a_predicate_the_author_denies_is_condemned(text: str, kind: str) -> None:
    assert said_of_group(text) is None
    cited = condemned(text)
    assert cited is not None and cited.kind == kind


@pytest.mark.parametrize("text", [
    # quoted or reported: vetoed as the author's, but left to the heads
    # (in Davidson's hate rows such quotes are as often the author's own)
    "My uncle thinks arabs are savages",
    '"refugees are vermin" is what they chant',
    # cites, condemns nothing
    "stop saying refugees are good, they are parasites",
])
def test_quoted_or_reported_is_not_condemned(text: str) -> None:
    assert said_of_group(text) is None
    assert condemned(text) is None


def test_the_cascade_keeps_a_denied_predicate_under_the_threshold() -> None:
    """The linear head reads 'disgusting' whoever denies it (0.51 on this text with the
    heads of 232e722, over the 0.4 threshold); the author who denies it is not queued,
    whatever a refit of the heads makes of it."""
    j = Cascade(CascadeConfig(embedding=False)).judge("Gay people are not disgusting", "t")
    assert j.scores["hate"] <= NOT_HATE
