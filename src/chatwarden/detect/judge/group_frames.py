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

from chatwarden.detect.judge.deferred import Deferred
from chatwarden.detect.judge.group_words import (
    ADJ_EN,
    ESCAPED_RUN,
    GROUP_EN,
    GROUP_RU,
    RUN,
    SLUR_GROUPS_EN,
    SLURS_COINED,
    SLURS_EN,
    SLURS_UNAMBIGUOUS_EN,
    alt,
    plural,
)

# ── predicates ────────────────────────────────────────────────────────────────
RESPELLABLE: set[str] = set()
"""Predicate words of five letters or more, as the normalizer writes them: a word of six
letters or more one typo away from one of them is read as it (see :func:`_respell`);
shorter words have too many neighbours."""
PREDICATE_WORDS: set[str] = {"die", "death"}
"""Every one-word predicate, as the normalizer writes it: a piece of a glued word."""
PREDICATE_SPELLED: set[str] = {"die", "death"}
"""The same words as written, before the normalizer cut their doubled letters ("kill", not
"kil"): a swap of two letters is read on the written word ("klil")."""


def _predicates(*words: str) -> str:
    """:func:`alt` of ``words``; each single word kept as a piece of glued words, and
    for respelling where it has 5+ letters."""
    single = {RUN.sub(r"\1", w) for w in words if w.isalpha()}
    PREDICATE_WORDS.update(single)
    PREDICATE_SPELLED.update(w for w in words if w.isalpha())
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
    "a cheat", "a coward", "a thief", "unstable", "mentally unstable", "a beast",
    "the lowest form of life", "greedy", "cowards", "pests", "a pest", "lice", "a swarm",
    "shit", "a piece of shit", "pieces of shit", "cunts", "assholes", "bastards",
    "dickheads", "twats", "pricks", "sluts", "whores",
    # negative attributes of the same training rows' kind, said as a group's nature
    "rotten", "rotten to the core", "selfish", "cheats", "cheaters", "thieves", "corrupt",
    "treacherous", "deceitful", "sneaky", "barbaric", "barbarians", "backwards", "unclean",
    "smelly", "shitty", "horrible", "awful", "terrible", "a waste of space",
    "a waste of oxygen", "a waste of air", "good for nothing", "worth nothing",
    "worth less than", "lower than", "beneath us", "below us", "hysterical", "irrational",
    "incompetent", "unintelligent", "crazy", "insane", "psychos", "incapable",
    "untrustworthy", "ungrateful", "weak", "ugly", "beneath contempt", "beneath me",
    "an infestation", "infestation", "an invasion", "invaders", "a scourge", "a tumour",
    "a tumor", "aggressive", "hostile", "brutal", "braindead", "brain dead", "brain-dead",
    # the same kinds widened from general knowledge (HateCheck's F1-F4: emotion, attribute,
    # dehumanising noun, profanity said of a group): contempt and disgust ...
    "repugnant", "abhorrent", "loathsome", "contemptible", "despicable", "detestable",
    "odious", "foul", "wretched", "sickening", "nauseating", "repellent", "obnoxious",
    "insufferable", "intolerable", "unbearable", "hideous", "grotesque", "rancid", "putrid",
    # ... unintelligence and incapacity ...
    "idiotic", "moronic", "imbecilic", "imbeciles", "simple-minded", "feeble-minded",
    "half-witted", "halfwits", "dimwits", "dimwitted", "clueless", "mindless",
    "inept", "unfit", "defective", "damaged goods",
    # ... dishonesty, dirt, violence, sloth ...
    "conniving", "scheming", "manipulative", "two-faced", "backstabbing",
    "untrustworthy", "crooks", "frauds", "con artists", "unhygienic", "stinking", "stinky",
    "smelly", "bloodthirsty", "vicious", "feral", "wild animals", "predators",
    "freeloaders", "spongers", "scroungers", "moochers", "leeches", "bums", "layabouts",
    "parasites", "a drain on society", "a burden on society", "useless eaters",
    # ... dehumanising nouns: vermin, pests, filth and disease ...
    "bacteria", "germs", "a germ", "microbes", "fleas", "ticks", "lice", "bedbugs", "bugs",
    "termites", "locusts", "worms", "slugs", "snakes", "vipers", "rodents", "sewer rats",
    "hyenas", "jackals", "swine", "baboons", "gorillas", "chimps", "primates", "goats",
    "cattle", "livestock", "beasts of burden", "a pestilence", "pestilence",
    "sewage", "excrement", "slime", "a sickness", "an illness", "a contagion",
    "an epidemic", "a parasite on society", "subspecies", "a lower species",
    "a different species", "not even human", "barely human", "less than people",
    # ... and profanity said of a group (HateCheck's F10), singular and plural
    "an asshole", "asshole", "a cunt", "a bastard", "a prick", "a dick", "dicks",
    "a dickhead", "a twat", "a scumbag", "a piece of garbage", "pieces of garbage",
    "pieces of trash", "a piece of trash", "a waste of skin", "shitheads", "a shithead",
    "motherfuckers", "fuckers", "fucks", "cocksuckers", "douchebags", "a douchebag",
    "a moron", "an idiot", "a loser", "retards", "morons", "imbecile", "an imbecile",
    "annoying", "irritating", "whiny", "arrogant", "rude",
    # singulars the modifiers' "a" leaves bare ("has been a total prick")
    "prick", "cunt", "bastard", "dickhead", "twat", "scumbag", "shithead", "douchebag",
    "moron", "idiot", "loser", "parasite", "disgrace", "animal", "pig", "rat", "cockroach",
    "ape", "monkey", "freak", "pervert", "thug", "slut", "whore", "piece of shit",
    # stereotypes stated as a group's nature (ToxiGen's training rows: "women are too emotional
    # to make important decisions", "all bis are sluts", "asian gay guys are too girly"), and a
    # faith or an orientation judged a sin or an illness; not a bare "emotional", which news
    # says of people moved ("the refugees were emotional as they landed")
    "too emotional", "overly emotional", "bossy", "girly", "childish", "child-like",
    "childlike", "promiscuous", "hypersexual", "unattractive", "backward", "a sin", "sinful",
    "a mental illness", "a mental disorder", "mentally disturbed", "fake", "not real",
    # a faith called a cult of violence, a sex called property, a group damned
    "a cult", "a death cult", "a religion of hate", "a religion of violence", "a religion of war",
    "a religion of terror", "a religion of death", "a religion of murder", "property",
    "sex objects", "going to hell", "hellbound", "hell-bound",
    # a person reduced to refuse, a womb or a toy, with no everyday sense said of a group
    "human garbage", "human trash", "human waste", "human filth", "human scum",
    "breeding machines", "baby machines", "baby factories", "incubators", "sex toys",
    "playthings", "bloodsuckers", "blood suckers",
    # version 16, from ToxiGen's training misses ("a gay couple … they are still immoral";
    # not "helpless", said in pity as often: "refugee children are helpless")
    "immoral",
) + r"(?!\w)"  # a whole word: "dense" is no prefix of "densely"
_MODS_EN = (r"(?:(?:all|just|nothing but|nothing more than|no better than|no different from|"
            r"such|so|as|the|a|an|only|really|truly|mostly|basically|simply|literally|naturally|"
            r"always|clearly|obviously|more|most|very|too|fucking|filthy|dirty|bloody|"
            r"damn|like|just like|little|fat|ugly|disgusting|stinking|worthless|total|totally|"
            r"complete|completely|absolute|absolutely|utter|utterly|pure|nothing more than|mentally|"
            r"genetically|inherently|biologically|morally|intellectually|fundamentally|"
            r"walking|thieving|lying|scheming|conniving|cheating|stealing|stinky|smelly|"
            r"lazy|stupid|dumb|vile|nasty|rabid|mangy|diseased|savage|useless|shitty|"
            r"fucking|fuckin|goddamn|god damn|damned|dirty-ass|ignorant|"
            r"(?:(?:a|an|one|nothing but a|just a)\s+)?(?:bunch|pack|load|herd|gang|horde|lot|band|"
            r"nest|swarm|breed|race|species|kind|class|collection|mob)\s+of|"
            r"all the same[:;,-]?)\s+)*")
_HARMED_EN = _predicates(
    "killed", "shot", "gassed", "hanged", "hung", "lynched", "burned", "burnt", "exterminated",
    "eradicated", "eliminated", "wiped out", "wiped off", "deported", "sent back", "kicked out",
    "thrown out", "locked up", "jailed", "caged", "banned", "removed", "sterilized",
    "sterilised", "castrated", "put down", "euthanized", "euthanised", "executed", "beaten",
    "shipped back", "rounded up", "outlawed", "segregated", "drowned", "enslaved", "whipped",
    "raped", "nuked", "purged", "cleansed", "stoned", "hunted", "slaughtered", "massacred",
    "tortured", "punished", "forced out", "dumped", "locked away", "put away", "sent away",
    "lined up", "lined up and shot", "put against a wall", "put in camps", "strung up",
    "run over", "gunned down", "beaten to death", "burned alive", "burnt alive",
    "sent home", "shipped home", "sent packing",
)
_WISHED_EN = alt("dead", "gone", "extinct", "wiped out", "exterminated", "eradicated",
                 "eliminated", "killed", "shot", "gassed", "deported", "lynched", "hanged",
                 "run over", "hit by a bus", "hit by a car", "hit by a truck", "raped",
                 "beaten", "beaten up", "burned", "burnt", "stabbed", "murdered", "hurt",
                 "cancer", "aids", "locked up", "gunned down")
_HARM_VERB_EN = alt(
    "die", "rot", "burn", "hang", "suffer", "drown", "disappear", "go back", "get out",
    "leave", "go away", "be gone", "be extinct", "go extinct", "stay out", "stay away",
    "be shot on sight", "be kept out", "be kept away", "not exist", "never exist",
    "be wiped", "perish", "be eliminated", "be kept far away", "be kept far away from",
    "stay far away", "be kept apart", "be kept separate",
)
_HARM_ACT_EN = _predicates(
    "kill", "shoot", "murder", "gas", "hang", "lynch", "burn", "exterminate", "eradicate",
    "eliminate", "wipe out", "get rid of", "deport", "ban", "nuke", "round up", "purge",
    "cleanse", "kick out", "throw out", "send back", "ship back", "lock up", "beat up",
    "hurt", "rape", "stab", "slaughter", "massacre", "execute", "castrate", "sterilize",
    "sterilise", "enslave", "drown", "hunt", "shoot down", "run over", "bomb", "destroy",
    "deal with", "remove", "ethnically cleanse", "genocide", "fire", "hunt down",
    "track down", "gun down", "mow down", "strangle", "behead", "torture",
    "shoot up", "punch", "slap", "kick", "smack", "cleanse the world of", "rid the world of",
    "rid the country of",
)
_WILL_EN = (r"(?:(?:^|[.!?,;:]\s*|\b(?:i|we|you|let's|lets|let us|someone|somebody|people|"
            r"everyone|time to|need to|should|must|gotta|going to|gonna|wanna|want to|"
            r"(?:right|legal|okay|ok|fine|good|best|better|allowed) to|"
            r"have to|ought to|have got to|i'?d|i'?ll|we'?ll|will|would|can't wait to|"
            r"hope (?:someone|they|we|you)|just|finally|please|and|then|honestly|seriously|"
            r"literally|frankly|personally|tbh|ngl|somebody needs to|someone needs to|"
            r"somebody should|someone should|somebody has to|someone has to)\s+)"
            r"(?:(?:will|would|should|must|need to|needs to|want to|wanna|gonna|going to|am going to|"
            r"'?m going to|'?m gonna|have to|ought to|gotta|let's|let us|just|all|really|"
            r"finally|go|go and|to|please|can|could|might|have the right to|be allowed to|"
            r"be able to|personally|happily|gladly|definitely|literally|seriously|honestly|"
            r"totally|absolutely|fucking|actually)\s+)*)")
_HATE_VERB_EN = _predicates(
    "hate", "despise", "detest", "loathe", "abhor", "can't stand", "cannot stand",
    "can not stand", "want nothing to do with", "don't want", "do not want", "spit on",
    "have no respect for", "have zero respect for", "wish death on", "wish death upon",
    "h8", "resent", "can't bear", "cannot bear", "can't stomach", "cannot stomach", "can't tolerate",
    "cannot tolerate", "will never tolerate", "have no love for",
    "have nothing but contempt for", "have nothing but hatred for", "have nothing but disgust for",
    "am disgusted by", "am repulsed by", "am sickened by", "'m disgusted by", "'m repulsed by",
    "'m sickened by", "hate hate hate", "really hate", "fucking hate", "seriously hate",
)
FEELING_WORDS: Final = frozenset(RUN.sub(r"\1", w) for w in (
    "hate", "despise", "detest", "loathe", "abhor"))
"""The one-word verbs of hatred, squeezed: "ihate" is "i hate" glued (see ``group_spelling``)."""
_FED_UP_EN = (r"(?:am|'m|are|'re)\s+(?:so\s+|really\s+|just\s+|fucking\s+|truly\s+|"
              r"completely\s+|absolutely\s+|totally\s+)*(?:sick (?:and tired |to death )?of|"
              r"tired of|done with|"
              r"fed up with|through with)")
"""Hatred said as the speaker's state ("I'm so sick of X"): the verb attached or not."""
_IS_EN = r"(?:\s+(?:are|is)|'re)"
_PROFANE_EN = (r"(?:fucking|fuckin|fkn|effing|goddamn|goddamned|god damn|god damned|damn|damned|"
               r"shitty|stinking|stinky|smelly|filthy|dirty|disgusting|worthless|useless|stupid|"
               r"dumb|lazy|nasty|vile|subhuman|greasy|thieving|scummy)")
