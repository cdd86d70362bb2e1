"""The predicates said of a protected group and the frames that join them to it: *group* +
*predicate* ("X are vermin", "X should be deported", "I hate X", "kill all X"), each frame
named after its kind (:data:`SCORES`).

Where the words come from: words and frames over-represented in the hateful rows of the
*training* splits of Stormfront, ToxiGen and Davidson against Stormfront's same-forum
noHate, ConvAbuse's benign turns and Ubuntu IRC dev logs (log-odds; "vermin", "parasites",
"cockroaches", "subhuman", "savages", "filth", "should be deported", "should drown", "get
rid of them", "are like cockroaches"), with their near synonyms, and the guideline's own
words (attacking, promoting hatred or violence). Russian has no labelled hate data here;
its lists are the same frames in Russian.

The frames match; whether the author is the one saying it (quotation, negation,
counter-speech) is :mod:`groups`' to judge.
"""

from __future__ import annotations

import re
from typing import Final

from chatwarden.detect.judge.group_words import (
    ADJ_EN,
    GROUP_EN,
    GROUP_RU,
    RUN,
    SLUR_GROUPS_EN,
    SLURS_EN,
    SLURS_UNAMBIGUOUS_EN,
    alt,
)

# ── predicates ────────────────────────────────────────────────────────────────
RESPELLABLE: set[str] = set()
"""Predicate words of five letters or more, as the normalizer writes them: a word of six
letters or more one typo away from one of them is read as it (see :func:`_respell`);
shorter words have too many neighbours."""
PREDICATE_WORDS: set[str] = {"die", "death"}
"""Every one-word predicate, as the normalizer writes it: a piece of a glued word."""


def _predicates(*words: str) -> str:
    """:func:`alt` of ``words``; each single word kept as a piece of glued words, and
    for respelling where it has 5+ letters."""
    single = {RUN.sub(r"\1", w) for w in words if w.isalpha()}
    PREDICATE_WORDS.update(single)
    RESPELLABLE.update(w for w in single if len(w) >= 5)
    return alt(*words)


_DEROGATORY_EN = _predicates(
    "disgusting", "repulsive", "revolting", "vile", "filthy", "dirty", "gross", "nasty",
    "subhuman", "sub-human", "inferior", "worthless", "useless", "stupid", "dumb", "retarded",
    "primitive", "savage", "evil", "violent", "dangerous", "lazy", "pathetic", "parasitic",
    "inbred", "degenerate", "degenerates", "diseased", "mentally ill",
    "ignorant", "a disgrace", "disgraceful", "the worst", "worst", "the enemy", "a threat",
    "a menace", "a danger", "scum", "scumbags", "vermin", "trash", "garbage", "filth", "dirt", "rubbish",
    "animals", "beasts", "apes", "monkeys", "pigs", "rats", "dogs", "cockroaches", "roaches",
    "insects", "parasites", "leeches", "maggots", "cancer", "a cancer", "a plague", "plague",
    "a disease", "disease", "a virus", "a blight", "a burden", "a drain", "a stain",
    "a waste of", "savages", "criminals", "rapists", "terrorists", "thugs", "pedophiles",
    "paedophiles", "perverts", "freaks", "abominations", "an abomination", "a mistake",
    "mistakes", "not human", "less than human", "subhumans", "no better than animals",
    "creatures", "idiots", "morons", "losers", "a joke", "worse than", "to blame",
    "the problem", "ruining", "destroying", "invading", "infesting", "stealing",
    "taking over", "breeding like", "a curse", "untermensch", "mongrels", "deviants",
    "sexual deviants", "deviant", "perverted", "unnatural", "abnormal", "delusional",
    "degenerate", "a degenerate", "sick in the head", "brainless", "uncivilized",
    "dishonest", "liars", "a liar", "a criminal", "a terrorist", "a rapist", "a parasite",
    "the lowest form of life", "greedy", "cowards", "pests", "a pest", "lice", "a swarm",
    "shit", "a piece of shit", "pieces of shit", "cunts", "assholes", "bastards",
    "dickheads", "twats", "pricks", "sluts", "whores",
)
_MODS_EN = (r"(?:(?:all|just|nothing but|nothing more than|no better than|no different from|"
            r"such|so|as|the|a|an|only|really|truly|mostly|basically|simply|literally|naturally|"
            r"always|clearly|obviously|more|most|very|too|fucking|filthy|dirty|bloody|"
            r"damn|like|just like|little|fat|ugly|disgusting|stinking|worthless)\s+)*")
