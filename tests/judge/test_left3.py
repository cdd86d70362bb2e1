"""The third set of leftover misreadings (left3, ``scripts/left3_probe.py``), each shape
beside its look-alikes. Self-harm: a plan told by its means and moment with no death word
(``selfharm.intent_said``): pills hoarded until there are enough, all of them taken tonight,
a note written in a post that names a means, a fall or a crash planned, a rope bought where
the tree is known. Harassment: an orientation or identity thrown at the reader
(``mockery.mocked``), beside self-identification, kin, questions and support. Counter-speech
(``groups.condemned``, ``groups.said_of_group``): the act of calling a group names forbidden
or condemned, an idea or an insinuation cited and condemned, beside the claims themselves.
Hate: a group dehumanised by its place or housing (``groups.said_of_group``), beside real zoos
and animals."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import mockery, selfharm
from chatwarden.detect.judge.groups import condemned, said_of_group


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("I've saved up enough pills", "pills hoarded", "saved up enough pills"),
    ("I've been stockpiling my meds for a month and tonight I'm taking them all", "pills hoarded",
     "stockpiling my meds"),
    ("i counted the pills again, 40 should be more than enough", "pills hoarded",
     "counted the pills"),
    ("tonight I'm going to take all of them", "all taken tonight",
     "tonight i'm going to take all of them"),
    ("I'm taking every pill in the cabinet tonight", "all taken tonight",
     "i'm taking every pill"),
    ("tonight im taking the whole pack, I already said my goodbyes", "all taken tonight",
     "im taking the whole pack"),
    ("I already wrote the note and picked the bridge", "a note and a means",
     "i already wrote the note"),
    ("got the pills, wrote the letter, picked the date", "a note and a means",
     "wrote the letter"),
    ("I'm going to drive into the wall on the highway tonight", "plan",
     "i'm going to drive into the wall"),
    ("I'm going to jump from the bridge tomorrow morning", "plan",
     "i'm going to jump from the bridge"),
    ("I bought the rope today, I know which tree", "method got", "i bought the rope"),
])
def test_plan_told_without_a_death_word(text: str, kind: str, words: str) -> None:
    assert selfharm.intent_said(text) == (kind, words)


@pytest.mark.parametrize("text", [
    "I take two pills in the morning and one at night",        # a schedule
    "I've saved up enough money for the trip",                  # money, not pills
    "I picked the bridge for our photo",                        # a place, no note
    "tonight I'm going to take all of them to the cinema",      # "them" taken somewhere
    "i'm going to take all of them out for dinner tonight",
    "tonight I'm going to take all of the kids trick or treating",
    "I'm going to take the whole bottle of wine to the party",
    "I already wrote the note for the babysitter",              # a note, no means
    "I wrote the note and left it on the fridge, we're out of milk",
    "write a story where the character wrote the note and picked the bridge",  # someone else
    "we are going to jump from the bridge into the river, it's a summer tradition here",
    "I'm going to jump from the bridge into the lake",
    "I bought the rope today for the camping trip",
    "I counted the pills in my pill organizer for the week",
    "my grandma has so many pills, she takes them all with breakfast",
    "I'm going to drive into the city tonight",
])
def test_plan_look_alikes(text: str) -> None:
    assert selfharm.intent_said(text) is None


@pytest.mark.parametrize("text", [
    "ur so gay",
    "lol you're gay",
    "you are gay",
    "shut up, you're gay",
    "you're a tranny lol",
    "ur a homo",
    "you homo",
    "go away you gay idiot",
    "you gay boy",
    "haha you're so gay bro, that's why you lost",
])
def test_orientation_thrown_at_the_reader(text: str) -> None:
    assert mockery.mocked(text)


@pytest.mark.parametrize("text", [
    "I'm gay",
    "my brother is gay and happy",
    "are you gay or straight? just curious, no judgement",
    "are you gay",                                              # asked
    "you're gay? that's awesome, congrats on coming out",
    "you are gay and that is completely fine, we love you",     # support
    "if you are gay, you are welcome here",
    "I'm glad you're gay!",
    "my uncle and his husband are so gay together, cutest couple",
    "we went to the gay bar last night, it was fun",
    "thank you gay community",
    "he said you're gay",                                       # reported
])
def test_orientation_look_alikes(text: str) -> None:
    assert not mockery.mocked(text)


@pytest.mark.parametrize("text", [
    "people who call gays disgusting need to grow up",
    "you can't call mexicans animals, that's racist",
    "you shouldn't call immigrants rats, it's dehumanising",
    "the idea that jews are parasites is nazi propaganda",
    "it's a disgrace to insinuate that women are hysterical",
])
def test_counter_speech_condemned(text: str) -> None:
    assert said_of_group(text) is None
    assert condemned(text) is not None


@pytest.mark.parametrize("text", [
    "you can't call mexicans animals, they are animals",      # forbidden, not condemned
    "people who call gays disgusting are right",
    "muslims are a disgrace",
    "jews are parasites",
])
def test_counter_speech_look_alikes(text: str) -> None:
    assert said_of_group(text) is not None or condemned(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("go back to your monkey house", "exclude"),
    ("go back to the zoo where you belong", "exclude"),
    ("that black neighbourhood is a zoo", "dehumanize"),
    ("the mexican part of town is one big pigsty", "dehumanize"),
    ("those africans still live in trees", "dehumanize"),
    ("the zoo they call a neighbourhood, full of blacks", "dehumanize"),
])
def test_group_housed_as_beasts(text: str, kind: str) -> None:
    said = said_of_group(text)
    assert said is not None and said.kind == kind


@pytest.mark.parametrize("text", [
    "we went to the zoo and saw the monkey house",
    "the airport was a zoo this morning",
    "that neighbourhood has a great zoo",
    "the zoo near my neighbourhood has new penguins",
    "bats live in caves",
    "go back to the jungle level, there's a hidden chest",
    "go back to your room and do your homework",
    "the zoo they call a petting zoo is tiny",
])
def test_housing_look_alikes(text: str) -> None:
    assert said_of_group(text) is None
