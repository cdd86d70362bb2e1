"""Hate said *of* a protected group: a group named as the subject or object of a
derogatory or dehumanizing predicate, a wish of harm, or an exclusion.

The n-gram hate row and the embedding head learn words; what makes a sentence hateful
is often what it says of whom. "Trans people belong in a zoo" has no slur and no word a
hateful training row owns, and once the row stopped scoring group names as hate (they
name groups in benign chat too) such sentences scored nothing. This module reads the
composition instead: *group* + *predicate*, said by the author. The words are in
:mod:`~chatwarden.detect.judge.group_words` (the groups) and
:mod:`~chatwarden.detect.judge.group_frames` (the predicates and the frames joining them),
the readers of typos and glued words in :mod:`~chatwarden.detect.judge.group_spelling`;
this module judges who says it.

What vetoes a match, because the author is not the one saying it: negation of the
predicate ("… are not vermin", "I don't hate …"), a quotation ("'… are vermin'"),
reported speech ("he said …") and counter-speech ("saying … is wrong", "statements
like … have no place here"). A group named in a question that *asks* ("why do some
people hate …?") has no predicate of the author's. Abuse of a target that is no
protected group (bankers, politicians) is left to the toxicity and insult labels.

All patterns run on :func:`~chatwarden.detect.normalize.normalize`'s text (look-alikes,
leet, spaced letters and stretched words undone). A message in which no frame matches is
read once more with its typos and glued words read back (:func:`group_spelling.respelled`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from chatwarden.detect.judge.group_frames import (
    CHANTED,
    COLOUR_BEAST,
    ESCAPED_RUN,
    HARSH,
    HOSTILE,
    PRAISED,
    SAID,
    SAID_AGAIN,
    SCORES,
    SENT_BACK,
    SPECIES,
    named_by_frame,
)
from chatwarden.detect.judge.group_spelling import respelled
from chatwarden.detect.judge.group_words import (
    ASKED_WHAT_EN,
    COUNTRIES_EN,
    GROUP_EN,
    GROUP_NAMED,
    GROUP_NOUNS_EN,
    GROUP_RU,
    MENTIONED_AFTER_EN,
    MENTIONED_EN,
    RECLAIMED_EN,
    SLUR_SENSED_EN,
    SLURS_EN,
    alt,
)
from chatwarden.detect.normalize import Normalized, normalize

# ── vetoes: the author is not the one saying it ───────────────────────────────
QUOTED: Final = re.compile(
    r"[\"“„«][^\"”“«»\n]*[\"”»]"
    r"|(?:^|(?<=[\s(:,]))['‘](?=\w).*?['’](?=$|[\s.,!?;:)])"
)
"""A quotation, in double or guillemet quotes, or in single quotes that open a word: someone
else's words (the gates read it too, for harm said outright)."""


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation (:data:`QUOTED`)."""
    return any(q.start() <= start and end <= q.end() for q in QUOTED.finditer(text))
_COUNTER: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:saying(?! it (?:as|like) it is)|to say|to call|calling|"
    r"(?:statements?|comments?|remarks?|slogans?|phrases?|"
    r"words|things|posts?|tweets?|jokes?) (?:like|such as|saying)|"
    r"(?:idea|notion|claim|belief|lie|myth|stereotype|assumption|"
    r"misconception|view|narrative|trope|generali[sz]ation)s? that|is it true|"
    r"do you (?:really )?(?:think|believe)|"
    r"(?:stop|quit) (?:saying|calling|treating|comparing|spreading)|when you (?:say|said|call)|"
    r"if you (?:think|believe|say|call)|how (?:can|could|dare) you|shame on|"
    r"no place|(?:not|never) (?:okay|ok|acceptable|fine|true|cool|justified)|"
    r"(?:no one|nobody|noone) should (?:ever )?(?:type|say|write|post)|"
    r"(?:is|are|was|were|it's|that's|thats|"
    r"its|so|sounds|deeply|totally|utterly|very|pure|plain|just) (?:\w+ )?(?:wrong|hateful|"
    r"hurtful|racist|sexist|homophobic|transphobic|islamophobic|antisemitic|anti-semitic|"
    r"bigoted|bigotry|xenophobic|ableist|unacceptable|offensive|untrue|false|a lie|nonsense|"
    r"bullshit|harmful|hate speech|discrimination|discriminatory|prejudice[d]?|ignorant)|"
    r"i (?:can't|cannot|can not) believe|condemn|denounce|(?:are|is) (?:a |an )?(?:bigots?|"
    r"racists?|idiots?) (?:for|to|if)|people who (?:say|think|believe|hate|call|threaten|attack|"
    r"hurt|harass)|"
    r"говорить|говорят|сказал[аи]?|называть|утверждать|нельзя так|это (?:расизм|ксенофобия|"
    r"гомофобия|неправда|ложь|мерзко|отвратительно|ненависть)|стереотип|миф о том)\b"
)))
_REPORTED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"(?<!\bi )\b(?:says|said|thinks|claims|claimed|believes|told|tweeted|wrote|posted|shouted|"
    r"yelled|argued|argues|insists|keeps saying|kept saying|считают|считает|говорит|сказал[аи]?|"
    r"пишут|пишет)\b"
    r"|\b(?:they|people|some|someone|somebody|others|many|who|you|you all|y'all|u|folks|men|"
    r"racists|bigots)\s+(?:\w+\s+)?(?:say|think|claim|believe|insist)\b"
    # a view given to its holders: "to them, X are just objects", "in their eyes X are animals"
    r"|(?:^|[,;:]\s*)(?:to|for)\s+(?:them|him|her|those \w+|these \w+|such \w+)\s*,"
    r"|\bin\s+(?:their|his|her)\s+eyes\b"
)))
_CALLED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:called|calls|calling)\s+(?:me|him|her|us|them|you|my \w+|each other)\b"
    r"|\b(?:was|were|been|being|get|got|gets|getting)\s+called\b")))
"""A slur thrown at the author or at someone else, reported: "he called me a X"."""
_NO_BEFORE: Final = re.compile(r"\bno\s+$")
""""no X …" denies what follows of the group ("no X deserves to be attacked"); read only where
the frame starts at its group (after "no" as an interjection, "no ur wrong …", it denies nothing)."""
_NEGATED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"(?:\b(?:not|n't|never|no one|nobody|neither|nor)\b|n't\b|\bне\b|\bникто\b)"
    # not a disclaimer: "I'm not a bigot, I just think X are …" says it
    r"(?!\s+(?:an?\s+)?(?:racist|bigot|sexist|homophobe|transphobe|islamophobe|xenophobe|nazi|"
    r"hater|misogynist)s?\b)"
    r"[^.!?\n]{0,40}?\b(?:think|thinks|believe|believes|true|say|says|agree|accept|the case|because|"
    r"claim|mean|fair|right|считаю|думаю|правда|верно)\b"
    r"|(?:(?<!\bwhy )\bnot|n't|\bnever|\bне|\bнет)\s+$"
)))
_CITING: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:saying(?! it (?:as|like) it is)|to say|calling|to call|"
    r"(?:statements?|comments?|remarks?|posts?|tweets?|"
    r"jokes?|words|things) (?:like|such as|saying)|"
    r"(?:stop|quit) (?:saying|calling|repeating|spreading|posting|writing)|repeating that|"
    r"(?:when|if) you (?:say|said|call|write|post|think|believe)|"
    r"(?:people|anyone|anybody|someone|somebody|everyone|those|folks) who (?:says?|said|thinks?|"
    r"believes?|calls?|claims?)|"
    r"called(?: (?:them|him|her|us|you|me))?|(?:lies?|myths?|stereotypes?) that|"
    # left3: "the idea that X are parasites is nazi propaganda"
    r"(?:idea|notion|belief|view|narrative|trope|assumption|generali[sz]ation)s? that|"
    r"claiming|suggesting|implying|insinuating|"
    r"(?:claims?|suggesting|implying|pretending|insinuat(?:e|es|ed|ing)|impl(?:y|ies|ied)|"
    r"suggests?|suggested) that|"
    r"used to (?:think|believe)|"
    # a hashtag named as one: "hashtags like #X should be banned", "the trending #X tag"
    r"(?:hashtags?|tags?) (?:like|such as)|trending|"
    # hate referenced by what carried it, or as an act: "the post claiming X are parasites",
    # "posting that X are diseased", "whoever wrote that X …", "talking about X like they …"
    r"(?:posts?|tweets?|comments?|memes?|videos?|signs?|flyers?|leaflets?|articles?|chants?|"
    r"speech|speeches|rhetoric|messages?|threads?|rants?|statements?|remarks?|jokes?|slogans?|"
    r"songs?|ads?|headlines?|banners?|graffiti|propaganda|people|someone|somebody|anyone|users?|"
    r"trolls?|politicians?|speakers?|accounts?|guys?)\s+(?:(?:that|which|who)\s+)?(?:saying|"
    r"claiming|calling|comparing|describing|suggesting|implying|insisting|arguing|says|said|"
    r"claims|claimed|calls|called|compares|compared|describes|described|about)|"
    r"(?:posting|writing|tweeting|describing|comparing|referring to|telling|blaming|treating|"
    r"portraying|depicting) (?:that )?|"
    r"whoever (?:says|said|wrote|writes|posted|posts|thinks|tweeted|calls|called)|"
    r"talking about\s+(?:\w+\s+){1,3}?(?:like|as if|as though)|"
    r"говорить|называть|"
    r"утверждать)\b"
)))
_CONDEMNING: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:wrong|hateful|hurtful|racist|sexist|homophobic|transphobic|islamophobic|"
    r"antisemitic|anti-semitic|bigoted|bigotry|xenophobic|ableist|unacceptable|offensive|"
    r"hate speech|discrimination|discriminatory|prejudiced?|not (?:okay|ok|acceptable|cool)|"
    r"no place|shame on|(?:be|are|feel) ashamed|disgusting|shameful|bigots?|"
    r"hatred|pure hate|despicable|appalling|inexcusable|never (?:okay|ok|acceptable|cool)|"
    r"(?:you're|you are|youre) the problem|banned|good riddance|reported|lies|myths?|untrue|"
    r"disgrace(?:ful)?|lie|(?:no one|nobody|noone)\s+should\s+(?:ever\s+)?(?:type|say|write|post|think)|"
    # fourth suite: "… is abuse, plain and simple", "we have to call out hatred of X",
    # "claiming X are inferior says everything about you"
    r"(?:is|it's|that's|thats|its)\s+(?:\w+\s+)?(?:abuse|abusive|harassment|bullying)|"
    r"call(?:s|ed|ing)?\s+(?:\w+\s+)?out|speak(?:s|ing)?\s+out|stand(?:s|ing)?\s+up\s+(?:to|against)|"
    r"says?\s+(?:more|everything|a lot|plenty|so much)\s+about\s+(?:you|yourself|the speaker)|"
    r"false|nonsense|delete (?:this|that|it)|(?:sick|tired) of (?:hearing|seeing)|"
    r"\w*(?:not|n't) (?:a joke|funny|okay|ok|acceptable|cool|true)|dehumani[sz]ing|demeaning|degrading|"
    r"look (?:\w+ )?at (?:themselves|yourself|yourselves)|need (?:help|to grow up)|grow up|"
    r"educate (?:themselves|yourself)|cowards|cowardly|pathetic|"
    r"spread(?:s|ing)? (?:hate|hatred|bigotry)|fired|arrested|suspended|lost (?:his|her|their) jobs?|"
    r"makes? you (?:the |a |an )?(?:loser|problem|bigot|idiot|asshole|racist|sexist)|"
    r"vile|sickening|gross|(?:is|are) (?:a )?monsters?|against the rules|out of line|removed|"
    r"taken down|deleted|retracted|booed|condemned|propaganda|unsafe|misogyn\w*|"
    r"made me (?:cry|sick|angry)|makes? me (?:so )?(?:sick|angry|furious)|angry|torn down|"
    r"(?:isn't|aren't|is not|are not|wasn't) funny|nazis?|bigoted|cruel|"
    r"racism|sexism|xenophobia|islamophobia|homophobia|transphobia|"
    r"расизм|ксенофобия|гомофобия|мерзко|отвратительно|нельзя)\b"
)))
"""Counter-speech the models read as hate ("saying immigrants are parasites is bigotry"):
the hateful words are *cited* (a verb of saying before them) *and* condemned. Both are
required: "stop saying X are good, they are parasites" cites but condemns nothing. Both are
squeezed as the normalizer writes ("calling" is "caling")."""
_JUDGED: Final = re.compile(
    rf"\b(?:is|are|was|it's|that's|its|thats)\s+(?:\w+\s+){{0,3}}?(?:{_CONDEMNING.pattern})")
"""A quotation the author then judges ("'X are vermin'? No. That kind of talk is hateful"):
cited by the quotation marks, condemned in the author's own sentence."""
_OPPOSED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    # hostility to the group named as an act, to be condemned: "calling X vermin is hateful",
    # "threatening X is never acceptable", "your comment about X …", "stop dehumanising X"
    r"(?P<hatred>\b(?:calling|comparing|threatening|insulting|attacking|harassing|abusing|bullying|"
    r"mocking|hurting|harming|dehumani[sz]ing|demoni[sz]ing|slandering|stereotyping|"
    r"scapegoating|discriminating against|hating|called (?:them|him|her|us|me|you)|"
    r"to (?:threaten|insult|attack|harass|abuse|bully|mock|hurt|harm|dehumani[sz]e|demoni[sz]e|"
    r"hate|discriminate against|slander|stereotype|scapegoat)|"
    r"(?:people|those|anyone|anybody|someone|somebody|men|folks|guys|everyone|racists|bigots) "
    r"who (?:hates?|attacks?|threatens?|harass(?:es)?|bull(?:y|ies)|insults?|mocks?|abuses?|hurts?|"
    r"despises?|discriminates? against|dehumani[sz]es?|demoni[sz]es?|calls?|compares?|describes?|"
    r"labels?|refers? to)(?:\s+to\s+(?:hurt|harm|kill|attack|beat))?|"
    r"(?:what|things?|everything|the stuff)\s+(?:you|he|she|they|people|someone)\s+(?:just\s+)?(?:said|"
    r"say|says|wrote|write|posted|tweeted|claimed)\s+about|(?:your|his|her|their)\s+(?:view|opinion|"
    r"belief|claim|idea|take|assumption|comment|post|tweet)s?\s+(?:that|about)|"
    r"spreading (?:lies|hate|myths|"
    r"rumou?rs) about|(?:jokes?|comments?|remarks?|slurs?|insults?|threats?) (?:about|against|"
    r"towards?|at)|violence (?:against|towards?)|hatred (?:of|for|towards?)|hate against|"
    # left3: the act forbidden too, "you can't call X animals, that's racist"
    r"(?:people|they|you|someone|anyone|everyone)\s+(?:(?:can'?t|cannot|can not|shouldn'?t|"
    r"should not|mustn'?t|must not|don'?t|do not|never)\s+)?(?:insult|attack|threaten|mock|harass|"
    r"bully|abuse|hurt|dehumani[sz]e|demoni[sz]e|slander|call|compare|describe))\s+['\"“‘]?"
    rf"(?:\w+\s+)?(?:{GROUP_EN})\b)"
    # harm to the group denied: "nobody should ever hurt a X", "I have zero hatred for X"
    r"|(?P<violence>\b(?:nobody|no one|noone|never|shouldn't|should not|mustn't|"
    r"must not|wouldn't|would not)\s+(?:(?:ever|even|really|should|would|want to|wanna|dare|"
    r"ever want to|like to|to)\s+){0,3}(?:hurt|harm|attack|kill|threaten|beat|"
    r"hit|bully|harass|abuse|target|punish)(?:s|ed|ing)?\s+"
    rf"(?:\w+\s+)?(?:{GROUP_EN})\b"
    rf"|\bnever\s+(?:\w+\s+){{0,2}}?wish\s+(?:harm|ill|violence|death|anything bad|pain|suffering)\s+"
    rf"(?:on|upon|to|for|against)\s+(?:{GROUP_EN})\b"
    rf"|\bnever\s+(?:\w+\s+){{0,3}}?see\s+(?:{GROUP_EN})\s+(?:harmed|hurt|attacked|killed|"
    r"suffer|suffering|beaten|bullied)\b)"
    r"|(?P<hatred__2>\b(?:zero|no|not any|not a shred of|not an ounce of)\s+(?:hatred|hate|"
    rf"contempt|disgust|animosity|ill will|malice)\s+(?:for|towards?|against|of)\s+"
    rf"(?:{GROUP_EN})\b)"
)))
"""Opposition to hate of a group said with no frame of :data:`SAID` to deny: hostility to
it named as an act and condemned in the same message, or harm to it denied. The heads read
the words of hate in both."""
_PUNISHED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\s*(?:\w+\s+){0,3}?(?:should|must|need to|needs to|deserves? to|ought to)\s+be\s+"
    r"(?:in\s+(?:prison|jail)|behind bars|jailed|arrested|prosecuted|banned|punished|charged)\b"
    r"|\s*(?:\w+\s+){0,3}?belongs?\s+(?:in\s+(?:prison|jail)|behind bars)\b")))