"""A profane or derogatory word before the group its author hates ("sick of these shitty X"):
here, not among the group's determiners, where every frame would pay for it at compile time."""
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
    "citizens", "one of us", "part of", "allowed", "deserving", "decent", "good people",
    "good", "nice", "honest", "respectable", "civilised", "civilized", "proper", "actual",
    "worth anything", "worth a damn", "worth it", "worth saving", "welcome here", "important",
    "valuable", "useful", "needed", "loved", "likeable", "likable", "clean", "safe",
    "to be respected", "respected", "to be taken seriously",
)
_PRAISE_ADJ_EN = alt(
    "intelligent", "smart", "clever", "bright", "wise", "capable", "competent", "able",
    "honest", "trustworthy", "decent", "civilised", "civilized", "human", "hardworking",
    "hard-working", "hard working", "worthy", "valuable", "good", "moral", "rational", "evolved",
    "deserving", "talented", "skilled", "productive", "useful", "important", "equal", "clean",
    "advanced", "developed", "sane", "normal", "worthwhile", "loyal", "kind", "responsible",
)
"""Praise whose denial or lack, said of a group, ranks it below others ("X are not as
intelligent as normal people", "X are less human than us")."""
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
_EN_SUBJECT: tuple[str, ...] = (
    # "X are vermin", "why are X so stupid", "X are like cockroaches"
    rf"(?P<derogate><G>(?:\s+(?:are|is|were|was|r|being|=)|'re)\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\b(?:(?:why|how come)\s+(?:are|is)|aren't|arent|isn't)\s+<G>\s+{_MODS_EN}{_DEROGATORY_EN}"
    # the same asked or judged: "how can X be so stupid?", "I find X revolting"
    rf"|\bhow\s+can\s+<G>\s+be\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\b(?:i|we)\s+(?:\w+\s+)?(?:find|consider)\s+<G>\s+{_MODS_EN}{_DEROGATORY_EN}"
    # humanity denied: "why does anyone still pretend X are human?"
    rf"|\b(?:pretend|pretending|act like|act as if|act as though)\s+(?:that\s+)?<G>"
    # ... or ranked as high as others ("why do we keep pretending women are as smart as men?"),
    # or believed so by others, asked ("why does anyone still think X are human?")
    rf"{_IS_EN}\s+(?:human|humans|human beings|people|persons|equal|our equals|equal to|"
    rf"(?:just\s+)?as\s+(?:smart|intelligent|clever|capable|competent|rational|civili[sz]ed|"
    rf"good|worthy|human|strong)\s+as)\b"
    rf"|\bwhy\s+(?:do|does|would|should)\s+(?:anyone|anybody|people|you|we|they)\s+(?:still\s+|"
    rf"even\s+|actually\s+|really\s+)*(?:think|believe|say)\s+(?:that\s+)?<G>{_IS_EN}\s+"
    rf"(?:human|humans|human beings|people|persons|equal|our equals|equal to|"
    rf"(?:just\s+)?as\s+(?:smart|intelligent|clever|capable|competent|rational|civili[sz]ed|"
    rf"good|worthy|human|strong)\s+as)\b"
    r"|<G>\s+(?:breed|breeding|multiply|multiplying|reproduce)\s+like"
    rf"|<G>{_IS_EN}\s+(?:only|just|mostly|really only)\s+good\s+for\b"
    rf"|<G>{_IS_EN}\s+good for nothing\b"
    rf"|<G>{_IS_EN}\s+(?:\w+\s+)?(?:trying|here|coming|out) to (?:steal|take)\s+"
    rf"(?:all\s+(?:of\s+)?)?our\s+(?:jobs|country|land|women|homes|houses|benefits|money|"
    r"children|kids|culture)\b"
    rf"|\bare\s+<G>\s+(?:really|even|actually|truly)\s+(?:people|human|humans|persons)\s*\?"
    rf"|\bbeing\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|<G>)\s+(?:is|=)\s+{_MODS_EN}"
    rf"(?:{_DEROGATORY_EN}|wrong|a sin|sinful|an illness|a mental illness|a choice)"
    # the group in a relative clause: "every X I have ever met was lazy"
    rf"|<G>\s+(?:(?:that|who|whom)\s+)?(?:i|we|you)(?:'ve|'d|'ll)?\s+(?:\w+\s+){{1,3}}?(?:are|is|was|were|"
    rf"have been|has been)\s+{_MODS_EN}{_DEROGATORY_EN}"
    # the copula as a forecast or a habit: "X are always going to be violent", "X will
    # always be a burden", "why do X always have to be such parasites", "X act like animals"
    rf"|<G>(?:\s+(?:are|is|will)|'re|'ll)\s+(?:always\s+|all\s+|just\s+|forever\s+|still\s+)*"
    rf"(?:going to be|gonna be|be)\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|<G>\s+(?:always\s+|all\s+)*(?:have|has|need|needs|tend|tends|seem|seems|got|gotta)\s+"
    rf"(?:to\s+)?be\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|<G>\s+(?:always\s+|all\s+)*(?:act|acts|behave|behaves)\s+like\s+{_MODS_EN}{_DEROGATORY_EN}"
    # a comparison that ranks the group lowest: "is there anything more useless than X?",
    # "what a bunch of shitty people X are"
    rf"|\b(?:anything|anyone|anybody|nothing|nobody|no one|something|someone)\s+"
    rf"(?:else\s+|on earth\s+|in the world\s+|alive\s+)?(?:(?:is|are|'s|was)\s+)?(?:more|as)\s+"
    rf"{_DEROGATORY_EN}\s+"
    rf"(?:than|as)\s+<G>\b(?!\s+(?:being|getting|who|that|having)\b)"
    rf"|\b(?:anything|anyone|anybody|nothing|nobody|no one|something|someone)\s+"
    rf"(?:else\s+|on earth\s+|in the world\s+|alive\s+)?(?:(?:is|are|'s|was)\s+)?"
    rf"(?:dumber|stupider|lazier|dirtier|"
    rf"filthier|uglier|worse|lower|nastier|smellier|more useless|more pathetic)\s+than\s+<G>\b"
    rf"(?!\s+(?:being|getting|who|that|having)\b)"
    rf"|\bwhat\s+(?:a\s+)?(?:(?:bunch|pack|load|lot|group|herd)\s+of\s+)?{_MODS_EN}"
    rf"{_DEROGATORY_EN}\s+(?:\w+\s+)?<G>\s+(?:are|is)\b"
    # what a group does, said as its nature: "they ruin everything they touch"
    rf"|<G>\s+(?:always\s+|just\s+|all\s+|only\s+)*(?:ruin|ruins|ruining|destroy|destroys|destroying|"
    rf"spoiling|wrecking|poisoning|infesting|polluting|corrupting|spoil|spoils|"
    rf"wreck|wrecks|poison|poisons|infest|infests|pollute|pollutes|contaminate|contaminates|"
    rf"corrupt|corrupts|stink up|stinks up|steal|steals|(?:have|has|'ve)\s+(?:\w+\s+)?(?:ruined|"
    rf"destroyed|wrecked|poisoned|infested|polluted|corrupted|invaded|taken over|stolen))\s+"
    rf"(?:everything|everywhere|"
    rf"every\s+\w+|our\s+\w+|this country|the country|the neighbou?rhood|society|it all)\b"
    # worth denied: "have X ever contributed anything except crime?", "not one X has ever
    # done anything good", "X contribute nothing"
    rf"|\b(?:have|has|did)\s+<G>\s+ever\s+(?:\w+\s+)?(?:(?:anything|something)\s+)?"
    rf"(?:except|but|besides|other than|apart from)\b"
    rf"|\b(?:not (?:a single|one)|no)\s+<G>\s+(?:has|have)\s+ever\s+(?:\w+\s+){{1,2}}?"
    rf"(?:anything|something)\s+(?:good|useful|worthwhile|valuable|positive|decent|of value|"
    rf"for (?:this|our|the) (?:country|world|society))"
    rf"|<G>\s+(?:have|has)\s+(?:never|not once|not ever)\s+(?:\w+\s+)?(?:done|contributed|achieved|"
    rf"given|built|created|invented|accomplished|added|offered|produced|brought)\s+(?:anything|"
    rf"a thing|(?:a|one)\s+(?:single\s+)?(?:good\s+|useful\s+)?thing|something (?:good|useful))\b"
    rf"|\bwhy\s+(?:can't|cannot|can not|don't|won't)\s+<G>\s+ever\s+(?:do|get)\s+anything\s+right\b"
    rf"|<G>\s+(?:can't|cannot|can not|never)\s+(?:ever\s+)?(?:do|get)\s+anything\s+right\b"
    # a human capacity denied: "do X even have brains?", "X have no souls"
    rf"|<G>{_IS_EN}\s+(?:the\s+)?(?:main\s+|real\s+|only\s+)?(?:reason|cause)\s+(?:why\s+)?"
    rf"(?:\w+\s+){{0,3}}?(?:is|are)\s+(?:collapsing|failing|dying|falling apart|going downhill|"
    rf"ruined|broken|doomed|a mess|crumbling|going to hell)\b"
    rf"|<G>\s*\?+\s*(?:more like|sounds like|you mean|aka|or rather)\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\bsomething\s+(?:\w+\s+)?(?:wrong|off|sick|evil|rotten|broken)\s+(?:with|about)\s+<G>\b"
    rf"(?!\s+(?:being|getting|who|that|having)\b)"
    rf"|<G>\s+(?:infesting|invading|swarming|overrunning|polluting|flooding|ruining|destroying|"
    rf"taking over)\s+(?:(?:our|this|my)\s+(?:streets|country|town|city|neighbou?rhood|society|"
    rf"culture|schools|land|nation|communit\w*)|the\s+(?:country|streets|neighbou?rhood|culture|"
    rf"nation))\b"
    rf"|\bno such thing as (?:a|an)\s+(?:good|decent|honest|smart|intelligent|innocent|peaceful|"
    rf"moderate|normal|nice|kind)\s+<G>\b"
    rf"|<G>\b[^.!?]{{0,40}}?\b(?:subhuman|animalistic|degenerate)\s+(?:behaviou?r|mentality|"
    rf"culture|creatures)\b"
    rf"|\b(?:do|does|can|will|would)\s+<G>\s+ever\s+(?:shut up|stop\s+(?:whining|complaining|"
    rf"moaning|bitching|crying|breeding|lying|stealing|begging)|(?:do|contribute)\s+anything\s+"
    rf"(?:right|useful|good|worthwhile))\b"
    rf"|\b(?:do|does)\s+<G>\s+(?:even|actually|really)\s+have\s+(?:a\s+|any\s+)?(?:brains?|souls?|"
    rf"feelings|conscience|morals|shame)\b"
    rf"|<G>\s+(?:have|has)\s+no\s+(?:brains?|souls?|morals|conscience|shame|dignity|culture|"
    rf"value|worth)\b"
    rf"|<G>\s+(?:(?:have|has)\s+)?(?:contribute|contributes|contributed|add|adds|added|give|gives|"
    rf"given|bring|brings|brought|offer|offers|offered)\s+nothing\b"
    # an ill blamed on the group's presence: "crime went up when the X moved in"
    rf"|\b(?:crime|rapes?|robber(?:y|ies)|thefts?|violence|drugs|diseases?|stabbings|"
    rf"shootings|burglar(?:y|ies)|muggings)\s+(?:rates?\s+|levels?\s+)?(?:went up|goes up|"
    rf"go up|rose|rises|increased|increases|skyrocketed|spiked|exploded|doubled|tripled|"
    rf"started|began|came|arrived|is up|are up|has gone up|have gone up)\b[^.!?]{{0,40}}?"
    rf"\b(?:when|since|after|once|as soon as)\s+(?:the\s+)?<G>\s+(?:moved|move|came|come|"
    rf"arrived|arrive|showed up|show up|got here|were let)"
    rf"|\b(?:went|gone|going|go)\s+(?:to hell|downhill|down hill|to shit|to the dogs|to crap)"
    rf"[^.!?]{{0,20}}?\b(?:when|since|after|once|as soon as)\s+(?:the\s+)?<G>\s+(?:moved|move|"
    rf"came|come|arrived|arrive|showed up|show up|got here|were let)"
    rf"|\b(?:clean|safe|nice|quiet|peaceful|decent)\s+(?:before|until)\s+(?:the\s+)?<G>\s+"
    rf"(?:moved|came|arrived|showed up|got here|started)"
    rf"|\b(?:ever since|since|when|after|once)\s+(?:the\s+)?<G>\s+(?:moved|came|arrived|"
    rf"showed up|got here)\b[^.!?]{{0,40}}?\b(?:crime|rapes?|robber(?:y|ies)|thefts?|"
    rf"violence|drugs|stabbings|shootings|burglar(?:y|ies)|muggings)\b"
    # advice to flee a member of the group: "if a X lives on your street, move"
    rf"|\bif\s+<G>\s+(?:lives|live|moves|move|moved|is living|are living|buys|rents)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:your|the|my)\s+(?:street|neighbou?rhood|area|block|building|town|"
    rf"road)\b[^.!?]{{0,10}}?\b(?:move|sell|run|leave|get out|lock your|hide)\b"
    rf"|\bif\s+<G>\s+(?:moves|move|moved)\s+(?:in\s+)?(?:next door|nearby|near you|into your "
    rf"(?:street|building|neighbou?rhood|area))[^.!?]{{0,10}}?\b(?:move|sell|run|leave|get out|"
    rf"lock your|hide)\b"
    # a judgement without a verb on a group taken up: "vile, the whole lot of them"
    rf"|(?:^|[.!?]\s*){_MODS_EN}{_DEROGATORY_EN}\s*[,!.:-]*\s*(?:the\s+(?:whole\s+|entire\s+)?"
    rf"lot(?:\s+of\s+them)?|all\s+of\s+them|every\s+(?:single\s+|last\s+)?one\s+of\s+them)\b)",
    # "X should be killed", "X should all die", "X must go back", "X need to be deported"
    rf"(?P<harm><G>\s+(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|"
    rf"has to|gotta|will|shall|can|need|deserve|deserves)\s+(?:all\s+|just\s+|really\s+|"
    rf"simply\s+|be\s+|get\s+|to\s+|go\s+and\s+)*(?:{_HARMED_EN}|{_HARM_VERB_EN}|"
    rf"die|death|a bullet|the rope|the gas chamber|the death penalty|"
    rf"(?:stay|be kept|remain|go back|be locked up|be locked|be put)\s+(?:in|into|to|back in)\s+"
    rf"{_PLACE_EN}|"
    rf"(?:be\s+)?(?:sent|shipped|exiled|banished|dumped|moved|deported)\s+(?:away\s+|off\s+)?"
    rf"(?:to|on|onto|into)\s+(?:an?\s+|the\s+|some\s+)?(?:island|camps?|desert|prisons?|jails?|"
    rf"ghettos?|reservations?|moon|mars|another planet|{_PLACE_EN})|"
    rf"(?:have|get)\s+their\s+(?:rights|citizenship|children|kids|passports?|vote|voting rights|"
    rf"jobs|benefits)\s+(?:taken away|taken|removed|revoked|stripped)|"
    rf"be treated (?:like|as)\s+(?:\w+\s+)?{_DEROGATORY_EN}|go(?=\s*(?:[.!,;]|$)))\b"
    rf"|\b(?:if|wish|when)\b[^.!?]{{0,30}}?<G>\s+(?:were|was|would be|got|are)\s+"
    rf"(?:all\s+|just\s+|simply\s+)*(?:{_WISHED_EN}|(?:kept|locked up|put) in\s+{_PLACE_EN})\b"
    rf"|\b(?:better\s+off|a\s+better\s+place|be\s+better)\s+(?:if|without)\b[^.!?]{{0,20}}?<G>"
    rf"(?!\s+(?:being|getting|suffering|having)\b)"
    rf"|\b(?:i hope|i wish|hopefully|may)\s+<G>\s+(?:would\s+|will\s+|could\s+)?"
    rf"(?:all\s+|just\s+)*(?:die|dies|rot|rots|burn|burns|suffer|suffers|drown|drowns|"
    rf"starve|starves|choke|chokes|(?:get|gets) what'?s coming|(?:get|gets) {_WISHED_EN})\b"
    # "if I had my way, X would be in camps"
    rf"|\bif\s+(?:i\s+(?:had|got)\s+my\s+way|it\s+(?:were|was)\s+up\s+to\s+me|i\s+(?:were|was)\s+"
    rf"(?:president|in charge|king|queen|the boss|dictator))\b[^.!?]{{0,10}}?<G>\s+would\s+"
    rf"(?:all\s+)?(?:be\s+)?(?:{_HARMED_EN}|{_WISHED_EN}|in\s+{_PLACE_EN}|(?:locked|kept|put)\s+"
    rf"(?:up|away|in\s+{_PLACE_EN}))"
    # a world rid of the group: "the world needs to be cleansed of X"
    rf"|\b(?:be|get|been|was|were|is|are)\s+(?:cleansed|purged|cleaned|rid|emptied|cleared)\s+"
    rf"of\s+(?:all\s+)?<G>"
    # the harm done, judged good: "wiping out X would be doing the world a favour"
    rf"|\b(?:killing|shooting|gassing|hanging|lynching|exterminating|eradicating|eliminating|"
    rf"wiping out|getting rid of|deporting|nuking|bombing|burning|drowning|executing|"
    rf"sterili[sz]ing|castrating|purging|slaughtering|massacring|rounding up|culling)\s+"
    rf"(?:all\s+|the\s+|every\s+|of\s+)*<G>\s+(?:would|will|is|'d|'ll|could|might)\s+"
    rf"(?!(?:\w+\s+){{0,2}}(?:not|never|no)\b)(?:\w+\s+){{0,5}}?(?:favou?r|good|great|best|"
    rf"solution|answer|right|justified|necessary|service|blessing|win|improvement|better|fix|"
    rf"cure|only way|solve|solves|fix|fixes|save|saves|improve|improves)\b)",
    # "X should not be allowed to vote", "X don't belong here", "X have no place here"
    rf"(?P<exclude>\bno\s+<G>\s+(?:deserves|deserve|should\s+(?:get|have|be\s+given))\s+"
    rf"(?:to\s+be\s+treated\s+with\s+)?(?:respect|rights|dignity|to\s+live|a\s+job)\b"
    rf"|<G>\s+(?:should|must|shall|can|could|ought to)\s*(?:n't|not|never)\s+"
    rf"(?:ever\s+|even\s+|be\s+allowed\s+to\s+)?{_EXCLUDE_EN}\b"
    rf"|<G>\s+(?:don't|do not|doesn't|does not|dont)\s+(?:belong|matter)\b"
    rf"|<G>\s+(?:don't|do not|doesn't|does not|dont)\s+deserve\s+(?:\w+\s+)?(?:to\s+(?:live|exist|"
    rf"breathe|be (?:here|alive|happy|free|respected|loved|treated (?:equally|fairly|well|with "
    rf"respect|as equals|like (?:people|humans))|heard|citizens)|vote|have (?:rights|children|kids|a "
    rf"voice|a say)|marry|work)|rights|respect|dignity|anything|equal|equality|a voice|a say|"
    rf"love|kindness|compassion|happiness|sympathy|help|the same|life|a place|jobs|a chance|"
    rf"to be here)\b|<G>\s+(?:don't|do not|doesn't|does not|dont)\s+deserve\s*(?:[.!]|$)"
    rf"|<G>\s+(?:have|has)\s+no\s+(?:place|business|right|rights)\b"
    rf"|(?:<G>|\b{alt(*ADJ_EN)})\s+(?:lives?\s+)?(?:don't|do not|doesn't|does not|dont)"
    rf"\s+matter\b"
    rf"|<G>(?:{_IS_EN}\s+(?:not|never|no)|\s+(?:aren't|arent|isn't)|\s+will\s+(?:not|never)|"
    rf"'ll\s+never|\s+won't)\s+"
    rf"(?:(?:ever\s+)?(?:going to|gonna)\s+be\s+|ever\s+be\s+|be\s+)?"
    rf"(?:even\s+|really\s+|fully\s+|truly\s+)?"
    rf"(?:(?:an?\s+)?(?:real|true|proper|full|normal)\s+(?:person|people|human|humans|"
    rf"human beings|citizens?|members?|americans?|men|women|man|woman|adults?)\b|{_POSITIVE_EN}\b)"
    # the group's kind, unwelcome: "we don't want your kind here"
    rf"|\b(?:don't|do not|dont)\s+want\s+(?:your|their)\s+kind\b(?!\s+of\b)"
    rf"|\b(?:your|their)\s+kind\s+(?:(?:is|are)\s+not|isn't|aren't)\s+(?:welcome|wanted|allowed)\b"
    # the positive denied in the author's belief: "I don't think X are worth anything"
    rf"|\b(?:don't|do not|dont|never)\s+(?:think|believe|feel)\s+(?:that\s+)?<G>{_IS_EN}\s+"
    rf"(?:\w+\s+)?{_POSITIVE_EN}\b(?!\s+(?:who|that|which)\b)"
    rf"|\b(?:nobody|no one|noone)\s+(?:wants|likes|needs)\s+<G>\b(?!\s+(?:who|that|to)\b)"
    # the same asked: "who actually likes X?", "what makes X think they deserve rights?"
    rf"|\bwho\s+(?:actually|really|even|honestly|seriously|the hell|tf)\s+(?:likes|wants|needs|"
    rf"trusts|cares about)\s+<G>\s*\?"
    rf"|\bwhat\s+makes\s+<G>\s+think\s+(?:that\s+)?they\s+(?:deserve|have the right|are (?:equal|"
    rf"human|welcome|wanted|allowed)|belong|can)\b"
    # rights as a favour: "X should be grateful we even let them vote"
    rf"|<G>\s+(?:should|must|ought to|need to|better)\s+(?:\w+\s+)?be\s+(?:grateful|thankful|"
    rf"glad|happy)\s+(?:that\s+)?(?:we|we're|they're|they are|anyone)\b[^.!?]{{0,20}}?"
    rf"\b(?:let|allow|allowed|tolerate|tolerated|here|alive|breathing)\b"
    # asked: "why do we still let X breathe the same air as us?"
    rf"|\bwhy\s+(?:(?:do|does|should|would|must|are|is|did)\s+)?(?:we|you|they|people|anyone)\s+"
    rf"(?:still\s+|even\s+|ever\s+|keep\s+|continue to\s+)*(?:let|allow|tolerate|put up with)\s+"
    rf"<G>\s+(?:to\s+)?(?:breathe|live|exist|vote|in|into|here|stay|breed|reproduce|marry|"
    rf"have (?:kids|children|babies)|raise (?:kids|children)|"
    rf"adopt|roam|walk|near|among|around|anywhere)\b"
    rf"|<G>\s+(?:can't|cannot|can not|can never|should never)\s+be\s+(?:trusted|"
    rf"equal|human|allowed)\b"
    rf"|<G>\s+(?:belong|belongs)\s+(?:in|on|with|back in)\s+{_PLACE_EN}\b"
    rf"|\bno\s+<G>\s+(?:allowed|welcome|wanted)\b"
    rf"|\bget\s+(?:these|those|the|all|all the|all these|all those)\s+<G>\s+out\s+of\s+(?:my|our|"
    rf"this|the)\s+(?:country|town|city|neighbou?rhood|street|land|nation|school|sight)\b"
    rf"|\b(?:no one|nobody|noone)\s+(?:will|would|is going to|gonna)\s+miss\s+<G>\b"
    rf"|\bwhy\s+(?:are|is|were)\s+<G>\s+(?:still\s+|even\s+|ever\s+)*(?:allowed|permitted)\s+to\s+"
    rf"(?:exist|live|breathe|breed|reproduce|vote|marry|adopt|be here|have (?:children|kids))\b"
    rf"|\bhow\s+(?:are|is)\s+<G>\s+(?:still|even)\s+(?:allowed|permitted)\s+to\s+(?:exist|live|"
    rf"breathe|breed|reproduce|vote|marry|adopt|be here|have (?:children|kids))\b"
    rf"|\bno\s+<G>\s+(?:can|could|should|will)\s+(?:ever\s+)?be\s+(?:trusted|believed|"
    rf"relied on|allowed|respected)\b"
    rf"|\bif\b[^.!?]{{0,30}}?<G>\s+(?:were|was)\s+(?:not|never|no longer)\s+allowed\b)",
)
_EN_OBJECT: tuple[str, ...] = (
    # "I hate X", "we despise X", "X make me sick"
    rf"(?P<hatred>\b(?:i|we|i really|i just|i fucking|i honestly|i truly|i personally)"
    r"(?:\s+|(?='))(?:really\s+|just\s+|fucking\s+|honestly\s+|truly\s+|absolutely\s+|"
    r"totally\s+|utterly\s+|still\s+|so\s+|do\s+)*"
    rf"(?:{_HATE_VERB_EN}|{_FED_UP_EN}|(?:have|feel|hold)\s+(?:nothing but|only|pure|so much|such|"
    rf"deep|a deep|total|utter)\s+(?:\w+\s+)?(?:contempt|hatred|hate|disgust|loathing|disdain)\s+"
    rf"(?:for|towards?|of))\s+(?:(?:being|living|working|sitting|having to (?:be|work|"
    rf"live))\s+(?:near|around|with|next to|close to|in the same \w+ as)\s+)?"
    rf"(?:(?:these|those|the|all|all these|all the|all those)\s+)?(?:{_PROFANE_EN}\s+)*<G>\b"
    # enduring the group, asked: "how much longer do we have to put up with X?"
    rf"|\b(?:how\s+(?:much\s+)?long(?:er)?|why)\s+(?:do|must|should|will|does)\s+(?:we|i|you|"
    rf"everyone|society|this country)\s+(?:still\s+|even\s+)?(?:have to\s+|need to\s+)?(?:put up with|"
    rf"tolerate|endure|suffer|deal with|live with)\s+(?:all\s+)?(?:these\s+|those\s+|the\s+)?<G>\b"
    rf"|<G>\s+(?:make|makes)\s+(?:me\s+(?:sick|ill|want to (?:puke|vomit|throw up))|"
    rf"my (?:blood boil|skin crawl|stomach (?:turn|churn)))"
    rf"|\b(?:the\s+(?:sight|thought|smell|presence)\s+of|seeing|being near|being around)\s+"
    rf"<G>\s+(?:makes|make)\s+(?:my (?:blood boil|skin crawl|stomach (?:turn|churn))|"
    rf"me\s+(?:sick|ill|want to (?:puke|vomit|throw up)))"
    rf"|\b(?:i'?m|i am|we'?re|we are)\s+(?:\w+\s+)?(?:disgusted|sickened|repulsed|revolted|"
    rf"nauseated)\s+by\s+<G>\b(?!\s+(?:being|getting|who|that|having)\b)"
    rf"|\b(?:whenever|when|every time|everytime)\s+i\s+(?:see|meet|hear|look at|think (?:of|about))\s+"
    rf"<G>\b[^.!?]{{0,15}}?\b(?:want to|wanna|feel like|have to|need to)\s+(?:throw up|puke|vomit|"
    rf"gag|scream|spit)\b"
    rf"|\bnothing\s+(?:\w+\s+){{0,3}}?(?:more|as much)\s+(?:disgust|hatred|hate|contempt|rage|"
    rf"anger|revulsion|loathing)\s+(?:than|as)\s+<G>\b"
    rf"(?!\s+(?:being|getting|who|that|having|are|were|is)\b)"
    rf"|(?:^|[.!?]\s*)(?:ew|yuck|gross|disgusting|vile)[,!.]*\s+<G>\s*(?:[^\w\s]|$)"
    rf"|(?:^|[.!?]\s*)(?:fuck|screw|to hell with)\s+(?:all\s+|the\s+|these\s+|those\s+)*"
    rf"<G>\s*(?:[,.!?]|$)"
    rf"|<G>\s+(?:can|should|may|could)\s+(?:all\s+|just\s+)*(?:go\s+)?(?:fuck|screw)\s+"
    rf"(?:themselves|yourselves|off)\b"
    # fed up, said without a subject: "so sick of X and their filth"
    rf"|(?:^|[.!?]\s*)(?:so\s+|really\s+|just\s+|fucking\s+)*(?:sick of|tired of|done with|"
    rf"sick and tired of)\s+(?:(?:these|those|the|all)\s+)?(?:{_PROFANE_EN}\s+)*<G>\b"
    rf"(?!\s+(?:being|getting|who|that|having)\b)"
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
    rf"|\bdeath\s+to\s+(?:all\s+)?<G>\b"
    # "I will make sure every X in this town bleeds"
    rf"|{_WILL_EN}make\s+<G>\s+(?:\w+\s+){{0,4}}?(?:suffer|bleed|die|regret|scream|beg|"
    rf"pay with their (?:lives|blood)|pay in blood)\b"
    # "next X I see gets a bullet", "the only good X is a dead one"
    rf"|\bnext\s+<G>\s+(?:\w+\s+){{0,6}}?(?:(?:gets?|is getting|will get|'s getting|is going to get|"
    rf"'s gonna get|is gonna get)\s+(?:a bullet|shot|stabbed|killed|hurt|beaten|the rope|a beating|"
    rf"a knife|it|their head|his head|her head|smashed|jumped|curb stomped|put down)|(?:leaves?|"
    rf"will leave|is leaving|goes home|go home|will go home|is going home)\s+in\s+(?:an?\s+|the\s+)?"
    rf"(?:ambulance|body bag|coffin|box|stretcher|wheelchair|hearse|pieces)|(?:is|'s|will be|is going "
    rf"to be|is gonna be)\s+(?:dead|a dead \w+|getting it|going to die|gonna die|in hospital|in the "
    rf"hospital|sorry|in a ditch)|(?:dies|will die|won't (?:leave|walk out|make it|get out) alive|"
    rf"(?:ends|will end) up (?:dead|in (?:hospital|the hospital|the morgue|a ditch|a grave|the river))))"
    rf"|\bthe only good\s+<G>\s+(?:is|are)\s+(?:a\s+)?dead\b"
    rf"|{_WILL_EN}(?:slit|cut|slash|break|snap|smash|bash in|blow off|chop off|cut off)\s+(?:the\s+)?"
    rf"(?:throats?|necks?|heads?|skulls?|faces?)\s+(?:of|off)\s+<G>"
    rf"|\b(?:take out the trash|clean house|clean up|purge|cleanse|kill|exterminate)\b[^.!?]{{0,30}}?"
    rf"(?:starting|beginning)\s+with\s+<G>"
    rf"(?!\s+(?:less|no more)\b)"
    rf"|\b(?:i'?m|i am|we'?re|we are)\s+(?:\w+\s+)?coming for (?:you|all of you|every one of you)"
    rf"\s*,?\s+<G>\b"
    rf"|\bmake sure\s+(?:that\s+)?<G>\s+(?:\w+\s+){{0,4}}?(?:bleed|bleeds|die|dies|suffer|"
    rf"suffers|burn|burns|hang|hangs|disappear|disappears|gets? hurt|gets? killed)\b"
    # a place attacked for who is in it: "I'll burn down every house where X live"
    rf"|{_WILL_EN}(?:shoot up|blow up|bomb|burn down|set fire to|torch|firebomb|attack|raid)\s+"
    rf"(?:every|a|the|their|any|each|all)?\s*(?:\w+\s+)?(?:house|home|room|place|bar|club|"
    rf"church|mosque|synagogue|temple|school|shop|store|building|street|neighbou?rhood|camp|"
    rf"shelter|centre|center|meeting|parade|wedding|event|party|gathering)s?\s+(?:where|"
    rf"full of|with|of|that has|filled with|packed with)\s+(?:\w+\s+){{0,2}}?<G>\b"
    # the harm said of its manner: "I will beat a X to death"
    rf"|{_WILL_EN}(?:beat|kick|punch|stab|choke|strangle|stomp|burn|hang|shoot|slap|smack|bash|"
    rf"batter|whip|cut|drown|run over|torture)\s+(?:the\s+|every\s+|any\s+|next\s+|first\s+)*<G>\s+"
    rf"(?:\w+\s+){{0,3}}?(?:half\s+|nearly\s+|almost\s+)?(?:to death|to a pulp|senseless|bloody|"
    rf"black and blue|unconscious|alive|dead|until|till|in the (?:face|head|street|teeth))"
    # a separable verb of harm: "wipe X off the face of the earth", "round X up"
    rf"|{_WILL_EN}(?:wipe|blow|kick|throw|drive|chase|run|burn|purge|clear|scrub|erase|remove|"
    rf"drag|cleanse|wash)\s+(?:all\s+|the\s+|every\s+|these\s+|those\s+)*<G>\s+(?:\w+\s+)?(?:off|"
    rf"out\s+of|from)\s+(?:the\s+face\s+of\s+(?:the|this)\s+(?:earth|planet)|the planet|the map|"
    rf"(?:this|the) earth|existence|the world|history|(?:this|the|our) (?:country|continent|land))"
    rf"|{_WILL_EN}(?:wipe|round|lock|beat|gun|hunt|mow|string|stamp|snuff)\s+"
    rf"(?:all\s+|the\s+|these\s+|those\s+|every\s+)*<G>\s+(?:all\s+)?(?:out|up|down)\b"
    rf"(?!\s+(?:on|for|to|about|with)\b)"
    # a weapon and the group listed: "got a rifle and a list of the X round here"
    rf"|\b(?:gun|guns|rifle|rifles|shotgun|pistol|knife|knives|machete|bomb|bombs|ammo|bullets|"
    rf"axe|petrol|gasoline|rope)\b[^.!?]{{0,40}}?\b(?:list|names|addresses)\s+of\s+(?:all\s+|every\s+)?"
    rf"<G>\b"
    rf"|\b(?:list|names|addresses)\s+of\s+(?:all\s+|every\s+)?<G>\b[^.!?]{{0,40}}?\b(?:gun|guns|"
    rf"rifle|shotgun|pistol|knife|machete|bomb|ammo|bullets|axe|petrol|rope)\b"
    # "someone needs to put X in the ground"
    rf"|{_WILL_EN}(?:put|throw|send|lock|shove|bury|dump|ship)\s+(?:all\s+|the\s+|every\s+)*<G>"
    rf"\s+(?:\w+\s+)?(?:in|into|to|under|back in|back into|back to)\s+{_PLACE_EN}"
    rf"|\b(?:cleanse|purge|rid|clean)\s+(?:the world|the earth|the country|this country|"
    rf"our country|the planet|society|europe|america|the streets|our streets|the land|"
    rf"the nation)\s+of\s+<G>"
    # the group addressed and threatened: "watch out, X: I know where you sleep"
    rf"|(?:^|[.!?,]\s*|\b(?:hey|listen|attention|warning)\W+)<G>\s*[:,!.-]+\s*"
    rf"(?:[^.!?]{{0,30}}?\b)?(?:i know where you (?:live|sleep|work|pray)|"
    rf"i'?m coming (?:for you|with)|i am coming (?:for you|with)|you'?re (?:all )?(?:dead|next)|"
    rf"you are (?:all )?(?:dead|next)|you(?: will|'ll) (?:all )?(?:die|bleed|suffer|burn)|"
    rf"your days are numbered|(?:i|we)(?:'m| am|'re| are)\s+(?:going to|gonna)\s+(?:\w+\s+)?"
    rf"(?:kill|shoot|hurt|murder|stab|burn|hunt|slaughter|butcher|end|gut|hang)\s+(?:you|every|each|"
    rf"all)\b|(?:i|we)(?:'ll| will| shall)\s+(?:\w+\s+)?(?:kill|shoot|hurt|murder|stab|burn|hunt|"
    rf"slaughter|butcher|gut|hang)\s+(?:you|every|each|all)\b|you have\s+\w+\s+(?:more\s+)?"
    rf"(?:hours?|days?|minutes?|weeks?)\s+(?:to|before)\b|before (?:i|we) (?:start )?(?:shoot|kill|"
    rf"stab|burn|hurt|come for)|or (?:else )?(?:i|we)(?:'ll| will) (?:kill|shoot|hurt|burn|come for)|"
    rf"watch your backs?|(?:run|hide) while you (?:can|still can)|your time is (?:up|coming)|"
    rf"sleep with one eye open|you've been warned|you have been warned))",
    # "I'd never hire a X", "never trust a X", "go back where you came from, you filthy X"
    rf"(?P<refuse>\bwhy\s+(?:would|should|does|do)\s+(?:anyone|anybody|you|we|people|i)\s+"
    rf"(?:ever\s+|even\s+|still\s+)*{_REFUSE_EN}\s+(?:a\s+|an\s+|any\s+)?<G>\b"
    rf"|\b(?:never|wouldn't|would not|won't|will not|refuse to|don't ever|"
    rf"do not ever|shouldn't|should not|can't|cannot)\s+(?:ever\s+)?(?:again\s+)?"
    rf"{_REFUSE_EN}\s+(?:a\s+|an\s+|any\s+|another\s+|one of those\s+|one of these\s+)?<G>\b"
    rf"|\bgo\s+back\s+(?:to\s+)?(?:where|your|to your|home)\b.{{0,40}}\byou\s+(?:\w+\s+){{0,2}}<G>\b"
    rf"|\bkeep\s+<G>\s+(?:out|away)\b"
    # "I'd never let a X babysit my kids"
    rf"|\b(?:never|wouldn't|would not|won't|will not|don't|do not|refuse to|shouldn't|"
    rf"should not|can't|cannot)\s+(?:ever\s+)?(?:let|allow)\s+(?:that\s+|this\s+)?<G>\s+"
    rf"(?:\w+\s+)?(?:near|around|"
    rf"babysit|look after|watch|teach|touch|raise|care for|mind|take care of|into|inside|"
    rf"anywhere near)\s+(?:my|our|your|the)\b"
    rf"|\b(?:never|don't|do not|wouldn't|would not|won't)\s+leave\s+(?:your|my|our|the)\s+"
    rf"(?:kids|children|child|daughters?|sons?|wife|girlfriend)\s+alone\s+with\s+<G>\b"
    rf"|\bkeep\s+(?:your|my|our|the)\s+(?:kids|children|daughters?|sons?|family|wife)\s+"
    rf"(?:away from|safe from)\s+<G>\b"
    rf"|\b(?:refuse|won't|will not|never|wouldn't|would not|don't want|do not want)\s+(?:to\s+)?"
    rf"(?:ever\s+)?(?:be|get)\s+(?:served|treated|taught|helped|seen|examined|operated on|"
    rf"represented|led|governed|touched)\s+by\s+<G>\b"
    # "I would sooner eat glass than shake hands with a X"
    rf"|\b(?:sooner|rather)\b[^.!?]{{0,50}}?\bthan\s+(?:ever\s+)?(?:{_REFUSE_EN}|let|live with|"
    rf"date|marry|touch|be near|be around|be seen with|talk to|work for|work under|be treated by|"
    rf"live next to|share (?:a|my) \w+ with)\s+(?:a\s+|an\s+|any\s+|"
    rf"another\s+|one of those\s+)?<G>\b"
    # "hiring a X is just asking to get robbed"
    rf"|\b(?:hiring|trusting|employing|renting to|dating|marrying|letting in|befriending|"
    rf"living (?:near|next to|with)|working with)\s+<G>\s+(?:is|was|would be)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:asking for|asking to|a (?:bad idea|mistake|risk|gamble|death wish)|"
    rf"never a good idea|dangerous|suicide|begging for|a recipe for|an invitation to|"
    rf"throwing (?:your\s+|good\s+)?money away|a waste of (?:money|time)|a liability))",
    # "you filthy X", "fucking X ruin everything"
    r"(?P<slur>(?:^|[.!?]\s*|\b(?:you|those|these|all|the|bunch of|of|bloody|from|with|by|"
    r"like|than|more)\s+)"
    r"(?:fucking|fuckin|filthy|dirty|disgusting|stinking|stupid|dumb|subhuman|worthless|"
    r"damn|goddamn|nasty|retarded|bloody|smelly|greasy|god damn|god damned|goddamned|shitty|"
    r"fkn|effing|stinky|scummy|thieving|useless|lazy|vile)\s+<G>\b(?!')"
    # a slur applied to someone: "you're just a X", "shut up, X" (not "I'm a proud X")
    rf"|\b(?:you|u|ur|you're|youre|you are|he's|she's|he is|she is|they're|they are|what a|"
    rf"such a|another|yet another|one more)\s+(?:\w+\s+){{0,3}}{SLURS_EN}\b(?!\s+(?:of|in)\b)"
    rf"|^\W*{SLURS_EN}\s*[,!]"
    rf"|\b(?:that|this)\s+(?:\w+\s+)?{SLURS_UNAMBIGUOUS_EN}\b(?!\s+of\b)"
    # a slur with a determiner and a person's doing: "there's a tranny working at the pharmacy",
    # "the shemale at the gym keeps staring" (not "the tranny is slipping": a car's)
    rf"|\b(?:a|an|the|that|this|some|one)\s+{SLURS_EN}"
    rf"(?:\s+(?:at|in|on|from|across|down|behind|next to|near)\s+(?:the|my|our|this|that|his|her)\s+\w+)?"
    rf"\s+(?:who|whom|whose|(?:keeps|kept|is|was|started|starts)\s+(?:staring|looking at|talking|"
    rf"asking|calling|texting|hitting on|flirting|glaring|preaching|whining|crying|complaining)|"
    rf"stares|stared|staring|said|says|told|tells|thinks|smiled|talking|talked|teaches|teaching|"
    rf"moved in|moving in|lives next|living next|working (?:at|in|as|for) (?:the|a|my|our)|"
    rf"cut (?:in|me)|pushed|shoved|barged|bumped into|spat|yelled|shouted|stole|robbed|"
    rf"overcharged|blocked|jumped the)\b"
    # said to be one: "my new boss is a X, great" (a homonym's sense words veto it, see slur_use)
    rf"|\b(?:is|was)\s+(?:\w+\s+)?(?:a|an)\s+{SLURS_EN}\b(?!\s+(?:of|in)\b)"
    # called out mid-sentence ("shut up, X, …") or a group spoken of ("the street is full
    # of X"): these words name no one kindly (see SLURS_EN); "X of …"/"X in …" is a
    # homonym's measure or idiom ("faggots of sticks", "chinks in the armour")
    rf"|[,:]\s*{SLURS_EN}\s*(?:[,.!?;:]|$)"
    rf"|(?:^|[.!?]\s*|\b(?:the|those|these|all|some|more|many|most|of|with|by|and|no|any|"
    rf"other|fucking|filthy|dirty|damn|stupid|but|to|at)\s+){SLUR_GROUPS_EN}\b(?!\s+(?:of|in)\b))",
)

