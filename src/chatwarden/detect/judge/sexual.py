"""Adult sexual content: acts said outright, and sex only spoken *of*.

The ``sexual`` label is "content meant to arouse sexual excitement, such as the description
of sexual activity, or that promotes sexual services, excluding sex education and wellness"
(the English moderation categories issue 10 is judged on). Its head learnt ConvAbuse's
sexual harassment of a chatbot, so it reads explicit *words* well and two other things
badly, each fixed here in words the way :mod:`~chatwarden.detect.judge.minors` reads children:

- an act told in plain words, no explicit one among them ("he came deep inside her" 0.22,
  "are you going to make me moan?" 0.14, "I'm touching myself thinking about you" 0.39,
  "get ready to moan and scream"), or told as a story in ordinary or vulgar words ("they
  fucked until dawn" 0.24, "He bent her over the desk and fucked her from behind." 0.10,
  "she spread her legs and begged for more" 0.00, or an act at the start or the end of a long
  paragraph): :func:`sexual_said` raises the score to :data:`SEXUAL_SAID_SCORE`;
- sex spoken of to a doctor, an educator or for safety, or told as news or law ("is it
  normal to have pain during sex after giving birth?" 0.95, "my penis has a rash after
  shaving, is that normal?" 0.93, "how can I tell if someone is trying to sextort me?",
  "Prostitution is legal in the Netherlands" 0.99): the definition excludes sex education and
  wellness, and none of it is meant to arouse, so :func:`sexual_cited` holds the head's score
  at :data:`NOT_SEXUAL`, under the flag point;
- a curse or an idiom that only borrows sex's words ("go fuck yourself" 0.66, "the naked eye
  cannot see the comet" 0.74, "he fucked her over on the contract" 0.99): abuse or plain
  speech, meant to arouse no one, so :func:`sexual_idiom` holds it at :data:`NOT_SEXUAL` too.

Chosen on the dev half of the probes written for this label and on SMS ham train/validation
sexting (issue 10's cross-source sexual harness), never on their test halves. Calimero has
no rule on adult ``sexual`` (its guideline forbids sexual content only with children or without
consent), so these move no Calimero decision; ``sexual_minors`` keeps its own words
(``minors``), and a floor it sets is not lowered here.
"""

from __future__ import annotations

import re
from typing import Final

from chatwarden.detect.judge import gates, lexicon
from chatwarden.detect.judge.reading import addressed_away, stems

SEXUAL_SAID_SCORE: Final = 0.6
"""The ``sexual`` floor of an act said outright: over the head's flag point (0.52), under a
model's certainty and under ``minors``' floors (0.85 and up), so it ranks last of its kind."""
NOT_SEXUAL: Final = 0.3
"""The score kept where sex is spoken of for health, education, safety or news
(:func:`sexual_cited`), or where its words are only a curse or an idiom
(:func:`sexual_idiom`): under the flag point, so not flagged, still shown."""

_SAID: Final = stems(
    r"(?:came|cum|cums|cumming|coming) (?:deep |hard |right )?inside (?:me|you|u|her|him)\b",
    r"make (?:me|you|u|her|him) (?:moan|cum|squirt|orgasm)\b",
    r"(?:moan|scream)\w* (?:and|&|n) (?:moan|scream)",
    r"(?:touch|play)(?:ing)? (?:with )?my ?self (?:thinking|while|to|for|over)\b",
    r"(?:lick|suck|swallow)\w* (?:up )?every drop",
)
"""Sexual acts in plain words that name nothing else: coming inside someone, making someone
moan or come, moaning and screaming together, touching oneself for someone, licking up
every drop. Each is in no line of clean training-side chat (IRC dev, ConvAbuse benign
train/valid, SMS ham train/validation less its sexting)."""