"""Punishment asked for those whose hostility to a group :data:`_OPPOSED` names ("anyone who
threatens to hurt X should be in prison"): a condemnation of them, read only right after the
act named (a group "should be jailed" elsewhere is the frames' to read)."""
_SENTENCE_END: Final = re.compile(r"[.!?\n]")
_OBJECT_OF: Final = re.compile(
    r"\b(?:against|towards?|about|"
    r"(?<![\d%] )(?<!\ball )(?<!\bmost )(?<!\bmany )(?<!\bsome )(?<!\bnone )(?<!\bany )(?<!\bfew )"
    r"(?<!\bhalf )(?<!\bone )(?<!\beach )(?<!\bboth )(?<!\blot )(?<!\blots )of)\s+$"
)
"""A group that is the object of a preposition ("violence against X has no place", "hatred
of X is wrong", "your comment about X being dirty") is not the subject the predicate is
said of; "most of X" still is. Read only where the frame starts at its group
(:data:`_LEADS`): "better off if X …" is squeezed to "of"."""
_NEGATION: Final = re.compile(
    r"\b(?:(?:do|does|did)\s+not|(?:do|does|did)n't|dont|doesnt)\b|\b(?:not(?!\s+(?:only|just)\b)|never)\b"
    r"|(?<=\w)n't\b")