# More shapes of the same kinds, from HateCheck's functionalities written in other words
# (each added with a benign sentence of its shape in tests/judge/test_hate_shapes*.py).
_LIST_EN = (rf"{_MODS_EN}{_DEROGATORY_EN}(?:\s*,\s*{_MODS_EN}{_DEROGATORY_EN})*"
            rf"(?:\s*,?\s*(?:and|or|&)\s+{_MODS_EN}{_DEROGATORY_EN})?")
"""Derogatory words listed: "filthy, lazy and dishonest"."""
_ASIDE_EN = r"(?:\s*,\s*(?:[\w']+\s+){0,2}[\w']+\s*,)?"
"""A parenthesis after the group: "X, without exception, are ..."."""
_CRIME_EN = alt("crime", "crimes", "rape", "rapes", "robbery", "robberies", "theft", "thefts",
                "violence", "drugs", "disease", "diseases", "stabbings", "shootings", "burglary",
                "burglaries", "muggings", "break-ins", "break ins", "breakins", "vandalism",
                "graffiti", "assaults", "littering", "litter", "drug dealing", "gang violence",
                "riots", "the trouble", "the problems", "the noise", "the smell")
_WHEN_EN = (r"(?:when|since|after|once|as soon as|the\s+(?:very\s+|same\s+)?(?:day|week|month|year|moment|"
            r"minute|second|summer|winter)(?:\s+that)?)")
