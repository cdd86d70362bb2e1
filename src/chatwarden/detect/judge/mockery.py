"""Harassment of the reader that names no one (harass5): the reader's wits mocked as a
question or a dare ("do you even have a brain", "how stupid are you", "use your brain for
once", "are you always this slow"), the reader dismissed with contempt ("go away, freak",
"get out of my face", "cope harder", "run along now, little boy"), belittled by what would
do better ("even a toddler could do better than you", "a monkey could do your job"), and
whoever made the thing called an idiot ("who's the idiot responsible for this", "only a
moron would think that"), and an orientation or identity thrown at the reader as what he is
("ur so gay", "you homo"; left3), which is no insult said of oneself, of kin, asked or said
with support ("I'm gay", "are you gay?", "you're gay and that's fine").
:mod:`~chatwarden.detect.judge.targets` reads names and predicates said to the reader; these
lines have neither, and the toxicity models score them low.

Each shape carries what keeps it off the look-alikes of ``scripts/harass5_probe.py``: the
question asks about the reader's brain, not "a minute"; the dare ends its clause ("use your
brain training app" goes on); a comparison ends in "than you", not "than me" or "than this
UI"; the maker is one who *did* something ("who's the idiot in this movie" asks of a part);
"only an idiot would" needs the reader's own act ("think that", "reply like that"), not a
general rule ("buy a car without a test drive"). Quoted words, a reported line ("he asked me
if I even have a brain") and a hypothesis are not read; nor is a line carrying affection.

A cheap cue (:data:`_CUES`, one scan of the words the shapes need, the name-words among
them) runs first: 4% of Ubuntu IRC dev lines hold one, and the shapes and the banter check
never run on the rest (about 50 µs a line there, half of it the two readings; ``said_in_words``
takes about 200). Chosen on the tuning half of ``scripts/harass5_probe.py`` and
ConvAbuse train/valid, with Ubuntu IRC dev, SMS ham train/valid, ConvAbuse train/valid
benign turns and ToxicChat train's non-toxic prompts as negatives. English only.
"""

from __future__ import annotations

import re

from chatwarden.detect.judge.reading import stems
from chatwarden.detect.judge.targets import (
    EN_END,
    EN_HYPOTHETICAL,
    EN_NAME,
    EN_NAMES,
    QUOTED,
    affectionate,
    loose,
    readings,
)
from chatwarden.detect.textcache import text_cache

_YOU = r"(?:you|u|ya)"
_MEAN = (r"(?:little|stupid|dumb|fat|ugly|damn|fucking|filthy|pathetic|annoying|total|complete|"
         r"absolute|utter|brainless|worthless|useless)")
_DIM = r"(?:stupid|dumb|thick|dense|slow|retarded|brainless|clueless|dim|daft)"
_BRAIN = r"(?:a |any |one |two |a single |a working )?(?:brain(?: ?cells?)?|brains|clue|iq)"
_HEAD = r"(?:head|skull|brain|noggin)"
_BETTER = (r"(?:better|faster|smarter|more (?:helpful|useful|intelligent|sense)|"
           r"less (?:stupid|useless))")
_LOWLY = (r"(?:toddler|child|kid|baby|monkey|chimp(?:anzee)?|ape|brick|rock|potato|dog|"
          r"hamster|goldfish|grandma|granny|grandmother|(?:\d+|five|three) year old)")
_MADE = (r"(?:responsible|wrote|write|writes|made|make|came up|come up|designed|built|coded|"
         r"programmed|thought|decided|said|says|posted|typed)")
_OWN_ACT = (r"(?:think|say|believe|write|post|reply|type|ask|answer)s? (?:that|this|like that|"
            r"like this|something like that)")

_SHAPES = tuple(re.compile(loose(shape)) for shape in (
    # wits mocked as a question or a dare
    rf"\bdo (?:{_YOU}) even (?:have {_BRAIN}|think|use your {_HEAD})\b",
    rf"\bhow {_DIM} (?:are|r|can) (?:{_YOU}|one person)\b",
    rf"\b(?:use|try using|engage) (?:your|ur) {_HEAD}(?: for once| for a change| next time)?{EN_END}",
    rf"\b(?:anything|something) (?:in|inside) (?:that|your|ur) (?:thick |empty )?{_HEAD}",
    rf"\b(?:are|r) {_YOU} (?:always|really|actually|just|seriously) this {_DIM}\b",
    rf"\bcan {_YOU} not read(?: or something)?{EN_END}",
    # dismissed with contempt
    rf"\b(?:go away|get lost|get out|get out of my (?:face|sight)|piss off|buzz off|scram|"
    rf"take a hike)[, ]+(?:{_YOU} )?(?:{_MEAN} )?{EN_NAME}",
    r"\bget out of my (?:face|sight)(?=\s*(?:[.!?\n]|$))",
    rf"\bgo away,? (?:{_YOU}(?: are|'re| re) (?:embarrassing yourself|annoying|a joke))",
    r"^\W*(?:cope|cry|seethe) (?:harder|more)\W*$",
    r"^\W*stay (?:mad|pressed|salty)\W*$",
    r"\brun along(?: now)?,? (?:little (?:boy|girl|man|one)|kid|kiddo|sonny|child)\b",
    r"\brun along and play\b",
    # belittled by what would do better
    rf"\b{_LOWLY}s?\b[^.!?]{{0,40}}\b{_BETTER} than {_YOU}\b",
    rf"\b{_LOWLY}s? could do (?:your|ur) (?:job|work)\b",
    # whoever made it, an idiot
    rf"\b(?:who(?:'s| is| was)|which|what (?:kind|sort|type) of) (?:the )?(?:{_MEAN} )?{EN_NAME} "
    rf"(?:(?:who|that) )?(?:would )?{_MADE}\b",
    rf"\bonly (?:an? )?(?:complete |total |utter |absolute )?{EN_NAME} would {_OWN_ACT}\b",
))