_OBJ: Final = r"(?:her|him|me|them|each other|one another)"
_TOLD: Final = stems(
    # "fucked" with someone who did it: "they fucked until dawn", "he fucked her slowly",
    # "got home and fucked"; not the swearing of "he fucked up the deploy", "I fucked my
    # knee", "she fucked off", "he fucked with me", "he fucked her over", "we're fucked"
    # (no doer before it)
    r"(?:i|we|they|he|she|and|then|,) (?:just |finally |then |both )?fucked"
    r"(?! (?:up|off|over|around|with|about|it|this|that|everything|things|my|your|his|our|"
    r"their|the|a|an|its)\b)"
    rf"(?! {_OBJ} (?:up|over)\b(?! (?:the|a|an|his|her|my|your|their|and|again)\b))",
    rf"(?:was|were|is|are|am|'m|'re|'s|been|kept|keep|started|start) fucking {_OBJ}\b(?! (?:up|over)\b)",
    r"fuck(?:s|ed|ing)? each other\b(?! (?:up|over)\b)",
    rf"(?:fuck|take|took|taking|takes)(?:s|ed|ing)? {_OBJ} from behind",
    # riding, bending over, spreading, going down on, sucking off, fingering, thrusting into,
    # pounding, grinding on: each with the body it is done to, so "rode the bike hard",
    # "bent over to tie her shoelaces", "spread her arms", "went down on one knee" and
    # "pounded the table" are none
    r"(?:rode|rides|riding) (?:him|me)\b(?! (?:to|home|around|back|over|out|down|up|into|in|on)\b)",
    r"(?:ride|rode|rides|riding) (?:his|my|your) (?:cock|dick|face)\b",
    r"(?:bent|bend|bends|bending) (?:her|me|him) over\b",
    r"spread(?:s|ing)? (?:her|my) (?:legs|thighs)\b(?! (?:apart|shoulder|hip|slightly|a bit|to stretch)\b)",
    r"spread (?:your|ur) (?:legs|thighs) for me\b",
    r"(?:went|go|goes|going|gone) down on (?:her|him|me|you)\b(?! (?:knees?|hands?|all fours)\b)",
    r"suck(?:ed|s|ing) (?:him|me|you) off\b",
    r"finger(?:ed|s|ing) (?:her|him|my|your)sel(?:f|ves)\b",
    r"finger(?:ed|s|ing) (?:her|me)(?=\s*(?:$|[,.!]|until|till|under|in|while|and|slowly|hard|deep))",
    r"thrust(?:s|ed|ing)? (?:(?:deep|deeper|hard|harder|slowly|gently|roughly|again|himself|herself) )?"
    r"(?:into|inside) (?:her|him|me|you)\b",
    r"pound(?:s|ed|ing)? (?:her|me) (?:hard|harder|deep|deeper|all night|from behind|into the "
    r"(?:mattress|bed|sheets)|until (?:i|she) (?:can'?t|couldn'?t|came|come|cum|scream))",
    r"grind(?:s|ed|ing)? (?:against|on) (?:him|her|me|you|(?:his|her|my|your) "
    r"(?:crotch|lap|cock|dick|pillow|thigh|hand))\b",
    # bodies and climax
    r"(?:their|our) naked bodies\b", r"your naked body\b",
    r"naked bod(?:y|ies) (?:pressed|writhing|entwined|intertwined|tangled|grinding|on top)",
    r"(?:had|have|having|gave|give|giving|made|make|making) (?:her|him|me|you|an?|two|three|"
    r"multiple|so many) (?:intense |mind-?blowing )?orgasms?\b",
    r"(?:we|they) both (?:came|cum)(?=\s*(?:$|[,.!]|so hard|together|at the same))",
    r"(?:we|they|i|he|she) (?:\w+ )?(?:made|make|making) love\b(?!,? not war)",
    r"made love (?:to|with) (?:her|him|me|you|each other)\b",
)
"""Sexual activity told, in narrative or outright, in ordinary or vulgar words: who fucked
whom, rode, bent over, spread, went down on, fingered, thrust into, pounded, ground against
someone, naked bodies together, orgasms given or had, love made. The head learnt
harassment aimed at a chatbot and reads a story's third person, and an act buried in a
long paragraph, as little ("they fucked until dawn" 0.24, "He bent her over the desk and
fucked her from behind." 0.10, "she spread her legs and begged for more" 0.00). "Made love"
names intercourse itself, as "had sex" does, so it counts. Chosen on the tuning half of
``scripts/sexual2_probe.py`` and checked on clean training-side chat (see
:func:`sexual_said`)."""