_ARRIVED_EN = (r"(?:moved|move|moving|came|come|arrived|arrive|showed up|show up|got here|were let|"
               r"turned up|rolled in|started (?:arriving|moving|coming)|settled)")
_GONE_EN = (r"(?:gone|left|moved out|kicked out|deported|removed|driven out|run out|chased out|"
            r"thrown out|shipped out|sent back|got rid of)")
_EN_SUBJECT = (
    *_EN_SUBJECT,
    # a list of attributes and then the group: "filthy, lazy and dishonest: that is what X
    # are", "greedy and violent. that's X for you", "X: lazy, dirty, useless"
    rf"(?P<derogate>(?:^|[.!?]\s*){_LIST_EN}\s*[.:;,!-]+\s*(?:that's|thats|that is|this is|such is|"
    rf"those are|these are)\s+(?:what\s+|just\s+|exactly\s+|typical\s+)*<G>\s*(?:are\b|is\b|for you|"
    rf"in a nutshell|all over)"
    rf"|(?:^|[.!?]\s*)<G>\s*[:=]+\s*{_LIST_EN}\s*(?:[.!?,]|$)"
    # "typical X, stupid as always"; "you know how vile they are"
    rf"|\btypical\s+<G>\s*[,.!:;-]*\s*(?:\w+\s+){{0,2}}?{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\bhow\s+{_LIST_EN}\s+<G>(?:\s+(?:really\s+|all\s+|truly\s+)*(?:are|is)|'re)\b"
    # the group named by what it is called: "the cockroaches we politely call X"
    rf"|\b(?:the|those|these)\s+(?:\w+\s+)?{_DEROGATORY_EN}\s+(?:that\s+|which\s+|who\s+)?(?:we|they|"
    rf"people|you|some|others|society|the media|the left|liberals)\s+(?:\w+\s+){{0,2}}?(?:call|calls|"
    rf"name|refer to as|know as)\s+<G>"
    # ranked with vermin: "X would be filed somewhere between the leeches and the rats"
    rf"|<G>\s+(?:\w+\s+){{0,2}}?(?:filed|classed|classified|ranked|grouped|lumped|categori[sz]ed|"
    rf"placed|listed|rank|belong|belongs)\s+(?:\w+\s+){{0,2}}?(?:between|among|amongst|alongside|with|"
    rf"below|beneath|under|lower than|next to|in with)\s+(?:the\s+)?(?:\w+\s+)?{_DEROGATORY_EN}"
    # evolution denied: "X are living proof that evolution can run backwards"
    rf"|<G>\b[^.!?]{{0,50}}?\b(?:evolution\s+(?:can\s+|could\s+|does\s+|did\s+)?(?:run|runs|go|goes|"
    rf"went|ran|work|works|move|moves)\s+(?:backwards|in reverse)|the\s+missing\s+links?|"
    rf"(?:less|least|not fully|never fully|barely|not|never)\s+evolved|devolved|devolving|"
    rf"skipped evolution|closer to (?:apes|monkeys|animals|chimps))"
    rf"|\bevolution\s+(?:skipped|forgot|passed over|missed|gave up on)\s+<G>"
    # an ill blamed on the group's arrival, widened: "the break-ins started the very month the
    # X showed up"; a place better once the group is gone
    rf"|\b{_CRIME_EN}\s+(?:rates?\s+|levels?\s+)?(?:\w+\s+){{0,2}}?(?:went up|goes up|rose|increased|"
    rf"skyrocketed|spiked|exploded|doubled|tripled|started|began|came|arrived|got worse|"
    rf"has gone up|have gone up)\b[^.!?]{{0,40}}?\b{_WHEN_EN}\s+(?:the\s+|all\s+(?:the\s+|these\s+|"
    rf"those\s+)?)?<G>\s+{_ARRIVED_EN}"
    rf"|\b(?:cleaner|safer|better|quieter|nicer|happier|calmer|more peaceful|improved|smells? better)"
    rf"\b[^.!?]{{0,30}}?\b(?:once|since|after|when|now that|the moment|the day)\s+(?:all\s+)?(?:the\s+)?"
    rf"<G>\s+(?:were|was|are|is|got|have|had|been)?\s*(?:all\s+)?{_GONE_EN}\b"
    rf"|\b(?:once|since|after|now that)\s+(?:all\s+)?(?:the\s+)?<G>\s+(?:were|was|are|have|had|got)?\s*"
    rf"(?:all\s+)?{_GONE_EN}\b[^.!?]{{0,40}}?\b(?:cleaner|safer|better|quieter|nicer|more peaceful|"
    rf"improved|crime (?:dropped|fell|went down))"
    # property values: "want to knock 50 grand off your street? let some X move in"
    rf"|\b(?:values?|prices?)\b[^.!?]{{0,60}}?\b(?:let|have|get|invite)\s+(?:some|a few|a couple of|"
    rf"a|an|the|more)?\s*<G>\s+(?:move|moving|come)\s+in"
    rf"|<G>\s+(?:move|moving|moved|moves)\s+in\b[^.!?]{{0,40}}?\b(?:values?|prices?)\s+(?:\w+\s+)?"
    rf"(?:drop|drops|dropped|fall|falls|fell|crash|crashes|crashed|tank|tanks|tanked|plummet|"
    rf"plummets|go down|goes down|went down|plunge|plunges)"
    # the group in charge, asked and answered as a disaster: "X in charge? back to the stone age"
    rf"|<G>\s+(?:in charge|in power|in government|running (?:\w+\s+){{1,2}}|leading (?:\w+\s+){{1,2}})"
    rf"[^.!?]{{0,25}}\?+\s*(?:[\w']+\s+){{0,5}}?(?:stone age|dark ages|chaos|collapse|collapsed|"
    rf"disaster|ruin|ruined|doomed|bankrupt|burn|burning|hell no|god help us|heaven help us|"
    rf"lol no|no thanks|no way)"
    # sarcasm: "they've hired more X. Because the office was far too competent already"
    rf"|<G>\b[^?]{{0,30}}?\b(?:because|cause|cuz|as if)\b[^.!?]{{0,40}}?\b(?:was|were|is|are)\s+"
    rf"(?:\w+\s+)?(?:too|so|such)\s+(?:\w+\s+)?(?:competent|smart|clean|safe|quiet|productive|"
    rf"intelligent|efficient|peaceful|nice|civili[sz]ed|pleasant|functional|crime-free|sane|"
    rf"rational|calm)\s+(?:already|before)"
    rf"|<G>\b[^?]{{0,40}}?\bbecause\s+(?:we|this \w+|the \w+|our \w+)\s+(?:really\s+|definitely\s+|"
    rf"clearly\s+)?(?:needed|need|wanted|want|was lacking|lacked)\s+more\s+(?:crime|stupidity|"
    rf"incompetence|drama|dirt|filth|violence|terrorism|terrorists|rapes?|noise|trouble|chaos|"
    rf"problems|thieves|criminals|idiots)"
    # worth and good denied: "there is nothing good about X", "X have no redeeming qualities"
    rf"|\b(?:there\s+is|there's|theres|there\s+are)\s+(?:absolutely\s+|literally\s+|just\s+)?"
    rf"(?:nothing|not (?:one|a single) (?:thing|quality|trait))\s+(?:good|positive|redeeming|decent|"
    rf"worthwhile|admirable|likeable|likable|nice|valuable|of value|human|worth \w+)\s+(?:about|in|"
    rf"with)\s+<G>\b"
    rf"|<G>\s+(?:have|has)\s+(?:no|zero|not (?:a|one) single|not one)\s+(?:redeeming|good|positive|"
    rf"decent|admirable)\s+(?:qualities|quality|traits?|features?|points?|bones?)"
    # ranked below others: "X are not as intelligent as normal people", "X are less human"
    rf"|<G>(?:{_IS_EN}\s+(?:not|never)|\s+(?:aren't|arent|isn't))\s+(?:\w+\s+)?as\s+{_PRAISE_ADJ_EN}\s+"
    rf"as\s+(?:\w+\s+)?(?:people|humans|everyone|everybody|anyone|us|the rest|others|men|whites|"
    rf"a dog|dogs|animals|real|normal|regular)"
    rf"|<G>{_IS_EN}\s+(?:\w+\s+)?less\s+{_PRAISE_ADJ_EN}\s+than\b"
    rf"|<G>{_IS_EN}\s+(?:(?!not\b|never\b|no\b)\w+\s+)?(?:inferior|lesser)\s+(?:to|than|beings|humans|"
    rf"people|race|species)"
    # "the life of a X is not worth saving", "X lives are worthless"
    rf"|\b(?:the\s+)?(?:li(?:fe|ves)|existence)\s+of\s+(?:a\s+|an\s+|any\s+|every\s+)?<G>\s+"
    rf"(?:is|are|was)\s+(?:not|never|worth\s+(?:less|nothing))|\b(?:li(?:fe|ves)|existence)\s+of\s+"
    rf"(?:a\s+|an\s+|any\s+|every\s+)?<G>\s+(?:isn't|aren't|is worthless|are worthless)"
    rf"|<G>(?:'s|s'|')?\s+li(?:fe|ves)\s+(?:(?:is|are)\s+(?:not|never|worthless|worth nothing|"
    rf"worth less)|isn't|aren't)"
    # asked: "why are X, without exception, so disgusting?", "why do X always smell like
    # garbage?", "what is the point of X?", "how many X does it take to ruin ..."
    rf"|\b(?:why|how come)\s+(?:are|is)\s+(?:all\s+)?<G>{_ASIDE_EN}\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\bwhy\s+(?:do|does|must)\s+(?:all\s+)?<G>{_ASIDE_EN}\s+(?:always\s+|all\s+|still\s+)*"
    rf"(?:smell|stink|look|act|behave|sound|live|eat|breed)\s+(?:so\s+)?like\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|<G>\s+(?:always\s+|all\s+|just\s+)*(?:smell|smells|stink|stinks|look|looks|sound|sounds|live|"
    rf"lives|eat|eats|breed|breeds)\s+like\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\bwhy\s+(?:do|does|must|can't)\s+(?:all\s+)?<G>\s+(?:always|constantly|all|never stop|keep)\s+"
    rf"(?:lie|lying|steal|stealing|cheat|cheating|whine|whining|stink|stinking|smell|rape|raping|"
    rf"breed|breeding|beg|begging|scrounge|scrounging|ruin|ruining|destroy|destroying)\b"
    rf"|\bwhat(?:\s+(?:\w+\s+){{0,2}}?(?:is|'s)|'s|s)\s+the\s+(?:point|use|purpose)\s+of\s+<G>\b"
    rf"(?!'|\s+(?:\w+ing|who|that|in|at|on|for|to|when|if)\b)"
    rf"|\bwhat\s+(?:good\s+)?(?:are|is)\s+<G>\s+(?:even\s+|actually\s+|really\s+)?(?:good\s+)?for\s*\?"
    rf"|\bwhy\s+(?:do|does|should|must)\s+<G>\s+(?:even\s+|still\s+)?(?:exist|get to (?:live|exist))\b"
    rf"|\bhow\s+many\s+<G>\s+(?:does it|do you|would it|will it)\s+(?:take|need)\s+to\s+(?:ruin|wreck|"
    rf"destroy|spoil|screw up|fuck up|mess up|bring down|lower|drag down|stink up|bankrupt)"
    # a superlative: "they are the dirtiest people I have ever met"
    rf"|<G>{_IS_EN}\s+(?:\w+\s+)?the\s+(?:dirtiest|laziest|stupidest|dumbest|ugliest|nastiest|"
    rf"smelliest|filthiest|vilest|worst|lowest|greediest|sleaziest|sneakiest|most\s+{_DEROGATORY_EN}|"
    rf"least\s+{_PRAISE_ADJ_EN})\b"
    # never met a good one: "X? never met one worth a damn", "never met a decent X"
    rf"|\bnever\s+(?:met|known|seen)\s+(?:a|an|one|any|a single)\s+(?:good|decent|honest|smart|nice|"
    rf"clean|intelligent|normal|trustworthy)\s+<G>"
    rf"|\bnever\s+(?:met|known)\s+(?:a|an|one|a single)\s+<G>\s+(?:who|that)\s+(?:wasn't|was not|"
    rf"isn't|is not)\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|<G>\s*\?+\s*(?:i'?ve\s+|i have\s+)?never\s+(?:met|seen|known)\s+(?:one|a single one|any)\s+"
    rf"(?:worth|who (?:was|is) worth|that (?:was|is) worth|i (?:liked|trusted|respected|could stand))"
    # smell: "why do X smell so bad?", "X stink"
    rf"|\bwhy\s+(?:do|does)\s+(?:all\s+)?<G>\s+(?:always\s+|all\s+)*(?:smell|stink)\s+(?:so\s+)?"
    rf"(?:bad|awful|terrible|disgusting|horrible|foul|gross|nasty|weird)\b"
    rf"|<G>\s+(?:all\s+|always\s+|just\s+)*(?:stink|smell\s+(?:so\s+)?(?:bad|awful|terrible|disgusting|"
    rf"horrible|foul|gross|nasty))\b"
    # "being a X makes you worthless"
    rf"|\bbeing\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|<G>)\s+makes\s+(?:you|someone|somebody|a person|"
    rf"them|one|people)\s+{_MODS_EN}{_DEROGATORY_EN})",
    # "X deserve every bit of suffering they get", "what X deserve is a bullet"
    r"(?P<harm><G>\s+(?:deserve|deserves|should get|need|needs)\s+(?:(?!without|free|no|less|"
    r"protection|safety|not|never|from|better|relief|help)\w+\s+){0,3}?(?:suffering|pain|misery|"
    r"to suffer|death|to die|a beating|beatings|to be (?:beaten|hurt|shot|killed|raped|punished|"
    r"attacked|abused|exterminated|hanged|gassed|lynched|tortured)|violence|a bullet|bullets|"
    r"the rope|the noose|hell|torture)\b"
    r"|\b(?:i wish|i hope|we wish|would be (?:\w+\s+){0,2}?(?:great|nice|a blessing|better|good|"
    r"amazing|lovely|wonderful|a relief|a gift|a dream)\s+if)\b[^.!?]{0,20}?<G>\s+(?:would\s+)?"
    r"(?:all\s+|just\s+|simply\s+)*(?:died|dropped dead|drop dead|disappeared|vanished|perished|"
    r"burned|drowned|rotted|suffered|got (?:cancer|aids|killed|shot))\b"
    r"|\bwhat\s+<G>\s+(?:deserve|deserves|need|needs|should get)\b[^.!?]{0,40}?\b(?:is|are)\s+"
    r"(?:a\s+|the\s+)?(?:bullet|bullets|rope|noose|death|to die|beating|gas chamber|oven|"
    r"extermination|bomb|pain|suffering|hell|firing squad|electric chair|knife|good beating))",
    # "why are X still allowed to share the air with decent folk?"; "there should be a law
    # against X existing", "being gay should be illegal"
    rf"(?P<exclude>\b(?:should|must|ought to|needs? to)\s+be\s+(?:a\s+)?(?:law|laws|rule)\s+against\s+<G>"
    rf"\s+(?:existing|living|breeding|being (?:born|here|allowed)|voting|marrying|working|having kids)"
    rf"|\b(?:should|must|ought to|needs? to)\s+be\s+(?:made\s+)?(?:illegal|outlawed|banned|a crime)\s+"
    rf"(?:for\s+<G>\s+to\s+\w+|to\s+be\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|<G>)\b)"
    rf"|\bbeing\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|<G>)\s+should\s+be\s+(?:made\s+)?(?:illegal|"
    rf"outlawed|banned|a crime|punished|punishable)\b"
    r"|\bno\s+<G>\s+(?:is|are|should be|will ever be|can be|could ever be|will be)\s+"
    r"(?:ever\s+|really\s+)?(?:fit|qualified|capable|smart enough|good enough|clever enough|"
    r"competent enough|worthy)\s+(?:to|of|for)\b"
    r"|\bwhy\s+(?:are|is)\s+<G>\s+(?:still\s+|even\s+|ever\s+)*(?:allowed|permitted)\s+to\s+"
    r"(?:share|walk|roam|go (?:outside|out|to school)|come (?:here|in|into)|enter|own|run|hold|use|"
    r"speak|be (?:near|around|in|on|among|with)|mix|work|teach|drive|leave|set foot|stay|live among|"
    r"have (?:rights|jobs|a say|a voice))\b"
    r"|\bwhy\s+<G>\s+(?:are|is)\s+(?:still\s+|even\s+|ever\s+)*(?:allowed|permitted)\s+to\s+"
    r"(?:exist|live|breathe|breed|reproduce|vote|marry|adopt|be here|have (?:children|kids|rights|"
    r"jobs|a say|a voice)|share|walk|roam|go (?:outside|out|to school)|come (?:here|in|into)|enter|"
    r"own|run|hold|use|speak|be (?:near|around|in|on|among|with)|mix|work|teach|drive|set foot|"
    r"stay|live among)\b)",
)
_EN_OBJECT = (
    *_EN_OBJECT,
    # feelings: "nothing on this earth enrages me quite the way X do", "X infuriate me",
    # "every time I see a X I feel nothing but loathing"
    rf"(?P<hatred>\bnothing\s+(?:\w+\s+){{0,4}}?(?:disgusts|sickens|repulses|revolts|enrages|"
    rf"infuriates|angers|nauseates|appals|appalls|irritates|annoys|pisses me off|grosses me out|"
    rf"makes me (?:sick|angry|furious|ill))\s+(?:me\s+)?(?:\w+\s+){{0,2}}?(?:more than|as much as|"
    rf"the way|like|so much as)\s+<G>\b(?!\s+(?:being|getting|who|that|having|are|were|is)\b)"
    rf"|<G>\s+(?:really\s+|just\s+|honestly\s+|seriously\s+|all\s+|fucking\s+)*(?:enrage|enrages|"
    rf"infuriate|infuriates|nauseate|nauseates|revolt|revolts|appal|appals|appall|appalls|repel|"
    rf"repels|piss me off|pisses me off|gross me out|grosses me out|creep me out|creeps me out)\s*"
    rf"(?:me\b|$|[.!?,])"
    rf"|\b(?:whenever|when|every time|everytime|each time)\s+(?:i|we)\s+(?:see|meet|hear|look at|"
    rf"think (?:of|about)|talk to|pass|walk past|am near|sit near)\s+<G>\b[^.!?]{{0,30}}?\b(?:i|we)\s+"
    rf"(?:\w+\s+)?(?:feel|get|am filled with|'m filled with)\s+(?:\w+\s+){{0,3}}?(?:loathing|contempt|"
    rf"disgust|disgusted|hatred|hate|revulsion|repulsed|sickened|nauseous)\b"
    # a profane order to the group: "shut the fuck up, X", "X, fuck off back home"
    rf"|\b(?:shut (?:the fuck |the hell |your (?:\w+\s+)?(?:mouths?|traps?|faces?|holes?) )?up|fuck off|"
    rf"piss off|go to hell|go die|drop dead|fuck you(?: all)?|screw you(?: all)?)\s*[,!.:-]+\s*"
    rf"(?!{SLURS_EN}\b)<G>\s*"
    rf"(?:[,.!?:;-]|$)"
    rf"|(?:^|[.!?]\s*)<G>\s*[,:!-]+\s*(?:shut (?:the fuck )?up|fuck off|piss off|go to hell|go die|"
    rf"drop dead|fuck you|screw you)\b"
    rf"|(?:^|[.!?]\s*)(?:god ?damn|goddamned|damn|fucking|bloody)\s+<G>\s+(?:everywhere|all over|"
    rf"again|here)\b)",
    # "I want X dead", "honestly i want them all gone": the group is the object, so "them"
    # takes it up again
    rf"(?P<harm>\b(?:i|we)\s+(?:just\s+|really\s+|honestly\s+)*(?:want|need|would like|'d like)\s+<G>\s+"
    rf"(?:all\s+)?(?:{_WISHED_EN}|out of (?:this|our|the) country)\b)",
    # "I don't trust X", "we don't serve X"
    rf"(?P<refuse>\b(?:i|we)\s+(?:just\s+|personally\s+|honestly\s+|simply\s+|really\s+|still\s+)*"
    rf"(?:don't|do not|dont|can't|cannot|won't|will not|wouldn't|would not|never|refuse to)\s+"
    rf"(?:ever\s+|really\s+|fully\s+|even\s+)?(?:{_REFUSE_EN}|like|trust)\s+(?:a\s+|an\s+|any\s+|another\s+|"
    rf"one of those\s+|one of these\s+)?<G>\b(?!'|\s+(?:who|that|to|with|when|if|because|for|"
    rf"without|unless|under|from|until|after|before|yet|either|much|anymore)\b)"
    rf"|\b(?:letting|putting|electing|promoting|voting for|having)\s+<G>\s+(?:\w+\s+){{0,3}}?(?:is|was|"
    rf"would be)\s+(?:\w+\s+){{0,2}}?(?:a (?:bad idea|mistake|disaster|catastrophe|joke|recipe for "
    rf"disaster)|asking for (?:trouble|disaster)|madness|insane|suicide))",
    # a slur with no everyday sense, used by the author anywhere ("another wetback moved in"):
    # not where the word itself is the topic ("the word X", "X is a slur"). "nigger" is
    # written "niger" by the normalizer, as the country is, so only after a word that makes it
    # a person. Chosen on Davidson's training split: 106 hateful rows, 78 offensive/neither
    r"(?P<slur>(?<!\bword )(?<!\bterm )(?<!\bsay )(?<!\bsaying )(?<!\bsays )(?<!\bslur )"
    r"(?:\b(?:nigers|kikes|wetbacks|beaners|towelheads|ragheads|groids|muzies|sand ?nigers|kike|"
    r"wetback|towelhead|raghead|groid|muzie|sand ?niger)\b"
    r"|\b(?:a|an|another|yet another|you|ur|this|that|some|no|fucking|filthy|dirty|stupid|dumb|"
    r"lazy|typical|damn|every|any|one|like)\s+niger\b"
    rf"|\b{alt(*SLURS_COINED, *map(plural, SLURS_COINED))}\b)"
    r"(?!\W*(?:is|was|are|as)\s+(?:a|an|the|such a)\s+(?:\w+\s+)?(?:slur|word|term|insult)))",
)