_HARMED_EN = _predicates(
    "killed", "shot", "gassed", "hanged", "hung", "lynched", "burned", "burnt", "exterminated",
    "eradicated", "eliminated", "wiped out", "wiped off", "deported", "sent back", "kicked out",
    "thrown out", "locked up", "jailed", "caged", "banned", "removed", "sterilized",
    "sterilised", "castrated", "put down", "euthanized", "euthanised", "executed", "beaten",
    "shipped back", "rounded up", "outlawed", "segregated", "drowned", "enslaved", "whipped",
    "raped", "nuked", "purged", "cleansed", "stoned", "hunted", "slaughtered", "massacred",
    "tortured", "punished", "forced out", "dumped",
)
_WISHED_EN = alt("dead", "gone", "extinct", "wiped out", "exterminated", "eradicated",
                  "eliminated", "killed", "shot", "gassed", "deported", "lynched", "hanged")
_HARM_VERB_EN = alt(
    "die", "rot", "burn", "hang", "suffer", "drown", "disappear", "go back", "get out",
    "leave", "go away", "be gone", "be extinct", "go extinct", "stay out", "stay away",
    "be shot on sight", "be kept out", "be kept away", "not exist", "never exist",
    "be wiped", "perish", "be eliminated",
)
_HARM_ACT_EN = _predicates(
    "kill", "shoot", "murder", "gas", "hang", "lynch", "burn", "exterminate", "eradicate",
    "eliminate", "wipe out", "get rid of", "deport", "ban", "nuke", "round up", "purge",
    "cleanse", "kick out", "throw out", "send back", "ship back", "lock up", "beat up",
    "hurt", "rape", "stab", "slaughter", "massacre", "execute", "castrate", "sterilize",
    "sterilise", "enslave", "drown", "hunt", "shoot down", "run over", "bomb", "destroy",
    "deal with", "remove", "ethnically cleanse", "genocide", "fire",
)
_WILL_EN = (r"(?:(?:^|[.!?,;:]\s*|\b(?:i|we|you|let's|lets|let us|someone|somebody|people|"
            r"everyone|time to|need to|should|must|gotta|going to|gonna|wanna|want to|"
            r"have to|ought to|have got to|i'?d|i'?ll|we'?ll|will|would|can't wait to|"
            r"hope (?:someone|they|we|you)|just|finally|please|and|then)\s+)"
            r"(?:(?:will|would|should|must|need to|want to|wanna|gonna|going to|am going to|"
            r"'?m going to|'?m gonna|have to|ought to|gotta|let's|let us|just|all|really|"
            r"finally|go|go and|to|please|can|could|might|have the right to|be allowed to|"
            r"be able to)\s+)*)")
_HATE_VERB_EN = _predicates(
    "hate", "despise", "detest", "loathe", "abhor", "can't stand", "cannot stand",
    "can not stand", "want nothing to do with", "don't want", "do not want", "spit on",
    "have no respect for", "have zero respect for", "wish death on", "wish death upon",
)
_FED_UP_EN = (r"(?:am|'m|are|'re)\s+(?:so\s+|really\s+|just\s+|fucking\s+|truly\s+|"
              r"completely\s+|absolutely\s+|totally\s+)*(?:sick of|tired of|done with)")
