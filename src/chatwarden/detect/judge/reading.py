"""How a chat line is read before any topic: its words anchored as stems, its addressing
(an @mention, an IRC ``nick:``) set aside, technical talk and requests for fiction told apart.

Shared by the topic gates (:mod:`.gates`), harm said outright (:mod:`.harm`), the targets of
insults and the minors rule: each reads the same line the same way, so a veto (``kill the
process``, ``write me a story``) holds for every label at once.
"""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from functools import lru_cache
from typing import Any, Final

from chatwarden.detect.normalize import fold


def stems(*alternatives: str) -> re.Pattern[str]:
    """One pattern of ``alternatives``, each anchored at the start of a word (one ``\\b``
    for all: an anchor per alternative makes the scan ~100x slower), grouped by their
    first letter: a word that starts with none of them fails on one comparison, not on
    each of ~150 stems (the patterns run on every message).

    Alternatives that open with a group or a class ("(?:go )?cry", "[Ss]hoot") cannot be
    grouped so, and the engine tried each of them at every word edge. Where there are at least
    :data:`LOOKED_AHEAD` of them, they stand behind one lookahead of the characters any of
    them can start with (:func:`first_chars`), which is a word edge's one comparison again.
    The lookahead only rejects where no alternative behind it could match, so the pattern
    matches exactly what it matched without it (same spans, same groups)."""
    by_letter: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        if alt[0].isalpha() and alt[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(alt[0], []).append(f"(?:{alt[1:]})")
        else:
            rest.append(alt)
    grouped = [f"{first}(?:{'|'.join(tails)})" for first, tails in by_letter.items()]
    if len(rest) >= LOOKED_AHEAD and (first := first_chars("|".join(rest))) is not None:
        rest = [f"(?=[{first}])(?:{'|'.join(rest)})"]
    return re.compile(r"\b(?:" + "|".join(grouped + rest) + ")")


LOOKED_AHEAD: Final = 3
"""The fewest ungrouped alternatives put behind a lookahead: with one or two, the lookahead
costs more at each word edge than trying them (instructions of ``bench realchat``'s stream,
``scripts/callgrind_realchat.py``)."""


class _Unbounded(Exception):
    """A pattern's first character is not one of a set :func:`first_chars` can write."""


def first_chars(pattern: str) -> str | None:
    """The body of a character class (``[...]`` without the brackets) holding every character
    a match of ``pattern`` can start with, from the pattern's parse; None where that set is
    not a plain one of characters and ranges (a ``\\w``, a ``.``, a negated class, a flag)
    or a match can be empty. A larger set than the exact one is safe (a lookahead of it only
    lets more through), a smaller one never is, so anything unsure either widens it or
    gives up."""
    parsed = re_parser.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:
        return None
    found: set[str] = set()
    try:
        if _opens(parsed.data, found):
            return None  # an empty match starts with no character at all
    except _Unbounded:
        return None
    return "".join(sorted(found))


def _opens(items: Any, found: set[str]) -> bool:
    """Add the characters a match of the sequence ``items`` can start with to ``found``;
    whether the sequence can match empty (then what follows it can start the match too)."""
    for op, av in items:
        if op is re_constants.LITERAL:
            found.add(re.escape(chr(av)))
            return False
        if op is re_constants.IN:
            for kind, value in av:
                if kind is re_constants.LITERAL:
                    found.add(re.escape(chr(value)))
                elif kind is re_constants.RANGE:
                    found.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                else:  # a negated class, \w, \d, \s
                    raise _Unbounded
            return False
        if op is re_constants.AT or op in (re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue  # \b, ^, a lookaround: they read no character
        if op is re_constants.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unbounded
            if not _opens(sub.data, found):
                return False
        elif op is re_constants.BRANCH:
            if not any([_opens(alt.data, found) for alt in av[1]]):  # every branch's, listed
                return False
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT,
                    re_constants.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not _opens(sub.data, found) and low > 0:
                return False
        elif op is re_constants.ATOMIC_GROUP:
            if not _opens(av.data, found):
                return False
        else:  # any character, a back reference, a conditional group
            raise _Unbounded
    return True


MENTION = re.compile(r"@(\w{2,})")
NICK = re.compile(r"^\s*(?:\S+:|[\w.]*[-_\d\[\]|`^][\w.\-\[\]|`^]*,)\s")
"""An IRC addressing prefix ("horny-sama: what does ls say?"): a nickname, not words of the line."""
TECHNICAL = stems(
    r"(?:kill|killall|pkill|terminate|shoot|execute|exec)\w* (?:-\w+|%?\d+|the |a |an |my |this |"
    r"that |it\b|its\b|all\b)?\s*(?:\w+ )?(?:process|pid|task|job|thread|daemon|service|server|"
    r"session|app|application|program|command|script|window|tab|signal|query|container|"
    r"instance|worker|shell|terminal|photo|picture|email|message)",
    r"убить (?:процесс|задачу|сессию|сервер)", r"kill -\d", r"sudo kill", r"kill %",
)
"""Technical talk ("kill the stuck process", «убить сессию»): its harm verbs harm no one."""
LAUGHING: Final = re.compile(r"\b(?:lol\w*|lmf?ao+|rofl|(?:ha){2,}\w*|jk|/s|kidding|joking)\b|"
                             r"[😂🤣💀]")
"""A line laughed off ("i want to die lol", "touch my fries again and you're dead lol"): among
friends a figure of speech, no self-harm said and no threat implied."""
FICTION: Final = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|now|hey|hi|hello|so|can you|could you|would you|will you|"
    r"i want you to|i need you to|i'?d like you to|help me|let'?s|lets)\W+)*"
    r"(?:(?:re)?write|role-? ?play|pretend|imagine|act as|act like|generate|create|compose|"
    r"come up with|continue (?:the|this|my|our) (?:story|tale|poem|scene|role-? ?play|script|chapter)|"
    r"make up|invent|draft|brainstorm|narrate|simulate|suppose|"
    r"hypothetically|what if|let'?s say|(?:tell|give) me (?:a|an|the)(?: \w+)?? (?:story|tale|poem|"
    r"joke|riddle|plot|scene|script))\b"
)
"""A request for fiction, a game or a hypothetical ("Write me a sitcom …", "Roleplay a tour
guide …", "Come up with ideas for a game …", "Imagine …"): what it names happens in no chat."""


ON_RECORD: Final = re.compile(
    r"\b(?:histor(?:y|ians?|ical(?:ly)?)|documentar(?:y|ies)|according to|"
    r"(?:police|officials|authorities|prosecutors|witnesses|investigators) "
    r"(?:said|say|says|reported|estimate)|"
    r"on (?:the|every|all the) (?:news|channels?)\b|"
    r"breaking news|(?:the )?(?:news|reports?|media) (?:say|said|says|reported|report)\b|reportedly|"
    r"(?:the )?(?:trial|court|jury|inquest) (?:heard|was told)|"
    r"(?:was|were|has been|have been|is|are) (?:later |since |subsequently |then )?"
    r"(?:charged|convicted|sentenced|arrested|jailed)\b|"
    r"in (?:1[0-9]|20)\d\d\b"
    r"|(?:1[0-9]|20)\d\d (?:massacre|genocide|attacks?|war|bombing|shooting|killings?)\b)")
"""Violence told on the record, as news or history ("Historians estimate that six million Jews were
murdered in the Holocaust", "the documentary looks at the 1994 massacre", "the suspect is charged
with murder", "it's on every channel"): it names a crime and depicts none; gore shown or harm
urged keep their gate."""


@lru_cache(maxsize=512)
def addressed_away(text: str) -> str:
    """``text`` folded, without @mentions and an IRC ``nick:`` prefix. Cached: the gates,
    harm, self-harm, sexual, minors and extremism each start from this reading, about nine
    times a message."""
    return NICK.sub(" ", MENTION.sub(" ", fold(text).replace("ё", "е")))