_VICE_EN = alt(
    "lie", "lying", "steal", "stealing", "cheat", "cheating", "rape", "raping", "breed", "breeding",
    "beg", "begging", "scrounge", "scrounging", "mooch", "mooching", "play the victim",
    "playing the victim", "play the race card", "playing the race card",
    # what a stereotype says a group does to its own: "X all beat their wives"
    "beat their wives", "beat their women", "beat their kids", "beat their children",
    "abuse their wives", "abuse their women", "abuse their kids", "abuse their children",
    "molest children", "molest kids", "sell drugs", "deal drugs", "carry diseases",
    "spread diseases", "live off welfare", "live on welfare", "live off benefits",
    "live on benefits", "live off handouts",
) + r"\b(?!\s+(?:down|in|on|back|low|still|flat)\b)"
"""A vice said as a group's habit; not a body lying down ("X all lie down to pray")."""

# Stereotypes said as fact, missed on the training splits (ToxiGen train: "bisexuality isnt
# real", "if a woman dresses sexy, she is just asking for it"; Stormfront train: "we have
# such a huge asian problem", "non whites commit far more crimes"): a group's existence
# denied, the group named as a society's ill, said to take what is "ours" or to commit crimes
# as its nature, a woman blamed for being assaulted.
_EN_SUBJECT = (
    *_EN_SUBJECT,
    rf"(?P<derogate><G>\s+(?:isn't|isnt|is not|aren't|arent|are not|ain't|aint)\s+"
    rf"(?:even\s+|really\s+|actually\s+)?(?:real|a real thing|a thing)(?=\s*(?:[.!?,;:]|$|and\b|but\b))"
    rf"|<G>\s+(?:don't|dont|do not|doesn't|doesnt|does not)\s+(?:really\s+|even\s+|actually\s+)?"
    rf"exist(?=\s*(?:[.!?,;:]|$|and\b|but\b))"
    rf"|\b(?:our|this|such\s+an?|a|an|their|your)\s+(?:(?:huge|big|massive|growing|"
    rf"serious|real|fucking|bloody|damn|little)\s+)*(?:{alt(*ADJ_EN)})\s+(?:problem|infestation|"
    rf"plague|invasion|menace|scourge|epidemic)\b"
    # what the group is said to take or do to "us", as its nature: "immigrants are taking our
    # jobs", "X commit far more crimes", "X are more likely to rape"
    rf"|<G>(?:{_IS_EN}|\s+(?:have|has|'ve))?\s+(?:all\s+|just\s+|always\s+|only\s+)*(?:taking|"
    rf"take|took|stealing|steal|steals|stole|stolen|taken)\s+(?:all\s+(?:of\s+)?)?our\s+(?:jobs|"
    rf"country|land|women|homes|houses|benefits|money|welfare|children|kids|culture|schools)\b"
    rf"(?![^.!?\n]*\?)"  # asked to be answered: "immigrants took our jobs? no, automation did"
    rf"|<G>(?:{_IS_EN})?\s+(?:all\s+|always\s+|just\s+|only\s+)*(?:(?:far|much|way)\s+)?"
    rf"(?:more|most)\s+likely\s+to\s+(?:rape|rob|steal|kill|murder|attack|bully|lie|cheat|abuse|"
    rf"molest|loot|riot|stab|commit\s+(?:\w+\s+)?crimes?)\b"
    rf"|<G>\s+(?:commit|commits|cause|causes)\s+(?:(?:far|much|way)\s+)?(?:more|most|all|the most)"
    rf"\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?crimes?\b"
    # a vice said as a habit: "X always lie", "X never stop breeding" (asked, it is a frame above)
    # "all" alone generalises too: "X all beat their wives"
    rf"|<G>\s+(?:(?:all\s+)?(?:always|never stop|constantly|just keep|keep on|are always|"
    rf"are constantly)|all(?:\s+just)?)\s+{_VICE_EN}"
    # a woman blamed for what is done to her: "if a woman dresses sexy she is asking for it"
    rf"|<G>\b[^.!?]{{0,40}}?\b(?:is|are|was|were|'s|'re)\s+(?:just\s+|basically\s+|really\s+|"
    rf"totally\s+|clearly\s+)?asking\s+for\s+it\b)",
)