"""Hatred said as the speaker's state ("I'm so sick of X"): the verb attached or not."""
_IS_EN = r"(?:\s+(?:are|is)|'re)"
"""'X are', 'X is' or 'they're': the normalizer keeps the apostrophe, with no space before it."""
_REFUSE_EN = alt(
    "hire", "employ", "trust", "rent to", "rent my", "serve", "vote for", "work with",
    "work alongside", "sit next to", "shake hands with", "let in",
    "tolerate", "respect", "promote", "live near", "live next to",
)
_POSITIVE_EN = alt(
    "human", "humans", "human beings", "people", "persons", "welcome", "wanted", "equal",
    "normal", "natural", "real", "worthy", "worth", "smart", "intelligent", "capable",
    "trustworthy", "to be trusted", "fit to", "able to", "valid", "legitimate", "our equals",
    "citizens", "one of us", "part of", "allowed", "deserving",
)
_EXCLUDE_EN = alt(
    "be allowed", "have rights", "have the right", "have any rights", "vote", "marry",
    "adopt", "exist", "be trusted", "be hired", "be employed", "teach", "work", "be here",
    "live here", "live", "breed", "reproduce", "have children", "have kids", "be citizens",
    "serve", "be let in", "come here", "hold office", "lead", "be tolerated",
    "be accepted", "be respected",
)
_PLACE_EN = alt(
    "a zoo", "the zoo", "zoos", "cages", "a cage", "camps", "a camp", "concentration camps",
    "prison", "jail", "the kitchen", "ovens", "an oven", "the oven", "gas chambers",
    "a gas chamber", "hell", "the trash", "the garbage", "the gutter", "the sewer", "sewers",
    "the jungle", "a jungle", "the closet", "the circus", "a circus", "asylums", "an asylum", "chains",
    "the ground", "a grave", "graves", "the dirt", "a ditch", "trees", "a tree", "the fields",
    "their own country", "their country", "their own countries", "africa", "the desert",
)

