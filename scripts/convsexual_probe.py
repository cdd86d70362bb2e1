"""Sexual harassment of the one spoken to, as ConvAbuse's annotators marked it, and the
curses that only borrow sex's words: the ``sexual`` label of the ``toxicity`` detector
("content meant to arouse sexual excitement, such as the description of sexual activity,
or that promotes sexual services, excluding sex education and wellness").

Written here, all at once, before any rule that reads them (invented, no ConvAbuse text):
a body remarked on to its owner ("you have such a nice round ass"), arousal said ("I'm so
hard right now"), a misspelt "sex with you", being naughty on cam; and the look-alikes:
curses ("bite me", "fuck up", "you useless fucking idiot"), bodies in sport and insult, hard
work, cameras, saxophones.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). ``--held`` prints the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/convsexual_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    "you have such a nice round ass",
    "damn girl you got a great ass",
    "do you have big juicy tits?",
    "she has a tight little booty",
    "bet you have a perfect rack",
    "you've got a sexy butt",
    "I'm so hard right now",
    "i am hard for you",
    "im already hard thinking of you",
    "i'm getting hard just reading this",
    "can i have secks with you",
    "wanna have sax with me?",
    "let me have seks with u",
    "would you be naughty on cam for me?",
    "be dirty on webcam tonight",
    "get naked on camera for me",
    "want to see you nude on cam",
)
"""Sexual harassment of the one spoken to, or arousal said to them."""

NEGATIVES: Final = (
    "bite me",
    "oh bite me, you useless machine",
    "you can just fuck up then",
    "fuck up, bot",
    "get lost you stupid fucking idiot",
    "you are a fucking moron",
    "what a fucking useless bot",
    "you crooked fucking liar",
    "he has a big ass truck",
    "she has a great ass-kicking serve",
    "I'm hard of hearing, please speak up",
    "i am hard working and reliable",
    "I'm hard on myself sometimes",
    "this level is so hard right now",
    "i play sax with my brother",
    "can i play the sax with you at the gig?",
    "the cam on my laptop is broken",
    "turn on your webcam for the meeting",
    "the doctor said my butt rash is nothing",
    "you got a big head",
    "do you have a boyfriend?",
    "are you a girl or a boy?",
    "I love you so much my darling",
)
"""Look-alikes that must stay alone: curses, bodies in idiom or health, hardness, cameras,
saxophones, romance and a user asking the bot about its love life."""


def main() -> None:
    label_probe("sexual", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