"""A negation inside a frame; "not only" and "not just" add to what they precede. The
auxiliary goes with it ("X don't deserve to be treated like criminals" is "X deserve to be
treated like criminals" denied)."""
_INVERTED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?P<aux>(?:do|does|did|should|would|could|can|will|is|are|was|were|must|have|has|wo|"
    r"ca)n't)(?=\s+(?:you|u|we|they|it|i|people|everyone|anyone)\b)"
    r"|\b(?:is|are|was|do|does|did|should|would|could|can)\s+(?:it|you|we|they|i)\s+"
    r"(?P<not>not)\b")))
"""A negated auxiliary before its subject, asking for agreement ("don't you agree that …",
"shouldn't we just …", "isn't it obvious that …", "is it not clear that …"): the claim after
it is asserted, not denied (HateCheck's F16, hate phrased as a question)."""
_ENDORSED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"[^.!?\n]{0,25}?\b(?:was|is|were|are|'s|'re)\s+(?:so\s+|totally\s+|absolutely\s+|"
    r"completely\s+|dead\s+|100%\s+|just\s+)?(?:right|correct|spot on|on point|true|accurate|"
    r"onto something|not wrong)\b"
    r"|[^.!?\n]{0,25}?\b(?:still|so|totally|100%|all)\s+(?:true|right|correct|facts)\b")))
