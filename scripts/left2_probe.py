"""Misreadings left after the leftovers (version 16, second set), one probe set each (left2):
written here, all at once, before any rule that reads them.

1. ``translit`` (``insult``): a short transliterated Russian insult said to someone whose word
   the model's char 4-grams know no better in Cyrillic than as written ("ty kretin", «кретин»;
   "ty podonok", "ty gnida"); English short lines with "ty" ("ty man", "ty for the help") and
   an English name after it ("ty martin") stay English.
2. ``named`` (``insult``): a first name followed by a name-calling noun, a member insulted in
   the third person («Вася дебил», «Петя лох», «Маша — дура»); a thing called stupid
   («дебильная погода», «этот фильм дебильный»), a name with no insult («Вася пришёл»), a
   negation, a reported word («Вася сказал, что я дебил») or an oblique case («Вася дебилов не
   любит») is none.
3. ``caution`` (``threat``): "watch your back" alone or with menace stays a threat ("watch your
   back, I know where you live"); said with a hazard next to it ("the floor is wet", "there's a
   car coming", the stairs, lifting boxes) it is a caution.
4. ``schoolgirl`` (``sexual_minors``): a teen presented in a schoolgirl outfit, porn-tag style
   ("teen in schoolgirl skirt"), sexualizes a minor; school uniforms bought or talked of by a
   parent ("my teen daughter's school skirt is too long") do not.
5. ``bangs`` (the spam model's reading, ``normalize_with_edge_bangs``): a "!" ending a word is
   an exclamation ("idiot!" is not "idioti"); a "!" opening or inside a word stays leet
   ("!diot", "id!ot"). Probed as readings, not as a label: positives are texts whose reading
   must keep the "!" after the word, negatives those whose "!" must still read "i".

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints the
held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/left2_probe.py ITEM [--held] [--show]
(ITEM: translit, named, caution, schoolgirl, bangs)
"""

from __future__ import annotations

import sys
from typing import Final

from probe_split import label_probe, tuning

TRANSLIT_POSITIVES: Final = (
    "ty kretin",
    "ty podonok",
    "ty gnida",
    "ty psih",
    "ty nichtozhestvo",
    "ty svoloch",
    "ty ublyudok",
    "ty skotina",
    "ty pridurok",
    "ty bolvan",
    "vy kretiny",
    "sam kretin",
    "ty degenerat",
    "ty baran",
    "ty kretin?",
    "ty urod i kretin",
    "ty shizik",
    "ty negodyay",
    "ty tupitsa",
    "ty poganka",
)
"""A short transliterated Russian insult said to someone."""

TRANSLIT_NEGATIVES: Final = (
    "ty man",
    "ty for the help",
    "ty bro",
    "ty dude",
    "ty mate",
    "ty sir",
    "ty again",
    "ty all",
    "ty guys",
    "ty kindly",
    "ty very much",
    "ty buddy",
    "ty martin",
    "ty kristina",
    "ty kevin",
    "ty captain",
    "sam smith",
    "sam kerr",
    "ty ty",
    "ty boss",
    "ty brother",
    "ty pal",
)
"""English short lines with "ty" or "sam", names among them: no insult."""

NAMED_POSITIVES: Final = (
    "Вася дебил",
    "Петя лох",
    "Дима кретин",
    "Саша идиот",
    "Коля урод",
    "Вася — дебил",
    "Маша дура",
    "Серёга придурок",
    "Ваня тупой дебил",
    "Катя шлюха",
    "Лёха мудак",
    "Андрей конченый идиот",
    "Олег клоун",
    "Миша козел",
    "Вася дебил, не слушайте его",
    "Игорь дегенерат",
    "Настя тупица",
    "Женя чмо",
)
"""A first name and a name-calling noun: a member insulted in the third person."""

NAMED_NEGATIVES: Final = (
    "дебильная погода",
    "этот фильм дебильный",
    "Вася пришёл",
    "Вася не дебил",
    "Вася сказал, что я дебил",
    "Вася назвал его дебилом",
    "Вася дебилов не любит",
    "Петя лохматый",
    "Дима кретинов не терпит",
    "Маша дурачится",
    "Коля уродился в отца",
    "Саша идиотов насмотрелся",
    "Вася лоханулся",
    "Олег клоуном работает",
    "Вася, привет",
    "Миша козла купил",
    "Катя дома",
    "Андрей молодец",
    "Вася умный",
    "дебильный день",
)
"""No name insulted: a thing called stupid, a name doing something, an oblique case."""

CAUTION_POSITIVES: Final = (
    "watch your back",
    "watch your back, I know where you live",
    "better watch your back",
    "you better watch your back bitch",
    "watch your back from now on",
    "I know where you live, watch your back",
    "watch your back tonight",
    "you'd better watch your back, snitch",
    "watch your back. you'll regret this",
    "Watch your back!",
    "u better watch ur back",
    "watch your back, i'm coming for you",
)
""""Watch your back" alone or with menace: a veiled threat."""