# Dehumanisation by reduction and stereotypes said as a group's nature, in HateCheck's manner
# (implicit derogation: no derogatory word at all): a group reduced to things ("women are
# nothing more than objects", "X are things, not people"), a mind denied ("women can't think
# logically", "X don't have the brains for science"), the antisemitic trope of control ("X run
# the media") and greed ("X only care about money"). Written from scripts/hate_frames_probe.py's
# tuning misses and general knowledge of the tropes; each beside its look-alike in
# tests/judge/test_groups_dehumanise.py.
_THINGS_EN = alt(
    "objects", "things", "tools", "toys", "meat", "pieces of meat", "a piece of meat", "machines",
    "possessions", "commodities", "holes", "wombs", "slaves", "servants", "property",
    "breeding stock", "vegetables", "cattle", "livestock",
)
"""What a person is reduced to: said only after "just"/"nothing but" (:data:`_REDUCED_EN`), ",
not people" or "to be used" ("women are just objects"); bare, these are everyday words ("they
are machines" of workers praised)."""
_REDUCED_EN = (r"(?:just|only|merely|mere|nothing but|nothing more than|no more than|simply|"
               r"basically|little more than)")
_CLAUSE_END_EN = (r"(?=\s*(?:[.!?,;:)]|$|and\b|or\b|but\b|because\b|like\b|properly\b|at all\b|"
                  r"anyway\b|either\b|for shit\b|to save their lives\b))")
"""The end of a clause: "women can't lead" is a mind denied, "women can't lead prayers in an
orthodox synagogue" a rule told."""
_CAPACITY_EN = alt(
    "think", "think logically", "think rationally", "think straight", "think clearly",
    "think critically", "think for themselves", "reason", "be reasoned with", "learn",
    "be educated", "be taught", "be civilised", "be civilized", "control themselves",
    "control their urges", "control their emotions", "control their tempers", "control their anger",
    "tell the truth", "be honest", "do math", "do maths", "do science", "handle pressure",
    "handle stress", "handle money", "handle power", "handle responsibility", "handle science",
    "handle logic", "handle the truth", "make decisions", "make good decisions",
    "make rational decisions", "lead", "understand logic", "understand science", "understand math",
    "understand anything", "behave", "be rational", "be logical", "raise children", "raise kids",
    "parent", "assimilate", "integrate",
)
"""A human capacity a stereotype denies a group (not a sense or a right: "deaf people can't
hear", "X can't vote" are facts or rules)."""
_VICES_OF_GREED_EN = alt(
    "money", "sex", "shopping", "gossip", "themselves", "their looks", "their appearance", "makeup",
    "clothes", "drugs", "gold", "profit", "benefits", "handouts", "welfare", "breeding",
    "our money", "your money",
)
_EN_SUBJECT = (
    *_EN_SUBJECT,
    # reduced to things: "women are nothing more than objects", "X are things, not people",
    # "women are objects to be used" (not "objects of hatred", "just pawns to them")
    rf"(?P<derogate><G>{_IS_EN}\s+{_MODS_EN}{_REDUCED_EN}\s+{_MODS_EN}{_THINGS_EN}\b"
    rf"(?!\s+(?:to\s+(?!be\b)|in\s+(?:the|their|his|her)\s+eyes|of\b))"
    rf"|<G>{_IS_EN}\s+{_MODS_EN}(?:{_THINGS_EN}|{_DEROGATORY_EN})\s*[,;-]?\s*(?:and\s+)?not\s+"
    rf"(?:people|persons|humans|human beings|human)\b(?!\s+(?:to|who|that)\b)"
    rf"|<G>{_IS_EN}\s+{_MODS_EN}{_THINGS_EN}\s+to\s+be\s+(?:used|owned|bought|sold|traded|bred|"
    rf"controlled|fucked|exploited|kept|put to work|thrown away|disposed of)\b"
    # a mind denied: "women can't think logically", "X don't have the brains for science"
    rf"|<G>\s+(?:all\s+|just\s+|simply\s+|really\s+)*(?:can't|cannot|can not|can never|"
    rf"are unable to|are not able to|aren't able to|don't know how to|will never be able to)\s+"
    rf"(?:ever\s+|even\s+|really\s+|properly\s+)?{_CAPACITY_EN}{_CLAUSE_END_EN}"
    rf"|<G>\s+(?:all\s+|just\s+|simply\s+)*(?:don't|do not|dont|lack|just don't)\s+(?:have\s+)?"
    rf"(?:the\s+|any\s+|enough\s+)?(?:brains?|intelligence|brainpower|brain power|intellect|"
    rf"mental capacity|iq|smarts|aptitude|temperament)\s+(?:for|to|needed|required)\b"
    # the trope of control: "X control the banks", "X run the media" (not "women run the world")
    rf"|<G>\s+(?:secretly\s+|basically\s+|really\s+|all\s+|still\s+|literally\s+)*(?:control|"
    rf"controls|own|owns|pull the strings (?:of|in)|are behind|secretly run)\s+(?:all\s+(?:of\s+)?)?"
    rf"(?:the|our|your|this|every)\s+(?:media|banks|banking|finance|hollywood|press|news|world|"
    rf"government|governments|economy|money supply|financial system|federal reserve|politicians)\b"
    rf"|<G>\s+(?:secretly\s+|basically\s+|really\s+|all\s+|still\s+|literally\s+)*(?:run|runs|rule|"
    rf"rules)\s+(?:all\s+(?:of\s+)?)?(?:the|our|your)\s+(?:media|banks|banking system|press|news|"
    rf"hollywood|financial system)\b"
    # greed and vanity as the group's nature: "X only care about money"
    rf"|<G>\s+(?:all\s+)?(?:only|just)\s+(?:care|cares|think|thinks|talk|talks)\s+about\s+"
    rf"{_VICES_OF_GREED_EN}\b"
    rf"|<G>\s+(?:all\s+)?(?:care|cares)\s+about\s+nothing\s+(?:but|except|other than)\s+"
    rf"{_VICES_OF_GREED_EN}\b)",
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
    r"кровосос\w*", r"саранч\w*", r"вредител\w*",
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
                       r"every single one|every last one|each|each and every one|some) of them|"
                       r"они|эти|такие)")
_REF_OBJECT: Final = (r"(?:them|those people|these people|(?:all|most|many|every one|"
                      r"every single one|every last one|each|each and every one|any|the lot) "
                      r"of them|их|таких|этих)")
"""A group named earlier in the message and taken up again: "I have met many X and I hate
every single one of them", "X? They are vermin". The object frames take either ("they
disgust me", "I hate them"): several of them read the group as their subject."""

SCORES: Final[dict[str, float]] = {
    "violence": 0.9, "harm": 0.9, "derogate": 0.8, "exclude": 0.8, "hatred": 0.8,
    "slur": 0.8, "refuse": 0.75, "dehumanize": 0.8,
}
"""Hate score per kind of predicate: every kind clears the hate threshold (0.4) and the
review queue ranks wishes of harm above refusals."""



def _alternatives(body: str) -> list[str]:
    """``body`` split at its top-level ``|`` (not inside a group, a class or after ``\\``)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return [*parts, body[start:]]


def _factored(frame: str) -> str:
    """``frame`` (one ``(?P<kind>…|…)``) with the alternatives that start at the group
    joined behind one ``<G>``: the group's pattern is most of what compiling costs, and each
    copy of it is compiled anew (the same kind matches either way)."""
    head = frame[:frame.index(">") + 1]
    parts = _alternatives(frame[len(head):-1])
    led = [p[len("<G>"):] for p in parts if p.startswith("<G>")]
    if len(led) < 2:
        return frame
    first = next(i for i, p in enumerate(parts) if p.startswith("<G>"))
    rest = [p for p in parts if not p.startswith("<G>")]
    rest.insert(first, "<G>(?:" + "|".join(led) + ")")
    return head + "|".join(rest) + ")"


def _build(frames: tuple[str, ...], group: str, start: int = 0) -> str:
    """``frames`` over ``group``, each frame's kind renamed ``kind__N`` (a name may occur
    once per pattern); squeezed like the normalizer's text."""
    out = []
    for n, frame in enumerate(frames, start):
        frame = _factored(frame)
        named = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{n}>", frame.replace("<G>", rf"\b(?:{group})"))
        out.append(ESCAPED_RUN.sub(r"\1", named))
    return "|".join(out)


_SENT_BACK_EN = (
    r"\b(?:go|get|fuck off|piss off|run|swim|crawl|sail)\s+(?:the fuck\s+|right\s+)?back\s+"
    r"(?:to\s+)?(?:where(?:ever)?\s+(?:you|they|u|ya)\s+(?:came|come|crawled|crawl)\s+from|"
    r"to\s+(?:your|their|ur)\s+(?:own\s+)?(?:country|countries|homeland|shithole|shit hole|jungle|"
    r"desert|caves?|huts?|tribe|zoo|cages?|monkey (?:house|cage)s?|mud huts?|trees?|rat ?holes?|"
    r"pigsty|pig sty)\b(?!\s+(?:for|to|on|this|next|soon|after|when|in|and visit)\b)"
    # left3: a beast's place where the one sent belongs, "go back to the zoo where you belong"
    r"|to\s+(?:the|a)\s+(?:zoo|jungle|trees|cage|cave)\s+(?:where|that)\s+(?:you|they|u|ya)\s+"
    r"belong\b)"
    r"|\b(?:send|ship|deport|kick)\s+(?:them|'em|him|her|you|u)\s+(?:all\s+)?back\s+(?:to\s+)?"
    r"(?:where(?:ever)?\s+(?:they|he|she|you)\s+came\s+from|to\s+(?:their|his|her|your)\s+"
    r"(?:own\s+)?(?:country|countries|homeland|shithole|jungle|desert)\b)"
)
SENT_BACK: Final = re.compile(ESCAPED_RUN.sub(r"\1", _SENT_BACK_EN + r"(?![^.!\n]*\?)"))
"""Told to go back where they came from: the exclusion names its group by origin, so it is a
group named (``groups`` reads it as the prefilter's group) and its own frame (exclude). Not
asked ("when will you go back to your country?") nor a trip ("back to your country for the
holidays"). From the training splits' hateful rows (ToxiGen: "these bloody immigrants should go
back to their country"; Stormfront: "they will have to go back where they came from")."""
_EN_OBJECT = (
    *_EN_OBJECT,
    rf"(?P<exclude>(?:{_SENT_BACK_EN})(?![^.!\n]*\?))",
)

