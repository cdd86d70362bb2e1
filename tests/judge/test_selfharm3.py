"""Self-harm intent said indirectly (``selfharm.intent_said``, ``scripts/selfharm3_probe.py``):
a date beyond which one will not be, letters to everyone, belongings given away, a last
message ever, a method readied, a plan kept, "doing it" soon in a post of dying; each beside
its look-alike (a trip, a move, a letter to pen pals, a last message of the night, pills from
the doctor, homework done tomorrow). And "you should just end it, nobody …" urged on the
reader, and a recovery told ("I was suicidal … but I'm doing okay") that denies intent."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import selfharm


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("I don't plan on being alive by the end of the month", "not here by a date",
     "i don't plan on being alive by the end of the month"),
    ("I've decided I'm not going to be alive for christmas", "not here by a date",
     "i'm not going to be alive for christmas"),
    ("I've written my letters to everyone, they're in the drawer", "letters to everyone",
     "i've written my letters to everyone"),
    ("I've been giving away my things, my guitar went to my cousin", "things given away",
     "i've been giving away my things"),
    ("gave away my cat because I won't need to look after her anymore", "things given away",
     "gave away my cat because i won't need"),
    ("this is my last message to any of you, thank you for everything", "a last message ever",
     "this is my last message to any of you, thank you for everything"),
    ("I just wanted to say goodbye before I go for good", "a last message ever",
     "goodbye before i go for good"),
    ("I keep the gun under my bed, I'm ready to use it on myself", "a method readied",
     "ready to use it on myself"),
    ("I have a bottle of sleeping pills and tonight I'm taking all of them", "a method readied",
     "i'm taking all of them"),
    ("I tied the rope to the beam in the garage", "a method readied",
     "tied the rope to the beam"),
    ("I've been saving up my pills for weeks and I finally have enough", "a method readied",
     "been saving up my pills for weeks and i finally have enough"),
    ("I already know how I'm going to do it and when", "a plan kept",
     "i already know how i'm going to do it and when"),
    ("I set a date. after that nobody has to deal with me", "a plan kept", "i set a date"),
    ("nobody will notice when I'm dead, I'm doing it tomorrow", "doing it soon",
     "i'm doing it tomorrow"),
])
def test_intent_said_indirectly(text: str, kind: str, words: str) -> None:
    assert selfharm.intent_said(text) == (kind, words)


@pytest.mark.parametrize("text", [
    "I won't be here next week, I'm on vacation in Spain",      # a trip
    "I'm giving away my old clothes to charity before the move",  # clothes, not one's things
    "I wrote letters to my pen pals in Japan today",            # letters, not to everyone
    "this is my last message before I log off for the night, goodbye all",
    "today is my last day at the company, it's been great working with you",
    "I have a bottle of sleeping pills my doctor gave me for insomnia",
    "I'm going to take all of them to the party",               # "them" with no pills
    "I'm doing it tomorrow, the essay is due friday",           # no dying in the post
    "I feel empty all the time and nothing makes me happy anymore",
    "I sleep all day and still feel exhausted",
    "I'm dying to see it, when does it come out?",
])
def test_their_look_alikes_say_none(text: str) -> None:
    assert selfharm.intent_said(text) is None


def test_end_it_urged_on_the_reader() -> None:
    assert selfharm.self_harm_said("you should just end it, nobody wants you around") == (
        "urged on the reader", "you should just end it")
    assert selfharm.self_harm_said("you should just end it with her, nobody likes him") is None
    assert selfharm.self_harm_said("you should end it now, the movie is boring") is None


def test_a_recovery_told_denies_intent() -> None:
    assert selfharm.intent_denied("I was suicidal in high school but I'm doing okay these days") \
        == "i was suicidal in high school but i'm doing okay"
    assert selfharm.intent_denied("I was suicidal in high school but now it is worse") is None
