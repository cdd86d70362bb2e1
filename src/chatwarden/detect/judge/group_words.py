"""The protected groups in words: the names, adjectives and slurs that :mod:`groups` reads
as a group, with the determiners chat puts before them ("all trans people", "a muslim").

Where the words come from: the protected characteristics of the platform guideline's "No
Hate Speech" (religion, ethnicity/race/nationality, sexual orientation, gender identity,
sex, disability), filled with ToxiGen's ``target_group`` column (asian, bisexual, black,
chinese, immigrant, jewish, latino, lgbtq, mental/physical disability, mexican, middle east,
muslim, native american, trans, women) and Ethos's target labels; the slurs are those of the
training sources' hateful rows with at most one benign row. Russian has no labelled hate
data here; its lists are the same groups in Russian.

Every pattern runs on :func:`~chatwarden.detect.normalize.normalize`'s text, so the words
are squeezed the same way (:func:`alt`).
"""

from __future__ import annotations

import re
from typing import Final

RUN = re.compile(r"([^\W\d_])\1+")
ESCAPED_RUN = re.compile(r"(?<!\\)([^\W\d_])\1+")
"""A letter run in a pattern, not after a backslash: squeezed as the normalizer squeezes."""


def alt(*words: str) -> str:
    """A non-capturing alternation of ``words`` written as the normalizer writes them
    (letter runs cut to one), longest first so a longer word wins."""
    squeezed = {RUN.sub(r"\1", w) for w in words}
    return "(?:" + "|".join(sorted(squeezed, key=len, reverse=True)) + ")"


# ── groups ────────────────────────────────────────────────────────────────────
NOUNS_EN = (
    # religion
    r"jews?", r"muslims?", r"moslems?", r"christians?", r"catholics?", r"hindus?", r"sikhs?",
    r"buddhists?", r"mormons?", r"atheists?",
    # a faith or an orientation named as a thing ("islam is a cancer", "bisexuality isn't
    # real"): what ToxiGen's and Stormfront's training rows attack when they name no people
    r"islam", r"judaism", r"homosexuality", r"bisexuality", r"transgenderism",
    # ethnicity, race, nationality
    r"blacks", r"whites", r"non-?whites?", r"browns", r"groids?", r"negroids?", r"negro(?:e?s)?",
    r"asians?", r"chinese", r"mexicans?", r"latin[oa]s?",
    r"latinx", r"hispanics?", r"arabs?", r"africans?", r"african americans?", r"pakistanis?",
    r"middle easterners?", r"native americans?", r"gypsies", r"gypsy", r"roma", r"immigrants?",
    r"migrants?", r"refugees?", r"foreigners?", r"asylum seekers?", r"illegals",
    r"illegal aliens?", r"third[- ]?worlders?",
    # peoples by nationality, as chat names them ("nigerians are scammers"); not those whose
    # name is also a thing ("poles", an "afghan" blanket) or a team ("the indians are terrible
    # this season": "indian people" is read as adjective and noun), nor a war's parties
    r"somalis?", r"nigerians?", r"syrians?", r"afghans", r"turks", r"iraqis?",
    r"iranians?", r"palestinians?", r"filipinos?", r"haitians?", r"jamaicans?", r"romanians?",
    r"koreans?", r"japanese", r"vietnamese", r"aborigines", r"aboriginals?", r"puerto ricans?",
    # sexual orientation
    r"gays", r"lesbians?", r"bisexuals?", r"homosexuals?", r"queers", r"asexuals?",
    r"pansexuals?",
    # gender identity
    r"transgenders?", r"transsexuals?", r"trans(?:wom[ae]n|men|man)",
    # sex
    r"women", r"woman", r"females", r"men",
    # disability
    r"the disabled", r"the handicapped", r"cripples?", r"people with disabilit(?:y|ies)",
    r"wheelchair users?", r"the mentally ill", r"autists?",
    # slurs (see SLURS_EN)
    r"niggers?", r"faggots?", r"dykes?", r"trann(?:y|ies)", r"kikes?",
    r"spics?", r"wetbacks?", r"beaners?", r"chinks?", r"gooks?", r"retards",
    r"towelheads?", r"ragheads?", r"sand ?niggers?", r"muzzies?", r"pakis?", r"shemales?",
    r"jiggaboos?", r"kneegrows?", r"porch ?monkeys?", r"jungle ?bunn(?:y|ies)", r"towel ?heads?",
    r"zipper ?heads?", r"pavement ?apes?", r"rapefugees?",
    r"shegroids?", r"sheboons?", r"mudslimes?", r"muzrats?", r"dindus?", r"mud ?people",
    r"mudraces?",
)
ADJ_EN = (
    r"black", r"white", r"gay", r"lesbian", r"bisexual", r"bi", r"queer", r"trans", r"asexual",
    r"pansexual", r"intersex",
    r"transgender", r"non-?binary", r"jewish", r"muslim", r"islamic", r"christian", r"hindu",
    r"asian", r"chinese", r"arab", r"african", r"mexican", r"hispanic", r"latino", r"indian",
    r"disabled", r"handicapped", r"autistic", r"deaf", r"blind", r"mentally ill",
    r"mentally disabled", r"lgbtq?\+?", r"lgbt", r"immigrant", r"foreign", r"brown",
)
PERSONS_EN = (r"people", r"persons?", r"folks?", r"men", r"women", r"man", r"woman", r"guys?",
               r"kids", r"americans?", r"community", r"communities", r"immigrants?",
               r"refugees?", r"population", r"neighbou?rs?", r"couples?", r"famil(?:y|ies)",
               r"pl")  # "ppl" squeezed
