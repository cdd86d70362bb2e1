"""The мат/obscenity lexicon: roots, not word lists, anchored at the start of a word.

Russian swearing is productive («выебываться», «распиздяй», «нахуячить»): a list of
words never ends, a list of roots with the prefixes Russian puts in front of them
does. A root only counts at the start of a token or right after a known prefix,
which is what keeps «застрахуйте», «колебаться», «оскорблять», «употреблять» clean;
an allowlist catches the few real words that still look like a prefix + root.

Two strengths: ``mat`` (the four roots of Russian мат and English "f-word" grade,
score 1.0) and ``vulgar`` (coarse but not мат: «говно», "shit", score 0.7), so a
policy can forbid one and tolerate the other with a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chatwarden.detect.judge.textprep import canon_token, prepare, tokens
from chatwarden.detect.textcache import text_cache

_RU_PREFIX = (
    r"(?:а|в|вз|вс|вы|до|за|и|из|ис|на|наи|не|недо|ни|о|об|обо|от|ото|па|пере|по|под|подъ|"
    r"пре|при|про|раз|рас|роз|рос|с|съ|у|въ|изъ|объ|разъ|отъ|долбо|мозго|)"
)
_RU_MAT_ROOTS = (
    r"ху[йяеиюё]",
    r"п[иеі]зд",
    r"[её]б(?:а|ы|у|л|н|ш|ись|ет|ут|ок|уч|ан|ар|ен|ищ|лан|ош|ук)",
    r"[её]пт",
    r"[её]б$",
    r"бл(?:я|e)(?:[дт]ь?|ха-муха)?(?:$|[^х])",
    r"муда[кч]|мудил|мудоз|мудох",
    r"манд(?:а$|ой$|у$|ы$|е$|ищ|ав|ёж)",
    r"залуп",
    r"г[ао]нд[ао]н",
    r"пид[оае]?р",
    r"хул[ие]$",  # «хули», «хуле»: the root's «какого хуя», not «хулить» (blame), «хулиган»
    r"пздц",  # «пиздец» without its vowels, as chat writes it
)
_RU_VULGAR_ROOTS = (
    r"сук(?:а|и|у|ой|ин|ам|ами)?$",
    r"сучк|сучар",
    r"шлюх|шалав",
    r"говн|дерьм|срань|сран",
    r"жоп[аеуыо]",
    r"дроч",
    r"трах(?:а|н|ну)",
    r"нах$",
)
_EN_MAT = (
    r"(?:mother|mutha)?f+[uv]+[ck]+(?:k|ing|in|er|ed|s)?",
    r"fuq|fck|fcuk|phuck|fuk(?:ing|in|er)?$",
    r"cunt",
    r"motherf",
)
_EN_VULGAR = (
    r"shit(?:s|ty|ting|head|hole)?$|bullshit",
    r"bitch",
    r"as+(?:hole|holes|hat|wipe)$",
    r"dick(?:s|head|heads)?$",
    r"cock(?:s|sucker|suckers)?$",
    r"bastard",
    r"wank",
    r"twat",
    r"slut",
    r"whore",
    r"pis+(?:ed)?$",
    r"damn$",
)
_RU_MAT = re.compile(rf"^{_RU_PREFIX}(?:{'|'.join(_RU_MAT_ROOTS)})")
_RU_VULGAR = re.compile(rf"^{_RU_PREFIX}(?:{'|'.join(_RU_VULGAR_ROOTS)})")
_EN_MAT_RE = re.compile(rf"^(?:{'|'.join(_EN_MAT)})")
_EN_VULGAR_RE = re.compile(rf"^(?:{'|'.join(_EN_VULGAR)})")

ALLOW = frozenset({
    # Russian words that look like prefix + root
    "застрахуйте", "страхуй", "застрахуй", "себя", "себе", "команда", "командой", "мандарин",
    "мандат", "хулиган", "скипидар", "оскорблять", "колебаться", "употреблять", "истребить",
    "небо", "хлеба", "учеба", "сукно", "суккуб", "рубля", "ансамбля", "корабля", "сабля",
    "оглобля", "колеблется", "психуй", "психуя", "психуешь", "кукуй", "барахло",
    # English words with a swear inside
    "scunthorpe", "cocktail", "cocktails", "peacock", "hancock", "dickens", "therapist",
    "cockpit", "shitake", "cockroach", "document", "pisaro", "pisa", "dickinson",
})

# Canonical forms that a censored token («п**дец», "f**k") is checked against.
_CANON = (
    "хуй", "хуя", "хуйня", "нахуй", "пизда", "пиздец", "пиздеть", "блядь", "блять", "бля",
    "ебать", "ебал", "ебаный", "заебал", "ебучий", "уебок", "сука", "fuck", "fucking",
    "fucker", "shit", "bitch", "cunt", "asshole", "dick",
)


@dataclass(frozen=True, slots=True)
class Hit:
    """One obscene word: where it is in the original text and how strong it is."""

    start: int
    end: int
    strength: str  # "mat" or "vulgar"

    @property
    def score(self) -> float:
        return 1.0 if self.strength == "mat" else 0.7


@lru_cache(maxsize=65536)
def judge_token(token: str) -> str | None:
    """``"mat"``, ``"vulgar"`` or ``None`` for one raw token."""
    low = token.casefold().replace("ё", "е")
    if low in ALLOW:
        return None
    if "*" in low or "#" in low:
        return _censored(low)
    cyr, lat = canon_token(low)
    if cyr in ALLOW or lat in ALLOW:
        return None
    if _RU_MAT.search(cyr) or _EN_MAT_RE.search(lat):
        return "mat"
    if _RU_VULGAR.search(cyr) or _EN_VULGAR_RE.search(lat):
        return "vulgar"
    return None


def _censored(token: str) -> str | None:
    """A token with stars stands for a swear word when the stars fill one exactly."""
    stripped = token.strip("*#")
    if not stripped or len(token) < 3:
        return None
    pattern = re.compile("^" + "".join("." if c in "*#" else re.escape(c) for c in token) + "$")
    if any(pattern.match(word) for word in _CANON):
        return "mat" if not any(pattern.match(w) for w in ("сука", "shit", "bitch", "dick")) \
            else "vulgar"
    return None


def _wrapped(token: str) -> tuple[int, int]:
    """How many marks open and close ``token`` when marks only wrap it: Markdown emphasis
    typed by hand («**пиздец**», "*fuck*", a #hashtag), not the stars of a censored word
    («п**дец», inside) — ``(0, 0)`` when a mark stands inside the word or none wraps it.
    Read as a censored word, «**пиздец**» filled no swear word exactly and was found clean."""
    core = token.strip("*#")
    if not core or len(core) == len(token) or "*" in core or "#" in core:
        return 0, 0
    lead = len(token) - len(token.lstrip("*#"))
    return lead, len(token) - lead - len(core)


@text_cache(16384)
def find(text: str) -> tuple[Hit, ...]:
    """Every obscene word of ``text``, spans in the original text (cached: the n-gram
    stage and the cascade both ask)."""
    folded = prepare(text)
    hits: list[Hit] = []
    for start, end, token in tokens(folded):
        lead, trail = _wrapped(token)
        strength = judge_token(token[lead:len(token) - trail]) if lead or trail else None
        if strength:  # the word inside the emphasis, its span without the marks
            start, end = start + lead, end - trail
        else:  # as written: «х**» is a censored «хуй»
            strength = judge_token(token)
        if strength:
            o_start, o_end = folded.span(start, end)
            hits.append(Hit(o_start, o_end, strength))
    return tuple(hits)


def score(hits: tuple[Hit, ...] | list[Hit]) -> float:
    """The lexicon's score for a message: its strongest word."""
    return max((h.score for h in hits), default=0.0)