_TO_ONE: Final = stems(
    # a body remarked on to its owner: "you have such a nice round ass", "do you have a big
    # hairy ass"; an adjective, and the part last, so "a big ass truck" is none
    r"(?:has|have|'ve|got) (?:got )?(?:a |such a |some |the )?(?:(?:big|nice|great|hot|sexy|"
    r"tight|juicy|perfect|hairy|round|firm|little|huge|fine) )+(?:ass|arse|butt|booty|tits|"
    r"titties|boobs|rack)(?=\s*(?:$|[.!?,]|and\b|too\b|lol\b))",
    # arousal said: "yes I am hard", "i'm so hard for you"; not "hard of hearing", "hard
    # working", "hard on myself"
    r"\bi(?:'?m| am) (?:so |already |getting |really |rock )?hard"
    r"(?=\s*(?:$|[.!]|for (?:you|u)\b|right now|thinking|just (?:reading|thinking|looking)))",
    # "sex" misspelt, with the one spoken to: "how can i sax with you?"; not "play sax with"
    r"(?<!play )(?<!the )(?:sax|secks|seks|seggs|sexx) with (?:you|u|me)\b",
    # a show on camera asked for: "you into being bad on cam?"
    r"(?:bad|naughty|dirty|nasty|sexy|kinky|nude|naked) on (?:cam|camera|webcam)\b",
)
"""Sexual harassment of the one spoken to that ConvAbuse's annotators marked (a majority of
them, train/valid) and the head misses, because no word of it is explicit on its own and a
line without one never reaches it: a body part remarked on with relish, arousal said, "sex"
misspelt, a show on cam. The label's definition counts sexual harassment of the one spoken
to; each is in no line of SMS ham train/validation or IRC dev."""

_SEXTED_ACT: Final = re.compile(
    r"\b(?:fuck|pound|lick|spank)(?:s|ed|ing)? me\b|\binside me\b")
"""What the author asks done to them: verbs that say nothing else ("ride me home tonight",
"fill me in tomorrow" and "eat me alive" say something else)."""
_SEXTED_DETAIL: Final = re.compile(
    r"\b(?:so (?:hard|good|deep|bad|rough)|harder|hard|rough(?:ly)?|slow(?:ly)?|deep(?:er)?|"
    r"all night(?: long)?|tonight|tomorrow|again|right (?:now|here|there)|till|until|"
    r"when (?:you|u) (?:get|come)|from behind|in the shower|on the (?:couch|bed|floor|table)|"
    r"twice|last night)\b")
_TO_YOU: Final = re.compile(r"\b(?:you|u|ya|your|ur)\b")


def sexted(text: str) -> str | None:
    """The act where an English line asks the one spoken to for sex on its author, told with
    how or when ("I want you to fuck me so hard", "can't wait for you to fuck me when you get
    home", "god i need you to fuck me again"): sexting, content meant to arouse, which the head
    scores as low as 0.21 when no explicit word but "fuck" is in it (leftovers). Harassment
    of a chatbot demands it bare: ConvAbuse's "i want u to fuck me", "fuck me" and "fuck me in
    the ass" carry no manner or time, and no turn of its train/valid, SMS ham train/val or
    IRC dev line is read here. ``None`` otherwise."""
    folded = _folded(text)
    if _SEXTED_DETAIL.search(folded) is None or _TO_YOU.search(folded) is None:
        return None
    m = _SEXTED_ACT.search(folded)
    return None if m is None else m.group(0)


_CARE: Final = stems(
    # health and the body's care
    r"symptoms?\b", r"normal (?:to|that|for|if|after|during)\b",
    r"(?:is|it'?s|that'?s) (?:it |this |that )?normal", r"doctor", r"gyn(?:a|e)?ecolog", r"urolog",
    r"therap", r"clinic", r"nurse\b", r"rash\b", r"infect", r"itch", r"pain(?:s|ful)?\b", r"hurts?\b",
    r"bleed", r"discharge", r"lump\b",
    r"stds?\b", r"stis?\b", r"hiv\b", r"aids\b", r"herpes", r"chlamydia", r"syphilis", r"gonorr",
    r"hpv\b", r"pregnan", r"birth control", r"contracep", r"condoms?\b", r"ovulat", r"menstrua",
    r"periods?\b", r"menopaus", r"erectile", r"dysfunction", r"libido", r"sex drive", r"vasectomy",
    r"pap smear", r"prostate", r"fertil", r"sexual health", r"safe sex", r"(?:get|got|getting) tested",
    # education
    r"consent", r"sex ?ed(?:ucation)?\b", r"puberty", r"the talk\b",
    r"talk to (?:my|our) (?:kids?|children|son|daughter|teen)", r"asexual", r"orientation",
    # safety
    r"sextort", r"revenge porn", r"blackmail", r"without (?:my|her|his|their|your) consent",
    r"leaked", r"report", r"harass", r"assault", r"unsolicited",
)
"""Sex spoken of for health, education or safety: a symptom, a doctor, contraception,
consent, a child to be told, a leak or an extortion to report."""
_ASKS: Final = re.compile(r"\?|^\W*(?:how|what|why|when|where|which|who|is|are|am|can|could|"
                          r"should|would|do|does|did|will)\b")
