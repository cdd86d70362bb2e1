"""Hate of a protected group in the shapes the readers missed on the training and validation
splits (TweetEval hate validation, Stormfront and Davidson training), as Calimero's ``hate``
rule sees it ("any expression attacking or promoting hatred or violence against individuals
based on their protected characteristics"): the ``hate`` signal of the ``toxicity`` detector.

The shapes: a group named as animals or vermin in words the frames lacked ("black apes",
"these muslim savages", a town "infested with" a group); a group as an invasion ("the migrant
invasion", "X are invading our country", a place "overrun with X", "importing the third
world"); a group to be expelled in words the exclusion frames lacked ("they all need to be
sent back to Africa", "ship every last X out"); the antisemitic conspiracy said of "the Jew"
in the singular ("the international Jew", "the Jew controls the media", "ZOG"); coined slurs
with no other sense ("shegroid", "mud races", "dindus"); and a group named then wished harm
("X? I hope they all starve").

The look-alikes that must stay alone: the same words of animals, pests, armies, goods and
countries ("black rats carried the plague", "the kitchen is infested with ants", "the Normans
invaded England", "we import Chinese steel", "send it back to the seller"); the group named
neutrally or by news ("migrants crossed the border", "the Jewish community centre opens");
and counter-speech or reporting ("calling migrants an invasion is racist", "he said the Jews
control the media and got banned").

The probes were written here, all at once, before any rule that reads them; none is copied
from an evaluation set. Each falls in the tuning half or the held half by the CRC-32 of its
text (``probe_split.tuning``). Rules are chosen on the tuning half's misses only (``--show``);
``--held`` prints the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/hate10_probe.py [--held] [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_split import label_probe

VERMIN: Final = (
    "look at these black apes rioting again",
    "another video of muslim savages attacking a church",
    "the jewish rats own every bank in this country",
    "these mexican cockroaches breed like crazy",
    "my old school was a total monkey house, 90 percent black",
    "those african beasts should never have been let in",
    "the town is infested with pakistanis now",
    "our street is crawling with immigrants these days",
    "the whole city is overrun with muslims",
    "these arab animals cannot live among civilized people",
    "gay vermin are spreading their filth in our schools",
    "the neighbourhood is infested with blacks",
    "I can't stand these jewish parasites any longer",
    "migrant vermin everywhere you look",
    "the park is swarming with refugees, it's disgusting",
    "these black monkeys can't even read",
    "muslim animals, every last one of them",
    "London is infested with foreigners",
    "the beach was crawling with mexicans, like rats",
    "filthy immigrant parasites living off our taxes",
)
INVASION: Final = (
    "we must stop the migrant invasion before it's too late",
    "the muslim invasion of europe is happening right now",
    "refugees are invading our country and nobody does anything",
    "immigrants are invading europe by the millions",
    "this is not immigration, it is an invasion by africans",
    "if you import the third world you become the third world",
    "why do we keep importing more muslims?? madness",
    "they keep importing millions of africans to replace us",
    "the mexican invasion at the southern border has to end",
    "Sweden is being invaded by somalis",
    "the islamic invasion will destroy our culture",
    "stop importing refugees, they bring nothing but crime",
    "the immigrant invasion is destroying this country",
    "Europe is getting invaded by arabs and no one cares",
    "arabs are invading our towns one by one",
)
EXPELLED: Final = (
    "muslims? they all need to be sent back to where they came from",
    "every last immigrant should be deported, no exceptions",
    "ship all the refugees back to africa",
    "the blacks should all be shipped back to africa",
    "illegals need to be rounded up and deported",
    "jews should be kicked out of every country",
    "put all the mexicans on a bus and send them back",
    "deport every single muslim in this country",
    "round up the gypsies and throw them out",
    "immigrants should all be sent home, every one",
    "kick every last refugee out of this country",
    "the somalis need to be sent back home now",
)
CONSPIRACY: Final = (
    "the international jew is behind every war",
    "the jew controls the media and the banks",
    "ZOG runs this country and everyone knows it",
    "the jew knows exactly what he is doing to our people",
    "as always the jew laughs while we suffer",
    "the eternal jew will never stop lying",
    "jews control the media, wake up",
    "we live under a zionist occupied government",
    "the jews run hollywood and poison our kids",
    "the jew wants white people gone",
)
COINED: Final = (
    "some shegroid started yelling at the cashier",
    "the mud races are outbreeding us",
    "dindus looting again, what a surprise",
    "a sheboon with ten kids on welfare",
    "the mudslimes are at it again",
    "muzrats everywhere in this part of town",
    "mud people ruin every country they touch",
    "typical dindu nuffin behaviour",
)
WISHED: Final = (
    "muslims? I hope they all starve",
    "immigrants, I hope every one of them drowns",
    "I hope the jews all die in a fire",
    "gays should all be hanged from the nearest tree",
    "I hope every black person in this city gets what's coming",
    "refugees should be left to drown in the sea",
    "I wish all the mexicans would just die",
    "trans people should all be put down",
)
POSITIVES: Final = (*VERMIN, *INVASION, *EXPELLED, *CONSPIRACY, *COINED, *WISHED)

ANIMALS: Final = (
    "black rats carried the plague across europe",
    "the zoo just got two black apes from sulawesi",
    "the kitchen is infested with ants again",
    "our garden is crawling with slugs after the rain",
    "the barn is overrun with mice",
    "the howler monkeys at the zoo are so loud",
    "the cellar is infested with cockroaches, calling pest control",
    "the lake is swarming with mosquitoes in july",
    "a black bear wandered into the campsite",
    "the brown rats in the subway are huge",
    "the forum is infested with bots and spam",
    "my inbox is overrun with spam",
)
ARMIES: Final = (
    "the normans invaded england in 1066",
    "germany invaded poland in 1939",
    "the roman invasion of britain began in 43 AD",
    "we import chinese steel and japanese cars",
    "the shop imports mexican food every week",
    "send it back to the seller if it's broken",
    "I shipped the parcel back to the warehouse",
    "the invasion of the body snatchers is a classic film",
    "Sweden is being invaded by tourists every summer lol",
    "the alien invasion in that game was fun",
    "my cat got kicked out of the vet for biting",
    "we need to import more doctors and nurses",
)
NEUTRAL: Final = (
    "migrants crossed the border near the river last night",
    "the jewish community centre opens on sunday",
    "the muslim family next door invited us for dinner",
    "refugees arrived in greece after a long journey",
    "the government deported 200 people last year, the report says",
    "immigrants make up 14 percent of the workforce",
    "the jew in the story is the hero, Shakespeare's Shylock is more complex",
    "black people in this city are organizing a festival",
    "Mexican immigrants opened a great taco place downtown",
    "arabs and jews lived side by side in that town for centuries",
    "the refugees were sent home after the war ended, the museum explains",
    "she moved back to africa to be near her family",
    "I hope the refugees get the help they need",
    "gays should all be able to marry whoever they want",
)
COUNTER: Final = (
    "calling migrants an invasion is racist propaganda",
    "there is no migrant invasion, that's a far-right myth",
    "he said the jews control the media and got banned, good",
    "saying muslims are savages is disgusting bigotry",
    "the 'great replacement' claim that they import africans to replace us is a conspiracy theory",
    "people who call immigrants vermin should be ashamed",
    "the article debunks the idea that the jew controls the banks",
    "stop calling refugees cockroaches, they are human beings",
    "the term ZOG is an antisemitic conspiracy theory",
    "nazis used words like 'infested' to describe jews",
    "it's wrong to say immigrants should all be deported",
    "'mud people' is a white supremacist slur, report it",
)
NEGATIVES: Final = (*ANIMALS, *ARMIES, *NEUTRAL, *COUNTER)

if __name__ == "__main__":
    label_probe("hate", POSITIVES, NEGATIVES)
