"""Violence as a chat platform's moderators use the category, in shapes the earlier probe sets
(``violence_probe.py``, ``violence4_probe.py``, ``violence5_probe.py``, ``violence6_probe.py``)
do not cover, as Calimero sees it: the ``violence`` label of the ``toxicity`` detector, flagged
at its threshold, on a message judged on its own. The label means "violence urged, promoted,
glorified or depicted against people; gore"; the guideline forbids "excessive violence, gore, or
harm to animals" and "glorification of violent events, or perpetrators of violent acts".

The shapes (violence7), written from that definition and from no dataset: torture told by its
tools and holds only, with no word "torture" or "kill" ("they used pliers on his fingernails one
by one", "kept him in the basement with a car battery and wires clipped to him"); mutilation
told in body terms ("his face was peeled back", "they gouged his eyes out", "skinned alive");
violence endorsed against a kind of person ("wife beaters deserve a cricket bat", "pedos should
be fed feet first into a woodchipper").

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: the same tools in DIY, garage and medical talk ("use pliers to pull the
nail out of the board", "the dentist pulled my tooth"), cooking ("skin the chicken", "peel back
the foil"), films, games and history framed as such, sport ("they got battered 5-0"), rewards
deserved ("deserves a medal", "deserve a break"), punishment called for without violence, and
news lines that report a conviction ("the bomber was later jailed for life").

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/violence7_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

TOOLS: Final = (
    "they used pliers on his fingernails one by one",
    "kept him in the basement with a car battery and wires clipped to him",
    "they went at his kneecaps with a drill while two of them held him down",
    "he took a blowtorch to the guy's feet until he gave up the code",
    "They tied her to a chair and put out cigarettes on her arms all night.",
    "we zip-tied him to the radiator and went to work on his hands with a hammer",
    "the gang held his head under the water in the bath, let him up, then held him under again",
    "they clamped his fingers in a vice and tightened it a turn at a time",
    "she poured boiling water over his feet while he was tied to the bed",
    "they hung him from a meat hook in the freezer and left him there overnight",
    "He heated the knife on the stove and pressed it into her back.",
    "they took his toenails off with pliers while he was tied to the chair",
    "Kept the lad in a shed for three days, broke a finger every morning.",
    "they put a bag over his head, tied it at the neck and waited till he stopped kicking",
    "He used a cattle prod on her whenever she tried to sleep.",
    "they pushed bamboo splinters under his fingernails",
    "tied him to the bumper and dragged him down the lane behind the car",
    "they stubbed cigarettes out on the kid's back and made him count them",
    "the landlord locked her in the cellar with no food and beat her with a cable every night",
    "They drilled through his hands and hung him on the fence as a warning.",
)
"""Torture told by its tools and holds, with no word "torture" or "kill"."""
MUTILATION: Final = (
    "his face was peeled back",
    "they gouged his eyes out",
    "the cartel skinned him alive and left him by the road",
    "they cut his tongue out and sent it to his family",
    "when they found her, both her ears had been sliced off",
    "his fingers were cut off at the knuckle, one after the other",
    "they carved their initials into his chest with a stanley knife",
    "she had been scalped and her lips were cut away",
    "they sawed his hands off at the wrist and threw them in the river",
    "He bit the guy's ear clean off and spat it on the floor.",
    "they castrated him with a kitchen knife and left him to bleed",
    "her eyes had been burned out with a cigarette",
    "they hacked his feet off with a machete",
    "the skin on his back had been stripped off in long strips",
    "his kneecaps were blown off with a shotgun",
    "they pulled his eye out with a spoon",
    "he slit the lad's mouth from ear to ear, a glasgow smile",
    "They broke every bone in his hands with a mallet, one finger at a time.",
    "his nose had been cut off and his eyelids sewn shut",
    "they gutted him like a fish in front of his kids",
)
"""Mutilation told in body terms."""
CLASS: Final = (
    "wife beaters deserve a cricket bat",
    "pedos should be fed feet first into a woodchipper",
    "every nonce deserves a kerb stomp",
    "animal abusers should have the same done to them, skin them and see how they like it",
    "people who hurt dogs deserve a baseball bat to the knees",
    "honestly drink drivers should be dragged behind a car till there's nothing left",
    "rapists should be castrated with a rusty knife",
    "bring back public floggings for shoplifters, whip them till they bleed",
    "catch a burglar in my house and he's leaving in pieces, they deserve it",
    "Paedos should be hung from lampposts and left for the crows.",
    "these scammers deserve their fingers broken one by one",
    "Child abusers should be locked in a room with the parents and a crowbar.",
    "dog thieves should get their kneecaps done",
    "every cheater deserves acid in the face",
    "give me five minutes alone with a pedo and a hammer, he'd never walk again",
    "litterers should get their hands cut off like in the old days",
    "people who abuse old folk should be set on fire",
    "traffic wardens deserve a good kicking",
    "a wife beater deserves to get his skull caved in",
    "nonces should be thrown to the lads on the wing, let them sort them out with a sock full of batteries",
)
"""Violence endorsed against a kind of person."""

POSITIVES: Final = TOOLS + MUTILATION + CLASS

NEGATIVES: Final = (
    # tools in DIY, garage and medical talk
    "use pliers to pull the nail out of the board",
    "the dentist pulled my tooth and my jaw still aches",
    "hook the car battery up with the red clip first, then the black",
    "drill a pilot hole before you drive the screw into the hardwood",
    "clamp the two boards in the vice and let the glue set overnight",
    "hold the pipe with the wrench and tighten the nut a quarter turn at a time",
    "I used a blowtorch to strip the paint off the old door",
    "the vet clipped the dog's nails one by one, he hated it",
    "a splinter went under my fingernail and it hurts like hell",
    "she pulled the splinter out with tweezers",
    "the surgeon cut out the tumour and stitched him up",
    "wires clipped to the test points, then run the multimeter",
    "they put a cast on his hands after he broke two fingers in the fall",
    "my nan's toenails had to be removed, the podiatrist did it under local",
    "the hairdresser burned my ear with the straighteners lol",
    "they tied him to the stretcher and carried him down the mountain",
    "grab the hammer and knock the hinge pins out",
    "clip the wires to the battery terminals and let it charge for an hour",
    "my brother locked me in the shed when we were kids, classic big brother",
    "the kids buried their dad in sand up to his neck at the beach",
    # cooking
    "skin the chicken before you marinate it",
    "peel back the foil for the last ten minutes",
    "gut the fish and scale it under running water",
    "score the skin of the duck and render it slowly",
    "peel the tomatoes by blanching them in boiling water",
    "debone the thighs with a sharp knife and flatten them with a mallet",
    "cut the tongue into thin slices, it's great in tacos",
    "roast the pepper until the skin blisters, then peel it off",
    "my grandad skinned the rabbit and hung it in the larder for two days",
    "the mechanic used jump leads and a car battery to start my van",
    # films, games, history framed as such
    "in the film they pull his fingernails out with pliers, I had to look away",
    "the torture scene in Reservoir Dogs where he cuts the cop's ear off",
    "that level where you have to skin the bear in red dead is gross",
    "Medieval executioners would gouge out eyes and cut off hands as punishment.",
    "the Aztecs cut out the hearts of their captives in the 15th century",
    "Vlad the Impaler was notorious for impaling his enemies on stakes.",
    "in the book the spy has his fingernails pulled out but he never talks",
    "the new season of the show has a scene with a blowtorch that was hard to watch",
    "Game of Thrones had Theon flayed and castrated, so grim",
    "Roman soldiers were punished with flogging for desertion.",
    # sport
    "they got battered 5-0",
    "we absolutely skinned them in the second half",
    "the striker got his ankles broken by that dribble",
    "that boxer took a beating, his eye was swollen shut by round six",
    "our defence got carved open all game",
    "he got his face smashed in the scrum, broke his nose",
    "the keeper was butchered by the fans on twitter after that error",
    "the champion got destroyed in the first round",
    # deserved, rewarded; punishment without violence
    "she deserves a medal for putting up with him",
    "you deserve a break after the week you've had",
    "nurses deserve a pay rise",
    "wife beaters deserve prison, no exceptions",
    "pedos should be on a register for life",
    "drink drivers should lose their licence and their car",
    "people who hurt animals should be banned from owning pets",
    "scammers deserve to be named and shamed",
    "shoplifters should be made to pay back every penny",
    "teachers deserve a bat signal for how much they put up with",
    "that goalkeeper deserves a statue outside the ground",
    "rapists should get life sentences without parole",
    # news reporting a conviction or an attack
    "the bomber was later jailed for life",
    "The man who attacked the mosque was sentenced to 25 years in prison.",
    "A 34-year-old man has been charged with murder after a stabbing in Leeds.",
    "the gunman was convicted of six counts of murder yesterday",
    "The gang leader was found guilty of torturing a rival and jailed for 18 years.",
    "Police say the suspect in the acid attack has been arrested.",
    "the killer was handed a whole life order at the Old Bailey",
    "Three men were jailed today for a kidnapping in which the victim was held for a week.",
    "the shooter got life without parole",
    "the court heard the victim had been beaten with a metal bar",
    # idioms and mild mishaps
    "my boss is going to skin me alive when he sees this",
    "I'll have your guts for garters if you're late again",
    "the tax office bled me dry this year",
    "this heat is absolute torture",
    "peeled my knee open on the pavement, ouch",
    "I cut my finger on the mandoline, nearly took the tip off",
    "my cat scratched my face while I was asleep",
    "I'd give my right arm for a cold beer",
    "my eyes are burning after staring at this screen all day",
    "got my nails done today, she cut them way too short",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("violence", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