"""Someone else's words endorsed after them ("whoever said X are apes was right"): the author
says them too."""
_RULE_ASKED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:is|was|would)\s+it\s+(?:be\s+)?(?:\w+\s+)?(?:legal|illegal|lawful|unlawful|allowed|"
    r"against the law|discrimination|discriminatory)\s+(?:for\s+(?:\w+\s+){1,2}?)?to\s+$")))
"""A frame asked as a rule ("is it legal to refuse to rent to X?"): a question of law."""
_SUBJECT_KINDS: Final = frozenset(("derogate", "harm", "exclude"))
_LEADS: Final = re.compile(ESCAPED_RUN.sub(r"\1", rf"(?:{GROUP_EN})\b"))
_BANG: Final = re.compile(r"(?<=\w)[!¡]+[!?1]*(?=\W|$)")


@dataclass(frozen=True, slots=True)
class Said:
    """What was said of which group: the evidence a moderator reads."""

    kind: str
    words: str

    @property
    def score(self) -> float:
        return SCORES[self.kind]

    @property
    def note(self) -> str:
        return f"hate: {self.kind} said of a protected group ('{self.words}')"



def _comparable(text: str) -> Normalized:
    """The normalizer's view of ``text``; a '!' after a word is punctuation, not a leet
    'i' (replaced by as many dots, so spans still index what the member wrote)."""
    if "!" in text or "’" in text:
        text = _BANG.sub(lambda m: "." * len(m.group(0)), text).replace("’", "'")
    return normalize(text)


def _before(norm: str, start: int) -> str:
    """The words of ``start``'s sentence that come before it."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, start)), default=0)
    return norm[sentence_start:start]


def _kind(match: re.Match[str]) -> str:
    """The kind of the frame that matched: its named group, less the suffix that keeps
    names unique."""
    return next(k for k, v in match.groupdict().items() if v is not None).split("__")[0]


def _object(norm: str, match: re.Match[str]) -> bool:
    """Whether a subject frame's group is the object of a preposition (no frame at all)."""
    return (_kind(match) in _SUBJECT_KINDS and _LEADS.match(norm, match.start()) is not None
            and _OBJECT_OF.search(_before(norm, match.start())) is not None)


def _asserting(norm: str) -> str:
    """``norm`` with its negated auxiliaries that ask for agreement blanked out (spans
    unchanged, see :data:`_INVERTED`)."""
    for match in reversed(list(_INVERTED.finditer(norm))):
        start, end = match.span("aux") if match.group("aux") else match.span("not")
        norm = norm[:start] + " " * (end - start) + norm[end:]
    return norm