CAUTION_NEGATIVES: Final = (
    "watch your back, the floor is wet",
    "watch your back, there's a car coming",
    "watch your back on the stairs, they're icy",
    "watch your back when you lift those boxes",
    "watch your back, the forklift is reversing",
    "watch your back, the road is icy",
    "watch your back lifting that couch",
    "watch your back, the ceiling is low",
    "watch your back, the steps are slippery",
    "watch your back, bikes come fast on this path",
    "careful, watch your back, the truck is backing up",
    "watch your back, the floor was just mopped",
    "watch your back, there's a bus behind you",
    "watch your back with heavy lifting at the gym",
    "watch your back on the ice today",
    "watch your back, cars come round that corner fast",
)
""""Watch your back" with a hazard named: a caution."""

SCHOOLGIRL_POSITIVES: Final = (
    "teen in schoolgirl skirt",
    "hot teen in schoolgirl outfit",
    "teen in a schoolgirl uniform",
    "cute teen in schoolgirl outfit",
    "teen girl wearing a schoolgirl skirt",
    "young teen dressed as a schoolgirl",
    "teen in tiny schoolgirl skirt and knee socks",
    "petite teen in schoolgirl costume",
    "teenager in a short schoolgirl skirt",
    "blonde teen in plaid schoolgirl skirt",
    "teen babe in schoolgirl uniform",
    "13 year old in a schoolgirl outfit",
    "teen schoolgirl skirt pics",
    "skinny teen in school girl uniform",
)
"""A teen presented in a schoolgirl outfit, porn-tag style: a minor sexualized."""

SCHOOLGIRL_NEGATIVES: Final = (
    "my teen daughter's school skirt is too long",
    "where can I buy school uniforms for my teen",
    "school uniform shopping with my teen today",
    "teen girls' school skirts are on sale at target",
    "the school banned short skirts for teens",
    "teen school uniform sizes run small",
    "my daughter is a teen and hates her school skirt",
    "is a schoolgirl outfit ok for an adult costume party?",
    "teens in school uniforms waited at the bus stop",
    "our teen son needs new school trousers",
    "teen uniform policy debate at the school board",
    "my teen wants a schoolgirl costume for halloween",
    "uniform shopping: 2 skirts, 3 shirts for my teen",
    "the teen in the school uniform helped me with my bags",
    "she wore her school skirt to the teen club",
)
"""School clothes talked of, bought or worn: no minor sexualized."""

BANGS_POSITIVES: Final = (
    "idiot!",
    "stop!",
    "free!",
    "you won!",
    "call now!",
    "hello!",
    "wow! nice",
    "done! thanks",
    "click here!",
    "win big! today",
    "great offer!",
    "omg!",
)
"""A "!" after a word: an exclamation the reading keeps."""

BANGS_NEGATIVES: Final = (
    "!diot",
    "id!ot",
    "sh!t",
    "fr!end",
    "cl!ck here",
    "w!n big",
    "b!tch",
    "!nvest now",
)
"""A "!" opening or inside a word: leet for "i"."""

ITEMS: Final = {
    "translit": ("insult", TRANSLIT_POSITIVES, TRANSLIT_NEGATIVES),
    "named": ("insult", NAMED_POSITIVES, NAMED_NEGATIVES),
    "caution": ("threat", CAUTION_POSITIVES, CAUTION_NEGATIVES),
    "schoolgirl": ("sexual_minors", SCHOOLGIRL_POSITIVES, SCHOOLGIRL_NEGATIVES),
}
"""The label probes; ``caution``'s positives are the threats (flagged), its negatives the
cautions."""


def _bangs(argv: list[str]) -> None:
    """The spam model's reading of each text: a positive passes when its reading keeps each
    "!" that follows a word, a negative when its "!" reads "i"."""
    import re

    from chatwarden.detect.normalize import normalize_with_edge_bangs

    def kept(text: str) -> bool:
        read = normalize_with_edge_bangs(text).text
        return read.count("!") >= len(re.findall(r"(?<=\w)!(?!\w)", text))

    for name, held in (("tuning", False), ("held", True)):
        if held and "--held" not in argv:
            break
        pos = [t for t in BANGS_POSITIVES if tuning(t) != held]
        neg = [t for t in BANGS_NEGATIVES if tuning(t) != held]
        good_pos = [t for t in pos if kept(t)]
        good_neg = [t for t in neg if "!" not in normalize_with_edge_bangs(t).text]
        print(f"{name:7} pos={len(pos)} kept={len(good_pos)} neg={len(neg)} leet={len(good_neg)}")
        if "--show" in argv and not held:
            for t in sorted(set(pos) - set(good_pos)) + sorted(set(neg) - set(good_neg)):
                print(f"  MISS {t!r} -> {normalize_with_edge_bangs(t).text!r}")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in (*ITEMS, "bangs"):
        sys.exit(f"usage: left2_probe.py {{{','.join((*ITEMS, 'bangs'))}}} [--held] [--show]")
    if sys.argv[1] == "bangs":
        _bangs(sys.argv[2:])
        return
    label, positives, negatives = ITEMS[sys.argv[1]]
    label_probe(label, positives, negatives, sys.argv[2:])


if __name__ == "__main__":
    main()
