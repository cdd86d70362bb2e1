"""Self-harm intent said outright, and its denial, in the guideline's words.

The guideline's self-harm includes content "where the speaker expresses intent to self-harm".
The self-harm head, trained on r/SuicideWatch against r/depression, reads a post's mood; it
scored "I think I'm going to kill myself tonight" 0.79, "I got the gun … before I do it" 0.80
and "I don't want to wake up in the morning" 0.74, under its flag point (0.8). Intent has
words of its own, and this module finds them:

- a plan in the first person, in the present or future ("I'm going to end it all", "I'm
  thinking of ending it all", "I'll kill myself tonight");
- a goodbye or suicide note ("I wrote a note to my parents" in a post that says farewell,
  "my suicide note"), and a time with a goodbye ("tonight's the night … goodbye");
- an overdose taken, ten pills or more ("I counted out and took 52 pills", "I swallowed all
  of my pills"; "I took 2 tablets for my headache" is none);
- not wanting to wake up ("I don't want to wake up", "I'd rather never wake up");
- not being here tomorrow ("I won't be here much longer", "my last day alive");
- a method got ("I bought a rope", "I got the gun") — only in a post that also names dying
  or doing it, since a gun bought is no intent in a hunting chat.

Its look-alikes are no intent: hyperbole (laughter, "lol", an "if" that makes it a condition:
"if this build fails again I'm going to kill myself"), words quoted (song lyrics, someone
cited), the past ("I was going to kill myself, years ago", recovery stories), someone else
("she's going to kill herself" names no first person) and a question ("am I going to …?").

And a depression post that says "I'm not suicidal" denies the intent: the head, which read
its sadness, is held under the flag point, unless intent is said too. Chosen on SDCNL's
training file (``scripts/selfharm_probe.py``), never its test file.
"""

from __future__ import annotations

import re
from typing import Final

from chatwarden.detect.judge.gates import LONG_POST
from chatwarden.detect.judge.reading import addressed_away

_ACT: Final = (r"(?:kill(?:ing)? my ?self|end(?:ing)? (?:it all|my (?:own )?life|it tonight|"
               r"it soon|things)|tak(?:e|ing) my (?:own )?life|commit(?:ting)? suicide|"
               r"hang(?:ing)? my ?self|overdos(?:e|ing)\b|jump(?:ing)? off)")
_SOON: Final = (r"(?:tonight|tomorrow|today|this (?:week|weekend|month|year)|soon|"
                r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)|"
                r"after|before|once|when)\b")
_INTENT: Final[dict[str, re.Pattern[str]]] = {
    "plan": re.compile(
        r"\b(?:i'?m|i am|im) (?:(?:really|just|finally|probably|seriously|definitely) )?"
        r"(?:going to|gonna|about to|planning (?:on|to)|ready to|thinking (?:of|about)|"
        r"considering|preparing to) (?:finally )?(?:" + _ACT + r"|end it " + _SOON + ")"),
    "plan with a time": re.compile(
        r"\b(?:i'?ll|i will) (?:finally |just )?(?:kill my ?self|end (?:it all|my life)|"
        r"take my (?:own )?life|commit suicide|hang my ?self) " + _SOON),
    "goodbye note": re.compile(
        r"\b(?:my|a) (?:suicide|goodbye) (?:note|letter)s?\b|"
        r"\bi (?:wrote|have written|'ve written|am writing|'m writing) (?:a|my) "
        r"(?:last |final )?(?:note|letter)s?(?: (?:to|for) my\b|$|[.!])"),
    "a time and a goodbye": re.compile(
        r"\b(?:tonight|today)(?:'s| is) the (?:night|day)\b(?=.*\b(?:goodbye|farewell|"
        r"nice knowing (?:you|y'?all)))"),
    "an overdose taken": re.compile(
        r"\bi (?:\w+ (?:\w+ )?and )?(?:just )?(?:took|swallowed|downed) (?:[1-9]\d+ |all (?:of )?"
        r"(?:my|the) |a (?:bunch|bottle|handful) of )(?:\w+ )?(?:pills|tablets)\b"),
    "not waking up": re.compile(
        r"\b(?:(?:don'?t|do not|never) want to|(?:rather|hope i|wish i (?:could|would)|pray i) "
        r"(?:never|not|don'?t)) wake up\b(?! (?:early|at \d|before|for (?:work|school|class)|"
        r"till|until|on (?:a )?(?:saturday|sunday|weekend)))"),
    "not here tomorrow": re.compile(
        r"\bi (?:won'?t|will not) be (?:here|around|alive) (?:for )?(?:much longer|tomorrow|"
        r"anymore|any more)\b|\bmy last (?:day|night) (?:alive|on earth)\b"),
}
_ANCHORS: Final = ("self", "wake", "note", "letter", "life", "it all", "here", "last", "bought",
                   "got", "things", "overdos", "jump", "suicide", "took", "swallowed", "downed",
                   "night", "day")
