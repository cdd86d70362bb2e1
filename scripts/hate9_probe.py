"""Hate against women and against immigrants as a class, in tweets, as Calimero's ``hate``
rule sees it ("any expression attacking or promoting hatred or violence against individuals
based on their protected characteristics"): the ``hate`` signal of the ``toxicity`` detector.
The shapes the rule modules missed are those of SemEval-2019's HatEval data (TweetEval hate):
misogyny said of women as a class ("women are ...", "all women should ...", "females belong
in the kitchen", women as property), hashtags and run-together words ("#womensuck"),
anti-immigrant hate ("send them back", "invaders", "illegals are ...", "deport them all",
"rapefugees"), and "go back to your country" said to a group.

The look-alikes that must stay alone: immigration policy argued without an attack ("we need
better border control"), misogyny reported or condemned, a woman describing herself, song
lyrics, swearing at one person that is not about her sex ("you bitch" to one person is
harassment or offence, not hate: Davidson labels most such tweets offensive), and women or
immigrants spoken of neutrally or praised.

The probes were written here, all at once, before any rule that reads them; none is copied
from an evaluation set. Each falls in the tuning half or the held half by the CRC-32 of its
text (``probe_split.tuning``). Rules are chosen on the tuning half's misses only
(``--show``); ``--held`` prints the held half's P/R/F1, measured, never read.

Every text goes through the path the functional suites use (``scan --detectors toxicity``,
each text a chat of its own; hateful when the ``hate`` signal is flagged).

Usage: PYTHONPATH=src python scripts/hate9_probe.py [--held] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe_split import tuning

MISOGYNY: Final = (
    "women are useless and should stay in the kitchen",
    "all women should shut up and obey their husbands",
    "females belong in the kitchen making sandwiches",
    "women can't drive and never will",
    "women are only good for one thing",
    "every woman is a gold digger, every single one",
    "women are property, they belong to their men",
    "girls are too stupid to do maths",
    "women should not be allowed to vote",
    "females are nothing but gold digging leeches",
    "all women are whores and liars",
    "women shouldn't be allowed to work, they ruin every office",
    "women need to be put back in their place",
    "a woman's only job is to cook and spread her legs",
    "women are dumb hoes who only care about money",
    "bitches ain't shit, all of them, every female out there",
    "women are inferior to men in every way",
    "women should be seen and not heard",
    "all feminists and women in general need a good beating",
    "women are a waste of oxygen",
    "never trust a woman, they're all snakes",
    "women don't deserve rights",
    "females are incapable of logic",
    "women are just objects for men to use",
    "all these women need to learn to keep their mouths shut",
    "women are born liars and manipulators",
    "I hate women so much, they're all the same",
    "women belong barefoot and pregnant",
    "women are trash, change my mind",
    "girls should be raped if they dress like that",
)
"""Misogyny said of women as a class: hateful."""
MISOGYNY_TAGS: Final = (
    "#womensuck they really do",
    "another day another reason #IHateWomen",
    "#womenaretrash lol so true",
    "she cried again, typical female #womenareweak",
    "#KitchenIsWhereTheyBelong ladies",
    "#SendWomenBackToTheKitchen",
    "#womenshouldntvote simple as that",
    "this is why #womenarestupid",
    "#BanWomenFromDriving honestly",
    "#femalesaretrash every one of them",
    "#NoMoreWomenInCharge they wreck everything",
    "womenaretrash lmao",
)
"""Misogyny in hashtags and run-together words: hateful."""
IMMIGRANT: Final = (
    "send them all back where they came from, every last migrant",
    "these invaders are destroying our country",
    "illegals are criminals and rapists, deport them all",
    "deport them all, every single illegal",
    "rapefugees are raping our women",
    "refugees are parasites living off our taxes",
    "migrants are an invasion and should be treated like one",
    "kick out all the immigrants, they're scum",
    "the migrant invasion must be stopped by force",
    "refugees go home, nobody wants you here",
    "illegal aliens are vermin and should be shot at the border",
    "immigrants are stealing our jobs and raping our daughters",
    "these illegals are animals, send them back",
    "close the borders and throw every migrant into the sea",
    "refugees are nothing but terrorists in disguise",
    "we are being invaded by third world savages",
    "migrants bring nothing but crime and disease",
    "the refugees are welfare leeches, send them back",
    "illegals are filth, round them up",
    "sink the migrant boats",
    "all these foreigners are ruining our country, get them out",
    "refugees are rapists, every one of them",
    "invaders not refugees, send them home",
    "illegals don't deserve human rights",
)
"""Anti-immigrant hate: hateful."""
IMMIGRANT_TAGS: Final = (
    "#BuildTheWall and keep the animals out",
    "#DeportThemAll no exceptions",
    "#SendThemBack the invaders",
    "#RefugeesNotWelcome get out of our country",
    "#StopTheInvasion they are vermin",
    "#rapefugees strike again",
    "#NoMoreRefugees they're all criminals",
    "#IllegalsOut they are parasites",
    "deportthemall now",
    "#KickThemOut every migrant",
    "#InvadersGoHome",
    "#BanMuslims #BuildTheWall #DeportThemAll",
)
"""Anti-immigrant chants in hashtags and run-together words: hateful."""
GO_BACK: Final = (
    "go back to your country you people",
    "all of you migrants go back to your own countries",
    "you foreigners should go back where you came from",
    "go back to your shithole countries, all of you",
    "refugees, go back to your own country",
    "immigrants go home, this is our land",
    "you people need to go back to africa",
    "go back to mexico, all of you",
)
""""Go back to your country" said to a group: hateful."""

POLICY: Final = (
    "we need better border control",
    "immigration levels should be debated openly",
    "I think the asylum process takes far too long",
    "the government should cap immigration at a sustainable level",
    "border security needs more funding",
    "should illegal immigrants get a path to citizenship?",
    "the wall is a waste of taxpayer money",
    "deportation flights resumed this week, according to the home office",
    "we should process refugee claims faster",
    "I'm against open borders but I respect immigrants",
    "the migrant crisis needs a European solution",
    "illegal immigration is a complex issue with no easy answer",
    "the debate over the border wall continues in congress",
    "asylum seekers should be allowed to work while they wait",
    "our town took in fifty refugees last year",
)
"""Immigration policy argued without an attack: not hateful."""
REPORTING: Final = (
    "the amount of misogyny women face online is shocking",
    "saying women belong in the kitchen is sexist nonsense",
    "he told me women can't drive, what a dinosaur",
    "calling refugees invaders is dehumanising and wrong",
    "I reported the account that said women should be raped",
    "men who think women are property need therapy",
    "stop telling girls they're bad at maths",
    "hashtags like #womensuck should be banned from this platform",
    "the 'send them back' chants at the rally were disgusting",
    "misogynists online keep saying women are inferior, they're pathetic",
    "people screaming 'go back to your country' at immigrants should be ashamed",
    "this study shows how often women are called stupid at work",
    "racists call refugees rapists to justify their hate",
    "it's 2026 and people still think women shouldn't vote?",
    "the trending #rapefugees hashtag is pure racism",
)
"""Misogyny or anti-immigrant hate reported or condemned: not hateful."""
SELF: Final = (
    "I'm a woman and I can't drive to save my life lol",
    "as an immigrant I had to learn english from scratch",
    "I'm such a basic bitch, pumpkin spice everything",
    "we girls are going out tonight, boys stay home",
    "I'm a refugee and this country gave me a home",
    "me and my bitches at brunch",
    "I'm a terrible cook, my husband does the kitchen",
    "I came here as a migrant twenty years ago",
    "as a woman in tech I get asked if I'm the secretary",
    "I'm a crazy cat lady and proud",
)
"""Self-description: not hateful."""
LYRICS: Final = (
    "\"bitches ain't shit but hoes and tricks\" classic dre",
    "blasting 'hit the road jack' on repeat",
    "\"I got 99 problems but a bitch ain't one\" still slaps",
    "singing 'don't you want me baby' in the car",
    "\"hoes be mad\" is the best song on the album",
    "'bad bitch contest, you in first place' banger",
    "\"they see me rollin, they hatin\" lol",
    "listening to 'immigrant song' by led zeppelin",
)
"""Song lyrics quoted: not hateful."""
ONE_PERSON: Final = (
    "shut up you stupid bitch",
    "you're such a bitch, leave me alone",
    "my ex is a lying bitch",
    "that bitch stole my parking spot",
    "she's a hoe and everyone knows it",
    "fuck you, you dumb slut",
    "this bitch at work keeps taking my lunch",
    "my sister is being a brat today",
    "you're a cunt mate",
    "that hoe talking shit again",
    "bitch please, you wish",
    "my neighbour is a nosy old hag",
)
"""Swearing at one person, not about her sex as a class: offensive, not hate."""
NEUTRAL: Final = (
    "women are amazing and deserve equal pay",
    "all women should get free screening for breast cancer",
    "women can do anything men can",
    "immigrants built this country",
    "refugees are welcome here",
    "the women's team won the world cup",
    "female engineers are underrepresented",
    "migrants send billions home in remittances every year",
    "women are more likely to be affected by the cuts",
    "my mum is an immigrant and the hardest worker I know",
    "girls can be anything they want to be",
    "women belong in the boardroom",
    "the refugees arrived safely in the port",
    "#WomenInSTEM are changing the world",
    "#RefugeesWelcome",
    "women should be paid the same as men",
    "illegals? they're called undocumented workers and they pick our food",
    "women are not property, they're people",
)
"""Women or immigrants spoken of neutrally or praised: not hateful."""

SHAPES: Final = (
    ("misogyny", MISOGYNY, True),
    ("mis-tags", MISOGYNY_TAGS, True),
    ("immigrant", IMMIGRANT, True),
    ("imm-tags", IMMIGRANT_TAGS, True),
    ("go-back", GO_BACK, True),
    ("policy", POLICY, False),
    ("reporting", REPORTING, False),
    ("self", SELF, False),
    ("lyrics", LYRICS, False),
    ("one-person", ONE_PERSON, False),
    ("neutral", NEUTRAL, False),
)


def report(half: str, judge: Callable[[str], bool], keep: bool, show: bool,
           shapes: Sequence[tuple[str, Sequence[str], bool]] = SHAPES) -> None:
    """Right answers per shape and P/R/F1 of one half; its misses with ``show``."""
    tp = fp = fn = 0
    for name, texts, hateful in shapes:
        rows = [t for t in texts if tuning(t) == keep]
        verdicts = {t: judge(t) for t in rows}
        right = sum(v == hateful for v in verdicts.values())
        tp += sum(v for v in verdicts.values()) if hateful else 0
        fn += sum(not v for v in verdicts.values()) if hateful else 0
        fp += 0 if hateful else sum(v for v in verdicts.values())
        print(f"{half:7} {name:11} {right}/{len(rows)}")
        if show:
            for t, v in verdicts.items():
                if v != hateful:
                    print(f"    {'missed' if hateful else 'flagged'}: {t}")
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{half:7} P={p:.3f} R={r:.3f} F1={f1:.3f} (tp {tp} fp {fp} fn {fn})")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from chatwarden.detect.textscan import pick
    from chatwarden.evaluation.hate_functional import ScanJudge

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--held", action="store_true", help="the held half too (measured only)")
    ap.add_argument("--show", action="store_true", help="the tuning half's misses and false flags")
    args = ap.parse_args()
    judge = ScanJudge(pick(["toxicity"]))
    report("tuning", judge, True, args.show)
    if args.held:
        report("held", judge, False, False)


if __name__ == "__main__":
    main()
