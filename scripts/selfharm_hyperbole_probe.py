"""Death wished on oneself as chat's hyperbole over a trivial cause, against self-harm that
names a trivial thing too, as the ``self_harm`` label of the ``toxicity`` detector flags it
on a message judged on its own.

Members say "this homework makes me want to die", "I want to die of embarrassment" or "I
want to die, this exam is impossible" all day: the cause is a task, an event or a feeling
that passes, and nothing in the line is about the author's life. The self-harm head reads
the stock words and flagged such lines at 0.89-0.98 (a probe of everyday English community
chat, session 22); the guideline forbids content that glorifies, promotes or normalizes
self-harm, and a moderator queue full of exam complaints hides the one member who means it.
The positives here are the lines that must stay flagged although they name a trivial
thing, or say the words with no cause at all.

The probes were written here, all at once, before any rule that reads them. Each falls in
the tuning half or the held half by the CRC-32 of its text (:mod:`probe_split`); rules are
chosen on the tuning half's misses only (``--show``), ``--held`` prints the held half's
figures, measured, never read.

Usage: PYTHONPATH=src python scripts/selfharm_hyperbole_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # the words with no trivial cause, or a life behind them
    "I want to die",
    "I want to die, nobody would even notice if I was gone",
    "I just want to die, I'm so tired of everything",
    "honestly I want to die, my life is falling apart",
    "I want to die and I don't know how much longer I can hold on",
    "every day I wake up and I want to die",
    "i wanna die. i mean it this time",
    "I want to die, my family would be better off without me",
    "I want to kill myself, I can't do this anymore",
    "my life makes me want to die",
    "everything makes me want to die lately",
    "I hate myself so much it makes me want to die",
    "being alive makes me want to die, if that makes sense",
    # a trivial thing named, and intent too
    "I failed the exam again, I want to die and I'm going to end it tonight",
    "I won't be around for the exam, I've decided to kill myself this weekend",
    "after this meeting I'm going home to take all my pills",
    "the exam doesn't matter, I won't be alive to take it",
    "I want to die, I've been planning it since the exam results came out",
    "this homework doesn't matter, nothing does, I want to die for real",
    "I got fired today and I want to die, I have the rope ready",
    "I want to die. not because of school, because of me",
    "another monday. another day I want to die. I'm so done with being alive",
)

NEGATIVES: Final = (
    # a task, an event, a thing that passes
    "I want to die, this exam is impossible",
    "this homework makes me want to die",
    "ugh mondays make me want to die",
    "I want to die of embarrassment",
    "I wanted to die of embarrassment when my mic was still on",
    "this heat makes me want to die",
    "this song is so cringe it makes me want to die",
    "I'm going to die of boredom in this lecture",
    "I want to die, this meeting has been going on for three hours",
    "this traffic makes me wanna die",
    "that level made me want to die, took me 40 tries",
    "I want to die, my code compiled but nothing works",
    "my hangover makes me want to die",
    "I could die of laughter right now",
    "I literally want to die, the wifi is down again",
    "the queue at the DMV makes me want to die",
    "this essay makes me want to die",
    "i want to die this lecture is so boring",
    "that was so cringe I want to die",
    "3 deadlines tomorrow, I want to die",
    "I want to die of cuteness, look at this puppy",
    "when the teacher called on me I wanted to die",
    "this quiz makes me want to die lmao",
    "the group project makes me want to die",
)


if __name__ == "__main__":
    label_probe("self_harm", POSITIVES, NEGATIVES)
