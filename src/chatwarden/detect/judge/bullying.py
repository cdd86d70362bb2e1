"""Harassment said *of* someone, in the third person: bullying ("she's such a fat ugly cow
lol", "nobody likes him", "what a loser he is"). :mod:`~chatwarden.detect.judge.targets`
reads the insults said *to* the reader; the moderation categories count harassment against
any person, and the toxicity models score these plain lines as low as the second-person
ones, so the words decide here too.

The shapes are a third-person subject with a predicate that is an insult in itself, using
the name-calling words of ``targets`` (one list for both):

- he or she, someone pointed at by a word for a person ("that guy", "the new girl", "his
  sister") or a body part of theirs ("her face") *is* a name or a word of wits, looks or
  worth ("he's so stupid it hurts", "the new guy is a total dork");
- "they" is a *name* ("they're a bunch of morons"; "they are stupid expensive" speaks of
  things), and a bare name at the start of a clause is a name or a word of wits or looks
  ("Tom is such a loser", "Brian is retarded"): a bare word may be a program's name
  ("spinrite is garbage"), so only a noun that names a person ("idiot", not "pig", "trash"
  or "a piece of shit", unless a word such as "stupid" or "fat" comes with it) and no word
  of worth that things share ("useless", "garbage"); and no bare name of a thing chat calls
  stupid ("python is stupid", "monday is stupid": :data:`_THING_NAMES`);
- "what a loser he is"; rejection ("nobody likes him", "everyone hates her lol", "nobody
  wants to sit with him"); a demeaning comparison or wits mocked ("he's dumber than a rock",
  "she sounds like a toddler", "my dog is smarter than him", "he's got no brain").

A predicate ends its clause, or goes on with a word that keeps the insult ("and", "lol",
"at", "as", "than", "it hurts"): "he is a pig farmer", "he's stupid good at this game" and
"nobody likes him more than I do" say something else. What a person feels or says of
himself ("she thinks she's ugly"), a hypothesis ("if he is an idiot"), a negation ("he
isn't a loser"), the past ("he was a loser in the election"), quotes and a line carrying
affection are not read. Criticism of what someone made ("his code is garbage") judges the
work, not the person, and is no shape here. The mild complaints "you are …" counts when said
to the one spoken to (annoying, lazy, rude, boring, "the worst", "nothing") are left out
said of someone: venting about a colleague is no bullying.

Chosen on the tuning half of ``scripts/bullying_probe.py`` (its held half measured only),
with Ubuntu IRC dev, SMS ham train/valid, ConvAbuse train/valid benign turns and ToxicChat
train's non-toxic prompts as negatives. English only.
"""

from __future__ import annotations

import re

from chatwarden.detect.judge.reading import stems
from chatwarden.detect.judge.targets import (
    EN_ADJECTIVES,
    EN_BAD,
    EN_END,
    EN_HYPOTHETICAL,
    EN_LIKENED,
    EN_LOWLY,
    EN_MODIFIERS,
    EN_NAME,
    EN_NAMES,
    EN_NO_WITS,
    EN_ONLY_WITH_YOU,
    EN_SMARTER,
    EN_WITS_OF,
    EN_WORST,
    QUOTED,
    affectionate,
    loose,
    readings,
)
from chatwarden.detect.textcache import text_cache

_MILD = frozenset(
    {
        r"annoying(?: me)?",
        r"annoyin\w* me",
        r"lazy",
        r"rude",
        r"boring",
        r"nothing",
        r"nobody",
        r"the worst",
        r"irrelevant",
        r"thick",
        r"nosy",
        r"an? (?:fucking |fuckin |little |cock |prick )?tease",
    }
)
"""Words of ``targets.EN_BAD`` that are an insult said to someone but a complaint said of
him ("my boss is so annoying", "she's thick" as praise)."""
_BAD = "|".join(w for w in EN_BAD if w not in _MILD)
_THINGS_TOO = frozenset(
    {
        r"useless",
        r"worthless",
        r"hopeless",
        r"lame",
        r"shit(?:ty)?",
        r"crap(?:py)?",
        r"garbage",
        r"full of shit",
        r"a joke",
        r"a waste",
        r"filth",
    }
)
"""Words of worth said of things as often ("spinrite is garbage", an Ubuntu IRC dev line):
said of a bare name, which may be a program's, they are no insult of a person."""
_PERSON_BAD = "|".join(w for w in EN_BAD if w not in _MILD | _THINGS_TOO)

