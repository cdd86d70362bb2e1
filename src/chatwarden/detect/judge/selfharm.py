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
  or doing it, since a gun bought is no intent in a hunting chat;
- a plan told by its means and moment with no death word (left3): pills hoarded until there
  are enough, all of them taken tonight, a note written in a post that names a means ("I
  already wrote the note and picked the bridge"), a fall or a crash planned.

Its look-alikes are no intent: hyperbole (laughter, "lol", an "if" that makes it a condition:
"if this build fails again I'm going to kill myself"), words quoted (song lyrics, someone
cited), the past ("I was going to kill myself, years ago", recovery stories), someone else
("she's going to kill herself" names no first person) and a question ("am I going to …?").

And a depression post that says "I'm not suicidal" denies the intent: the head, which read
its sadness, is held under the flag point, unless intent is said too. Chosen on SDCNL's
training file (``scripts/selfharm_probe.py``), never its test file.

The moderation categories issue 10 is judged on count more as self-harm: content that
"promotes, encourages or depicts acts of self-harm (suicide, cutting, eating disorders)",
instructions included. :func:`self_harm_said` reads four shapes of it, floored like intent:
self-harm urged on the reader ("kys", "go drink bleach"), a way asked or given ("how many
tylenol does it take to overdose", "best way to hide cuts"), an eating disorder promoted
("pro-ana tips", "300 calories a day and want to go lower") and harm told as done ("I cut
again last night"). And :func:`spoken_of` holds the head under its flag point where a line
speaks of suicide for help, news or a game (a crisis line, warning signs, "died by
suicide", a "suicide run"), which the head, reading the word, flagged. Chosen on the dev
half of probes written for these shapes and their look-alikes (split by CRC-32 of the text)
and on SDCNL's training file; on clean training-side chat (IRC dev, SMS ham, ConvAbuse
benign) :func:`self_harm_said` reads nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from chatwarden.detect.judge.gates import FIRST_PERSON, LONG_POST
from chatwarden.detect.judge.reading import LAUGHING, addressed_away, stems

_ACT: Final = (r"(?:kill(?:ing)? my ?self|end(?:ing)? (?:it all|my (?:own )?life|it tonight|"
               r"it soon|things)|tak(?:e|ing) my (?:own )?life|commit(?:ting)? suicide|"
               r"hang(?:ing)? my ?self|overdos(?:e|ing)\b|jump(?:ing)? off|"
               # a way to die named with no death word (left3): a fall, a crash
               r"jump(?:ing)? from (?:the|a|my) (?:bridge|roof|building|cliff|balcony|window|tower)\b"
               r"(?![^.!?]{0,25}\b(?:into|onto)\b)|"
               r"driv(?:e|ing) (?:my car |the car )?(?:into (?:a|the) (?:wall|tree|pole|truck|lake|river|"
               r"oncoming traffic)|off (?:a|the) (?:cliff|bridge))\b)")
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
    # said indirectly (scripts/selfharm3_probe.py): a date beyond which one will not be, a
    # farewell's things (letters to everyone, belongings given away, a last message ever), a
    # method readied, a plan kept to oneself ("I know how I'm going to do it and when")
    "not here by a date": re.compile(
        r"\bi(?: won'?t| will not| don'?t plan on| do not plan on|'?m not going to| am not going to) "
        r"be(?:ing)? "
        r"(?:here|around|alive) (?:by |for |at |on )?(?:next (?:year|month|week)|the end of (?:the|this) "
        r"(?:month|year|week)|christmas|my (?:next )?birthday|new year'?s?)\b"),
    "letters to everyone": re.compile(
        r"\bi(?:'ve| have)? (?:wrote|written|finished|left) (?:my|the) (?:goodbye |last |final )?"
        r"letters (?:to|for) (?:everyone|everybody|all of (?:you|them)|each of (?:you|them)|"
        r"the people i love)\b"),
    "things given away": re.compile(
        r"\bi(?:'ve| have)?(?: been| started| am|'m)? giv(?:e|en|ing)(?: \w+)? away (?:all )?(?:of )?"
        r"my (?:things|stuff|belongings|possessions|everything)\b|\bgave away (?:all )?(?:of )?my "
        r"(?:things|stuff|belongings|possessions)\b|\bgave away my \w+[^.!?]{0,40}\bi (?:won'?t|"
        r"will not) (?:need|be (?:here|around))"),
    "a last message ever": re.compile(
        r"\b(?:this is )?my (?:very )?last (?:message|post|words)\b(?! (?:before|for (?:today|"
        r"tonight|now|the (?:night|day|week)))\b)[^.!?]{0,30}(?:\bever\b|\bforever\b|\bto (?:any|"
        r"all|each|every one) of you\b|\bthank you for everything\b)"
        r"|\bgoodbye\b[^.!?]{0,40}\bbefore i (?:go|leave) (?:for good|forever)\b"),
    "a method readied": re.compile(
        r"\b(?:ready|going|gonna|about|want|wanting) to (?:use|turn) (?:it|the gun|that gun|a gun|"
        r"the knife|the rope) on my ?self\b"
        r"|\b(?:i'?m|i am|im) (?:going to |gonna )?(?:take|taking|swallow|swallowing) (?:all|every "
        r"(?:one|last one)) (?:of )?(?:them|my pills|the pills)\b"
        r"|\b(?:tied|hung|fixed|set up) (?:the|a|my) (?:noose|rope) (?:to|from|on|over|around) "
        r"(?:the|a|my) (?:beam|rafter|ceiling|banister|door|closet|tree|branch)|\bnoose (?:is )?"
        r"(?:ready|tied|set up)\b"
        r"|\b(?:been )?sav(?:ing|ed) (?:up )?(?:my |the )?(?:pills|meds|tablets)\b[^.!?]{0,40}"
        r"\b(?:enough|ready)\b"),
    # a plan told by its means and moment with no death word (scripts/left3_probe.py): pills
    # hoarded until there are enough, all of them taken tonight
    "pills hoarded": re.compile(
        r"\b(?:sav|stockpil|hoard|collect|stash|count)\w* (?:up )?(?:(?:all|enough) )?(?:of )?"
        r"(?:my |the |these )?(?:\w+ )?(?:pills|meds|tablets|antidepressants|painkillers)\b"
        r"(?=[^.!?]{0,50}\b(?:enough|tonight|ready|the night)\b)"
        r"|\b(?:sav|stockpil|hoard|collect|stash)\w* (?:up )?enough (?:of )?(?:my )?(?:\w+ )?"
        r"(?:pills|meds|tablets|antidepressants|painkillers)\b"),
    "all taken tonight": re.compile(
        r"\b(?:i'?m|i am|im|i'?ll|i will) (?:going to |gonna )?(?:take|taking|swallow|swallowing) "
        r"(?:every (?:single )?(?:pill|tablet)"
        r"|(?:the|my) (?:whole|entire) (?:bottle|pack|packet|box|strip|stash)(?=\s*(?:of (?:pills|"
        r"tablets|meds|my \w+|\w+ pills)\b|tonight|tomorrow|at once|[.!,;]|$))"
        r"|(?:all of them|them all) (?:tonight|tomorrow|at once)(?=\s*(?:[.!,;]|$)))"
        r"|\b(?:tonight|tomorrow),? (?:i'?m|i am|im) (?:going to |gonna )?(?:take|taking|swallow|"
        r"swallowing) (?:all of them|them all)(?=\s*(?:[.!,;]|$))"),
    "a plan kept": re.compile(
        r"\bi (?:already |finally )?know (?:exactly )?how (?:i'?m|i am|im) (?:going to|gonna) do it"
        r"(?:,)? and when\b|\bi(?:'ve| have)? (?:set|picked|chosen) (?:a|the) date\b"),
}
_ANCHORS: Final = ("self", "wake", "note", "letter", "life", "it all", "here", "last", "bought",
                   "got", "things", "overdos", "jump", "suicide", "took", "swallowed", "downed",
                   "night", "day", "around", "alive", "away", "goodbye", "rope", "noose", "pills",
                   "meds", "tablets", "date", "do it", "doing it", "pill", "antidepressant",
                   "painkiller", "them all", "all of them", "whole", "entire", "bridge", "roof",
                   "cliff", "balcony", "window", "tower", "driv")
"""A word every intent above needs: most messages hold none and cost one scan."""
_FAREWELL: Final = re.compile(r"\b(?:loved? (?:them|you|her|him)|(?:not|isn'?t|wasn'?t) "
                              r"(?:their|your|her|his) fault|goodbye|forgive me|move on|"
                              r"find someone better|take care of)\b")
"""A note to one's family is a goodbye note where the post says farewell: "I told them I
loved them", "it's not their fault" (an apology alone is a note about the milk)."""
_METHOD_GOT: Final = re.compile(
    r"\bi (?:just )?(?:bought|got|purchased|ordered) (?:a |the |some |enough )?"
    r"(?:rope|noose|gun|pills|sn|sodium nitrite|helium)\b")
_AWAY: Final = re.compile(r"\b(?:vacation|holiday|trip|travel\w*|flight|flying|moving|move|"
                          r"abroad|conference|camp|visiting|out of town|away|leave|exchange)\b")
"""Where one will not be next week is somewhere else: a trip, a move, a leave."""
_DOING_IT_SOON: Final = re.compile(
    r"\b(?:i'?m|i am|im) (?:(?:going to|gonna) do it|doing it) (?:tonight|tomorrow|this (?:week|"
    r"weekend)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
"""A time for "it": intent where the post speaks of dying ("nobody will notice when I'm dead,
I'm doing it tomorrow"); homework done tomorrow is none."""
_PILLS: Final = re.compile(r"\b(?:pills|tablets|meds)\b")
""""I'm taking all of them" is an overdose planned where the post speaks of pills."""
_OF_DYING: Final = re.compile(r"\b(?:die|dying|dead|suicid\w*|kill my ?self|end it|do it|"
                              r"my body|it'?s over|goodbye|which (?:tree|bridge|building|beam|"
                              r"branch|cliff))\b")
"""What makes a method got intent: the same post speaks of dying or of doing it, or knows
the place ("I bought the rope today, I know which tree")."""
_NOTE_WRITTEN: Final = re.compile(
    r"(?:^|\bi(?:'ve| have)?(?: already| just| finally)? |[,;]\s*|\band )(?:wrote|written|"
    r"finished|left) (?:(?:the|my|a) )?(?:goodbye |last |final |suicide )?(?:note|letter)s?\b"
    r"|\b(?:the|my) (?:note|letter) is (?:written|done|ready|finished)\b")
"""A note written in the first person (or with no subject: "got the pills, wrote the
letter"); "the character wrote the note" is someone else's."""
_MEANS: Final = re.compile(r"\b(?:bridge(?! club| game)|rope|noose|pills|tablets|gun|razors?|"
                           r"blades|tracks|cliff)\b")
"""What makes a note written a farewell (left3): the post names a means or a place of dying
("I already wrote the note and picked the bridge"); a note for the babysitter names none."""

_QUOTED: Final = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_SENTENCE: Final = re.compile(r"[^.!?\n]+[.!?\n]*")

_STOCK: Final = re.compile(r"\b(?:kill(?:ing)? my ?self|kms|want(?:ed)? to die|wanna die|"
                           r"end it all|suicid\w*|unalive my ?self)\b")
_HYPERBOLE: Final = re.compile(LAUGHING.pattern + r"|\bif\b|\bunless\b")
"""In the sentence of the intent: laughter or a condition makes it a figure of speech."""

_DENIED: Final = re.compile(
    r"(?<!when )(?<!if )(?<!even when )\b(?:i'?m|i am|im) not (?:feeling )?suicidal\b|"
    r"\bi (?:would|will|could) never (?:kill|hurt|harm) my ?self\b|"
    r"\bi (?:was|used to be) suicidal\b[^.!?]{0,60}\bbut (?:now )?(?:i'?m|i am|im) (?:doing )?"
    r"(?:ok|okay|fine|better|much better|good|alright|happy)\b")
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
            if kind == "not here by a date" and _AWAY.search(folded):
                continue  # "I won't be here next week, I'm on vacation"
            if (m := pattern.search(sentence)) is None:
                continue
            if kind == "goodbye note" and (_A_WORK.search(folded) or not (
                    "suicide" in m.group(0) or "goodbye" in m.group(0) or _FAREWELL.search(folded))):
                continue  # a note about the milk, or the note a film's character writes
            if not m.group(0).endswith("them") or _PILLS.search(folded) \
                    or kind == "all taken tonight":
                return kind, m.group(0)
        if (m := _NOTE_WRITTEN.search(sentence)) is not None \
                and _MEANS.search(folded.replace(m.group(0), " ")):
            return "a note and a means", m.group(0).lstrip(",; ")
        if (m := _METHOD_GOT.search(sentence)) is not None \
                and _OF_DYING.search(folded[:m.start()] + " " + folded[m.end():]):
            return "method got", m.group(0)
        if (m := _DOING_IT_SOON.search(sentence)) is not None \
                and _OF_DYING.search(folded.replace(m.group(0), " ")):
            return "doing it soon", m.group(0)
    return None


# Suicidal ideation said plainly or indirectly (scripts/selfharm4_probe.py): ending it thought
# of, a world better off without the author, nobody to notice them gone, not wanting to be
# alive, no reason to live, tired of living, a goodbye to everyone; in English and Russian.
# The head, fit on SuicideWatch posts, left such chat lines under its flag point, and
# :data:`_INTENT` needs a plan, a time, a note or a means.
_GONE: Final = (r"(?:i (?:just |simply |really )?(?:(?:was|were|am) (?:dead|gone|never born|no longer "
                r"(?:here|around|alive)|not (?:here|around|alive))|(?:wasn'?t|weren'?t) (?:here|around|"
                r"alive|born)|(?:died|disappeared|killed my ?self|ended it))\b|i'?m (?:dead|gone|not "
                r"(?:here|around|alive))\b|меня (?:не станет|не будет|не стало)|я (?:умру|умерла?|исчезну))")
"""The author gone, dead or not here: what a world better off, or not noticing, is without."""
_IDEATION: Final[dict[str, re.Pattern[str]]] = {
    "ending it thought of": re.compile(
        r"\b(?:think\w*|thought\w*|dream\w*|fantasi[sz]\w*)(?: \w+){0,2}? (?:about|of) (?:ending "
        r"(?:it(?: all)?|my (?:own )?life|things|everything)\b(?! (?:with|between)\b)|killing my ?self|"
        r"suicide|taking my (?:own )?life|not (?:being alive|existing|waking up))"
        r"|\b(?:want|wants|wanna|need) to end (?:it all|it|my (?:own )?life|everything)\b(?! (?:with|early|"
        r"between|and (?:start|move|restart|just))\b)"
        r"|\b(?:думаю|думала?|мысли|подумываю)\b[^.!?]{0,20}(?:покончить с собой|о (?:самоубийстве|"
        r"суициде)|уйти из жизни)"),
    "better off without me": re.compile(
        r"\b(?:everyone|everybody|my family|my parents|my friends|the world|they|people|all of (?:you|"
        r"them)|you all|y'?all|my (?:mom|mum|dad|kids|wife|husband|partner|girlfriend|boyfriend))\b"
        r"[^.!?]{0,30}\b(?:better off|happier|easier|(?:a )?better place)\b[^.!?]{0,20}(?:\bwithout "
        r"me\b(?! (?:on|at|spamming|there|for (?:the|this|a))\b)|\b(?:if|when) " + _GONE + r")"
        r"|(?:лучше|легче|проще|спокойнее) (?:\w+ )?без меня|без меня (?:\w+ )?(?:будет|станет) "
        r"(?:\w+ )?(?:лучше|легче|проще|спокойнее)|лучше бы (?:меня (?:вообще )?не было|я (?:вообще )?"
        r"(?:не родил|умер))"),
    "not missed if gone": re.compile(
        r"\b(?:no ?one|nobody|no body|not a (?:single )?soul)(?:'d| would| will|'ll)? (?:even )?"
        r"(?:notice|miss me|care|cry|mourn)\b[^.!?]{0,20}\b(?:if|when) " + _GONE +
        r"|\b(?:никто|никому)\b[^.!?]{0,25}(?:если|когда) " + _GONE),
    "not wanting to be alive": re.compile(
        r"\bi (?:\w+ )?(?:don'?t|do not|dont|no longer) (?:really |even )?(?:want|wanna|wish) (?:to )?"
        r"(?:(?:be alive|exist|be here|be around|live|keep living|go on living)(?: \w+)?? any ?more\b"
        r"|(?:be alive|exist)\b)"
        r"|\bi (?:\w+ )?wish (?:i (?:was|were) (?:dead|never born)|i (?:had )?never (?:been born|existed)"
        r"|i could (?:just )?(?:stop existing|not exist|die|disappear forever|go to sleep and never "
        r"wake up))\b"
        r"|\b(?:want|wanna) to (?:(?:disappear|vanish) (?:forever|for good|from (?:this|the) world)"
        r"|stop existing|cease to exist|not exist)\b"
        r"|не хочу (?:больше )?жить\b(?! (?:в|во|на|с|со|у|так|здесь|тут|рядом|с ними)\b)|жить (?:больше )?"
        r"не хочу|не хочу (?:больше )?существовать|хочу умереть\b(?![^.!?]{0,20}(?:смеха|стыда|скуки))"
        r"|уснуть и (?:больше )?не проснуться"),
    "no reason to live": re.compile(
        r"\b(?:no|any|the) (?:reason|point|purpose)s? (?:to|in|of|for) (?:liv(?:e|ing)|being alive|"
        r"staying alive|keep(?:ing)? going|go(?:ing)? on|exist(?:ing)?)\b(?! (?:in|with|on|here|there)\b)"
        r"|\bnothing (?:left )?to live for\b|\b(?:life|living) (?:is(?:n'?t| not)|isnt|ain'?t) worth "
        r"(?:living|it any ?more)|\bnot worth living\b"
        r"|(?:смысла|смысл) (?:\w+ )?жить|незачем (?:больше )?жить|не для чего жить|не ради чего жить"),
    "tired of living": re.compile(
        r"\b(?:tired|sick|done|exhausted|weary) (?:of|with) (?:being alive|living|existing|life|my life)"
        r"\b(?! (?:in|with|at|here|there|on|like that|as)\b)|\bcan'?t (?:keep|go on|carry on) living\b"
        r"|устала? (?:от )?жи(?:ть|зни)\b(?! (?:в|во|на|с|со|у|здесь|тут|так далеко)\b)"
        r"|не могу так больше жить|не могу больше так жить"),
}
_GOODBYE_TO_ALL: Final = re.compile(
    r"\bthis is (?:my )?goodbye\b|\bif i'?m not (?:here|around|alive) tomorrow\b"
    r"|\b(?:love|loved) you all\b[^?]{0,5}\bgoodbye\b|\bi won'?t be a (?:problem|burden) "
    r"(?:for|to) (?:anyone|anybody|you|everyone) (?:much )?(?:longer|any ?more)\b"
    r"|\btake care of [^.!?]{0,20}\bwhen i'?m gone\b"
    r"|(?:простите|прости) (?:меня|всех)\b[^!?]{0,40}\bпрощайте\b")
"""A goodbye to everyone, read across the line's sentences ("I love you all. goodbye"); a
goodbye for a trip, a night or a job's end is told of (:data:`_TOLD_OF`)."""
_IDEATION_WORDS: Final = stems(
    r"think", r"thought", r"dream", r"fantasi", r"want", r"wanna", r"need", r"better", r"happier",
    r"easier", r"notice", r"miss", r"care", r"wish", r"don'?t", r"dont", r"no", r"reason", r"point",
    r"purpose", r"nothing", r"worth", r"tired", r"sick", r"done", r"exhausted", r"can'?t", r"this is",
    r"goodbye", r"take care", r"love", r"думаю", r"думал", r"мысли", r"подумыв", r"лучше", r"легче",
    r"проще", r"без меня", r"никто", r"никому", r"не хочу", r"жить", r"хочу умереть", r"уснуть",
    r"смысл", r"незачем", r"не для", r"не ради", r"устал", r"не могу", r"прост", r"i won'?t")
"""A word every reading of :data:`_IDEATION` needs (a quick no for most chat lines)."""
_EARNEST: Final = re.compile(r"\b(?:not|no|i'?m not|не) (?:joking|kidding|joke|шучу)\b|без шуток")
""""Not joking" says the line is meant: it is no laugh (:data:`LAUGHING` reads "joking")."""
_A_WORK: Final = re.compile(
    r"\b(?:songs?|lyrics?|the line|movie|film|episode|book|novel|character|show|series|scene|poem|"
    r"quote|песн\w*|фильм\w*|книг\w*|сериал\w*|персонаж\w*|стих\w*)\b")
"""A song, a film or a book: the words are told of a work ("the movie where he writes a
goodbye note"), not said by the author."""
_TOLD_OF: Final = re.compile(
    _A_WORK.pattern + r"|\b(?:used to|back then|when i was|years? ago|months? ago|a (?:year|month|"
    r"while) ago)\b|\b(?:раньше|когда-то|год назад)\b"
    r"|\b(?:vacation|holiday|trip|offline|last day|see you|see ya|отпуск\w*|спать|на связи)\b")
"""A line that tells of ideation in a work (:data:`_A_WORK`), or in the author's past, or a
goodbye for a trip, a night or a job's end: no ideation said now."""

_RU_PASSING: Final = re.compile(
    r"\b(?:экзамен\w*|сесси\w*|зачет\w*|контрольн\w*|дедлайн\w*|пар(?:ы|а|у|ами)|домашк\w*|"
    r"понедельник\w*|жар\w*|стыд\w*|смех\w*|скук\w*|кринж\w*|пробк\w*)\b")
"""A passing cause in Russian ("хочу умереть, завтра экзамен"), as :data:`_TRIVIAL_CAUSE`."""
_OF_OTHERS: Final = re.compile(r"\b(?:if|when|do|did|have|has|does) (?:you|u|anyone|anybody|someone|"
                               r"somebody|people|they|he|she)\b|\b(?:если|когда) (?:ты|вы|кто-то)\b")
"""Ideation asked of or supposed in others ("do you ever think about ending it?", "if you
feel nobody would notice"): the author says none of their own."""


def ideation_said(text: str) -> tuple[str, str] | None:
    """``(kind, words)`` where the author of ``text`` says suicidal ideation
    (:data:`_IDEATION`): ending it thought of, the world better off without them, nobody to
    notice them gone, not wanting to be alive, no reason to live, tired of living; or a
    goodbye to everyone (:data:`_GOODBYE_TO_ALL`, in a line that does not laugh); outside
    quotes, in a line that does not tell of a song, a film, the past or a trip
    (:data:`_TOLD_OF`) nor speaks of suicide for help (:func:`spoken_of`), in a sentence that
    does not laugh (:data:`LAUGHING`; "not joking" is no laugh), blame a passing thing
    (:data:`_TRIVIAL_CAUSE`, :data:`_RU_PASSING`) or ask it of others (:data:`_OF_OTHERS`).
    A head fit on posts reads the mood; these are the words a chat line says it in."""
    folded = _folded(text)
    if _IDEATION_WORDS.search(folded) is None or _TOLD_OF.search(folded) or spoken_of(text):
        return None  # most lines; and a crisis line's "if you are having thoughts of suicide"
    for sentence in _SENTENCE.findall(folded):
        if LAUGHING.search(_EARNEST.sub(" ", sentence)) or _TRIVIAL_CAUSE.search(sentence) \
                or _RU_PASSING.search(sentence) \
                or _OF_OTHERS.search(sentence):
            continue
        for kind, pattern in _IDEATION.items():
            if (m := pattern.search(sentence)) is not None:
                return kind, m.group(0).strip(" ,.;:!?")
    if (m := _GOODBYE_TO_ALL.search(folded)) is not None \
            and not LAUGHING.search(_EARNEST.sub(" ", folded)):
        return "a goodbye to everyone", m.group(0)
    return None


def intent_denied(text: str) -> str | None:
    """The words by which the author of ``text`` denies self-harm intent (:data:`_DENIED`)."""
    m = _DENIED.search(_folded(text))
    return m.group(0) if m else None


def laughed_off(text: str) -> str | None:
    """The words of a chat line (under :data:`~chatwarden.detect.judge.gates.LONG_POST`
    words) whose every self-harm phrase (:data:`_STOCK`) is in a sentence that laughs
    (:data:`LAUGHING`): "i want to die lol", "gonna kms lmao" are figures of speech, no
    intent. A long post keeps its head's score: a laugh in a post about one's life can be a
    bitter one."""
    folded = _folded(text)
    if len(folded.split()) >= LONG_POST or _STOCK.search(folded) is None:
        return None
    stock = [sentence for sentence in _SENTENCE.findall(folded) if _STOCK.search(sentence)]
    if all(LAUGHING.search(sentence) for sentence in stock):
        m = _STOCK.search(folded)
        assert m is not None
        return m.group(0)
    return None


_DEATH_WISHED_ON_ONESELF: Final = re.compile(
    r"\b(?:i|i'?m|im|i am|me)\b[^.!?\n]{0,20}?\b(?:want(?:ed)?|wanna|going|gonna|could|about) "
    r"(?:to )?die\b|\bmakes? me (?:want|wanna)(?: to)? die\b|\bmade me (?:want|wanna)(?: to)? die\b")
_TRIVIAL_CAUSE: Final = re.compile(
    r"\b(?:exams?|tests?|quiz(?:zes)?|homework|essays?|assignments?|deadlines?|meetings?|lectures?|"
    r"class(?:es)?|group project|mondays?|traffic|heat|weather|songs?|levels?|boss fight|code|bugs?|"
    r"wi-?fi|internet|hangover|queues?|commute|cringe|embarrass\w*|boredom|bored|boring|laughter|"
    r"laughing|cuteness|shame)\b")
"""What passes: a task, an event, a nuisance or a feeling of the moment."""
_LIFE_BEHIND: Final = re.compile(
    r"\b(?:my ?self|my life|alive|living|anymore|any more|for real|mean it|end (?:it|my)|pills?|rope|"
    r"overdose|better off|without me|gone|planning|plan|decided|tonight|goodbye|hate my ?self|"
    r"nothing (?:does|matters)|everything|tired of|done with)\b")
"""Words that put the author's life behind the wish, anywhere in the line: they keep it."""


def exaggerated(text: str) -> str | None:
    """The trivial cause of a death wished on oneself in a chat line ("this homework makes me
    want to die", "I want to die of embarrassment", "I want to die, this exam is impossible"):
    every sentence that wishes it names a task, an event or a passing feeling
    (:data:`_TRIVIAL_CAUSE`), and nothing in the line speaks of the author's life, a plan or
    a way (:data:`_LIFE_BEHIND`). Hyperbole, like a laugh (:func:`laughed_off`); a long post
    keeps its head's score."""
    folded = _folded(text)
    if len(folded.split()) >= LONG_POST or _DEATH_WISHED_ON_ONESELF.search(folded) is None \
            or _LIFE_BEHIND.search(folded) or _DENIED.search(folded):
        return None
    wished = [sentence for sentence in _SENTENCE.findall(folded)
              if _DEATH_WISHED_ON_ONESELF.search(sentence) or _STOCK.search(sentence)]
    causes = [_TRIVIAL_CAUSE.search(sentence) for sentence in wished]
    if not all(causes):
        return None
    return "; ".join(m.group(0) for m in causes if m is not None)


# Self-harm urged, asked about, promoted as an eating disorder, or told as done: the moderation
# categories' "promotes, encourages or depicts acts of self-harm (suicide, cutting, eating
# disorders)", which a head trained on SuicideWatch against r/depression reads as mood or not
# at all ("kys" 0.00, "go drink bleach", "I cut again last night", "pro-ana tips", "how many
# tylenol does it take to overdose" scored under the flag point or never opened the gate).

_YOURSELF: Final = r"(?:yo?urself|urself|ur ?self|yoself|yourselves)\b"
_URGING_OPENING: Final = (
    r"(?:^|[.!?,;:\n]\s*|\b(?:just|go|pls|please|plz|pl[sz]|then|now|and|so|seriously|"
    r"honestly|lol|lmao|already|should|shud|better|need to|needs to|ought to|have to|"
    r"why (?:don'?t|dont|not) (?:you|u))\s+)(?:(?:just|go|and|pls|please|plz) )*")
"""Where an order to the reader opens: a sentence's start, or after "just", "go", "you
should", "why don't you"; "don't kill yourself", "if you kill yourself", "you'll kill
yourself on that bike" open with none of them and order nothing."""
_URGED: Final = re.compile(
    r"\bkys\b|" + _URGING_OPENING + r"(?:(?:kill|hang|neck|off|unalive|shoot|stab|poison|drown|starve|"
    r"cut|slice|burn|hurt|suffocate|overdose) " + _YOURSELF + r"(?! (?:a|an|some|off|out|loose|"
    r"free|slack|in the (?:foot|leg)|short|up)\b)|(?:slit|slash|cut|open) (?:your|ur|ya) "
    r"(?:wrists?|veins?)|end (?:your|ur) (?:own )?(?:life|miserable life|existence)|"
    r"(?:drink|chug|swallow) (?:some |a (?:bottle|cup|glass) of )?bleach|go (?:overdose|od)\b|"
    r"jump (?:off|from) (?:a|the|some) (?:bridge|cliff|building|roof|skyscraper)(?![^.!?,]{0,20}\binto\b)|"
    r"keep (?:cutting|starving|purging)(?: (?:yo?urself|urself)\b|\s*(?:[,.!]|$)))"
    r"|\bdo (?:us|everyone|every ?body|the world|society|humanity|all of us|your family|the gene pool)"
    r"(?: all)? a favou?r\b(?=[^.!?]{0,40}\b(?:die|dying|end (?:it|your)|ended it|kill|hang|neck|"
    r"jump|overdose|od|stop breathing|dead|bleach)\b)"
    r"|\b(?:no ?one|nobody|no body)(?:'d| would| will|'ll)? (?:even )?(?:miss|care about|notice|cry "
    r"for|mourn) (?:you|u)\b[^.!?]{0,20}\bif (?:you|u) (?:died|were dead|killed|were gone|ended|"
    r"disappeared)"
    r"|\bbetter off (?:if|when) (?:you|u)(?: \w+){0,2} (?:died|were dead|killed (?:yo?urself|urself)|"
    r"were gone|weren'?t (?:alive|here|around|born)|never existed|ended it)"
    r"|\b(?:you|u) should (?:just |really |go )*end it(?: all)?\b(?! (?:with|between|early|now|"
    r"there|here|before|and (?:start|move|find))\b)(?=[^.!?]{0,10}[.!?,]?\s*(?:no ?one|nobody|no "
    r"body|everyone|the world|we)\b)")
"""Self-harm urged on the reader ("kys", "you should just kill yourself", "go drink bleach",
"do everyone a favour and end it", "nobody would miss you if you died"): harassment, and the
category's "encourages". The act is ordered where an order opens (:data:`_URGING_OPENING`);
"cut yourself a slice", "shoot yourself in the foot", "burn yourself out" are idioms."""

_QUESTION_OPENS: Final = (r"(?:how|what|which|where|whats|what'?s|is|are|does|do|can|could|"
                          r"should|would|will|best|easiest|quickest|fastest|tips|ways?)\b")
_NOT_AN_IDIOM: Final = r"(?! in the (?:foot|feet|leg|knee)\b| out\b)"
"""Shooting oneself in the foot, burning oneself out: idioms, no harm asked for."""
_SELF_KILLING: Final = (r"(?:kill|hang|starve|poison|drown|shoot|stab|overdose on|od on|off|"
                        r"unalive|suffocate|electrocute|gas)")
_ASKED: Final = re.compile(
    # a way to do it to oneself, asked
    r"(?:^\W*" + _QUESTION_OPENS + r"|\b(?:best|easiest|quickest|fastest|simplest|surest|painless|"
    r"least painful|most painless|good|effective) (?:way|ways|method|methods)\b|\b(?:tips|ways|"
    r"methods) (?:to|for|of)\b|\bhow (?:to|do i|can i|should i|would i|could i)\b)"
    r"(?:(?!\b(?:did|didn'?t|not|stop|avoid|prevent|help)\b)[^.!?\n]){0,40}?\b" + _SELF_KILLING +
    r" (?:my ?self|yo?urself|urself|one ?self)\b" + _NOT_AN_IDIOM +
    r"|\b(?:way|ways|method|methods) (?:to|of) (?:commit(?:ting)? suicide|end(?:ing)? (?:my|your) "
    r"(?:own )?life)\b|\bso (?:that )?i can (?:kill my ?self|end (?:it all|my (?:own )?life))\b"
    r"|\b(?:razor|blade)s?\b[^.!?\n]{0,30}\bcut(?:ting)? my ?self"
    # how much of a drug kills, asked
    r"|\bhow (?:many|much)\b(?! (?:i|we|you|he|she|they) (?:want|wish|hate|need|love|miss)\b)"
    r"[^.!?\n]{0,40}?\b(?:to (?:overdose|od|die|kill (?:me|my ?self|yo?urself)|"
    r"end it|not wake up|never wake up|stop (?:my|your) heart)|(?:would|will|could|to) kill me|"
    r"before (?:i|you) (?:die|overdose|od))\b"
    r"|\blethal (?:dose|amount)\b[^.!?\n]{0,30}\b(?:for me|my (?:weight|size|age)|someone (?:my|of my))"
    # a height or depth that kills, asked
    r"|\bhow (?:high|tall|far|deep)\b[^.!?\n]{0,50}\b(?:to die|(?:you|i) (?:die|bleed out)|to kill "
    r"(?:me|my ?self|yo?urself))\b|\b(?:high|tall) enough to (?:jump (?:from|off) and die|die|kill)"
    # cutting asked: a vein, a wrist, no one to see
    r"|^\W*" + _QUESTION_OPENS + r"[^.!?\n]{0,40}\b(?:cut|cutting|slit|slitting|slash|slashing|slice|"
    r"slicing)\b[^.!?\n]{0,30}\b(?:veins?|arter(?:y|ies)|wrists?)\b"
    r"|\bbleed(?:ing)? out from (?:a |my |your )?(?:wrist|vein|slit|cut)"
    r"|\b(?:cut|burn) (?:my ?self|yo?urself|urself)? ?(?:without (?:leaving )?(?:scars|marks|anyone|"
    r"anybody|my parents|people)|so (?:no ?one|nobody|people|my parents) (?:can )?(?:see|notice|know))"
    r"|\b(?:hide|hiding|hid|cover(?:ing)? up|conceal\w*) (?:my |the |your |these |those |fresh |new )?"
    r"(?:self[- ]?harm\w*(?: (?:scars|cuts|marks))?|cuts|cutting|not eating|that i(?:'m| am) not "
    r"eating|purging|(?:my )?eating disorder)\b(?! and (?:bruises|scrapes|grazes))"
    # a method given
    r"|\b(?:pills|tablets|meds|insulin|paracetamol|tylenol)\b[^.!?\n]{0,50}\b(?:you|u)(?:'ll| will)? "
    r"(?:won'?t|will never|never|not) wake up\b"
    r"|\b(?:cut|slit|slice)\w*[^.!?\n]{0,20}\b(?:arm|wrist|vein)s?\b[^.!?\n]{0,10}\bnot (?:across|"
    r"sideways|horizontally)")
"""A way to harm oneself asked or given ("what's the most painless way to kill myself", "how
many tylenol does it take to overdose", "how deep do you have to cut to hit a vein", "best way
to hide cuts from parents"): the category's instructions. A dose asked without death ("how much
tylenol can I take for a headache"), a wound's care ("how deep does a cut need to be to need
stitches") and a past injury ("how did you cut yourself?") ask for none."""

_STARVING: Final = re.compile(
    r"\bpro[- ]?(?:ana|mia)\b|\b(?:thin|bone|mean|sweet)spo\b|\bana (?:buddy|buddies|coach|tips?|"
    r"diet|sisters?|family)\b"
    r"|\b(?:purg(?:e|ed|ing)|mak(?:e|ing) (?:my|your) ?self (?:throw up|puke|vomit|sick))\b"
    r"[^.!?\n]{0,30}\b(?:without (?:anyone|anybody|my|people|them|being)|so (?:no ?one|nobody)|"
    r"after (?:every|each|a|my|i) (?:meal|eat|binge)|after (?:eating|meals)|to lose weight|quietly)"
    r"|\bi (?:\w+ )?purged (?:\w+ )?(?:times|again|today|tonight|twice|after)"
    r"|\blaxatives?\b[^.!?\n]{0,40}\b(?:thin|skinny|lose weight|losing weight|weight loss|after "
    r"(?:every|each) meal|flat stomach)|\b(?:thin|skinny|lose weight|losing weight)\b[^.!?\n]{0,40}"
    r"\blaxatives?"
    r"|\b(?:eat(?:ing)?|ate|intake|under|below|less than|only|stay|keep\w*)\b(?: \w+){0,3} "
    r"(?:[1-7]\d{2}|[1-9]\d) ?(?:k?cals?|calories)\b(?=[^.!?\n]{0,30}\b(?:a day|per day|daily|"
    r"lower|or less|each other)\b)"
    r"|\bi\b[^.!?\n]{0,30}\b(?:get|got|down|drop) (?:down )?to (?:[5-9]\d ?(?:lbs?|pounds)|[34]\d ?kg)\b"
    r"|\bworth starving for\b|\bstarving is worth"
    r"|\b(?:skip\w*|fast\w*|starv\w*|not eat\w*|until|goal)\b[^.!?\n]{0,40}\b(?:see|feel|count) my "
    r"(?:ribs|hip ?bones|collar ?bones|spine)\b"
    r"|\bhow (?:to|can i|do i) stop eating\b(?! (?:junk|sugar|so much|too much|late|at night|when|out|"
    r"meat|fast|sweets|carbs|chocolate|after|before|because|like|my)\b)"
    r"|\bstop eating (?:completely|entirely|altogether|for (?:days|weeks|a week|a month))"
    r"|^\W*(?:just |pls |please )?stop eating\b(?! (?:my|the|that|those|his|her|all|so)\b)"
    r"(?=.*\b(?:fat|fatty|pig|disgusting|whale|cow|lose (?:it|"
    r"weight)|gross|obese)\b)")
"""An eating disorder promoted: its names (pro-ana, thinspo, "ana buddy"), purging hidden or
after meals, laxatives to be thin, a few hundred calories a day, a starving weight wanted,
ribs to be seen, starving called worth it, not eating ordered on someone called fat. A diet
("1500 calorie diet", "cutting season", intermittent fasting), hunger ("I'm starving") and
"how to stop eating junk food" promote none."""

_NOT_NEGATED: Final = r"(?!(?:not|never|havent|haven'?t|didnt|didn'?t|dont|don'?t|wont|cant|no|used)\b)"
_TOLD: Final = re.compile(
    r"\bi(?:'ve| have)? (?:just |finally |accidentally )?(?:cut|slashed|carved)(?: (?:into )?"
    r"my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body)\b| again\b| my ?self\b(?! (?:shaving|"
    r"on|while|when|with a (?:knife|kitchen)|accidentally|by accident|cooking|chopping|opening|a|an|"
    r"some|off|free|loose|short)\b))"
    r"|\bi(?:'ve| have)? been (?:cutting(?: my ?self| again| my (?:arms|wrists|thighs|legs))|"
    r"self[- ]?harming|purging|starving my ?self)\b"
    r"|\b(?:cutting|self[- ]?harm(?:ing)?|purging|burning my ?self) is the only (?:thing|way)"
    r"|\brelaps\w*\b(?=.*\b(?:blade|razor|cut|cutting|self[- ]?harm|sh\b|purg\w*))"
    r"|\bmy (?:arms?|wrists?|thighs?|legs?) (?:are|is) (?:covered in|full of) (?:fresh|new) "
    r"(?:cuts|burns)"
    r"|\b(?:scars?|cuts|burns) on my (?:wrists?|arms?|thighs?|legs?)\b[^.!?\n]{0,30}\b(?:last (?:night|"
    r"week)|yesterday|this (?:week|morning)|fresh|still bleeding)"
    r"|\b(?:hit|punch|slap|scratch|bit|bite|burn)\w* my ?self until (?:i|it) (?:bleed|bruise)"
    r"|\bscratched my wrists? until (?:they|it) bled"
    r"|\bcarved\b[^.!?\n]{0,30}\binto my (?:arm|wrist|thigh|skin|leg|stomach)"
    r"|\bburn(?:ed|t) my ?self with (?:a |my )?(?:lighter|cigarette|match)"
    r"|\bi (?:" + _NOT_NEGATED + r"\w+ )?(?:tried|attempted) (?:to )?(?:kill|hang|overdose|drown|end|"
    r"suicide)\w*(?: \w+){0,3}? (?:last (?:night|week|month)|yesterday|again|today|this (?:week|"
    r"morning))\b"
    r"|(?:^|\bi (?:just |then |also |finally )?)(?:took|swallowed|downed) a (?:whole )?(?:bottle|"
    r"bunch|handful|load) of (?:\w+ )?(?:pills|tablets|meds)\b")
"""Self-harm told as done, by the author: cutting again, carving, burning with a lighter,
scratching until it bled, a relapse in a post of blades, an attempt last night, an overdose
taken. "I cut my finger chopping carrots", "I cut myself shaving", "burnt myself on the oven
tray", "I used to cut, it gets better" and "2 years clean from self harm" tell none."""

_PLAYED_HERE: Final = re.compile(r"\b(?:in|on) (?:minecraft|the game|a game|game|roblox|gta|skyrim|"
                                 r"fortnite|terraria|hardcore|the sims|sims|dark souls|elden ring|"
                                 r"zelda|mario|league|valorant|overwatch|apex|warzone)\b|/kill\b|"
                                 r"\bspeedrun")
"""A game: its self-kills are the game's ("how do I kill myself in minecraft")."""
_SAID: Final[dict[str, re.Pattern[str]]] = {
    "urged on the reader": _URGED,
    "a way asked or given": _ASKED,
    "an eating disorder promoted": _STARVING,
    "told as done": _TOLD,
}
_SAID_WORDS: Final = stems(
    r"kys", r"\w*self\b", r"\w*selves\b", r"wrist", r"vein", r"arter", r"bleach", r"favou?r",
    r"(?:miss|care about|notice|cry for|mourn) (?:you|u)\b",
    r"if (?:you|u) (?:died|were|killed|ended|disappeared)",
    r"better off", r"existence", r"end it\b", r"how (?:many|much|high|tall|far|deep)", r"lethal",
    r"(?:high|tall) enough", r"bleed", r"hid", r"cover", r"conceal", r"wake", r"pro-?(?:ana|mia)",
    r"\w*spo\b", r"ana\b", r"purg", r"laxative", r"k?cals?\b", r"calories", r"pounds", r"lbs", r"kg\b",
    r"starv", r"ribs", r"hip ?bones", r"collar", r"spine", r"stop eating", r"cut", r"slit", r"slash",
    r"slic", r"carv", r"relaps", r"burn", r"tried", r"attempt", r"pills", r"tablets", r"meds", r"life",
    r"suicid", r"razor", r"blade", r"scars", r"jump", r"overdos", r"od\b",
)
"""A word every reading of :data:`_SAID` needs: most chat lines (nine in ten on IRC) hold none
and cost one scan."""


_WHY_NOT: Final = re.compile(r"\bwhy (?:don'?t|dont|not) (?:you|u)\b")
"""An order put as a question: "why don't you go hang yourself?"."""


@lru_cache(maxsize=512)  # asked twice a message: by the cascade and by the insult targets
def self_harm_said(text: str) -> tuple[str, str] | None:
    """``(kind, words)`` where ``text`` urges self-harm on its reader, asks or gives a way to
    do it, promotes an eating disorder or tells self-harm done (:data:`_SAID`), outside
    quotes and games (:data:`_PLAYED_HERE`), in a sentence that does not laugh
    (:data:`LAUGHING`): "kys lol" among friends is the figure "i want to die lol" is."""
    folded = _folded(text)
    if _SAID_WORDS.search(folded) is None or _PLAYED_HERE.search(folded):
        return None  # most messages: none of the words
    for sentence in _SENTENCE.findall(folded):
        if LAUGHING.search(sentence):
            continue
        asked_back = sentence.rstrip().endswith("?") and _WHY_NOT.search(sentence) is None
        for kind, pattern in _SAID.items():
            if kind == "urged on the reader" and asked_back:
                continue  # "kill yourself? no way": the order is asked back, not given
            if (m := pattern.search(sentence.strip())) is not None:
                return kind, m.group(0).strip(" ,.;:!?")
    return None


_SPOKEN_OF: Final = stems(
    # help and prevention
    r"hotline", r"helpline", r"lifeline", r"crisis (?:line|text|team|cent(?:er|re))", r"samaritans",
    r"befrienders", r"988\b", r"116 ?123", r"741741", r"call for help", r"reach out",
    r"warning signs", r"signs (?:of|that)\b", r"prevention", r"awareness",
    r"stay with (?:them|him|her)\b", r"talk to someone", r"you(?:'re| are) not alone",
    r"support (?:my|a|your|someone|them|him|her)\b",
    # news and research
    r"died by suicide", r"took (?:his|her|their) own li(?:fe|ves)",
    r"(?:he|she|they) (?:killed|hanged|shot|drowned) (?:him|her|them)sel(?:f|ves)",
    r"suicide rates?", r"rates? of (?:suicide|self[- ]?harm)", r"(?:a|the|new|recent) study\b",
    r"studies\b", r"survey", r"researchers?\b", r"statement\b", r"police", r"according to",
    r"admissions", r"documentary", r"statistics",
    # games and films named for it
    r"suicide (?:squad|run|mission|doors?|burpees?|sprints?|drills?|king|lane)\b", r"speedrun",
)
"""Suicide spoken *of*: a crisis line given, a friend to be helped, warning signs, a death in
the news, a rate, a study, a game's "suicide run". None promotes or depicts self-harm."""
_ONES_OWN: Final = re.compile(r"\bmy ?self\b|\bi(?:'m| am|m) (?:\w+ )?suicidal\b|\bi (?:\w+ )?(?:want|"
                              r"wanna|wish) (?:to )?die\b|\bmy (?:suicide|own life)\b|\bkill me\b")
_FEW_OF_ONESELF: Final = 3
"""Fewer first-person words than this: a line about others, not a post about oneself (a
SuicideWatch post that names a hotline names it among its own words)."""


def spoken_of(text: str) -> str | None:
    """The words by which ``text`` speaks of suicide or self-harm for help, prevention, news or a
    game (:data:`_SPOKEN_OF`), in a line about others: none of the author's own harm
    (:data:`_ONES_OWN`) and fewer than :data:`_FEW_OF_ONESELF` first-person words."""
    folded = _folded(text)
    if (m := _SPOKEN_OF.search(folded)) is None or _ONES_OWN.search(folded) \
            or len(FIRST_PERSON.findall(folded)) >= _FEW_OF_ONESELF:
        return None
    return m.group(0)


_NO_SELF_HARM: Final = (
    (intent_denied, "intent denied ('{}')"),
    (laughed_off, "laughed off ('{}' in a laughing chat line)"),
    (exaggerated, "hyperbole over a passing cause ('{}')"),
    (spoken_of, "spoken of for help, news or a game ('{}')"),
)


def no_self_harm(text: str) -> str | None:
    """Why ``text``, which the head reads as self-harm, says none, in the cascade's words: the
    author denies intent, a chat line laughs it off or blames a passing thing, or a line speaks
    of suicide for help or news; the first reader that finds its words decides."""
    for read, why in _NO_SELF_HARM:
        if (words := read(text)) is not None:
            return why.format(words)
    return None
