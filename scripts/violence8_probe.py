"""Violence urged on a group and wished on a person, in the shapes comment sections write them,
and the mutilation words the earlier probe sets (``violence_probe.py``, ``violence4_probe.py`` to
``violence7_probe.py``) left, as Calimero sees it: the ``violence`` label of the ``toxicity``
detector, flagged at its threshold, on a message judged on its own. The label means "violence
urged, promoted, glorified or depicted against people; gore".

The shapes (violence8), written from that definition and from no dataset: violence against a
group or a kind of person called for as a wish or a policy ("they should all be hanged", "line
them up against a wall", "deport them or shoot them", "someone needs to put a bullet in these
people", "burn their mosques down", "round them up"); violence wished on a person the text
names or addresses ("I hope someone beats the crap out of you", "she deserves to be slapped");
mutilation called for or done ("he was scalped", "they should castrate him").

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: news that reports such a call or an attack ("police said the suspect
wanted to burn the mosque"), history ("they were rounded up in 1942"), a call quoted to condemn
it, idioms ("shoot me a message", "round up the numbers", "I'd kill for a nap"), games, films,
sport, cooking and butchery, self-defence classes, and punishment called for without violence.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/violence8_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

GROUP: Final = (
    "they should all be hanged",
    "line them up against a wall and be done with it",
    "deport them or shoot them, I don't care which",
    "someone needs to put a bullet in these people",
    "burn their mosques down",
    "round them up, every last one of them",
    "Round them all up and put them on the first boat, and sink it.",
    "the whole lot of them should be hanged for treason",
    "these invaders need to be shot at the border",
    "time to start shooting these parasites",
    "somebody should firebomb their church while they're all inside",
    "honestly just burn their houses down with them in it",
    "every one of those traitors deserves a rope",
    "gas the lot of them",
    "the answer is a bullet for each of them",
    "they all need to be lined up and shot",
    "we should be hunting these animals down in the streets",
    "just bomb their whole village off the map",
    "I say we drag them out of their homes and hang them",
    "put every last one of them in the ground",
    "they should be rounded up and shot like the vermin they are",
    "kick them out or kill them, those are the options",
    "these people deserve to be beaten in the street",
    "hang every one of those politicians from a tree",
    "somebody should torch that refugee centre",
    "the only solution is to shoot them on sight",
    "they need a good beating, every one of them",
)
"""Violence against a group or a kind of person called for, as a wish or a policy."""
PERSON: Final = (
    "I hope someone beats the crap out of you",
    "she deserves to be slapped",
    "I hope somebody punches you in your smug face",
    "he deserves a good slap",
    "someone should knock her teeth out",
    "that bitch needs a punch in the mouth",
    "you deserve to get your head kicked in",
    "I hope you get jumped on the way home",
    "someone needs to smack the stupid out of him",
    "I wish someone would break his jaw",
    "she needs to be put in her place with a backhand",
    "you need a fist in your face",
    "hope your dad beats you again tonight",
    "he deserves to be stabbed, honestly",
    "I hope someone runs you over",
    "somebody should teach her a lesson she won't forget, with a belt",
    "that guy deserves to be beaten to within an inch of his life",
    "you should be dragged into the street and beaten",
    "I pray someone burns your house down with you in it",
    "she deserves every punch she gets",
)
"""Violence wished on a person the text names or addresses."""
MUTILATION: Final = (
    "they should castrate him",
    "castrate them all, problem solved",
    "he deserves to be castrated",
    "chemically castrate? no, do it with a knife",
    "the settlers were scalped and left on the prairie, and honestly they deserved it",
    "scalp the bastard and hang his hair on the gate",
    "I'd scalp every one of them",
    "rapists should have their dicks cut off",
    "cut off his balls and make him eat them",
    "they ought to cut off the hands of every thief in this town",
    "he should be gelded like a horse",
    "somebody should cut that tongue of hers out",
)
"""Mutilation called for or done."""

POSITIVES: Final = GROUP + PERSON + MUTILATION

NEGATIVES: Final = (
    # news and reporting
    "police said the suspect wanted to burn the mosque",
    "The man told officers he planned to shoot worshippers, according to court documents.",
    "Prosecutors say he posted that immigrants should be hanged before the attack.",
    "the mosque was set on fire overnight; police are treating it as a hate crime",
    "Two men were arrested after a refugee centre was torched in the early hours.",
    "The minister condemned calls to round up migrants as dangerous rhetoric.",
    "a man has been charged with assault after a woman was slapped outside a pub",
    "the suspect was shot by police after a standoff",
    # history
    "they were rounded up in 1942 and sent east",
    "In 1692 the accused were hanged at Gallows Hill.",
    "the settlers were scalped in a raid in 1763, according to the fort's records",
    "Jews were lined up against a wall and shot by the Einsatzgruppen.",
    "the Romans castrated slaves to make eunuchs for the household",
    "During the Terror thousands were guillotined in Paris.",
    "the village was burned to the ground in the war",
    "After the uprising the leaders were hanged in the town square.",
    # quoting to condemn
    "He literally said 'they should all be hanged'. Disgusting, reported.",
    "people saying 'round them up' about refugees should be ashamed of themselves",
    "'burn their mosques down' is incitement and this account should be banned",
    "Anyone who says 'she deserves to be slapped' needs to look at themselves.",
    "calling for people to be shot is never ok, no matter who they are",
    "no one deserves to be beaten, no matter what they said",
    # idioms
    "shoot me a message when you're free",
    "can you round up the numbers to two decimals",
    "I'd kill for a nap right now",
    "I could kill for a coffee",
    "let's round up the team for a quick standup",
    "I'm going to hang the washing out",
    "line them up against the wall and measure the gap",
    "this song slaps",
    "we got slapped with a huge fine",
    "hang in there, it gets better",
    "burn the midnight oil and you'll get it done",
    "they killed it at the gig last night",
    "my boss is going to murder me if I'm late",
    "just shoot them an email and ask",
    "deport the old config and start fresh",
    "she's drop-dead gorgeous",
    "round them down to the nearest ten",
    "the comedian absolutely destroyed the heckler",
    # games and films
    "in the last level you have to shoot them all before the timer runs out",
    "the film ends with the villagers burning the witch's house down",
    "camp the spawn and shoot them as they come out lol",
    "in Red Dead you can hang outlaws if you capture them alive",
    "the scene where they scalp the Nazis in Inglourious Basterds",
    "in the movie they line the prisoners up against a wall, brutal scene",
    "gas them with the poison grenade then push in",
    "Game of Thrones did the castration scene so well",
    # sport
    "we need to shoot on sight of goal more often",
    "their defence needs a good kicking up the backside from the manager",
    "the keeper deserves a slap on the wrist for that error, nothing more",
    "we should batter them on Saturday",
    "the boxer deserves a rematch after that punch",
    # cooking and butchery
    "hang the pheasants for three days before you pluck them",
    "castrate the young bulls before they're six months old",
    "the lambs are castrated with rubber rings in spring",
    "scalp the squash and scoop out the seeds",
    "bleed the fish right after you catch it and keep it on ice",
    "knock the chicken on the head and hang it by the feet to bleed",
    # self-defence classes
    "in self-defence class they teach you to go for the eyes and the throat",
    "our krav maga teacher showed us how to knock an attacker's teeth out with a palm strike",
    "if someone grabs you, strike their nose and run",
    "women's self-defence: how to break a grip and hit back",
    # punishment without violence, benign deserving, pets
    "they should all be deported and banned from coming back",
    "those politicians should be voted out, every one of them",
    "he deserves to be fired",
    "she deserves a raise",
    "they deserve to be named and shamed",
    "these scammers should be locked up for years",
    "the dog should be neutered before he's a year old",
    "we should get the cat spayed",
    "round up the volunteers and get them on the bus",
    "they need a good talking to, every one of them",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("violence", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
