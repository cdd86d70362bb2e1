"""How a chat line is read before any topic: its words anchored as stems, its addressing
(an @mention, an IRC ``nick:``) set aside, technical talk and requests for fiction told apart.

Shared by the topic gates (:mod:`.gates`), harm said outright (:mod:`.harm`), the targets of
insults and the minors rule: each reads the same line the same way, so a veto (``kill the
process``, ``write me a story``) holds for every label at once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from chatwarden.detect.normalize import fold


def stems(*alternatives: str) -> re.Pattern[str]:
    """One pattern of ``alternatives``, each anchored at the start of a word (one ``\\b``
    for all: an anchor per alternative makes the scan ~100x slower), grouped by their
    first letter: a word that starts with none of them fails on one comparison, not on
    each of ~150 stems (the patterns run on every message)."""
    by_letter: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        if alt[0].isalpha() and alt[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(alt[0], []).append(f"(?:{alt[1:]})")
        else:
            rest.append(alt)
    grouped = [f"{first}(?:{'|'.join(tails)})" for first, tails in by_letter.items()]
    return re.compile(r"\b(?:" + "|".join(grouped + rest) + ")")


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
    r"(?:it'?s |it is |was |saw it |read it |heard it )?on (?:the|every|all the) (?:news|channels?)\b|"
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