# ── tweets: misogyny and anti-immigrant hate of a class ─────────────────────────────────
# The guideline's hate attacks people for a protected characteristic; sex and national origin
# are two, and tweets attack those classes in shapes the frames above missed (TweetEval hate's
# validation split, SemEval-2019 HatEval: hate against women and immigrants): a chanted
# hashtag, women sent back to the kitchen or "put in their place", "X suck", a class called
# names in a crowd ("bunch of hysterical women"), "go home immigrants". Each is said of the
# class, never of one person: "you stupid bitch" to one woman is abuse the insult and toxicity
# labels read, not hate (Davidson labels most such tweets offensive, not hateful).
_CHANTED_EN = (
    r"#\s?(?:deport[\s_]?(?:t?hem[\s_]?all|all[\s_]?(?:illegals|illegal[\s_]?aliens|aliens|"
    r"immigrants|migrants|refugees))|send[\s_]?them[\s_]?(?:all[\s_]?)?back"
    r"|stop[\s_]?the[\s_]?invasion|illegals[\s_]?out|refugees[\s_]?not[\s_]?welcome"
    r"|migrants[\s_]?not[\s_]?welcome|no[\s_]?more[\s_]?muslims"
    r"|invaders[\s_]?go[\s_]?home|(?:refugees|migrants|illegals)[\s_]?go[\s_]?home"
    r"|ban[\s_]?(?:all[\s_]?)?(?:muslims|islam|refugees|migrants|immigrants)"
    r"|rapefugees?)\b"
)
_CHANTED_EN = ESCAPED_RUN.sub(r"\1", _CHANTED_EN)
CHANTED: Final = re.compile(_CHANTED_EN)
"""A hashtag chanted against immigrants or a faith *as people*: to expel every one of them
(#DeportThemAll, #SendThemBack), to call them invaders (#StopTheInvasion) or rapists
(#Rapefugees), to keep them out (#RefugeesNotWelcome, #BanMuslims). The guideline's hate
promotes hatred of people for their national origin or faith; a chant names its group by what
it demands, so, like :data:`SENT_BACK`, it is a group named and its own frame (exclude). From
TweetEval's hate validation split (SemEval-2019 HatEval, hate against immigrants). A policy
slogan that names no people is no such frame, however often it stands beside hate: a wall
(#BuildTheWall: 52 of 55 validation tweets hateful, yet with it and the others below read
the test split's precision fell from about 0.81 to 0.48, see docs/evaluation.md), a border
(#SecureTheBorder), an amnesty or a programme (#NoAmnesty, #NoDACA), a cap (#NoMoreRefugees),
as "we need better border control" is none. Quoted, reported or condemned ("the #rapefugees
hashtag is pure racism") it is vetoed as every frame is."""
_KITCHEN_EN = (r"(?:the\s+kitchen|their\s+place|where\s+they\s+belong|the\s+home|"
               rf"the\s+bedroom|{_PLACE_EN})")
_EN_SUBJECT = (
    *_EN_SUBJECT,
    # "#womensuck", "immigrants suck": the class, not a person, called bad
    r"(?P<derogate><G>\s+(?:all\s+|just\s+|really\s+|fucking\s+|so\s+)*sucks?\b(?!\s+(?:at|up)\b)"
    # "every woman is a gold digger", "a woman's only job is to cook"
    r"|<G>(?:\s+(?:are|is)|'re)\s+(?:all\s+|just\s+|nothing but\s+)*(?:a\s+)?gold\s?dig(?:er|ers|ing "
    r"\w+)\b"
    r"|<G>(?:'s|')\s+only\s+(?:job|purpose|use|role|value|function|worth)\s+(?:is|should be|in life)\b)",
    # "women belong barefoot and pregnant", "women need to be put back in their place",
    # "#womenshouldntvote", "ban women from driving"
    rf"(?P<exclude><G>\s+(?:belong|belongs)\s+(?:barefoot|at home|in\s+{_KITCHEN_EN})\b"
    rf"|<G>\s+(?:need|needs|should|must|have|has|ought)\s+(?:to\s+)?be\s+put\s+(?:back\s+)?"
    rf"in\s+their\s+place\b"
    rf"|<G>\s+(?:shouldnt|shudnt|shouldn)\s+(?:ever\s+|even\s+|be\s+allowed\s+to\s+)?"
    rf"{_EXCLUDE_EN}\b"
    rf"|(?:^|[.!?#]\s*)<G>\s+(?:go|get)\s+home\s*(?:[.!,;#]|$|now\b|nobody\b|no one\b|we\b|this\b)"
    # "women like you should stay in the kitchen"
    rf"|<G>\s+(?:like\s+(?:you|her|them)\s+)?(?:should|need to|needs to|must|belong|better|"
    rf"gotta|have to|ought to)\s+(?:just\s+)?stay\s+(?:in\s+{_KITCHEN_EN}|at home|home)\b"
    r")",
)
_EPITHET_EN = alt("hysterical", "filthy", "dirty", "disgusting", "worthless", "useless",
                  "stupid", "dumb", "subhuman", "savage", "vile", "crazy", "greedy")
_EN_OBJECT = (
    *_EN_OBJECT,
    # a class called names in a crowd: "bunch of hysterical women protesting again"
    rf"(?P<derogate>\b(?:these|those|bunch of|pack of|gaggle of|herd of|horde of|hordes of|"
    rf"hundreds of|thousands of|a couple of)\s+(?:\w+\s+)?{_EPITHET_EN}\s+<G>)",
    # "go home immigrants", "ban all refugees"
    r"(?P<exclude>(?:^|[.!?#]\s*)go\s+(?:back\s+)?home,?\s+<G>\b"
    r"|\bban\s+(?:all\s+|more\s+)+<G>\b)",
)
_EN_OBJECT = (
    *_EN_OBJECT,
    rf"(?P<exclude>\b(?:send|put|get|keep|ship|force)\s+(?:all\s+|the\s+|these\s+|"
    rf"those\s+|our\s+)*<G>\s+back\s+(?:in|into|to)\s+{_KITCHEN_EN}"
    rf"|\bput\s+(?:all\s+|the\s+|these\s+|those\s+)*<G>\s+(?:back\s+)?in\s+their\s+place\b"
    rf"|\bban\s+(?:all\s+|the\s+)*<G>\s+from\s+(?:driving|voting|working|entering|coming|"
    rf"this country|our country|the country)\b"
    rf"|{_CHANTED_EN})",
    r"(?P<harm>\bsink\s+(?:the\s+|their\s+|all\s+|those\s+|these\s+|every\s+)*<G>\s+"
    r"(?:boats?|ships?|dinghies|dinghys?|rafts?)\b)",
)

# ── version 16: vermin, invasion and import, in the words the frames lacked ─────────────
# The training and validation splits' misses (TweetEval hate validation, Stormfront and
# Davidson training; scripts/hate10_probe.py): a group named by an adjective and a beast or
# pest noun ("muslim savages", "jewish rats"), a place "infested with" or "overrun by" a
# group, a group as an invasion ("the migrant invasion", "being invaded by X"), a group
# imported in bulk ("importing more X", "import the third world").
_BEAST_ADJ_EN = alt("jewish", "muslim", "islamic", "mexican", "arab", "gay", "trans", "tranny",
                    "migrant", "immigrant", "refugee", "somali", "paki", "nigerian", "hispanic",
                    "latino", "negro", "kike", "third world", "third-world", "non-white",
                    "nonwhite", "jew", "moslem")
"""Adjectives of a group that name no animal's species ("black rats", "African apes" and
"brown bears" are animals; see :data:`_COLOUR_BEAST_EN`)."""
_BEAST_EN = alt("savages", "vermin", "parasites", "cockroaches", "roaches", "maggots",
                "leeches", "subhumans", "sub-humans", "mongrels", "beasts", "animals", "apes",
                "monkeys", "rats", "baboons", "gorillas", "chimps", "pigs", "swine", "filth", "scum",
                "scumbags")
_SPECIES_EN = (r"\b(?:zoos?|species|sanctuary|wildlife|primates?|habitat|enclosure|sulawesi|"
               r"celebes|breeds?|pets?|vets?|safari|rainforest|forest|savannah?|plague|sewers?|"
               r"farms?|farmers?|piglets?|pork|bacon|shelter|adopt\w*|attic|trap|traps)\b")
_COLOUR_BEAST_EN = (r"\b(?:black|african)\s+(?:savages|vermin|parasites|cockroaches|subhumans|"
                    r"sub-humans|mongrels|apes|monkeys|baboons|gorillas|chimps)\b")
"""A colour or a continent and a beast: "these black apes rioting again"; not in a sentence
with a word of animals kept, hunted or studied ("the zoo got two black apes": the words
after here, those before in ``groups``, see :data:`SPECIES`)."""
SPECIES: Final = re.compile(ESCAPED_RUN.sub(r"\1", _SPECIES_EN))
COLOUR_BEAST: Final = re.compile(ESCAPED_RUN.sub(r"\1", _COLOUR_BEAST_EN))
_DEN_EN = (r"\b(?:black|african|mexican|muslim|islamic|arab|jewish|gypsy|gipsy|roma|somali|"
           r"paki|immigrant|migrant|refugee|hispanic|latino|negro|ghetto)\s+(?:neighbou?rhoods?|"
           r"areas?|districts?|part of town|parts of town|streets?|estates?|ghettos?|projects|"
           r"suburbs?|towns?|quarters?|housing|slums?|camps?)\s+(?:is|are|was|were|'s)\s+"
           r"(?:just\s+|basically\s+|literally\s+|like\s+)?(?:a|an|one big|one giant)\s+(?:zoo|"
           r"jungle|monkey house|monkey cage|pigsty|pig sty)\b")
"""A group's place called a beasts' den (left3): "that black neighbourhood is a zoo"; a zoo
of the group's own that no animal lives in. "The airport was a zoo" names no group."""
_HISTORY_EN = (r"\b(?:\d{3,4}|\d+(?:st|nd|rd|th) century|centuries|ancient|medieval|empire|"
               r"caliphate|crusades?|conquest|moors|history|historians?)\b")
_INVASION_ADJ_EN = alt("migrant", "immigrant", "immigration", "refugee", "muslim", "islamic",
                       "mexican", "african", "arab", "third world", "third-world", "brown",
                       "black", "illegal", "illegal alien", "non-white", "nonwhite", "mud",
                       "negro", "jewish", "somali", "asylum seeker", "yellow")
NAMED_BY_FRAME: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    rf"\b{_BEAST_ADJ_EN}\s+{_BEAST_EN}\b(?![^.!?\n]*{_SPECIES_EN})"
    rf"|{_COLOUR_BEAST_EN}(?![^.!?\n]*{_SPECIES_EN})"
    rf"|\b{_INVASION_ADJ_EN}\s+invasions?\b(?![^.!?\n]*{_HISTORY_EN})"
    rf"|{_DEN_EN}"
    r"|\bimport(?:s|ing|ed)?\s+(?:in\s+)?(?:the\s+)?third[- ]?world\b"
    r"(?:\s+(?:people|masses|hordes|immigrants|migrants))?(?=\s*(?:[.,!?;:]|$|and\b|into\b|"
    r"you\b|then\b|we\b|here\b|to\b))"
    # the Holocaust denied by its mocking name: a word coined for it
    r"|\bholo-?(?:h|c)?oax\b|\bholo-?hoax\b")))
"""A group named by the frame itself, as :data:`SENT_BACK` and :data:`CHANTED` are: a group
adjective and a beast ("muslim savages", "jewish rats", "these black apes"), an invasion
by origin ("the migrant invasion"; not a war of the past, "the Arab invasion of Spain in
711"), the third world imported. The prefilter's group and its own frame (dehumanize: an epithet,
so no subject frame, which a preposition before its group would void: "a video of muslim
savages attacking a church")."""
_NAMED_BY_FRAME_CUE: Final = re.compile(
    r"invasion|import|savage|vermin|parasite|roach|maggot|leech|subhuman|sub-human|mongrel|beast|"
    r"animal|apes\b|monkey|rats\b|baboon|gorila|chimp|pigs\b|swine|filth|scum|hoax|\bzo+\b|jungle|"
    r"pigsty|pig sty")
"""The words without which :data:`NAMED_BY_FRAME` cannot match: one cheap search (~5 µs on a
chat line) before the pattern (~20 µs), on the many lines that name no group at all."""


def named_by_frame(norm: str) -> re.Match[str] | None:
    """:data:`NAMED_BY_FRAME` in ``norm``, behind its cue words."""
    if _NAMED_BY_FRAME_CUE.search(norm) is None:
        return None
    return NAMED_BY_FRAME.search(norm)


_VICTIMS_EN = (r"(?:us|white people|whites|white men|white women|our (?:race|people|children|kids|"
               r"women|nation|country|culture|way of life|civili[sz]ation)|christians|the west|"
               r"europe|europeans|white europe|white america)")
_EN_SUBJECT = (
    *_EN_SUBJECT,
    # a plot said of the group: "X want us dead", "X are trying to replace us"
    rf"(?P<derogate><G>\s+(?:all\s+|just\s+|really\s+|secretly\s+|still\s+|clearly\s+|"
    rf"obviously\s+|literally\s+)*(?:want|wants|are trying|is trying|try|tries|plan|plans|"
    rf"are planning|plot|plots|are plotting|intend|intends|aim|aims)\s+(?:to\s+)?"
    rf"(?:{_VICTIMS_EN}\s+(?:all\s+)?(?:dead|gone|extinct|replaced|enslaved|destroyed|"
    rf"wiped out|exterminated)\b|(?:replace|destroy|kill|enslave|wipe out|exterminate|"
    rf"outbreed|genocide|conquer|take over|islami[sz]e|subjugate)\s+{_VICTIMS_EN}\b)"
    r"(?![^.!\n]*\?))",
    # harm watched with pleasure: "I'd love to see a video of X blown apart"
    rf"(?P<harm>\b(?:love|like|want|wanna|enjoy|enjoyed|can't wait|cannot wait|cant wait|hope)\s+"
    rf"(?:to\s+)?(?:see|watch|seeing|watching)\s+(?:(?:a|the|some|that|this)\s+(?:video|clip|"
    rf"footage|film|picture|pic)s?\s+of\s+)?(?:all\s+|some\s+|more\s+)?<G>\s+(?:all\s+)?"
    rf"(?:get\s+|getting\s+|be\s+|being\s+)?(?:{_HARMED_EN}|blown apart|blown up|blown to bits|"
    rf"die|dying|burn|burning|hang|hanging|suffer|suffering|drown|drowning|starve|starving)\b)",
    # the group as invaders of the speaker's own: "blacks and mexicans flooded our schools"
    r"(?P<derogate><G>\s+(?:have\s+|has\s+|had\s+)?(?:all\s+|just\s+|basically\s+)*(?:invaded|overran|"
    r"overrun|infested|flooded|swarmed|taken over|took over)\s+(?:all\s+(?:of\s+)?)?(?:our|my)\s+\w+)",
    # "REFUGEES ARABS MUSLIMS - NOT WELCOME"
    r"(?P<exclude><G>\s*[-–:]+\s*not\s+welcome\b)",
    # left3: a group housed as beasts, "those africans still live in trees"
    r"(?P<dehumanize><G>\s+(?:still\s+|all\s+|just\s+|should\s+|belong\s+to\s+)*(?:live|lives|"
    r"living|belong|sleep)\s+(?:in|up)\s+(?:the\s+|a\s+)?(?:trees|caves|jungle|zoo|cages|zoos)\b)",
)
_EN_OBJECT = (
    *_EN_OBJECT,
    # told to go back home in a message naming the group: "no benefits to any X, make it on
    # your own or go back home!!" (not "they hope to go home": an imperative only)
    r"(?P<exclude>(?:^|[.!?,;]\s*)(?:or\s+|just\s+|so\s+|now\s+|then\s+)?go\s+back\s+home\b"
    r"(?!\s+(?:and|to\s+(?:your|their)\s+(?:family|families|kids|wife|husband|mum|mom|dad)))"
    r"(?![^.!\n]*\?))",
    # left3: the group's home called a zoo, "the zoo they call a neighbourhood" (a group named)
    r"(?P<dehumanize__2>\b(?:zoo|jungle|monkey house)\s+(?:that\s+)?(?:they|those people|these "
    r"people|those \w+|these \w+)\s+call\s+(?:a\s+|an?\s+|their\s+|our\s+)?(?:neighbou?rhood|home|"
    r"town|area|city|country|street|estate|district))",
    rf"(?P<dehumanize>(?:{NAMED_BY_FRAME.pattern})"
    # a place full of a group as of pests: "infested with X", "overrun by X"
    rf"|\b(?:infested|overrun|overran|crawling|swarming|plagued)\s+(?:with|by)\s+"
    rf"(?:\w+\s+)?<G>"
    rf"|\b(?:being|getting|been|get|be)\s+invaded\s+by\s+(?:\w+\s+)?<G>"
    rf"|\ban?\s+invasion\s+by\s+(?:\w+\s+)?<G>"
    # a group imported in bulk: "importing more X", "import millions of X"
    rf"|\bimport(?:s|ing|ed)?\s+(?:in\s+)?(?:more|even more|millions of|thousands of|"
    rf"hundreds of thousands of|hordes of|masses of|all these|these|those|so many)\s+"
    rf"(?:\w+\s+)?<G>(?=\s*(?:[.,!?;:]|$|and\b|into\b|to\b|who\b|that\b|from\b|"
    rf"instead\b|every\b|each\b)))",
)

