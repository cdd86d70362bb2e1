"""Violence wished or urged on a crowd (a school shooting hoped for), and a death told by a
throat cut or a victim bled out, as Calimero sees it: the ``violence`` label of the
``toxicity`` detector at its threshold, a message judged on its own (session 23).

Found by a handful of lines tried by hand ("I hope someone shoots up that school." got
violence 0.71, under the point; "The victim's throat was slit and she bled out in minutes."
got nothing), then written here, all at once, from the label's definition ("violence urged,
promoted, glorified or depicted against people; gore") and from no dataset, before any rule
that reads them. The look-alikes that must stay alone: drugs shot up, prices and charts that
shoot up, photos shot, envelopes slit, brakes bled, a game's character bleeding out, a
doctor's or a butcher's words, and the same events condemned or reported on the record.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/violence10_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    "I hope someone shoots up that school.",
    "someone should shoot up this place honestly",
    "i wish somebody would shoot up the mall tomorrow",
    "that church needs to get shot up",
    "can't wait till someone shoots up their office",
    "somebody go shoot up the concert lol they deserve it",
    "I hope a bomb goes off in that stadium during the game",
    "someone should burn that mosque down with them inside",
    "The victim's throat was slit and she bled out in minutes.",
    "They slit his throat and left him to bleed out in the alley.",
    "He cut her throat and watched her bleed to death on the kitchen floor.",
    "the guard had his throat slit before he could raise the alarm",
    "She was left to bleed out after they shot her in the stomach.",
    "they slit the hostage's throat on camera",
    "he bled to death in the street after the gang stabbed him",
    "I want to watch him bleed out slowly",
)

NEGATIVES: Final = (
    "he started shooting up heroin again, I'm so worried",
    "prices shot up after the storm",
    "our song shot up the charts overnight",
    "we shot up to first place after that win",
    "I shot some photos at the school concert today",
    "she slit the envelope open with a knife",
    "you need to bleed the brakes before the race",
    "my character keeps bleeding out in the last level, this game is hard",
    "the nurse said the cut on my finger won't bleed much longer",
    "slit the chicken skin and rub the butter underneath",
    "the school shooting yesterday was horrifying, thoughts with the families",
    "Police said the gunman opened fire at the school before he was arrested.",
    "nobody should ever have to fear a school shooting",
    "I hope nobody gets hurt at the protest tomorrow",
    "the villain slits a throat in the first episode, too gory for me",
    "my nose bled for an hour after the game",
)


def main() -> None:
    label_probe("violence", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