# Frames: ``<G>`` is the group (or, in SAID_AGAIN, a word taking it up again); a
# frame's group name is the kind of predicate, which the evidence note names.
_EN_SUBJECT = (
    # "X are vermin", "why are X so stupid", "X are like cockroaches"
    rf"(?P<derogate><G>(?:\s+(?:are|is|were|was|r|being|=)|'re)\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\b(?:(?:why|how come)\s+(?:are|is)|aren't|arent|isn't)\s+<G>\s+{_MODS_EN}{_DEROGATORY_EN}"
    # the same asked or judged: "how can X be so stupid?", "I find X revolting"
    rf"|\bhow\s+can\s+<G>\s+be\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\b(?:i|we)\s+(?:\w+\s+)?(?:find|consider)\s+<G>\s+{_MODS_EN}{_DEROGATORY_EN}"
    # humanity denied: "why does anyone still pretend X are human?"
    rf"|\b(?:pretend|pretending|act like|act as if|act as though)\s+(?:that\s+)?<G>"
    rf"{_IS_EN}\s+(?:human|humans|human beings|people|persons|equal|our equals)\b"
    r"|<G>\s+(?:breed|breeding|multiply|multiplying|reproduce)\s+like"
    rf"|<G>{_IS_EN}\s+(?:only|just|mostly|really only)\s+good\s+for\b"
    rf"|<G>{_IS_EN}\s+good for nothing\b"
    rf"|<G>{_IS_EN}\s+(?:\w+\s+)?(?:trying|here|coming|out) to (?:steal|take)\s+"
    rf"(?:all\s+(?:of\s+)?)?our\s+(?:jobs|country|land|women|homes|houses|benefits|money|"
    r"children|kids|culture)\b"
    rf"|\bare\s+<G>\s+(?:really|even|actually|truly)\s+(?:people|human|humans|persons)\s*\?"
    rf"|\bbeing\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|<G>)\s+(?:is|=)\s+{_MODS_EN}"
    rf"(?:{_DEROGATORY_EN}|wrong|a sin|sinful|an illness|a mental illness|a choice))",
    # "X should be killed", "X should all die", "X must go back", "X need to be deported"
    rf"(?P<harm><G>\s+(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|"
    rf"has to|gotta|will|shall|can|need|deserve|deserves)\s+(?:all\s+|just\s+|really\s+|"
    rf"simply\s+|be\s+|get\s+|to\s+|go\s+and\s+)*(?:{_HARMED_EN}|{_HARM_VERB_EN}|"
    rf"die|death|a bullet|the rope|the gas chamber|the death penalty|"
    rf"(?:stay|be kept|remain|go back|be locked up|be locked|be put)\s+(?:in|into|to|back in)\s+"
    rf"{_PLACE_EN}|"
    rf"be treated (?:like|as)\s+(?:\w+\s+)?{_DEROGATORY_EN})\b"
    rf"|\b(?:if|wish|when)\b[^.!?]{{0,30}}?<G>\s+(?:were|was|would be|got|are)\s+"
    rf"(?:all\s+|just\s+|simply\s+)*(?:{_WISHED_EN}|(?:kept|locked up|put) in\s+{_PLACE_EN})\b"
    rf"|\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|need|would like|'d like)\s+<G>\s+"
    rf"(?:{_WISHED_EN}|out of (?:this|our|the) country)\b"
    rf"|\b(?:better\s+off|a\s+better\s+place|be\s+better)\s+(?:if|without)\b[^.!?]{{0,20}}?<G>"
    rf"(?!\s+(?:being|getting|suffering|having)\b)"
    rf"|\b(?:i hope|i wish|hopefully|may)\s+<G>\s+(?:would\s+|will\s+|could\s+)?"
    rf"(?:all\s+|just\s+)*(?:die|rot|burn|suffer|drown|get {_WISHED_EN})\b)",
    # "X should not be allowed to vote", "X don't belong here", "X have no place here"
    rf"(?P<exclude>\bno\s+<G>\s+(?:deserves|deserve|should\s+(?:get|have|be\s+given))\s+"
    rf"(?:to\s+be\s+treated\s+with\s+)?(?:respect|rights|dignity|to\s+live|a\s+job)\b"
    rf"|<G>\s+(?:should|must|shall|can|could|ought to)\s*(?:n't|not|never)\s+"
    rf"(?:ever\s+|even\s+|be\s+allowed\s+to\s+)?{_EXCLUDE_EN}\b"
    rf"|<G>\s+(?:don't|do not|doesn't|does not|dont)\s+(?:belong|deserve|matter)\b"
    rf"|<G>\s+(?:have|has)\s+no\s+(?:place|business|right|rights)\b"
    rf"|(?:<G>|\b{alt(*ADJ_EN)})\s+(?:lives?\s+)?(?:don't|do not|doesn't|does not|dont)"
    rf"\s+matter\b"
    rf"|<G>(?:{_IS_EN}\s+(?:not|never|no)|\s+(?:aren't|arent|isn't))\s+"
    rf"(?:even\s+|really\s+|fully\s+|truly\s+)?"
    rf"{_POSITIVE_EN}\b"
    rf"|<G>\s+(?:can't|cannot|can not|can never|should never)\s+be\s+(?:trusted|"
    rf"equal|human|allowed)\b"
    rf"|<G>\s+(?:belong|belongs)\s+(?:in|on|with|back in)\s+{_PLACE_EN}\b"
    rf"|\bno\s+<G>\s+(?:allowed|welcome|wanted)\b"
    rf"|\bif\b[^.!?]{{0,30}}?<G>\s+(?:were|was)\s+(?:not|never|no longer)\s+allowed\b)",
)
_EN_OBJECT = (
    # "I hate X", "we despise X", "X make me sick"
    rf"(?P<hatred>\b(?:i|we|i really|i just|i fucking|i honestly|i truly|i personally)"
    r"(?:\s+|(?='))(?:really\s+|just\s+|fucking\s+|honestly\s+|truly\s+|absolutely\s+|"
    r"totally\s+|utterly\s+|still\s+|so\s+|do\s+)*"
    rf"(?:{_HATE_VERB_EN}|{_FED_UP_EN})\s+<G>\b"
    rf"|<G>\s+(?:make|makes)\s+me\s+(?:sick|want to (?:puke|vomit|throw up))"
    rf"|<G>\s+(?:disgust|disgusts|sicken|sickens|repulse|repulses)\s+me\b"
    # the same said of one's feelings: "my hatred for X", "nothing disgusts me more than X",
    # "X fill me with rage" (not "… than X being harassed": the disgust is at what is done)
    rf"|\b(?:my|our)\s+(?:hatred|hate|disgust|contempt|loathing)\s+(?:for|of|towards?)\s+<G>\b"
    rf"|\bnothing\s+(?:disgusts|sickens|repulses|angers|enrages)\s+me\s+(?:more|as much)\s+"
    rf"(?:than|as)\s+<G>\b(?!\s+(?:being|getting|who|that|having|are|were|is)\b)"
    rf"|<G>\s+(?:fill|fills)\s+me\s+with\s+(?:\w+\s+)?(?:rage|hatred|hate|disgust|contempt|"
    rf"loathing)\b)",
    # "kill all X", "we should get rid of X", "death to X"
    rf"(?P<violence>{_WILL_EN}{_HARM_ACT_EN}\s+(?:all\s+|of\s+|the\s+|every\s+|more\s+|off\s+|next\s+|"
    r"first\s+|last\s+|single\s+|few\s+)*<G>\b"
    rf"|\bdeath\s+to\s+(?:all\s+)?<G>\b)",
    # "I'd never hire a X", "never trust a X", "go back where you came from, you filthy X"
    rf"(?P<refuse>\b(?:never|wouldn't|would not|won't|will not|refuse to|don't ever|"
    rf"do not ever|shouldn't|should not|can't|cannot)\s+(?:ever\s+)?(?:again\s+)?"
    rf"{_REFUSE_EN}\s+(?:a\s+|an\s+|any\s+|another\s+|one of those\s+|one of these\s+)?<G>\b"
    rf"|\bgo\s+back\s+(?:to\s+)?(?:where|your|to your|home)\b.{{0,40}}\byou\s+(?:\w+\s+){{0,2}}<G>\b"
    rf"|\bkeep\s+<G>\s+(?:out|away)\b)",
    # "you filthy X", "fucking X ruin everything"
    r"(?P<slur>(?:^|[.!?]\s*|\b(?:you|those|these|all|the|bunch of|of|bloody|from|with|by|"
    r"like|than|more)\s+)"
    r"(?:fucking|fuckin|filthy|dirty|disgusting|stinking|stupid|dumb|subhuman|worthless|"
    r"damn|goddamn|nasty|retarded|bloody|smelly|greasy)\s+<G>\b"
    # a slur applied to someone: "you're just a X", "shut up, X" (not "I'm a proud X")
    rf"|\b(?:you|u|ur|you're|youre|you are|he's|she's|he is|she is|they're|they are|what a|"
    rf"such a)\s+(?:\w+\s+){{0,3}}{SLURS_EN}\b"
    rf"|^\W*{SLURS_EN}\s*[,!]"
    rf"|\b(?:that|this)\s+(?:\w+\s+)?{SLURS_UNAMBIGUOUS_EN}\b(?!\s+of\b)"
    # called out mid-sentence ("shut up, X, …") or a group spoken of ("the street is full
    # of X"): these words name no one kindly (see SLURS_EN); "X of …"/"X in …" is a
    # homonym's measure or idiom ("faggots of sticks", "chinks in the armour")
    rf"|[,:]\s*{SLURS_EN}\s*(?:[,.!?;:]|$)"
    rf"|(?:^|[.!?]\s*|\b(?:the|those|these|all|some|more|many|most|of|with|by|and|no|any|"
    rf"other|fucking|filthy|dirty|damn|stupid)\s+){SLUR_GROUPS_EN}\b(?!\s+(?:of|in)\b))",
)