_NEWS: Final = stems(
    r"legal(?:ly|i[sz]e\w*)?\b", r"illegal", r"laws?\b", r"regulat", r"ban(?:s|ned|ning)?\b",
    r"announc", r"accus", r"alleg", r"arrest", r"charged", r"convict", r"court", r"ruled",
    r"lawsuit", r"police", r"rated\b", r"censor", r"policy", r"according to", r"study\b",
    r"studies", r"survey", r"research", r"percent",
)
"""News, law and research: what happened to whom, what is allowed where."""
_PERSONS: Final = re.compile(r"\b(?:i|me|my|i'?m|im|i'?ll|i'?d|you|u|your|ur|we|us|our)\b")
"""The speaker or the one spoken to: news and law are told of others."""
_WANTED: Final = stems(
    r"describe", r"in (?:graphic |explicit |vivid |full )?detail", r"vivid", r"step by step",
    r"graphic", r"(?:be|very|more|so|as|an?) explicit\b", r"explicit (?:story|scene|details?|version|sex)",
    r"role-? ?play", r"stor(?:y|ies)\b", r"scenes?\b", r"fanfic",
    r"sext(?:s|ing|ed)?\b", r"pics?\b", r"pix\b", r"photos?\b", r"nudes\b", r"tell me (?:how|what|your)",
)
"""A request for the content itself ("describe it vividly", "step by step", "a story"): no
question a doctor or a teacher answers."""


def _folded(text: str) -> str:
    return addressed_away(text).replace("’", "'")


def sexual_said(text: str) -> str | None:
    """The words of a sexual act said outright in ``text`` (:data:`_SAID`), unless the text
    speaks of sex for health, education, safety or news (:func:`sexual_cited`)."""
    folded = _folded(text)
    m = _SAID.search(folded) or _TOLD.search(folded) or _TO_ONE.search(folded)
    act = m.group(0) if m is not None else sexted(text)
    if act is None or _cited(folded) is not None:
        return None
    return act


def sexual_cited(text: str) -> str | None:
    """The word by which ``text`` speaks of sex to ask about health, education or safety
    (a question with a :data:`_CARE` word), or tells news or law (a :data:`_NEWS` word, and
    neither its author nor the one it speaks to in it), and asks for no content itself
    (:data:`_WANTED`). ``None`` otherwise."""
    return _cited(_folded(text))


def _cited(folded: str) -> str | None:
    if _WANTED.search(folded) is not None:
        return None
    if _ASKS.search(folded) is not None and (care := _CARE.search(folded)) is not None:
        return care.group(0)
    if _PERSONS.search(folded) is None and (news := _NEWS.search(folded)) is not None:
        return news.group(0)
    return None


_CURSE: Final = re.compile(
    r"(?:^|[.!?,;:]\s*)(?:(?:oh|yes|yeah|no|just|so|now|then|can you|why don'?t you|you can|"
    r"you should|i said|and)\s+){0,2}(?:(?:go\s+)?(?:fuck|screw)\s+(?:you|u|yourself|your ?self|off)\b"
    r"(?!\s+(?:so|hard|harder|good|all|until|till|in|on|tonight|now|right|raw|from|with|deep|"
    r"and (?:i|me)|like)\b)"
    r"|(?:bite me|fuck up)(?=\s*(?:$|[.!?,;:]|then\b|man\b|dude\b|bro\b|bitch\b|you\b|u\b)))")