_PERSON_ONLY = "|".join(
    n for n in EN_NAMES if n not in EN_ONLY_WITH_YOU and not n.startswith(("piece of", "waste of"))
)
"""Names that name only a person ("idiot", "slut"; not "pig", "trash", "a piece of shit")."""
_PERSON_NAME = (
    rf"(?:(?:{_PERSON_ONLY})|waste of (?:space|oxygen|air|skin|life)|"
    rf"(?:{EN_ADJECTIVES} )+(?:{'|'.join(EN_NAMES)}))(?:e?s)?\b"
)
"""A name of a person, said of a bare name or "they": one that names only people, or any
name a word of worth comes with ("Lisa is a stupid cow")."""

_ON = (
    r"(?:and|but|as|at|than|it|he|she|lol|lmao|lmfao|rofl|haha\w*|xd|af|tbh|ngl|"
    r"honestly|to{2}|fr|because|cause|cuz|coz|so|for (?:real|sure))"
)
_CLAUSE_END = rf"(?:{EN_END}|(?= {_ON}\b))"
# "to{2}": the doubled letters of a shape are read once or more (``targets.loose``), and
# "too dumb to realize" goes on with no insult
"""Where a predicate ends: its clause does, or a word that goes on with the insult ("fat
and ugly", "so stupid it hurts", "useless at everything", "dumber than a rock")."""