SLURS_COINED = ("jiggaboo", "kneegrow", r"porch ?monkey", r"jungle ?bunny", r"towel ?head",
                r"zipper ?head", r"pavement ?ape", "rapefugee",
                "shegroid", "sheboon", "mudslime", "muzrat", "dindu")
"""Slurs coined for a group, with no other sense at all (a compound never said of a monkey
on a porch): their use anywhere is the author's slur. From the training splits' hateful rows
(Davidson: jiggaboo 2, porch monkey 2, jungle bunny 2, towel head 3, zipperhead 1; Stormfront:
kneegrow 2, pavement ape 1) and their common variants; no IRC, ConvAbuse or SMS row holds one.
Not "niglet" (Davidson's training rows use it as banter between friends, as "nigga", 7 to 1)
nor "camel jockey" (a jockey at camel races). Version 16 added the coined slurs of Stormfront's
and Davidson's training misses (shegroid 1, sheboon 2) and their kin (mudslime, muzrat, dindu),
none with another sense; "mud people" and the glued "mudraces" are group nouns, not "mud race"
(a muddy obstacle race: a Davidson training row)."""
SLUR_NOUNS = (
    "faggot", "nigger", "tranny", "dyke", "kike", "spic", "wetback", "beaner", "chink", "gook",
    "retard", "towelhead", "raghead", r"sand ?nigger", "shemale", "groid", "paki", "muzzie",
    *SLURS_COINED,
)


def plural(noun: str) -> str:
    """The plural chat writes: "tranny" → "trannies", "porch monkey" → "porch monkeys"."""
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


SLURS_EN = alt(*SLUR_NOUNS, *map(plural, SLUR_NOUNS))
"""Slurs that are hate when applied to someone: words of the training sources' hateful rows
(Davidson, Stormfront, ToxiGen) with at most one benign row among the ~22,000 benign ones
(a reclaimed "nigga" had many, so it is not here), and their common variants. Not here:
words the normalizer makes common ("coon" → "con") or that have an everyday sense a
determiner can't tell apart ("a fag" is a cigarette in British English)."""
SLURS_UNAMBIGUOUS_EN = alt("faggot", "nigger", "kike", "wetback", "beaner", "towelhead",
                             "raghead", r"sand ?nigger", "shemale", "groid", "muzzie",
                             *SLURS_COINED)
"""The slurs with no everyday sense a demonstrative could mean ("that tranny" may be a car's
transmission, "this dyke" a ditch, "that retard" a verb's noun): "that X over there" names a
person by the slur. Davidson's training rows: 19 hateful, 16 offensive (its annotators call
a slur thrown at one person offensive; the platform guideline calls attacking someone for a
protected characteristic hate), Stormfront's 3 hateful, no clean chat row."""
SLUR_GROUPS_EN = alt(*map(plural, SLUR_NOUNS))
"""The slurs in the plural: a group spoken of ("full of X"); the singular after a
determiner is as often a homonym ("the tranny went out": a car's transmission)."""
_DET_EN = (r"(?:(?:all|most|the|these|those|any|every|many|some|a|an|you|bloody|such|"
           r"(?:every|each)(?: and every| last| single)? one of|all of|each of)\s+)*")
GROUP_EN: Final = (rf"{_DET_EN}(?:{alt(*ADJ_EN)}\s*{alt(*PERSONS_EN)}|{alt(*NOUNS_EN)})")
"""A protected group in English, with its determiners: "all trans people", "a muslim"."""
GROUP_NOUNS_EN: Final = NOUNS_EN
"""The groups' nouns as written (not squeezed): what ``gates.death_wished`` counts as people."""