def slur_use(norm: str, start: int, end: int) -> str | None:
    """Why the slur's word at ``norm[start:end]`` is no slur thrown, or None: a homonym in
    its everyday sense (:data:`~group_words.SLUR_SENSES_EN`: "a faggot of sticks", "the
    dykes held"), reclaimed by its own group (:data:`~group_words.RECLAIMED_EN`), or the
    word itself the topic (:data:`~group_words.MENTIONED_EN`: "the word X", "he called me a
    X", "X is a slur"; a slur only quoted is not one: Davidson's retweets quote their own)."""
    word = norm[start:end]
    sentence_end = _SENTENCE_END.search(norm, end)
    sentence = norm[start - len(_before(norm, start)):sentence_end.start() if sentence_end else None]
    if any(slur.fullmatch(word) and sense.search(sentence) for slur, sense in SLUR_SENSED_EN):
        return "homonym"
    if any(m.start() <= start and end <= m.end() for m in RECLAIMED_EN.finditer(norm)):
        return "reclaimed"
    before, after = norm[:start], norm[end:]
    if (MENTIONED_EN.search(before) or MENTIONED_AFTER_EN.match(after)
            or (ASKED_WHAT_EN[0].search(before) and ASKED_WHAT_EN[1].match(after))
            or _CALLED.search(_before(norm, start))) and not _CALLING.search(before):
        return "mentioned"
    return None


_SLUR: Final = re.compile(rf"\b(?:{SLURS_EN})\b")
_CALLING: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"\b(?:i|we)(?:'\w+)?\s+(?:[\w']+\s+){0,3}?(?:call|called|calling)\s+(?:[\w']+\s+){1,2}?"
    r"(?:an?\s+)?$")))
"""The author calling someone a slur ("I wasn't calling you a X, but you are one"): no report."""


