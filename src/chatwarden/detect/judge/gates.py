"""Cheap keyword gates that decide when a topic is worth the embedding stage.

Embedding every message would cap a chat at a few hundred messages a second;
most chat is about nothing the topic heads judge. A gate is a handful of stems
per topic in both languages: it only says "maybe", the head decides. A gate
that misses costs recall, so the stems are broad; a gate that fires too often
costs only time, bounded by the per-chat budget.

Targets of an insult (Клинт 10.3) are also found here: a reply, an @mention or
a second-person word makes a toxic message an insult of someone.
"""

from __future__ import annotations

import re
from typing import Final

from chatwarden.detect.normalize import fold

_STEMS: Final[dict[str, str]] = {
    "threat": (
        r"убь[юе]|убить|убью|зареж|прибь|закопа|уро[юе]|сдохн|вычисл|найду|приеду|встрет|"
        r"сломаю|оторв|пожалеешь|берегис|жди\b|конец\b|"
        r"\bkill|\bshoot|\bstab|\bhurt|dead\b|find you|where you live|your back|regret|"
        r"coming for|burn"
    ),
    "violence": (
        r"кров|кишк|расчлен|пытк|пыта|избив|избил|избие|убийств|трупы?|голов[уы] отруб|"
        r"живод|мучает|резн|"
        r"\bgore|blood|behead|tortur|beaten|stabb|murder|corpse|bleed|massacre|brutal"
    ),
    "self_harm": (
        r"суицид|самоуб|вскры|вены|порез|режу себя|повес|покончить|уйти из жизни|уйд[её]м из|"
        r"не хочу жить|жить не хочу|не проснуться|с крыши|убью себя|таблетк|"
        r"suicid|kill myself|end my life|cut myself|self.?harm|hurt myself|jump off|"
        r"starve yourself|overdose"
    ),
    "sexual": (
        r"секс|порн|голы[ейх]|голая|нюдс|интим|груд[ьи]|сиськ|эрот|минет|оргаз|\bтрах|"
        r"на одну ночь|без одежды|"
        r"\bsex|porn|nude|naked|boobs|hookup|escort|horny|\bnsfw|xxx"
    ),
    "sexual_minors": (
        r"школьниц|школьник|малолет|несовершеннолет|дет(?:ск|и|ей)|девочк|мальчик|лет\b|"
        r"родител|"
        r"child|minor|underage|teen|\bkid|young|your age|parents|\b1[0-7]\b"
    ),
    "extremism": (
        r"джихад|теракт|террор|шахид|игил|бомб|взорв|стрелок|гитлер|нацис|свастик|неверн|"
        r"jihad|terror|shooter|bomb|hitler|nazi|isis|islamic state|infidel|replacement|"
        r"take up arms|white power"
    ),
    "politics": (
        r"путин|зеленск|украин|росси|войн|сво\b|мобилизац|фронт|всу|госдум|выбор|санкци|"
        r"хохл|кацап|крым|израил|палестин|христиан|мусульман|либерал|навальн|оппозиц|"
        r"президент|полити|нацио|кремл|\bнато\b|"
        r"\bwar\b|trump|biden|ukrain|russia|israel|gaza|palestin|democrat|republican|"
        r"election|immigra|muslim|christian|politic|president|putin|kremlin|\bnato\b"
    ),
}
GATES: Final[dict[str, re.Pattern[str]]] = {k: re.compile(v) for k, v in _STEMS.items()}
_EXPLICIT_MINORS = re.compile(r"педо|лоли|детск\w* порн|pedo|loli|child porn|\bcp\b|csam")

_SECOND_PERSON = re.compile(
    r"(?<!\w)(?:ты|тебя|тебе|тобой|твой|твоя|твои|твоё|твое|вы|вас|вам|вами|ваш|ваша|"
    r"you|your|you're|youre|u|ur|ya)(?!\w)"
)
MENTION = re.compile(r"@(\w{2,})")


def gated(text: str) -> tuple[str, ...]:
    """Topics whose stems occur in ``text``.

    Words about children are everyday chat («у меня дети»); the ``sexual_minors`` gate
    opens only when they meet a sexual stem, or for explicit terms on their own.
    """
    folded = fold(text).replace("ё", "е")
    found = [label for label, pattern in GATES.items() if pattern.search(folded)]
    if "sexual_minors" in found and "sexual" not in found:
        found.remove("sexual_minors")
    if "sexual_minors" not in found and _EXPLICIT_MINORS.search(folded):
        found.append("sexual_minors")
    return tuple(found)


def addressed(text: str) -> bool:
    """The text speaks to someone: second person or an @mention."""
    folded = fold(text)
    return bool(_SECOND_PERSON.search(folded) or MENTION.search(text))


def mentions(text: str) -> tuple[str, ...]:
    """@usernames in ``text``, lower-cased, without the @."""
    return tuple(m.group(1).casefold() for m in MENTION.finditer(text))
