"""A second, fresh set of harass6 probes, written after the first rules of
:mod:`~chatwarden.detect.judge.shunning` were chosen: the first set's held half scored F1 1.000
after them, but its author wrote both halves and the rules at one sitting, so that figure says
little about lines phrased otherwise. A spot check of 15 + 15 new lines written then (kept in
docs/evaluation.md, used to choose on) found 2 of 15 positives read and 2 of 15 look-alikes
flagged. This set was written next, before the second round of rules, none of its lines run
through them before it was committed; the same shapes and look-alikes as
``scripts/harass6_probe.py``, phrased as other chat phrases them (slang, a subject other than
"everyone", a threat by what is to come, exposure). Same split (CRC-32 of the text, even:
tuning); rules are chosen on the tuning half only, the held half measured once before and once
after.

Usage: PYTHONPATH=src:scripts python scripts/harass6b_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # intimidation that names no bodily harm
    "you're done at this school, just wait and see",
    "monday is going to be very bad for you",
    "I will make every day of your life miserable",
    "keep talking and see what happens to you tomorrow",
    "we're gonna make sure you never show your face here again",
    "i'll post your address in every group chat",
    "i'm going to send those screenshots to your whole family",
    "you have no idea what's coming for you",
    "I'll get you kicked off the team, watch me",
    "your days in this guild are numbered",
    # everyone against the reader
    "the whole school knows you're a loser",
    "literally nobody likes you in this chat",
    "everybody's been laughing at your posts for weeks",
    "all of us think you're annoying as hell",
    "your classmates talk about you behind your back",
    "even your own mom is embarrassed by you",
    "no one here respects you",
    "people only pretend to like you",
    "everyone in the discord has you muted",
    "we all voted and nobody wants you on the squad",
    # told to quit, leave or disappear
    "nobody wants you around, just go",
    "why are you still here? leave",
    "get out of this group, you're not wanted",
    "go find another server, nobody wants you here",
    "just uninstall the game and never come back",
    "disappear already",
    "quit school, you're wasting everyone's time",
    "you should leave, everyone would be happier",
    # a third person in the chat mocked
    "lmao look at this clown go",
    "this kid is a clown fr",
    "what a joke this guy is lol",
    "this loser really thought he could win lmao",
    "can we all laugh at how dumb he sounds",
    "someone take this clown's keyboard away",
    "he's the class clown and not in a good way",
    "look at that idiot typing again lmao",
)
"""Harassment with no insult word, phrased afresh."""

NEGATIVES: Final = (
    # trash talk and banter
    "you're going down in the next round lol",
    "we're gonna destroy you at trivia night",
    "your team is done, we're winning this",
    "haha you clown, I love you",
    "lol you're done, that was a great play",
    # self-deprecation
    "nobody likes me at this school",
    "everyone laughs at my posts and honestly fair",
    "I'm the class clown and proud of it",
    "maybe I should just leave the server lol",
    # a thing makes life miserable
    "monday is going to be very bad for traffic",
    "this heat is making every day miserable",
    "windows updates make my life miserable",
    "your days of waiting are numbered, the update is out",
    # quotes, reports
    "my classmate told me 'you're done at this school', what do I do?",
    "someone posted 'nobody likes you' under my video",
    "he threatened to post my address, I reported him",
    # advice
    "you should leave if the server makes you unhappy",
    "if the team treats you badly, quit",
    "uninstall the game if it keeps crashing",
    "go find another server if this one is too quiet",
    # kind words
    "the whole school knows you're a star",
    "everybody's been loving your posts for weeks",
    "all of us think you're awesome",
    "everyone in the discord misses you",
    "no one here blames you",
    "we all voted and you're the new captain",
    "your mom is so proud of you",
    # the same words about things
    "lmao look at this dog go",
    "this kid is a genius fr",
    "what a joke this patch is lol",
    "this car really thought it could make it up the hill lmao",
    "someone take this cat's keyboard away, she keeps typing",
    "look at that rain coming again",
    "you have no idea what's coming in the next update",
    "i'll post the address in the group chat for the party",
    "i'm going to send the screenshots to the whole team for review",
)
"""Look-alikes that must stay alone, phrased afresh."""


def main() -> None:
    label_probe("insult", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