_RU_DEROG = alt(
    r"мраз\w*", r"твар\w*", r"скоты?\b", r"скотин\w*", r"животны\w*", r"обезьян\w*", r"паразит\w*",
    r"таракан\w*", r"крыс\w*", r"грязь", r"мусор\w*", r"отброс\w*", r"нелюд\w*",
    r"недочеловек\w*", r"выродк\w*", r"выродок", r"дегенерат\w*", r"урод\w*", r"зло",
    r"рак\b", r"чума", r"зараз\w*", r"тупы\w*", r"грязны\w*", r"вонюч\w*", r"ублюд\w*",
    r"дикар\w*", r"быдл\w*", r"нечист\w*", r"ничтожеств\w*", r"говн\w*",
    r"вор(?:ы|ов|ьё|ье)\b", r"преступник\w*", r"насильник\w*", r"террорист\w*",
    r"гнид\w*", r"пиявк\w*", r"черв\w*", r"свинь\w*", r"собак\w*", r"шлак", r"гниль",
    r"хуже (?:животных|собак|скота)", r"не люди", r"не человек\w*",
)
_RU_HARM = alt(
    r"сдохн\w*", r"умереть", r"умир\w*", r"сгор\w*", r"сгни\w*", r"убираться", r"убраться",
    r"уехать", r"валить", r"свалить", r"исчезн\w*", r"быть уничтожен\w*", r"уничтож\w*",
    r"гореть", r"висеть", r"сидеть в тюрьм\w*", r"быть выслан\w*", r"депортир\w*",
    r"расстрел\w*", r"вешать", r"повесить", r"гнать\w*", r"выгнать",
)
_RU_ACT = alt(
    r"убива\w*", r"убить", r"мочить", r"замочить", r"вешать", r"перевешать", r"повесить",
    r"гнать", r"выгнать", r"выгонять", r"депортир\w*", r"уничтож\w*", r"истреб\w*",
    r"расстрел\w*", r"перестрел\w*", r"сжечь", r"сжигать", r"резать", r"перереза\w*",
    r"вырезать", r"бить", r"избавиться от", r"избавляться от", r"зачистить", r"выселить",
    r"выслать", r"травить", r"душить", r"гасить", r"валить",
)
_RU = (
    rf"(?P<derogate><G>\s*(?:[—–-]\s*|это\s+|-\s*это\s+|просто\s+|все\s+|всегда\s+|"
    rf"сплошь\s+|одни\s+|как\s+|такие\s+|такие же\s+)*(?:{_RU_DEROG})"
    rf"|<G>\s+(?:хуже|опаснее|тупее|грязнее)\b)",
    rf"(?P<harm><G>\s+(?:должны|должен|надо|нужно|обязаны|пусть|заслуживают)\s+"
    rf"(?:все\s+|просто\s+|уже\s+)*{_RU_HARM})",
    r"(?P<exclude><G>\s+(?:здесь|тут|у нас|в россии|в нашей стране)?\s*не\s+место\b"
    r"|<G>\s+(?:вон|прочь)\b|\b(?:вон|прочь)\s+<G>\b"
    r"|<G>\s+не\s+(?:должны|имеют права)\s+(?:жить|существовать|голосовать|работать|рожать|"
    r"въезжать|приезжать|быть здесь)\b|<G>\s+не\s+заслуживают\s+(?:жить|жизни|прав|уважения))",
    r"(?P<hatred>\bненави(?:жу|дим)\s+<G>|<G>\s+(?:бесят|раздражают|вызывают отвращение))",
    rf"(?P<violence>\b(?:надо|нужно|пора|давай(?:те)?|будем|буду|хочу|стоит|можно|всех)\s+"
    rf"(?:всех\s+|бы\s+|уже\s+)*{_RU_ACT}\s+(?:всех\s+|этих\s+)*<G>"
    rf"|\bсмерть\s+<G>|^\s*(?:{_RU_ACT})\s+(?:всех\s+)?<G>)",
)


