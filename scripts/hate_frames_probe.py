"""Implicit hate in HateCheck's manner, on probe texts written here: dehumanisation (a
protected group called vermin, animals, a disease, property) and stereotypes said as fact
("X are all criminals", "women can't think logically"), each beside look-alikes that must
stay silent: counter-speech quoting them, reports of someone else saying them, the same
words said of no protected group (politicians, mosquitoes), questions and positive
stereotypes, neutral facts about a group, and idioms.

Every text goes through the path the functional suites use (``scan --detectors toxicity``,
each text a chat of its own; hateful when the ``hate`` signal is flagged). The texts are
split by CRC-32 into a tuning half (even) and a held half (odd), both written before any
rule: rules are chosen on the tuning half's misses only (``--show``), the held half is only
measured.

Usage: PYTHONPATH=src python scripts/hate_frames_probe.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from probe_split import tuning

DEHUMANISE: Final = (
    "Muslims are vermin",
    "those immigrants are animals",
    "women are property",
    "gay people are a disease on society",
    "Jews are parasites feeding on us",
    "Refugees are rats crawling into our country",
    "black people are apes",
    "trans people are freaks of nature",
    "Mexicans are cockroaches, they multiply everywhere",
    "Disabled people are a drain on everyone else",
    "Immigrants are a plague on this country",
    "muslims are a cancer on europe",
    "Jews are a virus",
    "women are objects to be used",
    "women are just breeding machines",
    "gay men are diseased animals",
    "these migrants are locusts",
    "Gypsies are vermin who steal everything",
    "the Chinese are insects",
    "Trans women are monsters",
    "Black people are savages",
    "refugees are a swarm of pests",
    "Arabs are dogs",
    "muslims are nothing but goats",
    "immigrants are a tide of filth",
    "women are livestock",
    "Jews are rats, always have been",
    "Gay people are a sickness",
    "Disabled people are defective creatures",
    "immigrants are subhuman trash",
    "asians are bugs",
    "Jews are bloodsuckers",
    "women are nothing more than meat",
    "Muslims are a pest that must be exterminated",
    "refugees are a disease spreading through Europe",
    "Black people are monkeys",
    "trans people are an infestation",
    "gay people are a plague upon this earth",
    "Jews are leeches sucking the country dry",
    "immigrants are like rats",
    "women are toys for men",
    "Women are things, not people",
    "Muslims are a virus spreading across the west",
    "Migrants are an infestation of vermin",
    "Why are immigrants such animals?",
    "Aren't Jews just parasites?",
    "Isn't it obvious that women are property?",
    "black people are closer to apes than to humans",
    "gay people are an abomination and a disease",
    "Muslims are a horde of savages",
    "women are cattle to be bred",
    "refugees are human garbage",
    "trans people are mutants",
    "Jews are a tumour on humanity",
    "disabled people are vegetables",
)
"""A protected group called vermin, animals, a disease, objects: hateful."""
STEREOTYPE: Final = (
    "Black people are all criminals",
    "women can't think logically",
    "immigrants are all lazy",
    "Muslims are all terrorists",
    "Jews control the banks",
    "Jews run the media",
    "women are too emotional to lead",
    "Mexicans are all drug dealers",
    "gay men are all pedophiles",
    "trans people are mentally ill",
    "women are bad at math",
    "Black people are less intelligent than white people",
    "immigrants don't want to work",
    "women can't be trusted with money",
    "Muslims can't be trusted",
    "Disabled people are a burden on their families",
    "Gypsies are all thieves",
    "Jews only care about money",
    "Black men are violent by nature",
    "immigrants are criminals by nature",
    "women are naturally inferior to men",
    "Arabs are born liars",
    "Muslims are incapable of living in a civilised society",
    "women are incapable of rational thought",
    "black people are genetically inferior",
    "women don't have the brains for engineering",
    "immigrants bring crime wherever they go",
    "Mexicans are rapists and drug dealers",
    "Black people are all on welfare",
    "women are all gold diggers",
    "Muslims all beat their wives",
    "Asians are all sneaky",
    "Immigrants are all leeches on the welfare system",
    "Muslims can't think for themselves",
    "disabled people are useless to society",
    "women are too stupid to vote",
    "gay people are all perverts",
    "trans women are just men in dresses preying on girls",
    "black people can't be educated",
    "Jews are all greedy liars",
    "refugees are all rapists",
    "women only think about shopping and gossip",
    "immigrants are all uneducated peasants",
    "Muslims are backwards savages by nature",
    "women are hysterical and can't handle pressure",
    "Gypsies never work, they only steal",
    "Black people are naturally lazy",
    "Chinese people eat anything that moves, they're filthy",
    "disabled people are just faking it for benefits",
    "women can't do anything without a man telling them how",
)
"""A stereotype of a protected group said as fact: hateful."""
COUNTER: Final = (
    "saying 'Muslims are vermin' is disgusting",
    "Calling immigrants animals is dehumanising and wrong",
    '"Women are property" is a vile idea that belongs in the past',
    "People who say Jews are parasites are antisemites",
    "I'm sick of hearing that black people are all criminals, it's a racist lie",
    "The myth that immigrants are lazy has been debunked many times",
    "It's a stereotype that women can't think logically, and it's false",
    "Stop comparing refugees to rats",
    "Comparing gay people to a disease is hate speech",
    "Nazi propaganda called Jews vermin and parasites",
    "The idea that Muslims are all terrorists is ignorant",
    "No, women are not property. They're people.",
    "Immigrants are not animals, they are human beings",
    "Trans people aren't a disease, they're our neighbours",
    "it's so wrong when people say Mexicans are rapists",
    "Anyone who thinks black people are apes needs to educate themselves",
    "if you believe women can't think logically, you've never met my mother",
    "Dehumanising language like 'vermin' has been used against Jews for centuries",
    "the claim that gay men are pedophiles is a hateful myth",
    "Muslims aren't terrorists, terrorists are terrorists",
    "When you call refugees a plague you are spreading hate",
    "Describing disabled people as a burden is ableist",
    "'Immigrants are all lazy' is such a tired racist talking point",
    "The notion that women are too emotional to lead is sexist nonsense",
    "Saying Jews control the banks is an antisemitic conspiracy theory",
    "I can't believe people still say black people are savages in 2024",
    "Referring to migrants as locusts is disgusting",
    "Statements like 'gay people are a sickness' have no place here",
)
"""Counter-speech quoting or naming the hate to condemn it: not hateful."""
REPORTED: Final = (
    "he said immigrants are animals and got banned",
    "My grandfather used to say Jews are parasites, I never agreed",
    "The speaker claimed Muslims are vermin and was arrested",
    "the article quotes a politician calling migrants a swarm",
    "Someone in the chat wrote that women are property, mods removed it",
    "She tweeted that gay people are a disease and lost her job",
    "The troll kept posting that black people are criminals until he was banned",
    "In the film the villain says refugees are rats",
    "They said Mexicans are lazy, which is why I left that group",
    "my coworker claimed women can't do math and HR got involved",
    "The report documents how the regime described Muslims as vermin",
    "a guy at the bar told me trans people are freaks, I walked away",
    "The textbook shows how 1930s posters depicted Jews as rats",
    "my uncle says women belong in the kitchen and we all rolled our eyes",
    "The moderator removed a post that said refugees are a plague",
)
"""Someone else's words reported: not the author's hate."""
UNPROTECTED: Final = (
    "politicians are parasites",
    "mosquitoes are vermin",
    "landlords are leeches",
    "rats are vermin",
    "bankers are parasites feeding on us",
    "lawyers are sharks",
    "spammers are a plague",
    "pigeons are basically flying rats",
    "cockroaches are disgusting pests",
    "Telemarketers are a disease on society",
    "Tax collectors are leeches",
    "Mosquitoes are a plague in summer",
    "ticks are parasites feeding on your dog's blood",
    "The kids were animals at the party last night",
    "Those football hooligans are animals",
    "Trolls are a cancer on this forum",
    "Scalpers are vermin",
    "CEOs are all greedy",
    "Spam bots are an infestation in this channel",
    "Wasps are the worst insects, they're all aggressive",
    "Influencers are all fake",
    "referees are all blind",
    "Tourists are a swarm of locusts every August",
    "Mice are pests in the kitchen",
)
"""The same words said of no protected group: not hate (left to toxicity and insult)."""
QUESTION: Final = (
    "Are Asians really better at math?",
    "Is it true women are better at multitasking?",
    "Are women more empathetic than men?",
    "Do immigrants work harder than natives?",
    "Are Muslims allowed to eat pork?",
    "Do women think differently from men?",
    "Are Jews an ethnicity or a religion?",
    "Why do immigrants often start small businesses?",
    "Can trans people serve in the military?",
    "Is it true that women live longer than men?",
    "Are Asians more likely to be lactose intolerant?",
    "Do disabled people get extra benefits?",
    "Black people are such great dancers, where did they learn?",
    "Women are so good at organising, aren't they?",
    "Why are Jewish comedians so funny?",
    "Gay guys always have the best taste in music",
)
"""Questions about a group and positive stereotypes: not hate."""
NEUTRAL: Final = (
    "women are 51% of the population",
    "Muslims are the second largest religious group in the world",
    "immigrants are more likely to start businesses",
    "women are underrepresented in engineering",
    "Jews are a minority in most countries",
    "Black people are disproportionately affected by police violence",
    "Refugees are people fleeing war and persecution",
    "Gay people have been allowed to marry here since 2015",
    "immigrants are a vital part of our economy",
    "In the 19th century women were treated as the property of their husbands",
    "Under Roman law, women were considered property",
    "Muslims are fasting this month for Ramadan",
    "Disabled people are entitled to reasonable accommodations",
    "Mexicans are the largest immigrant group in the US",
    "Trans people are more likely to be victims of violence",
    "Black women are more likely to die in childbirth",
    "Jewish people are observing Yom Kippur today",
    "women are more likely to be diagnosed with autoimmune diseases",
    "Migrants are crossing the Mediterranean in small boats",
    "Women own property in their own name since the 1880s here",
    "Refugees are often housed in camps near the border",
    "Gay men are at higher risk of some diseases, so get tested",
    "Women make up most of the nursing workforce",
    "immigrants pay billions in taxes every year",
)
"""Neutral facts about a group: not hate."""
IDIOM: Final = (
    "we were animals on the dance floor last night",
    "he's a real party animal",
    "the women on our team are beasts in the gym",
    "The women's team are absolute animals, 5-0",
    "Women are a force of nature",
    "immigrants are the lifeblood of this city",
    "gay people are the salt of the earth",
    "my Jewish grandmother is a shark at poker",
    "the new migrant workers are machines, they never stop",
    "the Muslim football team were beasts tonight",
    "my black cat is a little devil",
    "the girls were savages in that game lol",
    "my mom says women are the backbone of the family",
    "Our trans volunteers are rock stars",
    "My gay brother is a total night owl",
    "the black community here is a tight-knit family",
    "Asian grandmas at the market are sharks when haggling",
    "My immigrant parents worked like dogs so I could study",
)
"""Idioms with an animal or a thing said of a group, not as contempt: not hate."""

SHAPES: Final = (
    ("dehumanise", DEHUMANISE, True),
    ("stereotype", STEREOTYPE, True),
    ("counter", COUNTER, False),
    ("reported", REPORTED, False),
    ("unprotected", UNPROTECTED, False),
    ("question", QUESTION, False),
    ("neutral", NEUTRAL, False),
    ("idiom", IDIOM, False),
)


def shape_halves(shapes: Sequence[tuple[str, Sequence[str], bool]], doc: str) -> None:
    """Right answers per shape and half (each text judged once, on the functional suites'
    path), the tuning half's misses printed with ``--show``; ``doc`` is the calling script's."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from chatwarden.detect.textscan import pick
    from chatwarden.evaluation.hate_functional import ScanJudge

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print the tuning half's misses")
    args = ap.parse_args()
    judge = ScanJudge(pick(["toxicity"]))
    totals = {"tuning": [0, 0], "held": [0, 0]}
    for name, texts, hateful in shapes:
        line = [f"{name:12}"]
        for half, keep in (("tuning", True), ("held", False)):
            rows = [t for t in texts if tuning(t) == keep]
            verdicts = {t: judge(t) for t in rows}
            right = sum(v == hateful for v in verdicts.values())
            totals[half][0] += right
            totals[half][1] += len(rows)
            line.append(f"{half} {right}/{len(rows)}")
            if args.show and keep:
                line += [f"\n    {'missed' if hateful else 'flagged'}: {t}"
                         for t, v in verdicts.items() if v != hateful]
        print("  ".join(line))
    for half, (right, n) in totals.items():
        print(f"{half:12} {right}/{n} = {right / n:.3f}")


def main() -> None:
    shape_halves(SHAPES, __doc__ or "")


if __name__ == "__main__":
    main()