"""A curse as a whole clause ("go fuck yourself", "fuck off", "Fuck you."), not a wish
("i want to fuck you", "fuck you so hard"): ConvAbuse's annotators marked "Go fuck yourself",
"fuck yourself" and every "fuck you"/"fuck off" of its train and valid turns abuse and not
sexual harassment, yet the head scores "go fuck yourself" 0.66. "Bite me" and "fuck up" (as
"shut up") said as a whole clause are curses too: the annotators marked both "bite me" turns
of train/valid and "you can just fuck up man" abuse and not sexual harassment (the head 0.63
and 0.68). "Fuck me", "suck me" and "suck my dick" stay with the head: every such turn there
was marked sexual; "suck it" and "blow me" too (one turn, marked not sexual, and none)."""
_IDIOM: Final = stems(
    r"naked (?:eye|truth|ambition|greed|aggression|power|flame|pointer|url|link)\b",
    r"fuck(?:s|ed|ing)? (?:her|him|me|them|us|you|everyone|people) over\b"
    r"(?!\s+(?:the|a|an|his|her|my|your|their|and|again|and over)\b)",
    r"make love,? not war\b",
    # "fucking" as an intensifier before an insult that names no sex: "you crooked fucking
    # bitch", "you fucking idiot"
    r"fucking (?:bitch|idiot|idiots|moron|morons|retard|loser|bastard|asshole|liar|thief|"
    r"machine|bot|computer|robot|useless|stupid|dumb|worthless)\b",
    # "fucked" as doomed or broken, said of the state someone or something is in: "we're so
    # fucked if the server goes down", "the printer is fucked again" (leftovers); not "she was
    # fucked hard", "i was fucked by", "we fucked all night" (no "to be" before it)
    r"(?:(?:i|we|you|u|they|he|she|it|that|this|everything|all|shit)(?:'?m|'?re|'?s| am| are| is| "
    r"was| were| r)|(?:is|are|was|were|'s)) (?:so |totally |completely |absolutely |fucking |"
    r"royally |truly |really |just |pretty |properly |kinda |officially |all |well and truly |"
    r"beyond |too )*fucked(?=\s*(?:$|[.!?,;:)]|(?:if|now|again|when|unless|without|after|because|"
    r"cause|cuz|lol|lmao|man|dude|bro|mate|thanks|anyway|either way|up|already|then|here|"
    r"there|tbh|honestly|beyond)\b))",
)
"""Sexual words in an idiom of something else: "naked" meaning bare ("the naked eye cannot see
the comet", the head 0.74), "fucked her over" meaning cheated ("he fucked her over on the
contract" 0.99; not "fucked her over the table"), a slogan ("make love, not war" 0.92),
"fucking" only sharpening an insult ("Get lost you crooked fucking bitch" 0.79)."""
_PLAIN_SWEAR: Final = re.compile(r"(?:bitch\w*|(?:bull)?shit\w*|bastards?|damn\w*|piss\w*|"
                                 r"ass ?holes?)$")
"""Swear words that name no sex: left beside a curse ("bite me bitch", "fuck you bitch"),
they make it no more sexual. ConvAbuse's annotators marked every such train/valid turn abuse
and not sexual harassment; "slut", "whore" and "dick" are not among them ("fuck you slut"
was marked sexual)."""


def sexual_idiom(text: str) -> str | None:
    """The curse (:data:`_CURSE`) or idiom (:data:`_IDIOM`) that is all ``text`` says of
    sex: with it taken out, no obscene word (the lexicon), no sexual stem or act
    (:func:`~chatwarden.detect.judge.gates.gated`) and no act said (:func:`sexual_said`) is
    left. A curse flung at someone is abuse, not content meant to arouse; ``None``
    otherwise."""
    folded = _folded(text)
    m = _CURSE.search(folded) or _IDIOM.search(folded)
    if m is None:
        return None
    rest = f"{folded[:m.start()]} {folded[m.end():]}"
    named = [h for h in lexicon.find(rest) if not _PLAIN_SWEAR.match(rest[h.start:h.end])]
    if named or _gated_sexual(rest) or sexual_said(rest) is not None:
        return None
    return m.group(0).strip(" .!?,;:")


def _gated_sexual(rest: str) -> bool:
    """Whether ``rest`` opens the sexual gate by words of its own: a swear word opens it for
    the head, and plain swearing (:data:`_PLAIN_SWEAR`) names no sex."""
    return "sexual" in gates.gated(rest)