_ORIENTED = (r"(?:gay|homo|homosexual|lesbian|lesbo|dyke|tranny|trannie|queer|fag|faggot|fagot|"
             r"gaylord)")
_ORIENTED_SHAPES = tuple(re.compile(r"(?<!thank )(?<!love )(?<!see )(?<!miss )(?<!\bare )"
                                    r"(?<!\br )(?<!\bwere )" + loose(shape))
                         for shape in (
    # said as what the reader is: "ur so gay", "lol you're gay", "you're a tranny lol"; not
    # asked ("are you gay?", "you're gay?") and not said of a thing ("you're a gay bar's DJ")
    rf"\b(?:you(?: are| ?'re| re| r)|youre|ur|u r|u are) (?:(?:so|such|a|an|just|"
    rf"totally|really|literally|fucking|clearly|obviously|definitely|a fucking|a little|a big) )*"
    rf"{_ORIENTED}s?\b(?! (?:friendly|bar|club|rights|marriage|pride|icon|community|people|"
    rf"friends?|couple|flag|man'?s|person'?s)\b)(?!\s*\?)",
    # the vocative: "you homo", "you gay boy", "go away you gay idiot"; not asked ("are you
    # gay", the lookbehinds below)
    rf"\b(?:you|u) (?:(?:little|stupid|dumb|fat|fucking|"
    rf"dirty|big) )?{_ORIENTED}(?: (?:boy|boi|lord|ass|bitch|nerd|loser|idiot|freak|kid|fuck|"
    rf"fucker|retard|moron|clown|{EN_NAME}))?{EN_END}",
))
"""An orientation or identity thrown at the reader as what he is (left3); said of oneself,
of kin, asked, or said with support ("you're gay and that's fine, we love you") it is none
(:data:`_SUPPORTED`)."""
_SUPPORTED = re.compile(
    r"\b(?:fine|ok|okay|alright|nothing wrong|proud|brave|awesome|great|congrat\w*|welcome|"
    r"love|support\w*|accept\w*|valid|beautiful|com(?:e|ing) out|came out|judg\w*|happy|glad|"
    r"matter|respect\w*|cool|no shame|allowed)\b")
"""Words of support in the line: the orientation is said to the reader, not thrown at him."""

_CUES = stems(*map(loose, (
    r"brain", r"head", r"skull", r"noggin", r"clue", r"iq\b", r"stupid", r"dumb", r"thick",
    r"dense", r"slow", r"retard", r"daft", r"not read", r"away", r"lost", r"out of my",
    r"piss", r"buzz", r"scram", r"hike", r"cope", r"cry", r"seethe", r"stay", r"along",
    r"better", r"faster", r"smarter", r"more (?:helpful|useful|intelligent|sense)",
    r"less (?:stupid|useless)", r"could do", *EN_NAMES, r"gay", r"homo", r"lesb", r"dyke",
    r"trann", r"queer",
)))
"""Words one of the shapes needs: a line without any never reaches them."""

_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|asked|asks|replied|replies|yelled|"
                       r"wrote|writes|called|screamed|shouted)\b")


@text_cache(4096)
def mocked(text: str) -> bool:
    """English that mocks, dismisses or belittles the reader without a name said to him
    (see the module's shapes). Cached like
    :func:`~chatwarden.detect.judge.targets.said_in_words`."""
    cued = [t for t in readings(text) if _CUES.search(t)]  # most lines: none
    if not cued or affectionate(text):
        return False
    for t in cued:
        said = QUOTED.sub(" ", t) if "'" in t or '"' in t or "“" in t or "‘" in t else t
        shapes = _SHAPES if _SUPPORTED.search(said) else _SHAPES + _ORIENTED_SHAPES
        for shape in shapes:
            for m in shape.finditer(said):
                before = said[: m.start()]
                if not (EN_HYPOTHETICAL.search(before) or _REPORTED.search(before)):
                    return True
    return False