_PEOPLE = (
    r"(?:guy|girl|kid|dude|man|woman|boy|chick|bloke|lady|person|teacher|neighbou?r|"
    r"boss|sister|brother|mom|mum|dad|mother|father|wife|husband|girlfriend|boyfriend|gf|"
    r"bf|friend|cousin|co ?worker|roommate|room mate|flatmate|classmate|student|cashier|"
    r"waiter|waitress|manager|coach|ex|uncle|aunt|son|daughter|nephew|niece|teammate|"
    r"chick|fella|lad|gal|twin|stepmom|stepdad|stepsister|stepbrother)"
)
"""Words for a person: "that guy", "his sister", "the new girl"."""
_POINTER = r"(?:that|this|the|those|these|his|her|their|our|my|your)"
_ONE_OF_THEM = (
    rf"(?:(?:he|she)|{_POINTER} (?:\w+ )?{_PEOPLE}"
    rf"(?: (?:at|in|from|on|next to) (?:the |my |our |his |her )?\w+(?: \w+)?)?|"
    r"(?:his|her) (?:face|body|nose|teeth|voice|hair|breath|laugh))"
)
"""One person spoken of: he, she, a word for a person pointed at ("the guy at the front
desk"), or a body part of theirs ("her face")."""
_SEVERAL = rf"(?:they|those two|these two|(?:those|these|the|his|her|my|our) (?:\w+ )?{_PEOPLE}s)"
_CLAUSE_START = (
    r"(?:^|[.!?,;:(\n-]\s*|\b(?:lol|lmao|omg|ugh|haha\w*|well|honestly|tbh|and|"
    r"but|because|cause|cuz|so|yeah|yes|no|like|man|dude|bro|ok|okay|also|btw|"
    r"i mean|i think|seriously|ngl) )"
)
_NOT_A_NAME = (
    r"it|this|that|there|here|what|who|which|everything|nothing|something|anything|everyone|"
    r"everybody|nobody|someone|somebody|one|mine|yours|his|hers|theirs|ours|i|you|we|he|she|"
    r"they|u|ur|me|him|her|them|us|its|thats|whats|heres|theres|youre|im|life|karma|payback|"
    r"revenge|work|school|today|love|god"
)
"""Words at the start of a clause that are no one's name: pronouns (read by the shapes of
their own) and the idioms' subjects ("life's a bitch", "karma is a bitch")."""
_THING_NAMES = (
    # languages and tools of code
    r"python|java|javascript|js|typescript|ts|php|perl|rust|golang|kotlin|scala|"
    r"haskell|lua|bash|zsh|powershell|sql|mysql|postgres|mongo|mongodb|html|css|react|angular|"
    r"vue|node|npm|pip|conda|docker|kubernetes|k8s|git|github|gitlab|vim|emacs|vscode|jira|"
    r"webpack|gradle|maven|cmake|gcc|clang|regex|json|yaml|xml|latex|matlab|"
    # systems, devices and software
    r"windows|linux|ubuntu|debian|fedora|macos|osx|ios|android|iphone|ipad|samsung|"
    r"apple|microsoft|google|chrome|firefox|safari|excel|outlook|powerpoint|teams|"
    r"zoom|slack|skype|office|photoshop|steam|spotify|netflix|youtube|twitter|facebook|"
    r"instagram|insta|tiktok|reddit|discord|telegram|whatsapp|snapchat|siri|cortana|"
    r"chatgpt|gpt|copilot|autocorrect|autocomplete|wifi|bluetooth|internet|printer|keyboard|"
    r"laptop|computer|pc|phone|app|website|browser|update|bios|server|"
    # games
    r"fortnite|minecraft|roblox|valorant|overwatch|league|lol|dota|csgo|cs|warzone|cod|"
    r"apex|pubg|gta|fifa|pokemon|genshin|tetris|chess|"
    # school and time
    r"math|maths|algebra|calculus|geometry|physics|chemistry|biology|history|english|french|"
    r"spanish|german|homework|college|university|uni|class|exam|exams|monday|mondays|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|weekend|morning|weather|"
    r"traffic|tax|taxes|capitalism|politics|crypto|bitcoin"
)
"""Things chat calls stupid or ugly that stand bare at the start of a clause as a name
would ("python is stupid", "excel is stupid, it keeps turning my numbers into dates",
"monday is stupid"): code, software and devices, games, school subjects, days and weather
(leftovers). Each is a thing before it is anyone's name; words that name people as often
("ruby", "swift", "alexa", "summer") are left out, and a person called by a common word
("mark", "bill") is still read."""
_NAME = rf"(?!(?:{_NOT_A_NAME}|{_THING_NAMES})\b)[a-z]+"

_IS = r"(?: is| ?['’]s| s)"
_ONE_IS = rf"(?:(?:{_ONE_OF_THEM}){_IS}|(?:he|she)s)"
"""One person and "is", as typed: "he is", "he's", "hes" (only a pronoun runs "s" on: "is"
is no "i" and "s")."""
_ARE = r"(?: are| ?['’]re| re| r)"
_SEVERAL_MODS = r"(?:(?:all|both|just|such|a bunch of|a pack of|a couple of) )?"

_WORST_ONE = rf"{EN_MODIFIERS}{{0,2}}{EN_WORST} {_PEOPLE}\b"
"""A superlative of a person, an insult whatever follows ("the dumbest person I ever met")."""