COUNTRIES_EN = (
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "belize", "benin", "bhutan",
    "bolivia", "bosnia", "botswana", "brazil", "bulgaria", "burkina faso", "burundi", "cambodia",
    "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia",
    "cuba", "cyprus", "czechia", "czech republic", "denmark", "djibouti", "dominican republic",
    "ecuador", "egypt", "el salvador", "eritrea", "estonia", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "guatemala", "guinea",
    "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan",
    "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
    "liberia", "libya", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "mali",
    "malta", "mauritania", "mexico", "moldova", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands", "holland",
    "new zealand", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine",
    "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia",
    "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "spain",
    "sri lanka", "sudan", "south sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
    "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey", "turkmenistan", "uganda",
    "ukraine", "united kingdom", "uk", "united states", "usa", "america", "uruguay",
    "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "africa", "asia",
    "europe", "the middle east", "latin america", "south america",
)
"""Countries and continents by name: a place, not a group. "missions to nigeria" holds the
letters the normalizer makes of a slur ("niger"), which the n-gram row scores as hate;
:func:`groups.named_as_place` reads the name as the place it is."""

_NOUNS_RU = (
    r"евре\w*", r"еврейк\w*", r"жид(?:ы|ов|ам|ами|ах|а|у|ом|ок|овск\w*|яр\w*)?\b",
    r"мусульман\w*", r"христиан\w*", r"иуде\w*",
    r"мигрант\w*", r"гастарбайтер\w*", r"приезж\w*", r"беженц\w*", r"иностранц\w*",
    r"негр\w*", r"черномаз\w*", r"черножоп\w*", r"чурк\w*", r"хач(?:и|ей|ам|ами|ах|ик\w*)?\b",
    r"чурбан\w*", r"таджик\w*", r"узбек\w*", r"киргиз\w*", r"кавказц\w*", r"чеченц\w*",
    r"цыган\w*", r"армян\w*", r"азиат\w*", r"китайц\w*", r"хохл\w*", r"укроп\w*", r"москал\w*",
    r"кацап\w*", r"нерус\w*", r"чернокож\w*",
    r"ге(?:й|и|я|ев|ю|ям|ями|ях)\b", r"гомосек\w*", r"гомик\w*", r"пидор\w*", r"пидар\w*",
    r"педик\w*", r"лесби\w*", r"бисексуал\w*", r"трансгендер\w*", r"трансух\w*", r"трансы",
    r"трансов", r"женщин\w*", r"баб[ыа]\b", r"бабам", r"инвалид\w*", r"колясочник\w*",
    r"даун[ыо]в?\b", r"аутист\w*",
)
GROUP_RU: Final = (rf"(?:(?:все|всех|всем|эти|этих|этим|ваши|ваших|любые|любых)\s+)*"
                   rf"{alt(*_NOUNS_RU)}")

GROUP_NAMED: Final = re.compile(rf"\b(?=[a-zа-я])(?:{alt(*ADJ_EN)}\s*{alt(*PERSONS_EN)}|"
                           rf"being\s+(?:an?\s+)?{alt(*ADJ_EN)}|"
                           rf"{alt(*NOUNS_EN)}|{alt(*_NOUNS_RU)})\b")
"""The prefilter: a message that names no group is done after this one search (~10 µs)."""

# ── a slur's word not used as one ─────────────────────────────────────────────
SLUR_SENSES_EN: Final = {
    "fagots?": (r"sticks|twigs|firewood|wood|kindling|brushwood|twine|bundles?|woodcutters?|"
                r"woodsmen|gravy|peas|mash|onions?|butchers?|dish|recipes?|meatballs?|supper|"
                r"dinner|-making"),
    "dykes?": (r"sea|flood\w*|water|rivers?|polders?|storm|surge|levees?|dutch|netherlands|"
               r"holland|zeeland|rotterdam|canals?|breach\w*|embankments?|dams?|farmers?|"
               r"path|walk|offa's|drainage|reinforced|tide|tides|dikes?|fens?|marsh\w*"),
    "trany|tranies": (r"cars?|trucks?|van|civic|fluid|gearbox|engines?|mechanics?|clutch|"
                      r"transmission|gears?|rebuilt|rebuild|slipping|manual|automatic"),
    "chinks?": (r"light|armou?r|clouds?|curtains?|defen[cs]es?|arguments?|gap|crack|shutters?|"
                r"blinds|logic|reasoning"),
    "niger": r"rivers?|delta|republic|niamey|west africa|nigerien|sahel|uranium",
    "retard": (r"timing|ignition|spark|growth|engines?|seedlings?|progress|development|combustion|"
               r"spread|flames?|setting|corrosion|decay|ripening|reaction|rot|oxidation"),
    "spic": r"and span",
}
"""Everyday senses of slurs' words, by the words around them in the same sentence: a faggot of
sticks or with gravy (British), a dyke against the sea, a car's "tranny", a chink of light,
the Niger river, to retard the timing, Spic and Span. The keys are the slurs as the
normalizer writes them ("faggot" is "fagot"); the senses are written from general knowledge,
none of them a word said of people, nor one hate says with the slur ("the oven", "the
country", "a shift", "the door")."""
SLUR_SENSED_EN: Final = tuple(
    (re.compile(rf"\b(?:{slur})\b"),
     re.compile(ESCAPED_RUN.sub(r"\1", rf"(?:\b|(?<=-))(?:{sense})\b")))
    for slur, sense in SLUR_SENSES_EN.items())
