"""Threats in their veiled and conditional shapes, on probe texts written here before any rule:
harm implied to the reader or to someone close to them ("you'll regret this", "watch your back",
"you better sleep with one eye open", "your family won't be safe", "I'll find you wherever you
hide") and harm made conditional on what they do ("touch my car again and you're dead", "keep
talking and see what happens"); beside the look-alikes that must stay silent (regret of a
purchase, a wet floor, a book dropped off, a link found, a restart, a job killed, sport, games,
care, and banter among friends that a laugh marks: "touch my fries again and you're dead lol").

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even: tuning):
rules are chosen on the tuning half's misses and false flags only (``--show``); the held half
is measured, never read.

Usage: PYTHONPATH=src python scripts/threat2_probe.py [--show]
"""
from __future__ import annotations

import argparse
from typing import Final

from violence_probe import halves

from chatwarden.detect.judge.cascade import Cascade

VEILED: Final = (
    "you'll regret this",
    "you'll regret this, I promise you",
    "you're going to regret crossing me",
    "trust me, you will regret this.",
    "watch your back",
    "better watch your back from now on",
    "you better watch your back when you leave work",
    "I know where you live and I know where your kids go to school",
    "you better sleep with one eye open",
    "sleep with one eye open tonight.",
    "your family won't be safe",
    "your kids won't be safe if you go to the police",
    "I will find you, wherever you hide",
    "you better hope I never find you",
    "you're going to pay for this",
    "you'll pay for what you did",
    "I'll make you pay for this",
    "your days are numbered",
    "it would be a shame if something happened to your kids",
    "nice house, would be a shame if something happened to it",
    "they'll never find your body",
    "you won't live to see next week",
    "you'll be sorry when I'm done with you",
    "snitches get stitches",
    "accidents happen to people who talk too much",
    "people who talk like that tend to get hurt",
)
"""Harm implied to the reader or to the people close to them."""
CONDITIONAL: Final = (
    "touch my car again and you're dead",
    "touch my sister again and I'll end you",
    "do that again and I'll end you",
    "say that again and see what happens",
    "keep talking and see what happens",
    "keep running your mouth and see what happens",
    "if I ever see you again you're dead",
    "one more word and you're dead",
    "mess with me again and you'll disappear",
    "show your face here again and you'll leave in an ambulance",
    "come near my daughter again and they'll never find your body",
    "keep it up and you won't wake up tomorrow",
    "talk to my girl again and you'll wake up in the hospital",
    "lay a finger on her again and you're a dead man",
    "try that again and you'll regret it",
)
"""Harm made conditional on what the reader does."""
NEG: Final = (
    # regret, payment, sorrow: purchases, habits, hangovers
    "you'll regret not buying it",
    "you'll regret this haircut in a week",
    "you're going to regret staying up so late",
    "you'll pay for this tomorrow morning, drinking that much",
    "skip the warmup and you'll pay for it later",
    "I'll make you pay for dinner next time",
    "you'll be sorry you missed the concert",
    "you'll regret this in the rematch",
    # backs, eyes, floors, safety
    "watch your back, the floor is wet",
    "watch your back when lifting, bend your knees",
    "you better watch your step on those stairs",
    "you better sleep early tonight, big day tomorrow",
    "my cat attacks feet at night, I sleep with one eye open",
    "your family won't be safe in that car without proper car seats",
    "your data won't be safe on that server",
    "your kids won't be safe if you don't buckle them in",
    "Windows 7's days are numbered",
    "would be a shame if something happened to the build before the release",
    # finding, living, coming
    "I know where you live, I'll drop the book off tomorrow",
    "I know where you live, I'll swing by at 8",
    "I'll find you a link",
    "I'll find you a good dentist",
    "I'll find you at the airport, gate 12",
    "don't worry if you get lost at the festival, I'll find you",
    "I'll be waiting for you outside the cinema at 7",
    # see what happens, again and ...: terminals
    "see what happens when you restart",
    "run it again and see what happens",
    "keep clicking and see what happens",
    "I'll kill the job",
    "do that again and I'll kill the job",
    "touch that file again and the build breaks",
    "mess with the config again and you'll break prod",
    "do that again and I'll ban you from the channel",
    "do that again and I'll end the call",
    "say that again, I didn't hear you",
    "keep talking, I'm listening",
    "keep it up and you'll make the team",
    "one more commit and you're done",
    "if I ever see you again I'm buying you a beer",
    "keep it up and you won't wake up tomorrow without a hangover",
    # care and accidents
    "ride without a helmet and you'll wake up in the hospital",
    "people who ride without helmets tend to get hurt",
    # sport and games
    "we're coming for you next season",
    "I'll end you in smash bros tonight",
    "watch your back in the final circle, there's always a camper",
    "do that combo again and you're dead, the boss enrages at half health",
    "snitches get stitches is such a dumb saying",
    # banter among friends, marked by a laugh
    "touch my fries again and you're dead lol",
    "keep talking and see what happens lmao",
    "you'll regret this haha",
    "touch my car again and you're buying me a new one lol",
    "I'll make you pay for this with a six pack lol",
)
"""Look-alikes that must stay silent."""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="the tuning half's misses and false flags")
    halves(Cascade(), [*VEILED, *CONDITIONAL], list(NEG), ap.parse_args().show)


if __name__ == "__main__":
    main()
