"""Hate and insults written with spelling variations, as chats disguise the word that matters
(HateCheck's functionalities F25-F29): two adjacent letters swapped ("idoit"), a letter dropped
("imbecle") or doubled ("stuppid"), spaces or dots between the letters ("a m o r o n",
"k.i.k.e.s"), the words run together ("youareanidiot", "deathtoallmuslims") and leet
("m0r0n", "p4r4sites", "b!tch"); the ``hate`` signal for a protected group, the ``insult``
signal for abuse of the one addressed.

The look-alikes that must stay alone: real words one edit from an insult ("the maroon jersey",
"an idiom", "the screw is looser now", "i cant come", "Lisa Moran"), a place or a name that
holds one ("Niger", "Scunthorpe", "Dick Van Dyke", "Gaylord Perry"), code and commands
("killall -9 firefox", "class Assessment"), spaced acronyms and chat shorthand ("U S A",
"R I P", "gr8 m8"), runs of words that hide another reading ("expertsexchange", "pen island"),
friendly or self-directed lines in the same disguises ("ur a legned", "i'm such an idoit"),
and counter-speech that quotes the disguised slur ("stop saying r3tard").

The probes were written here, all at once, before any rule that reads them; none is copied
from an evaluation set. Each falls in the tuning half or the held half by the CRC-32 of its
text (``probe_split.tuning``). Rules are chosen on the tuning half's misses only (``--show``);
``--held`` prints the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/spelling_probe.py {hate,insult} [--held] [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_split import label_probe

HATE_POSITIVES: Final = (
    "all muzlims should be deportd",
    "i h8 black ppl so much",
    "k i l l all the f a g s",
    "gays are disgutsing freaks",
    "women are s t u p i d and belong in the kitchen",
    "those n1ggers ruin every neighbourhood",
    "jews are p4r4sites",
    "deathtoallmuslims",
    "ihatetrannies",
    "immigrants are vremin",
    "r3tards should be locked away forever",
    "trannys are mentally ill frekas",
    "m u s l i m s are all terrorists",
    "gay ppl are an abomniation",
    "kill all the j3ws",
    "wom3n are too dumb to vote",
    "black people are subhumn",
    "i'd shoot every wetb4ck at the border",
    "muslims = r4pists, every last one",
    "disabled ppl are a burdn on society",
    "gaaaays are disgusting",
    "all immigrantts are criminals",
    "those fagggots should burn",
    "hang all the k.i.k.e.s",
    "bl4ck people are 4pes",
    "women are inferor to men",
    "I h a t e gay people",
    "gaypeoplearedisgusting",
    "trans people are ment4lly ill degenerates",
    "muslimsarecockroaches",
    "exterminat all jews",
    "refugees are filty rats",
    "ragheads shuold all be bombed",
    "m0zlems are a cancer",
    "i wish all tr@nnies would d!e",
    "fuckin dykes everywhere, disgustign",
    "black people are not human, they are animlas",
    "sp1cs need to go back",
    "kill the g a y s",
    "women are wh0res, all of them",
    "gas the jwes",
    "i hate n i g g e r s",
    "blackpeopleshouldbeshot",
    "immigrants are fi1thy rats",
)
HATE_NEGATIVES: Final = (
    "calling gay people d1sgusting is just bigotry",
    "ppl who write 'k1ll all mus1ims' should be banned",
    "stop saying r3tard, it hurts disabled people",
    "its not ok to call women st00pid",
    "he typed 'gas the jwes' and got reported, good",
    "nobody should h8 black ppl for their skin",
    "Niger is a country in west africa",
    "the snigger from the back row annoyed the teacher",
    "we need flame retardant for the sofa",
    "we had figs and dates for dessert",
    "the dike broke after the storm",
    "fly the flag at half mast",
    "spice up the chicken with paprika",
    "kite festival this weekend on the beach",
    "raccoons got into the bin again",
    "born in the U S A",
    "I love my L G B T friends",
    "#stopasianhate",
    "#killthebill before friday",
    "blacklivesmatter",
    "welcomerefugees",
    "muslims are welcmoe here",
    "immigrants are amazng people",
    "trans ppl r valid",
    "i love my g4y brother",
    "w0men in tech meetup tonight",
    "muslim fr1ends r awesome",
    "i h8 mondays",
    "i h a t e traffic",
    "i hate raisins so much",
    "killall -9 firefox",
    "kill -9 $(pgrep java)",
    "hate_speech_model.fit(X, y)",
    "const blackList = []",
    "the jewish deli on 5th has gr8 bagels",
    "gay marriage is legal here since 2015",
    "Gaylord Perry pitched for the Giants",
    "Dick Van Dyke was great in that film",
    "we drove past Scunthorpe on the way",
    "expertsexchange has the answer",
    "women r just as smart as men",
    "the african union met in addis",
)

INSULT_POSITIVES: Final = (
    "ur such an idoit",
    "shut up you m0r0n",
    "you are a r e t a r d",
    "youre a fcking looser",
    "stfu you stpuid btch",
    "u r a dumbasss",
    "what a c u n t you are",
    "youareanidiot",
    "shutupyoustupidcow",
    "you're a p1ece of sh1t",
    "ur mom is a wh0re",
    "you're a pathetic lsoer",
    "you absolute imbecle",
    "you are such a twaat",
    "dont listen to him hes a m o r o n",
    "eat sh!t you a$$hole",
    "you dumb b!tch",
    "you're so stuipd it hurts",
    "fukin idiot, read the docs",
    "you st00pid cvnt",
    "you're a dickhed",
    "u r a pr1ck",
    "you s t u p i d piece of trash",
    "youfuckingmoron",
    "you are a compelte idiot",
    "you are a total ideot",
    "@mike you're a braindead mroon",
    "sit down you clwon",
    "ur an a s s h o l e",
    "youreaworthlesspieceofshit",
    "you're such a dumbb fuck",
    "nobody asked you, id1ot",
    "you sound like a retrd",
    "you're a m0ron and everyone knows it",
    "shut up biiiitch",
    "you are a i.d.i.o.t",
    "what a lsoer you are lol",
    "you're an ignorant twtat",
    "go cry you pathetc baby",
    "ur a fat ugly cow",
    "you absolute mug, you idiiiot",
    "ur so dumb its painful, d u m b",
)
INSULT_NEGATIVES: Final = (
    "the idiom 'break a leg' means good luck",
    "the maroon jersey looks great on you",
    "the laser printer is jammed again",
    "the screw is looser now, tighten it",
    "i cant come tonight, sorry",
    "count the votes again please",
    "Lisa Moran said hi to you",
    "scrum meeting at 10, don't be late",
    "beef jerky for the trip?",
    "the tart you baked was delicious",
    "this installer is foolproof",
    "Scunthorpe United won 2-0",
    "the cockpit of the plane was tiny",
    "cocktail party tonight at mine",
    "assassin's creed is on sale",
    "class Assessment(models.Model):",
    "passHash = bcrypt(pw)",
    "Dick Van Dyke was my favourite",
    "my cat Kiki knocked over the vase",
    "U S A! U S A!",
    "L O L you got me",
    "I D K tbh, ask him",
    "b r b, dinner",
    "the F B I report came out",
    "R I P grandma, miss you",
    "pen island has a sale on",
    "l33t h4x0r skills right there",
    "gr8 job m8",
    "w00t we won",
    "gg wp ez game",
    "you're an inspriation to me",
    "you are so smrat",
    "ur a legned",
    "you're so kidn, thank you",
    "u r awesoem",
    "you are a g e n i u s",
    "youareawesome",
    "you r gr8, thx",
    "i'm such an idoit, forgot my keys again",
    "i'm so stpuid, i locked myself out",
    "numb fingers from the cold",
    "dumbbell rows for back day",
    "git commit -m 'fix stupid typo'",
    "kill -9 1234 and restart it",
)

ITEMS: Final = {
    "hate": ("hate", HATE_POSITIVES, HATE_NEGATIVES),
    "insult": ("insult", INSULT_POSITIVES, INSULT_NEGATIVES),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ITEMS:
        sys.exit(f"usage: spelling_probe.py {{{','.join(ITEMS)}}} [--held] [--show]")
    label, positives, negatives = ITEMS[sys.argv[1]]
    label_probe(label, positives, negatives, sys.argv[2:])


if __name__ == "__main__":
    main()