""":data:`SLUR_SENSES_EN` compiled: (the slur's word, the words of its everyday sense)."""
_RECLAIMED_MODS_EN = (r"(?:(?:proud|big|old|happy|out|loud|black|trans|butch|femme|disabled|gay|"
                      r"little|baby|card-carrying)\s+)*")
RECLAIMED_EN: Final = re.compile(ESCAPED_RUN.sub(r"\1",
    # of oneself: "as a queer woman", "I'm a proud dyke", "she calls herself a dyke"
    r"\b(?:as\s+an?|i'?m\s+an?|i\s+am\s+an?|im\s+an?|"
    r"(?:call|calls|called|calling)\s+(?:myself|herself|himself|themselves|themself|ourselves)"
    r"(?:\s+an?)?|identif(?:y|ies)\s+as(?:\s+an?)?|proud(?:\s+to\s+be)?(?:\s+an?)?)\s+"
    rf"{_RECLAIMED_MODS_EN}{alt('dyke', 'queer', 'fag', 'faggot', 'tranny', 'crip', 'cripple')}\b"
    rf"(?:\s+{alt(*PERSONS_EN)}\b)?"
    # of one's own, in the plural: "us dykes", "we're queer", "my fellow queers" (not "with us
    # fag", a name thrown)
    r"|\b(?:we'?re|we\s+are|us|we|my\s+fellow|fellow|both)\s+"
    rf"{_RECLAIMED_MODS_EN}{alt('dykes', 'queers', 'queer', 'fags', 'faggots', 'trannies', 'crips')}\b"
    rf"(?:\s+{alt(*PERSONS_EN)}\b)?"
    r"|\bdykes on bikes\b|\bqueer (?:as folk|eye|nation|studies|theory|cinema|joy)\b"
    r"|\bgenderqueer\b"))
"""A slur reclaimed by its own group, said of the speaker or their own ("as a queer woman I …",
"us dykes", "she calls herself a dyke", "Dykes on Bikes"): HateCheck's F9, read as no slur
thrown (only of words groups reclaim: not "nigger", whose reclaimed form "nigga" is no slur
here)."""
MENTIONED_EN: Final = re.compile(ESCAPED_RUN.sub(r"\1",
    r"(?:\b(?:the|a|that|this|what)\s+(?:\w+\s+)?(?:word|words|term|terms|slur|slurs|insult|"
    r"label|name)|\b(?:words|terms|slurs|insults|names)\s+(?:like|such as)|\b(?:say|says|saying|"
    r"said|use|uses|using|used|spell|spelling|type|typing|shout\w*|yell\w*|hear|hearing|heard|"
    r"scream\w*)|\b(?:call\w*|cal\w*)\s+(?:me|him|her|them|us|you|someone|somebody|anyone|people|"
    r"each other|my \w+)(?:\s+an?)?)\s+"
    # a list of them: "slurs like 'spic' and 'beaner'"
    r"(?:['\"“‘]?[\w-]+['\"”’]?\s*(?:,|and|or|&)\s*)*['\"“‘]?\s*$"))
"""The words before a slur that make it the topic, not a name thrown: "the word X", "slurs
like X", "using X", "he called me a X" (read on the text before the slur)."""
MENTIONED_AFTER_EN: Final = re.compile(
    r"^\W*(?:(?:is|was|are|as)\s+(?:a|an|the|such a)?\s*(?:\w+\s+){0,2}?(?:slur|word|term|"
    r"insult|epithet|name)s?|(?:is|was)\s+(?:\w+\s+)?(?:offensive|racist|homophobic|"
    r"transphobic|ableist|antisemitic|hurtful|derogatory))\b")
"""The words after a slur that make it the topic: "X is a slur", "X as an insult"."""
ASKED_WHAT_EN: Final = (re.compile(r"\bwhat\s+(?:an?\s+)?$"), re.compile(r"^\s+(?:is|means)\b"))
"""A slur's meaning asked: "what a X is", "what X means" (the words before, the words after)."""