_SHAPES = (
    # the predicate of one: "he's so stupid it hurts", "the new guy is a total dork"
    rf"\b{_ONE_IS} (?:{EN_MODIFIERS}{{0,3}}(?:{EN_NAME}|(?:{_BAD})\b)"
    rf"{_CLAUSE_END}|not (?:very |that |so |too |the )?(?:smart|bright|clever|intelligent|sharp)"
    rf"(?:est)?\b|{_WORST_ONE})",
    # of several: "they're a bunch of morons", "those girls are sluts"
    rf"\b(?:{_SEVERAL}){_ARE} {_SEVERAL_MODS}{EN_MODIFIERS}{{0,3}}{_PERSON_NAME}"
    rf"{_CLAUSE_END}",
    # of a bare name: "Tom is such a loser", "Brian is retarded", "dave is the dumbest person
    # I have ever met"
    rf"{_CLAUSE_START}{_NAME}{_IS} (?:{EN_MODIFIERS}{{0,3}}(?:{_PERSON_NAME}|(?:{_PERSON_BAD})\b)"
    rf"{_CLAUSE_END}|{_WORST_ONE})",
    # "what a loser he is", "what an idiot that guy is"
    rf"\bwhat an? {EN_MODIFIERS}{{0,2}}{EN_NAME} (?:{_ONE_OF_THEM}){_IS}{EN_END}",
    # rejection: "nobody likes him", "everyone hates her lol", "nobody wants to sit with him"
    rf"\b(?:nobody|no ?one|no body) (?:likes|loves|cares about|wants) (?:him|her){_CLAUSE_END}",
    rf"\b(?:everyone|everybody) hates (?:him|her){_CLAUSE_END}",
    r"\b(?:nobody|no ?one|no body) wants to (?:sit|talk|hang out|play|be friends|be seen) "
    rf"(?:with|to) (?:him|her){_CLAUSE_END}",
    # a demeaning comparison, wits mocked: "he's got the IQ of a potato", "she sounds like a
    # toddler", "my dog is smarter than him", "she's got no brain"
    rf"\b(?:he|she)(?: has| has got|['’]s got| s got| got) (?:{EN_WITS_OF}|{EN_NO_WITS})",
    rf"\b(?:{_ONE_OF_THEM}) {EN_LIKENED}",
    rf"\b(?:{EN_LOWLY}){_IS} {EN_SMARTER} (?:him|her){_CLAUSE_END}",
)
_SAID_OF = tuple(re.compile(loose(shape)) for shape in _SHAPES)
"""Each shape on its own: one alternation of them all scans three times slower."""
_CUES = stems(
    *map(
        loose,
        (
            *EN_NAMES,
            *EN_BAD,
            EN_LOWLY,
            r"likes",
            r"loves",
            r"hates",
            r"wants",
            r"cares",
            r"has",
            r"got",
            r"not",
        ),
    )
)
"""A word every shape needs (a name, a word of worth, a lowly likeness, a verb of rejection
or having): most lines have none, and the shapes are not run on them."""

_OWN_VIEW = re.compile(
    r"\b(?:he|she|they) (?:\w+ )?(?:says?|said|thinks?|thought|feels?|felt|"
    r"believes?|believed|knows?|knew|claims?|claimed|worries|fears?|"
    r"pretends?)(?: that)?\s+$"
)
"""What someone says or feels of himself or another ("she thinks she's ugly", "he said she
is an idiot"): reported, not said here."""


def _said(t: str, m: re.Match[str]) -> bool:
    """The match ``m`` in ``t`` is said here: no hypothesis or reported view before it."""
    before = t[: m.start()]
    return not (EN_HYPOTHETICAL.search(before) or _OWN_VIEW.search(before))


@text_cache(4096)
def said_of_someone(text: str) -> bool:
    """English that harasses someone other than the reader by its words alone: an insult,
    rejection or mockery in the third person (see the module's shapes). Cached like
    :func:`~chatwarden.detect.judge.targets.said_in_words`: the detector asks on each
    reading."""
    if affectionate(text):
        return False
    for t in readings(text):
        if not _CUES.search(t):
            continue
        said = QUOTED.sub(" ", t) if "'" in t or '"' in t or "“" in t or "‘" in t else t
        if any(_said(said, m) for shape in _SAID_OF for m in shape.finditer(said)):
            return True
    return False