_REF_SUBJECT: Final = (r"(?:they|those people|these people|(?:all|most|many|every one|"
                       r"every single one|each|some) of them|они|эти|такие)")
_REF_OBJECT: Final = (r"(?:them|those people|these people|(?:all|most|many|every one|"
                      r"every single one|each|any) of them|их|таких|этих)")
"""A group named earlier in the message and taken up again: "I have met many X and I hate
every single one of them", "X? They are vermin"."""

SCORES: Final[dict[str, float]] = {
    "violence": 0.9, "harm": 0.9, "derogate": 0.8, "exclude": 0.8, "hatred": 0.8,
    "slur": 0.8, "refuse": 0.75,
}
"""Hate score per kind of predicate: every kind clears the hate threshold (0.4) and the
review queue ranks wishes of harm above refusals."""

ESCAPED_RUN = re.compile(r"(?<!\\)([^\W\d_])\1+")


def _build(frames: tuple[str, ...], group: str, start: int = 0) -> str:
    """``frames`` over ``group``, each frame's kind renamed ``kind__N`` (a name may occur
    once per pattern); squeezed like the normalizer's text."""
    out = []
    for n, frame in enumerate(frames, start):
        named = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{n}>", frame.replace("<G>", rf"\b(?:{group})"))
        out.append(ESCAPED_RUN.sub(r"\1", named))
    return "|".join(out)


_EN = _EN_SUBJECT + _EN_OBJECT
SAID: Final = re.compile(_build(_EN, GROUP_EN) + "|" + _build(_RU, GROUP_RU, len(_EN)))
SAID_AGAIN: Final = re.compile("|".join((
    _build(_EN_SUBJECT, _REF_SUBJECT), _build(_EN_OBJECT, _REF_OBJECT, len(_EN_SUBJECT)),
    _build(_RU, rf"{_REF_SUBJECT}|{_REF_OBJECT}", len(_EN)))))
