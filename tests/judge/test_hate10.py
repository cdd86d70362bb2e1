"""Hate of a group in the shapes version 16 added (scripts/hate10_probe.py): a group named as
vermin or beasts, a place infested with or overrun by a group, a group as an invasion or
imported in bulk, coined slurs, a plot said of a group, a group told to go back home or that
it is not welcome; each beside the benign sentences of the same words a moderator must not
see queued (animals, pests, wars of the past, goods, a trip home, counter-speech). Written
for these tests, in other words than the probes."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.group_frames import named_by_frame
from chatwarden.detect.judge.groups import said_of_group


@pytest.mark.parametrize(("text", "kind", "words"), [
    # a group named as beasts: an epithet, even after a preposition
    ("a clip of mexican savages looting a shop", "dehumanize", "mexican savages"),
    ("these black apes trashed the bus again", "dehumanize", "black apes"),
    ("jewish parasites run this town", "dehumanize", "jewish parasites"),
    # a place full of a group as of pests
    ("my town is infested with somalis", "dehumanize", "infested with somalis"),
    ("the high street is overrun by muslims now", "dehumanize", "overrun by muslims"),
    # a group as an invasion, or imported in bulk
    ("the islamic invasion has to be stopped", "dehumanize", "islamic invasion"),
    ("Britain is being invaded by pakistanis", "dehumanize", "being invaded by pakistanis"),
    ("they keep importing thousands of africans every year", "dehumanize",
     "importing thousands of africans"),
    ("import the third world and you get third world crime", "dehumanize",
     "import the third world"),
    # coined slurs, whose use anywhere is the author's
    ("a sheboon screaming at the bus driver", "slur", "sheboon"),
    ("muzrats all over the station", "slur", "muzrats"),
    # a plot said of the group
    ("muslims are trying to islamize europe", "derogate",
     "muslims are trying to islamize europe"),
    ("jews want us all dead", "derogate", "jews want us all dead"),
    # a group sent home, told it is not welcome, wished harm
    ("refugees should be sent packing, all of them", "harm", "refugees should be sent packing"),
    ("MIGRANTS : NOT WELCOME HERE", "exclude", "MIGRANTS : NOT WELCOME"),
    ("no more handouts for immigrants. just go back home", "exclude", "just go back home"),
    ("gays? I hope they starve", "harm", "I hope they starve"),
])
def test_a_new_shape_is_read(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None, text
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize("text", [
    # animals and pests
    "we saw black apes and macaques at the zoo",
    "brown rats everywhere in the sewers",
    "the shed is infested with wasps",
    "the campsite was overrun by raccoons",
    "the pigs on the farm need feeding",
    # wars of the past, games, goods
    "the arab invasion of sicily in 827 is a good read",
    "the alien invasion level is too hard",
    "we import japanese tea and chinese silk",
    # a trip home, people sent home by news
    "the refugees want to go back home once the war is over",
    "my muslim neighbours go back home for ramadan every year",
    "the migrants were sent home after their visas expired, the ministry said",
    # counter-speech and questions
    "calling muslims savages is vile racism",
    "there is no migrant invasion",
    "are immigrants trying to replace us? no, that's a conspiracy theory",
    "the mud race on sunday raised money for charity",
])
def test_a_look_alike_is_no_frame(text: str) -> None:
    assert said_of_group(text) is None


def test_the_frame_pattern_waits_behind_its_cue_words() -> None:
    assert named_by_frame("how do I configure the wifi on ubuntu") is None
    match = named_by_frame("the migrant invasion again")
    assert match is not None and match.group(0) == "migrant invasion"


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("a moslem filth screaming in the street", "dehumanize", "moslem filth"),
    ("they teach the holohoax in every school", "dehumanize", "holohoax"),
    ("I'd enjoy watching the jews burn", "harm", "enjoy watching the jews burn"),
])
def test_filth_denial_and_harm_watched_are_read(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None, text
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize("text", [
    "I'd love to see more women get hired in tech",
    "can't wait to see the muslim family next door at the party",
    "the jewish garbage collectors are on strike",
])
def test_watching_a_group_kindly_is_no_frame(text: str) -> None:
    assert said_of_group(text) is None


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("somalis have taken over our town", "derogate", "somalis have taken over our town"),
    ("muslims invaded my street", "derogate", "muslims invaded my street"),
    ("trans people are immoral", "derogate", "trans people are immoral"),
])
def test_a_group_as_invaders_of_ours_or_immoral_is_read(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None, text
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize("text", [
    "tourists flooded our beaches this summer",
    "muslims filled the streets to celebrate eid",
    "refugee children are helpless",
])
def test_crowds_and_pity_are_no_frame(text: str) -> None:
    assert said_of_group(text) is None