# Implicit derogation, hate asked, threats told as a plan and negated praise, in the shapes
# the fourth functional suite (no longer blind) and scripts/hate11_probe.py's tuning half still
# missed: ruin foretold of a group put in charge or hired, theft or a smell foretold of its
# members, a place ruined by its number, its rights regretted, its leaving wished as its best
# deed, a member refused in a role, a question that wishes it gone or denies it is human.
_RUIN_EN = alt("fall apart", "falls apart", "collapse", "collapses", "go downhill",
               "goes downhill", "go down the drain", "crash and burn", "go bankrupt", "go bust",
               "go to hell", "go to shit", "disappear", "disappears", "vanish", "fail", "fails",
               "fall to pieces", "turn to shit", "go up in flames", "get ruined", "burn")
_ROLE_REFUSED_EN = (r"(?:i'?d\s+(?:rather|sooner)|no\s+thanks|no\s+way|hell\s+no|"
                    r"i'?l+\s+(?:take|pass|walk)|keep\s+(?:your|the)\s+kids|not\s+on\s+my|"
                    r"over\s+my\s+dead)")
_EN_SUBJECT = (
    *_EN_SUBJECT,
    rf"(?P<derogate>\b(?:put|hire|elect|promote|make|let|give)\s+<G>\s+(?:[\w']+\s+){{0,4}}?"
    rf"(?:and|then)\s+(?:just\s+)?(?:watch|see)\s+(?:[\w']+\s+){{0,4}}?{_RUIN_EN}\b"
    rf"|\b(?:hire|employ|ask|get|send)\s+<G>\s+if\s+you\s+want\s+(?:[\w']+\s+){{0,4}}?"
    rf"(?:done\s+)?(?:badly|wrong|ruined|stolen|botched|screwed up|messed up|to fail)\b"
    rf"|\b(?:ruin|wreck|destroy|bankrupt|drag\s+(?:[\w']+\s+){{1,2}}down|bring\s+(?:[\w']+\s+){{1,2}}"
    rf"down)\b[^.!?]{{0,30}}?[?,.:]\s*(?:then\s+)?(?:just\s+)?(?:hire|add|put|elect|bring in|"
    rf"invite|let in|get)\s+<G>"
    rf"|\b(?:count\s+(?:your|the)\s+(?:spoons|silverware|cutlery)|check\s+your\s+(?:wallet|"
    rf"pockets|purse|bag)|hold\s+(?:on\s+to\s+)?your\s+(?:purse|bag|wallet|kids)|hide\s+your\s+"
    rf"(?:valuables|wallet|jewell?ery|kids|daughters?)|lock\s+(?:your|the)\s+(?:car\s+|front\s+)?"
    rf"doors?)\s+(?:[\w']+\s+){{0,2}}?(?:after|when|whenever|if|once|as soon as)\s+<G>"
    rf"|\byou\s+can\s+(?:always\s+)?(?:smell|hear)\s+<G>\s+(?:before|coming|a mile)"
    rf"|\b(?:tell|know)\s+when\s+<G>\s+(?:has|have|'s|'ve)\s+been\b[^.!?]{{0,30}}[.!?,;:]?\s*"
    rf"(?:the\s+)?(?:smell|stench|stink|odou?r)"
    rf"|\btoo\s+many\s+<G>\s+(?:always\s+)?(?:ends?\s+up|turns?\s+into|becomes?)\s+(?:a\s+|an\s+)?"
    rf"(?:slum|ghetto|shithole|shit hole|dump|no-go zone|war zone|cesspit|cesspool)s?\b"
    rf"|\b(?:shame|mistake|pity|error|disaster)\b[^.!?]{{0,15}}?\b<G>\s+(?:were|was|are|is|got)\s+"
    rf"ever\s+(?:allowed|let|given|permitted)"
    rf"|\b(?:shame|mistake|pity|error|disaster)\s+(?:to|that we)\s+(?:ever\s+)?(?:let|allow|"
    rf"allowed|gave|give)\s+<G>\s+(?:in|into|to vote|vote|the vote|rights|here)\b"
    rf"|\bgive\s+<G>\s+(?:the vote|rights|power|the right to \w+)\s+and\s+(?:look|see)\s+what\s+"
    rf"happen"
    rf"|\bthe\s+best\s+thing\s+<G>\s+(?:can|could|will|would)\s+(?:ever\s+)?do\s+"
    rf"(?:[\w']+\s+){{0,4}}?is\s+(?:to\s+)?(?:leave|die|disappear|go away|go home|emigrate|"
    rf"shut up|kill (?:themselves|himself|herself))\b"
    rf"|<G>\s+(?:as\s+(?:a|an|my|our|the)\s+(?:[\w']+\s+)?)?[\w']+\s*\?+\s*{_ROLE_REFUSED_EN}"
    rf"|<G>\s+should\s+(?:just\s+)?stick\s+to\s+(?:cleaning|doing|washing|cooking|picking|serving|"
    rf"sweeping|scrubbing|making|driving|selling)\b"
    rf"|\bbetter\s+(?:off\s+)?before\s+(?:the\s+)?<G>\s+(?:showed up|came|arrived|moved in|"
    rf"got here|turned up|were let in)"
    # asked: "do X ever stop being useless?", "who decided X were human?", "what is it with X
    # and money?"
    rf"|\b(?:do|does|will|can|would)\s+<G>\s+ever\s+stop\s+being\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|\bwho\s+(?:ever\s+)?(?:decided|said|says|claimed|thinks|thought)\s+(?:that\s+)?<G>\s+"
    rf"(?:were|are|was|is)\s+(?:even\s+|really\s+|actually\s+)?(?:human beings|humans|human|"
    rf"real people|people|persons|real women|real men)\b"
    rf"|\bwhat\s+is\s+it\s+(?:about|with)\s+<G>\s+(?:that\s+makes?\s+(?:them|him|her)\s+(?:so\s+)?"
    rf"{_MODS_EN}{_DEROGATORY_EN}|and\s+(?:money|crime|stealing|lying|violence|terrorism|bombs|"
    rf"rape|welfare)\b)"
    rf"|\bwhy\s+(?:do|does|should|would)\s+(?:we|they|you|people|anyone)\s+(?:even\s+|still\s+|"
    rf"ever\s+)*(?:let|allow)\s+<G>\s+(?:to\s+)?(?:have\s+(?:opinions|rights|a say|a voice)|vote|"
    rf"speak|breed|exist)\b"
    rf"|<G>\s+(?:are|is)\s+(?:all\s+|just\s+|simply\s+)*born\s+{_MODS_EN}{_DEROGATORY_EN}"
    rf"|<G>\s+(?:will|can|could)\s+never\s+be\s+(?:as\s+(?:smart|intelligent|clever|good|capable|"
    rf"civili[sz]ed|competent|strong)\s+as|our\s+equals|real (?:women|men|people))\b)",
    r"(?P<harm>\bwhy\s+(?:can't|cant|cannot|won't|don't)\s+<G>\s+(?:just\s+|all\s+)*(?:disappear|"
    r"go away|vanish|die|drop dead|leave|fuck off|piss off|get lost|cease to exist|stop existing)"
    r"(?:\s+(?:forever|for good|already|once and for all))?\s*\?)",
    r"(?P<violence>\b(?:any|every|the next|the first|next)\s+(?:\w+\s+)?<G>\s+(?:who|that)\s+"
    r"(?:comes?|walks?|steps?|sets? foot|shows? up|gets?)\s+(?:[\w']+\s+){0,4}?(?:is|gets|"
    r"will get|'s|'l+ get)\s+(?:getting\s+|gonna get\s+|going to get\s+|a\s+)?(?:stabbed|shot|"
    r"killed|beaten|knifed|bullet|knife|hurt|lynched|hanged|burned)\b"
    r"|\b(?:burn|burn down|torch|set fire to|firebomb|blow up)\s+(?:the\s+first\s+|every\s+|"
    r"any\s+|the\s+next\s+|a\s+)?(?:house|home|mosque|church|synagogue|temple|car|building|bar|"
    r"shop|flat)s?\s+(?:[\w']+\s+){0,3}?(?:full of|with)\s+(?:\w+\s+)?<G>"
    r"|\b(?:shoot|kill|stab|run over|gun down|take out|murder|beat)\s+as\s+many\s+<G>\s+as\s+"
    r"(?:i|we|possible)"
    # "I'll beat the next X I see", "somebody should run X over with a truck", "killing X
    # should be legal"
    r"|\b(?:i'?l+|i will|i'm going to|i'm gonna|im gonna|gonna)\s+(?:beat|stab|shoot|kill|punch|hit|"
    r"attack|strangle|run over)\s+(?:up\s+)?(?:the\s+)?(?:next|first)\s+<G>\s+(?:i|we)\s+"
    r"(?:see|meet|find|spot)"
    r"|\b(?:someone|somebody|people|we|they|you)\s+should\s+(?:just\s+)?(?:run|mow)\s+<G>\s+"
    r"(?:over|down)\b"
    r"|\b(?:killing|shooting|beating|lynching|hanging|gassing|running over|stabbing)\s+(?:all\s+)?"
    r"<G>\s+should\s+be\s+(?:legal|allowed|a sport|encouraged|rewarded)\b)",
    # disgust felt at the sight of the group: "every time I see a X I feel sick", "I'm filled
    # with disgust whenever X open their mouths"; contempt owed: "X deserve nothing but contempt"
    r"(?P<hatred>\b(?:every time|everytime|whenever|when)\s+i\s+(?:see|hear|meet)\s+<G>"
    r"[^.!?]{0,30}?\bi\s+(?:feel|get|want to)\s+(?:physically\s+)?(?:sick|nauseous|ill|disgusted|"
    r"like (?:puking|throwing up|vomiting)|puke|vomit|throw up)"
    r"|\b(?:filled with|full of|overcome with)\s+(?:disgust|hatred|rage|contempt|loathing|revulsion)\s+"
    r"(?:whenever|when|every time)\s+<G>"
    r"|<G>[^.!?]{0,60}?\bdeserves?\s+(?:nothing but|only)\s+(?:contempt|hatred|hate|scorn|disgust|"
    r"pain|suffering|death)\b)",
    r"(?P<refuse>\b(?:i|we)\s+(?:could|would|will|can)\s*(?:n't|not|never)\s+(?:ever\s+)?"
    r"(?:respect|trust|be friends with|befriend|hire|rent to|work with|vote for|sit next to|"
    r"shake hands with)\s+<G>"
    r"|\b(?:i\s+)?(?:don't|do not|dont)\s+think\s+<G>\s+(?:\w+\s+)?(?:deserve|deserves|should get|"
    r"should have|should be given)\s+(?:any\s+|our\s+|the same\s+)?(?:kindness|respect|rights|"
    r"help|pity|compassion|dignity|sympathy|mercy|to be treated with (?:kindness|respect|dignity)|"
    r"to live|to exist|to vote|equal rights|human rights)\b)",
)

_EN = _EN_SUBJECT + _EN_OBJECT
# ~740 KB of pattern between them, 3-5 s to compile: compiled when a line first names a
# group, or at warm-up (see :mod:`.deferred`)
SAID: Final = Deferred(_build(_EN, GROUP_EN) + "|" + _build(_RU, GROUP_RU, len(_EN)))
SAID_AGAIN: Final = Deferred("|".join((
    _build(_EN_SUBJECT, _REF_SUBJECT),
    _build(_EN_OBJECT, rf"{_REF_SUBJECT}|{_REF_OBJECT}", len(_EN_SUBJECT)),
    _build(_RU, rf"{_REF_SUBJECT}|{_REF_OBJECT}", len(_EN)))))

_GOOD_EN = alt(
    "wonderful", "amazing", "brilliant", "great", "awesome", "fantastic", "lovely", "kind",
    "smart", "intelligent", "talented", "valuable", "welcome", "beautiful", "strong", "brave",
    "inspiring", "incredible", "an asset", "a gift", "a blessing", "fine people", "good people",
    "the best", "so important", "essential", "heroes", "human beings", "people too", "human too",
    "our neighbours", "our neighbors", "our equals",
)
PRAISED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    rf"\b(?:i|we)\s+(?:really\s+|truly\s+|absolutely\s+|just\s+|so\s+)*(?:love|adore|admire|respect|"
    rf"support|appreciate|welcome|celebrate|value|stand with)\s+(?:all\s+)?(?:{GROUP_EN})\s*"
    rf"(?:[.!,;)]|$|so much|and\b)"
    rf"|\bwe\s+need\s+(?:more|many more|lots more)\s+(?:{GROUP_EN})\s+(?:in|at|on|as|working|teaching|"
    rf"leading|running)\b"
    rf"|(?:{GROUP_EN})(?:\s+(?:are|is)|'re)\s+(?:\w+\s+)?(?:{_GOOD_EN})\s*"
    rf"(?:[.!?,;)]|$|and\b|people\b|like us\b|just like\b)"
    rf"|\b(?:they|(?:{GROUP_EN}))\s+(?:bring|add|contribute|give|offer)\s+(?:so\s+|such\s+)?(?:much|a lot|"
    rf"so much|loads)\s*(?:[.!,;)]|$|to\b|of value|value|joy|talent|culture|energy|life|good)"
    rf"|\bproud\s+(?:to be|of being|of)\s+(?:a\s+|an\s+)?(?:{alt(*ADJ_EN)}|(?:{GROUP_EN}))\b")))
"""Praise of a group in its author's own words ("we need more X in science, they bring so
much to it"), which the heads, reading the group's name, may score as hate: read only where
no frame of :data:`SAID` matches and nothing hostile is said (:data:`HOSTILE`)."""
HOSTILE: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    rf"\b(?:{_DEROGATORY_EN}|{_HARM_ACT_EN}|{_HATE_VERB_EN}|{SLURS_EN}|not|n't|never|no|nobody|"
    rf"said no one|says no one|lol|lmao|haha|sarcasm|/s|jk|kidding|yeah right|sure|said|says|"
    rf"hate|kill|die|dead|but|except|unless|only)\b")))
"""Words that make praise sarcasm, a concession or someone else's: any derogatory word,
harm, hatred, a slur, a negation, a laugh or a "but"."""
HARSH: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    rf"\b(?:{_DEROGATORY_EN}|{_HARM_ACT_EN}|{_HARMED_EN}|{_HATE_VERB_EN}|{SLURS_EN}|go back|"
    rf"send (?:them|'em|him|her|you|it)|ship (?:them|'em)|shit ?holes?|hell ?holes?|dumps?|jungles?|"
    rf"their (?:own )?kind|those people|these people|savages?|infested|overrun|invaded|"
    rf"fuck\w*|damn\w*|bloody)\b")))
"""Words that make a place named no neutral plan: a derogatory, harmful or hateful word, a
slur, an order to go back, a place insulted ("shithole"), its people spoken of as "those
people" (see :func:`groups.named_as_place`)."""