"""A word every intent above needs: most messages hold none and cost one scan."""
_FAREWELL: Final = re.compile(r"\b(?:loved? (?:them|you|her|him)|(?:not|isn'?t|wasn'?t) "
                              r"(?:their|your|her|his) fault|goodbye|forgive me|move on|"
                              r"find someone better|take care of)\b")
"""A note to one's family is a goodbye note where the post says farewell: "I told them I
loved them", "it's not their fault" (an apology alone is a note about the milk)."""
_METHOD_GOT: Final = re.compile(
    r"\bi (?:just )?(?:bought|got|purchased|ordered) (?:a |the |some |enough )?"
    r"(?:rope|noose|gun|pills|sn|sodium nitrite|helium)\b")
_OF_DYING: Final = re.compile(r"\b(?:die|dying|dead|suicid\w*|kill my ?self|end it|do it|"
                              r"my body|it'?s over|goodbye)\b")
"""What makes a method got intent: the same post speaks of dying or of doing it."""

_QUOTED: Final = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_SENTENCE: Final = re.compile(r"[^.!?\n]+[.!?\n]*")

_STOCK: Final = re.compile(r"\b(?:kill(?:ing)? my ?self|kms|want(?:ed)? to die|wanna die|"
                           r"end it all|suicid\w*|unalive my ?self)\b")
_LAUGHING: Final = re.compile(r"\b(?:lol\w*|lmf?ao+|rofl|(?:ha){2,}\w*|jk|/s|kidding|joking)\b|"
                              r"[😂🤣💀]")
_HYPERBOLE: Final = re.compile(_LAUGHING.pattern + r"|\bif\b|\bunless\b")
"""In the sentence of the intent: laughter or a condition makes it a figure of speech."""

_DENIED: Final = re.compile(
    r"(?<!when )(?<!if )(?<!even when )\b(?:i'?m|i am|im) not (?:feeling )?suicidal\b|"
    r"\bi (?:would|will|could) never (?:kill|hurt|harm) my ?self\b")
"""The author says there is no intent ("I am not suicidal, so I don't want anyone to think I
am in dire need"); "even when I'm not suicidal I know I must die" denies nothing."""

SELF_HARM_SAID_SCORE = 0.9
"""The self-harm score of intent said outright: over the head's flag point (0.8)."""
NOT_SELF_HARM = 0.5
"""Where intent is denied, the head's score is held here: under the flag point."""


def _folded(text: str) -> str:
    return _QUOTED.sub(" ", addressed_away(text).replace("’", "'").replace("‘", "'"))


def intent_said(text: str) -> tuple[str, str] | None:
    """``(kind, words)`` where the author of ``text`` says intent to harm themselves
    (:data:`_INTENT`, or a method got in a post of dying), outside quotes, in a sentence with
    no laughter and no condition (:data:`_HYPERBOLE`) that is not a question."""
    folded = _folded(text)
    if not any(word in folded for word in _ANCHORS):
        return None  # most messages: none of the words
    if (m := _INTENT["a time and a goodbye"].search(folded)) is not None \
            and not _HYPERBOLE.search(folded):
        return "a time and a goodbye", m.group(0)
    for sentence in _SENTENCE.findall(folded):
        if _HYPERBOLE.search(sentence) or sentence.rstrip().endswith("?"):
            continue
        for kind, pattern in _INTENT.items():
            if (m := pattern.search(sentence)) is not None and (
                    kind != "goodbye note" or "suicide" in m.group(0)
                    or "goodbye" in m.group(0) or _FAREWELL.search(folded)):
                return kind, m.group(0)
        if (m := _METHOD_GOT.search(sentence)) is not None \
                and _OF_DYING.search(folded[:m.start()] + " " + folded[m.end():]):
            return "method got", m.group(0)
    return None


def intent_denied(text: str) -> str | None:
    """The words by which the author of ``text`` denies self-harm intent (:data:`_DENIED`)."""
    m = _DENIED.search(_folded(text))
    return m.group(0) if m else None


def laughed_off(text: str) -> str | None:
    """The words of a chat line (under :data:`~chatwarden.detect.judge.gates.LONG_POST`
    words) whose every self-harm phrase (:data:`_STOCK`) is in a sentence that laughs
    (:data:`_LAUGHING`): "i want to die lol", "gonna kms lmao" are figures of speech, no
    intent. A long post keeps its head's score: a laugh in a post about one's life can be a
    bitter one."""
    folded = _folded(text)
    if len(folded.split()) >= LONG_POST or _STOCK.search(folded) is None:
        return None
    stock = [sentence for sentence in _SENTENCE.findall(folded) if _STOCK.search(sentence)]
    if all(_LAUGHING.search(sentence) for sentence in stock):
        m = _STOCK.search(folded)
        assert m is not None
        return m.group(0)
    return None
