"""Who an insult is aimed at (Клинт 3.1, 10.3): a reply, an @mention, or second person
*with* a name-calling word makes a toxic message an insult of someone.

Kept apart from the topic gates: these words decide whether rudeness is aimed at a person,
not what a text is about.
"""

from __future__ import annotations

import re

from chatwarden.detect.judge.gates import MENTION, stems
from chatwarden.detect.normalize import fold, normalize

_SECOND_PERSON = re.compile(
    r"(?<!\w)(?:ты|тебя|тебе|тобой|твой|твоя|твои|твоё|твое|вы|вас|вам|вами|ваш|ваша|"
    r"you|your|you're|youre|u|ur|ya)(?!\w)"
)
NAME_CALLING = stems(
    r"дебил", r"идиот", r"тупо(?:й|го|му|ая|ую|е|ры)\b", r"тупиц", r"дур(?:а|ак|ачок|ра|еха|ень)",
    r"придур", r"урод", r"мраз", r"твар[ьи]", r"чмо", r"лох", r"даун", r"кретин", r"ублюд",
    r"скотин", r"сволоч", r"падл", r"гнид", r"ничтожеств", r"кончен", r"заткнис", r"овощ\b",
    r"клоун", r"позорищ", r"убог", r"дегенерат", r"шизик", r"псих\b", r"жалк",
    r"сук[аи]\b", r"сучк", r"шлюх", r"шалав", r"говнюк", r"жополиз", r"мудак", r"мудил",
    r"пид[оа]р", r"хуесос", r"уеб(?:ок|ан|ищ)", r"долбо[её]б", r"ебан(?:ат|ько|ашк)", r"гандон",
    r"пиздабол", r"(?:иди|пош[её]л|пошла|пошли|вали) (?:на ?хуй|нах|в жопу|в пизду|к черту)",
    r"нахуй иди", r"отъебись", r"съебись", r"заеба(?:л|ла|ли)\b", r"ненавижу (?:тебя|вас)",
    r"бесполезн", r"свинья", r"коз[её]л", r"bitch", r"asshole",
    r"fuck (?:you|u|off|your ?self|ur ?self)", r"(?:you|u) suck", r"suck my", r"piss off",
    r"screw you", r"hate you", r"useless", r"bastard", r"pig\b", r"slag", r"slut", r"whore",
    r"jerk\b", r"go to hell", r"go die", r"drop dead",
    r"dick ?head", r"cunt", r"idiot", r"moron", r"stupid", r"dumb", r"retard", r"loser",
    r"shut up", r"pathetic", r"ugly", r"imbecile", r"clown", r"worthless", r"piece of",
    r"scum", r"trash\b", r"freak",
)
"""Name-calling words, ru + en (мат and vulgar ones too): aimed at someone, they make
rudeness an insult."""


def addressed(text: str) -> bool:
    """The text speaks to someone: second person or an @mention."""
    return bool(_SECOND_PERSON.search(fold(text)) or MENTION.search(text)
                or _SECOND_PERSON.search(normalize(text).text))  # «Tы» with a Latin T


def name_calling(text: str) -> bool:
    """The text calls someone names. Swearing is no name: in Russian chat мат is
    punctuation («бля, нихуя ты мощный» praises), and a vulgar word is no insult («за жопу
    покусает»); the мат and vulgar words that *are* names («мудак», «сука») are stems above.
    Names are looked for as written and as the normalizer reads them: «ты тyпoй идиoт» with
    Latin look-alikes, «дayн» or leet is the same insult."""
    return bool(NAME_CALLING.search(fold(text).replace("ё", "е"))
                or NAME_CALLING.search(normalize(text).text.replace("ё", "е")))


def mentions(text: str) -> tuple[str, ...]:
    """@usernames in ``text``, lower-cased, without the @."""
    return tuple(m.group(1).casefold() for m in MENTION.finditer(text))