def _slurs_unused(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` holds a slur's word and every one there is no slur thrown
    (:func:`slur_use`)."""
    words = list(_SLUR.finditer(norm, start, end))
    return bool(words) and all(slur_use(norm, *w.span()) for w in words)


def _veto(norm: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> str | None:
    """Why the author of ``norm`` is not the one saying ``match``, or None."""
    start, end = match.span()
    if any(a <= start and end <= b for a, b in quoted):
        return "quoted"
    before = _before(norm, start)
    asserted = _before(_asserting(norm), start)
    if _NEGATED.search(asserted) or (_NO_BEFORE.search(before) and _LEADS.match(norm, start)):
        return "negated"
    if _slurs_unused(norm, start, end):
        return "unused"
    if _RULE_ASKED.search(before):
        return "asked"
    if _kind(match) == "slur" and _CALLED.search(before):
        return "reported"
    if _REPORTED.search(before) and not _ENDORSED.match(norm, end):
        return "reported"
    return None


def _kept_animal(norm: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a colour's beast in a sentence about animals kept, hunted or
    studied ("the zoo just got two black apes"): a species, no group."""
    return COLOUR_BEAST.match(norm, match.start()) is not None \
        and SPECIES.search(_before(norm, match.start())) is not None


def _first(norm: str) -> re.Match[str] | None:
    """The first predicate of a group in ``norm`` its author says; None also when the
    message condemns it elsewhere (counter-speech), unless the author endorses it right after
    ("banned for saying X are freaks, still true"). "Go back where you came from" names its
    group by origin (:data:`SENT_BACK`), a chanted hashtag by what it demands of them
    (:data:`CHANTED`: "#DeportThemAll")."""
    group = (GROUP_NAMED.search(norm) or SENT_BACK.search(norm) or CHANTED.search(norm)
             or named_by_frame(norm))
    if group is None:
        return None
    quoted = [m.span() for m in QUOTED.finditer(norm)]
    for pattern, pos in ((SAID, 0), (SAID_AGAIN, group.end())):
        for match in pattern.finditer(norm, pos):
            if _object(norm, match) or _veto(norm, match, quoted) \
                    or _cited(norm, match, _before(norm, match.start()), quoted) \
                    or _kept_animal(norm, match):
                continue
            if _ENDORSED.match(norm, match.end()) is None and (
                    _COUNTER.search(norm[:match.start()]) or _COUNTER.search(norm[match.end():])):
                return None
            return match
    return None


def _said(match: re.Match[str], words: str) -> Said:
    """The kind of the frame that matched (its named group, less the suffix that keeps
    names unique) and the words a moderator reads."""
    return Said(_kind(match), words.strip(" .,!?"))


def said_of_group(text: str) -> Said | None:
    """The first derogatory, dehumanizing, harmful or excluding predicate that ``text``'s
    author says of a protected group, or None. Counter-speech anywhere else in the message
    (quoting hate to condemn it) vetoes the whole message; inside the predicate it is the
    predicate ("… are ignorant", "… have no place here"). The evidence is what the member
    wrote, or the respelled words where a typo was read."""
    normalized = _comparable(text)
    norm = normalized.text
    match = _first(norm)
    if match is not None:
        start, end = normalized.span(*match.span())
        words = text[start:end]
    else:  # typos and glued words dodge the lists; a frame still needs group and predicate
        respelled_text = respelled(norm)
        if respelled_text == norm or (match := _first(respelled_text)) is None:
            return None
        words = match.group(0)
    return _said(match, words)


def names_group(text: str) -> bool:
    """Whether ``text`` names a protected group or calls someone a slur (the prefilter of
    :func:`said_of_group`): hate attacks people *for* a protected characteristic, so a text
    without one can still be rude, never hateful of a group it does not name."""
    return GROUP_NAMED.search(_comparable(text).text) is not None


def named_by_author(text: str) -> bool:
    """Whether ``text``'s author names a protected group in their own words: outside a
    quotation, not as what someone else said ("my uncle said all X should be shot"), in no
    counter-speech ("saying 'X are animals' is disgusting"). The cascade's threat or violence
    against a group is hate only then: a quoted threat is evidence of someone else's."""
    norm = _comparable(text).text
    if _COUNTER.search(norm):
        return False
    return any(not in_quotation(norm, m.start(), m.end())
               and not _REPORTED.search(_before(norm, m.start())) for m in GROUP_NAMED.finditer(norm))


def _unquoted(part: str, quoted: list[tuple[int, int]], offset: int = 0) -> str:
    """``part`` (starting at ``offset`` of the message) with its quotations blanked out:
    a condemnation must be the author's words, not the cited ones ("'X are vile'")."""
    for a, b in quoted:
        lo, hi = max(a - offset, 0), min(b - offset, len(part))
        if lo < hi:
            part = part[:lo] + " " * (hi - lo) + part[hi:]
    return part


def _cited(norm: str, match: re.Match[str], before: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``match`` is cited to condemn it: after a verb of saying with a condemnation
    around it (someone else's words reported, then condemned: "he said X are animals and got
    banned"), or quoted and then judged in the author's own sentence (:data:`_JUDGED`)."""
    after = _unquoted(norm[match.end():], quoted, match.end())
    if _ENDORSED.match(after):
        return False
    if _CITING.search(before) or _REPORTED.search(before):
        return bool(_CONDEMNING.search(_unquoted(before, quoted, match.start() - len(before)))
                    or _CONDEMNING.search(after))
    return _veto(norm, match, quoted) == "quoted" and _JUDGED.search(after) is not None


def _unsaid(norm: str, group: re.Match[str]) -> Iterator[tuple[re.Match[str], str]]:
    """The frames of ``norm`` its author denies or condemns, each with why: negated
    before the frame ("not all X are …"), cited and condemned (see :data:`_CITING`), then
    negated inside ("X are not vermin", "I don't hate X"; found with each negation blanked
    out, spans unchanged, since the frames never match a negated predicate). Quoted and
    reported frames are vetoed as the author's hate but not here: in the training sources'
    hate rows a quote or a report is as often the author's own (Davidson's retweets), see
    the notes in :func:`condemned`."""
    quoted = [m.span() for m in QUOTED.finditer(norm)]
    asserting = _asserting(norm)  # "don't you agree that X …" asserts what follows
    blanked = _NEGATION.sub(lambda m: " " * len(m.group(0)), asserting)
    negations = [m.start() for m in _NEGATION.finditer(asserting)]
    for text, negated in ((norm, False), (blanked, True)):
        for pattern, pos in ((SAID, 0), (SAID_AGAIN, group.end())):
            for match in pattern.finditer(text, pos):
                if _object(text, match):
                    continue
                slur = _kind(match) == "slur"  # "I'm not a X" denies being one, not the slur
                if negated:
                    if not slur and any(match.start() <= n < match.end() for n in negations):
                        yield match, "denied"
                    continue
                before = _before(norm, match.start())
                if _veto(norm, match, quoted) == "negated":
                    if not slur:
                        yield match, "negated"
                elif _cited(norm, match, before, quoted):
                    yield match, "cited"


_NAMING: Final = re.compile(r"\b(?:cal+s?|cal+ed|cal+ing|compar\w*|describ\w*|label\w*|refer\w*)\b")
_NAMED_AS: Final = re.compile(
    r"^\s*(?:(?!(?:is|are|was|were|need|needs|should|must|have|has|that|who|and|but)\b)[\w'-]+\s*)"
    r"{1,3}")
"""The name a group is called, after "people who call X" (left3): up to three words before a
verb or a clause's edge. "Disgusting" there is the name thrown, not the author's verdict on
the throwers ("people who call gays disgusting are right" condemns no one). Where nothing
follows the name, the message is read whole, as before ("stop calling X disgusting")."""


def condemned(text: str) -> Said | None:
    """A predicate of a group that ``text`` names and whose author does not say it (see
    :func:`_unsaid`), or opposition to hate of it with no frame to deny (:data:`_OPPOSED`:
    "threatening X is never acceptable", "nobody should hurt a X"), or None; asked where
    :func:`said_of_group` found none. The cascade
    then keeps the models' hate score under the threshold: the member who answers,
    quotes or denies hate is not the one to queue for it, and the heads, which read words,
    score those words as hate whoever says them.

    Chosen on the training splits (frames found by :func:`_unsaid`, rows where
    :func:`said_of_group` found none): a negated frame is in 1 of Stormfront's 907 hate
    rows and in 4 benign ones (Stormfront noHate, Davidson offensive); a quoted or reported
    one in 10 of Davidson's 1,144 hate rows against 2 benign rows, so those stay with the
    heads."""
    normalized = _comparable(text)
    norm = normalized.text
    group = GROUP_NAMED.search(norm)
    if group is None:
        return None
    for match, _ in _unsaid(norm, group):
        start, end = normalized.span(*match.span())
        return _said(match, text[start:end])
    for match in _OPPOSED.finditer(norm):
        after = norm[match.end():]
        if _NAMING.search(match.group(0)) and (rest := _NAMED_AS.sub("", after, count=1)).strip():
            after = rest  # "call X disgusting are right": the name is no verdict
        if match.group("hatred") is not None and not (
                _CONDEMNING.search(norm[:match.start()]) or _CONDEMNING.search(after)
                or _PUNISHED.match(after)):
            continue  # hostility named, not condemned: "I wasn't calling you a X, but you are one"
        start, end = normalized.span(*match.span())
        return _said(match, text[start:end])
    # a quotation naming the group that no frame reads ("'kill all X'", a threat the gates
    # read), judged in the author's own words after it or reported and condemned: "'kill all
    # X' is a sentence no one should type", "he shouted 'go to hell, X'. Shameful."
    for quote in QUOTED.finditer(norm):
        after = norm[quote.end():]
        if GROUP_NAMED.search(quote.group(0)) and (
                _JUDGED.search(after) or (_REPORTED.search(_before(norm, quote.start()))
                                          and _CONDEMNING.search(after))):
            start, end = normalized.span(*quote.span())
            return Said("quoted", text[start:end])
    return None


def praised(text: str) -> str | None:
    """The words in which ``text``'s author praises a protected group ("we need more X in
    science, they bring so much to it"), or None: outside quotation, with nothing hostile,
    negated, laughed at or conceded anywhere in the message (:data:`HOSTILE`), and no frame
    of hate said (asked where :func:`said_of_group` found none). The cascade then keeps the
    heads' hate under the threshold, as for counter-speech."""
    normalized = _comparable(text)
    norm = normalized.text
    if GROUP_NAMED.search(norm) is None or HOSTILE.search(_asserting(norm)) is not None:
        return None
    quoted = [m.span() for m in QUOTED.finditer(norm)]
    for match in PRAISED.finditer(norm):
        if not any(a <= match.start() and match.end() <= b for a, b in quoted):
            start, end = normalized.span(*match.span())
            return text[start:end].strip(" .,!?")
    return None


_UNPROTECTED_EN: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    r"^\W*(?:(?:all|the|most|these|those|fucking|bloody|damn)\s+)*(?:bankers|landlords|politicians|"
    r"lawyers|estate agents|real estate agents|car salesmen|salesmen|telemarketers|bosses|managers|"
    r"ceos|billionaires|cops|tax collectors|bureaucrats|journalists|influencers|vegans|cyclists|"
    r"drivers|tourists|referees|football fans|gamers|fans|critics|tories|liberals|"
    r"conservatives|republicans|democrats|boomers|millennials|landlady|hipsters)"
    r"(?:\s+(?:are|is|were|was)\b|'re\b|\s*,)"
    # one person judged: "you're scum", "my boss is a disgusting pig"
    r"|^\W*(?:you(?:'re|re| are)|u r|ur|(?:my|our|his|her|your)\s+(?:\w+\s+)?(?:boss|neighbou?r|ex|"
    r"brother|sister|mum|mom|dad|teacher|coworker|co-worker|colleague|landlord|flatmate|roommate|"
    r"manager|husband|wife|boyfriend|girlfriend|cousin|uncle|aunt)\s+(?:is|was))\b")))
"""A message that starts by judging a group no hate-speech definition protects (a trade, a
party, a generation, a hobby: "bankers are greedy, lying parasites") or one person ("you're
scum", "my boss is a disgusting pig"). HateCheck's F22-F24: abuse of them is abuse, not
hate; the heads read the words of contempt whoever they are said of, and the insult and
toxicity labels still read it."""


def unprotected_target(text: str) -> str | None:
    """The words in which ``text`` opens by judging an unprotected group or one person
    (:data:`_UNPROTECTED_EN`), where it names no protected group and calls no one a slur; or
    None. Asked where :func:`said_of_group` found none; the cascade then keeps the heads' hate
    under the threshold (its insult and toxicity labels still read the abuse)."""
    normalized = _comparable(text)
    norm = normalized.text
    if (match := _UNPROTECTED_EN.search(norm)) is None or GROUP_NAMED.search(norm) is not None \
            or _SLUR.search(norm) is not None:
        return None
    start, end = normalized.span(*match.span())
    return text[start:end].strip(" ,")


_SLUR_NAMED: Final = re.compile(r"\b(?:the\s+)?[nfkrt][- ]?words?\b|\b(?:the\s+)?[nfkrt][- ]slurs?\b")
"""A slur named by its initial ("the n-word", "the f slur"): the word itself the topic."""
_RECLAIMABLE: Final = re.compile(ESCAPED_RUN.sub(r"\1", r"\b(?:queers?|dykes?|fags?|crips?)\b"))


def slur_unused(text: str) -> str | None:
    """The words in which ``text`` holds a slur's word, or names a slur, as no slur thrown, or
    None: every slur's word in it a homonym, reclaimed or the topic (:func:`slur_use`) or a
    slur named by its initial ("the n-word"), no other protected group named and nothing harsh
    said (:data:`HARSH`, with those words blanked). Asked where :func:`said_of_group` found
    none; the cascade then keeps the heads' hate, which reads the slur's letters, under the
    threshold (HateCheck's F8, F9 and counter-speech about a slur)."""
    normalized = _comparable(text)
    norm = normalized.text
    spans = [m.span() for m in _SLUR.finditer(norm)] + [m.span() for m in _RECLAIMABLE.finditer(norm)]
    if any(slur_use(norm, *span) is None for span in spans):
        return None
    spans += [m.span() for m in RECLAIMED_EN.finditer(norm)]
    spans += [m.span() for m in _SLUR_NAMED.finditer(norm)]
    if not spans:
        return None
    for start, end in spans:
        norm = norm[:start] + " " * (end - start) + norm[end:]
    if GROUP_NAMED.search(norm) is not None or HARSH.search(norm) is not None:
        return None
    start, end = normalized.span(*min(spans))
    return text[start:end]


_ASKED: Final = re.compile(ESCAPED_RUN.sub(r"\1", (
    # a rule: "are X allowed to marry in Texas?", "can X serve in the military?"
    rf"\b(?:are|is|can|may|do|does|should|will)\s+(?:{GROUP_EN})\s+(?:\w+\s+)?(?:allowed|permitted|"
    rf"able|eligible|entitled|required|obliged|supposed|legally allowed)\s+to\b"
    rf"|\bis\s+it\s+(?:legal|illegal|lawful|unlawful|against the law)\s+(?:for\s+\w+\s+)?to\b"
    # the group done to: "why are X discriminated against?", "… so often portrayed as criminals"
    rf"|\bwhy\s+(?:are|is|were|was)\s+(?:{GROUP_EN})\s+(?:(?:so|still|more|often|always|being|"
    rf"more likely to be|disproportionately|routinely|constantly|frequently|even)\s+)*"
    rf"(?:discriminated|targeted|attacked|bullied|harassed|victimi[sz]ed|oppressed|persecuted|"
    rf"stereotyped|excluded|underrepresented|under-represented|underpaid|paid less|denied|banned|"
    rf"portrayed|depicted|ignored|blamed|killed|murdered|arrested|stopped|marginali[sz]ed|"
    rf"mistreated|abused|hated|feared|misunderstood|overlooked|left out|rejected|scapegoated|"
    rf"called|labell?ed|seen|viewed)\b[^.!?]{{0,60}}"
    # others' hostility asked about: "why do people hate X?", "why do some think X are …"
    rf"|\bwhy\s+(?:do|does|did|would|are|is)\s+(?:(?:so\s+)?(?:many|some)\s+)?(?:people|others|"
    rf"everyone|they|politicians|the media|conservatives|men)\s+(?:still\s+|always\s+)?(?:hate|"
    rf"hating|attack|attacking|blame|blaming|discriminate against|target|targeting|fear|dislike|"
    rf"bully|harass|mock|stereotype|think|say|believe|treat|call)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{GROUP_EN})\b[^.!?]{{0,60}}"
    rf"|\bwhy\s+(?:do|does|did|would|should)\s+(?:we|they|you|people|the law|the state)\s+"
    rf"(?:even\s+|still\s+)*(?:let|allow)\s+(?:\w+\s+){{1,2}}?(?:to\s+)?(?:discriminate against|"
    rf"attack|harass|abuse|mistreat|exploit|target|bully|insult|threaten|evict|fire)\s+"
    rf"(?:{GROUP_EN})\b"
    # the group counted or its customs asked: "how many X live in France?", "how do X celebrate?"
    rf"|\bhow\s+(?:many|much|often|do|does|did)\s+(?:{GROUP_EN})\s+(?:\w+\s+){{0,2}}?"
    rf"(?:live|work|pray|celebrate|observe|vote|earn|are there|get|have|say|use)\b")))
"""A question that asks about a group rather than claims of it: a rule, what is done to it,
why others hate it, how many or how (HateCheck's genuine questions beside F16)."""


def asked_of_group(text: str) -> str | None:
    """The words in which ``text`` asks about a protected group (:data:`_ASKED`), or None:
    a question ("?"), no slur, nothing harsh outside the question's own words (:data:`HARSH`:
    "why are X so often portrayed as criminals?" names the criminals of the portrayal). Asked
    where :func:`said_of_group` found none; the cascade then keeps the heads' hate, which
    reads the group's name and the words of hate, under the threshold."""
    normalized = _comparable(text)
    norm = normalized.text
    if "?" not in norm or _SLUR.search(norm) or (match := _ASKED.search(norm)) is None:
        return None
    rest = norm[:match.start()] + " " * (match.end() - match.start()) + norm[match.end():]
    if HARSH.search(rest) is not None:
        return None
    start, end = normalized.span(*match.span())
    return text[start:end].strip(" .,!?")


_PLACE_NAMED: Final = re.compile(
    r"\b(?:i|we|i'?ll|we'?ll|i'?m|we'?re|i'?d|we'?d|i'?ve|we'?ve|my|our|us)\b[^.!?\n]{0,60}?"
    r"\b(?:to|in|from|into|at|visit|visiting|visited|across|around|through|via|near|for|"
    rf"outside|inside|back from)\s+(?:the\s+)?{alt(*COUNTRIES_EN)}\b")
"""A country or continent named in the author's own plan, trip or life: where we go, are,
or come from ("we'll do medical missions to nigeria", "my cousin in kenya")."""
_PEOPLE_OF: Final = re.compile(r"\b[a-z]{3,}(?:ians|eans|ans|ese|is)\b")
"""A word that may name a country's people ("nigerians", "somalis", "chinese"): where one is
written, the message may speak of them, so the place is not read as only a place."""


def named_as_place(text: str) -> str | None:
    """The words in which ``text`` names a country as a place in its author's own plan, trip
    or life ("we'll do medical missions to nigeria", "we're back from kenya"), where it names
    no protected group or its people, calls no one a slur and says nothing harsh
    (:data:`HARSH`: no derogatory word, harm, hatred, "go back", "shithole"); or None. A
    country named in a plan or a trip is not a group attacked: the n-gram row reads letters
    ("nigeria" holds what the normalizer makes of a slur), so the cascade keeps its hate under
    the threshold (``cascade.PLACE_DOUBT``), as for counter-speech."""
    normalized = _comparable(text)
    norm = normalized.text
    if GROUP_NAMED.search(norm) is not None or HARSH.search(norm) is not None \
            or _PEOPLE_OF.search(norm) is not None:
        return None
    if (match := _PLACE_NAMED.search(norm)) is None:
        return None
    start, end = normalized.span(*match.span())
    return text[start:end]


__all__ = ["GROUP_EN", "GROUP_NOUNS_EN", "GROUP_RU", "QUOTED", "SCORES", "Said", "asked_of_group",
           "condemned", "in_quotation", "named_as_place", "named_by_author", "names_group",
           "praised", "said_of_group", "slur_unused", "slur_use", "unprotected_target"]
