"""Rule 11.1 (*other people's* personal information) and the platform's doxxing rule.

Two questions, answered in turn, because the guidelines forbid exposing someone
else's data, not writing a number:

1. **Is there an identifier?** Kinds, each its own label: ``pii.phone`` (the
   ``phonenumbers`` library: international formats with ``+`` and the national
   formats of ``regions``, Russia by default — a bare 10-digit number reads as a
   US phone, so an English policy adds ``US``; toll-free and premium service
   numbers are not personal), ``pii.email``, ``pii.card`` (Luhn-checked, with a
   known network prefix), ``pii.document`` (SNILS and INN by their checksums, a
   passport series and number next to the word "паспорт"), ``pii.address`` (a
   street with a house number, Russian or English) and ``pii.coordinates``
   (latitude/longitude with four or more decimals, about 10 m).
2. **Whose is it?** (:mod:`chatwarden.detect.pii_whose`): ``other`` — a third
   party's, said in words ("вот номер Васи", "его адрес", "her address is",
   "твой номер"); ``unclear`` — nobody named, or only a reply or an @mention
   nearby; ``own`` — the author's own or offered for contact ("мой СНИЛС",
   "пишите мне", "my number is", "reach me at"); ``public`` — not a person's
   private data (an address inside a link, a mailing-list or role address, an
   example address, a company's or office's number, a published test card).

Scores follow the owner (other 1.0, unclear 0.6, own 0.2, public 0.1), so a
policy acts automatically on ``min_score: 0.9`` (a third party's, in words) and
queues the unclear ones for review; ``whose`` chooses which owners are flagged.
Evidence names the kind, its shape and whose it is ("phone number, +7, 11
digits; another person's: 'его'"), never the value, so the ledger and logs do
not spread what the rule protects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType
from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context, mentioned
from chatwarden.detect.linkfind import find_links
from chatwarden.detect.normalize import Normalized, clean, rewrite
from chatwarden.detect.pii_ids import card_network, inn_ok, luhn_ok, snils_ok
from chatwarden.detect.pii_whose import (
    SCORES,
    Owner,
    WhoseName,
    email_owner,
    owners,
    personal_mailbox,
    work_address,
)
from chatwarden.events import Event

LABELS = ("pii.phone", "pii.email", "pii.card", "pii.document", "pii.address", "pii.coordinates")
WHOSE: tuple[WhoseName, ...] = ("other", "unclear", "own", "public")
_DIGIT = re.compile(r"\d")
_ENOUGH_DIGITS = re.compile(r"(?:\d[\s()\-.]{0,3}){7}")
_NOT_PERSONAL = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
                 PhoneNumberType.SHARED_COST, PhoneNumberType.UAN}
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# "(at)" and "[at]" are written only to hide an address; a plain " at " is English,
# so it counts only with a spelled dot or a personal mailbox provider after it, and
# never before a real address ("reach me at john@gmail.com").
# "@" and "." written as words to dodge filters, one word list each: _AT and _DOT, with the
# spaces around, are rewritten back; in what was written, a plain "at" without a spelled dot
# is English more often than an address ("look at smb.conf").
_AT_WORD = r"\s(?:at|собака|собачка)\s"
_DOT_WORD = r"(?:\(dot\)|\[dot\]|\{dot\}|\s(?:dot|точка)\s)"
_AT = re.compile(rf"\s*(?:\(at\)|\[at\]|\{{at\}}|{_AT_WORD})\s*(?![^\s@]*@)", re.I)
_AT_WORDS = ("at)", "at]", "at}", " at ", "собак")
_PLAIN_AT = re.compile(_AT_WORD, re.I)
_DOT = re.compile(rf"\s*{_DOT_WORD}\s*", re.I)
_SPELLED_DOT = re.compile(_DOT_WORD, re.I)
_EMAIL = re.compile(r"(?<![\w.+#-])[\w.+-]{1,64}@(?:[^\W_][\w-]{0,62}\.)+[^\W\d_]{2,24}(?!\w)")
_CARD = re.compile(r"(?<![\d-])(?:\d[ \-]?){12,18}\d(?![\d-])")
_SNILS = re.compile(r"(?<!\d)\d{3}[- ]\d{3}[- ]\d{3}[- ]\d{2}(?!\d)")
_INN = re.compile(r"\b(?:инн|inn)\b\D{0,12}(\d{10}|\d{12})(?!\d)", re.I)
_BARE_INN12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
_PASSPORT = re.compile(r"паспорт\w*\D{0,25}?(\d{2}\s?\d{2}\s?(?:№\s?)?\d{6})(?!\d)", re.I)
_STREET_RU = (r"(?:ул(?:ица|\.|\b)|пр(?:оспект|-т|\.)|просп\.|пер(?:еулок|\.)|бульвар|б-р|"
              r"шоссе|ш\.|наб(?:ережная|\.)|пл(?:ощадь|\.)|проезд|мкр(?:н|-н)?\.?|тупик)")
_ADDRESS_RU = re.compile(
    rf"(?<!\w){_STREET_RU}\s*[\w.\-]+(?:\s+[\w.\-]+){{0,3}}?,?\s*(?:д(?:ом|\.)?\s*)?"
    r"\d{1,4}(?:\s*[а-я]\b)?(?:\s*(?:,\s*)?(?:корп(?:ус|\.)?|к\.|стр(?:оение|\.)?)\s*\d+)?"
    r"(?:\s*(?:,\s*)?(?:кв(?:артира|\.)?|офис|оф\.)\s*\d+)?",
    re.I,
)
_COMMON_NOUN_STREET = re.compile(r"(?:площад\w*|проезд\w*|тупик\w*)\s+(\w)", re.I)
"""Street words that are everyday nouns too («площадь территории … 780 га», «проезд 50
рублей», «тупик 3 года»): a street so named is followed by its name, written with a capital
(«площадь Революции, 2») or a number («проезд 1-й …»)."""
_STREET_EN = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|"
              r"Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Alley)")
_ADDRESS_EN = re.compile(
    rf"\b\d{{1,6}}\s+(?:[A-Z][\w'.-]*\s+){{1,4}}{_STREET_EN}\b\.?"
    r"(?:,?\s*(?:Apt|Suite|Unit|#)\.?\s*\w+)?"
)
_COORDS = re.compile(r"(?<![\d.])(-?\d{1,2}\.\d{4,})\s*[,;]\s*(-?\d{1,3}\.\d{4,})(?![\d.])")


class PiiParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    flag: tuple[str, ...] = Field(LABELS, description="kinds that are flagged")
    whose: tuple[WhoseName, ...] = Field(("other", "unclear"), min_length=1,
                                     description="owners flagged: other, unclear, own, public")
    regions: tuple[str, ...] = Field(("RU",), min_length=1,
                                     description="phone regions tried for numbers without +")
    service_numbers: bool = Field(False, description="flag toll-free/premium service numbers too")


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier: its kind, where it is in the original text and its shape (never
    the value); whose it is comes from :func:`attributed`."""

    label: str
    start: int
    end: int
    shape: str
    owner: Owner | None = None
    """Set by the finder when the identifier itself says whose it is (a service number, a
    mailing-list or example address); the words around it are not read then."""
    work: bool = False
    """An e-mail address on an organisation's own domain, not a free mailbox provider's."""

    def note(self, owner: Owner) -> str:
        return f"{self.shape}; {owner.describe()}"


def _matches(text: str, regions: tuple[str, ...]) -> list[phonenumbers.PhoneNumberMatch]:
    """Phone numbers as read in each region in turn; the first reading of a span wins."""
    found: list[phonenumbers.PhoneNumberMatch] = []
    for region in regions:
        for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            if _DOTTED_QUAD.fullmatch(m.raw_string.strip()):
                continue  # an IPv4 address reads as a valid number in some regions
            if not any(f.start < m.end and m.start < f.end for f in found):
                found.append(m)
    return found


def _phones(norm: Normalized, p: PiiParams) -> Iterator[Finding]:
    for m in _matches(norm.text, p.regions):
        digits = len(phonenumbers.national_significant_number(m.number)) + len(
            str(m.number.country_code))
        service = phonenumbers.number_type(m.number) in _NOT_PERSONAL
        what = "service phone number" if service else "phone number"
        yield Finding("pii.phone", *norm.span(m.start, m.end),
                      f"{what}, +{m.number.country_code}, {digits} digits",
                      Owner("public", "a service number, not a person's")
                      if service and not p.service_numbers else None)


def _emails(norm: Normalized) -> Iterator[Finding]:
    lowered = norm.text.lower()
    if "@" not in norm.text and not (any(w in lowered for w in _AT_WORDS)
                                     and _AT.search(norm.text)):
        return
    text = rewrite(rewrite(norm, _AT, lambda m: "@"), _DOT, lambda m: ".")
    for m in _EMAIL.finditer(text.text):
        start, end = text.span(m.start(), m.end())
        written = norm.original[start:end]
        domain = m.group().rsplit("@", 1)[1].lower()
        if (_PLAIN_AT.search(written) and not _SPELLED_DOT.search(written)
                and not personal_mailbox(domain)):
            continue  # "look at smb.conf", "CDs at www.shipit.ubuntulinux.org"
        yield Finding("pii.email", start, end, "e-mail address",
                      email_owner(m.group(), norm.original, start),
                      work=not personal_mailbox(domain))


def _numbers(norm: Normalized) -> Iterator[Finding]:
    text, at = norm.text, norm.span
    taken: list[tuple[int, int]] = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        network = card_network(digits)
        if network and luhn_ok(digits):
            yield Finding("pii.card", *at(m.start(), m.end()),
                          f"bank card ({network}), {len(digits)} digits, Luhn check passed")
    for m in _SNILS.finditer(text):
        if snils_ok(re.sub(r"\D", "", m.group())):
            yield Finding("pii.document", *at(m.start(), m.end()), "SNILS, checksum valid")
    for m in _INN.finditer(text):
        if inn_ok(m.group(1)):
            taken.append(at(m.start(1), m.end(1)))
            yield Finding("pii.document", *taken[-1],
                          f"INN, {len(m.group(1))} digits, checksum valid")
    for m in _BARE_INN12.finditer(text):
        start, end = at(m.start(), m.end())
        if inn_ok(m.group()) and not any(a <= start < b for a, b in taken):
            yield Finding("pii.document", start, end, "INN, 12 digits, checksum valid")
    for m in _PASSPORT.finditer(text):
        yield Finding("pii.document", *at(m.start(1), m.end(1)), "passport series and number")


def _places(norm: Normalized) -> Iterator[Finding]:
    """Addresses and coordinates; both need a number, so digit-free texts skip the regexes."""
    text, at = norm.text, norm.span
    if not _DIGIT.search(text):
        return
    for pattern, lang in ((_ADDRESS_RU, "Russian"), (_ADDRESS_EN, "English")):
        for m in pattern.finditer(text):
            noun = _COMMON_NOUN_STREET.match(m.group())
            if noun and noun.group(1).islower():
                continue
            yield Finding("pii.address", *at(m.start(), m.end()),
                          f"street address ({lang}) with a house number")
    for m in _COORDS.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2))
        if abs(lat) <= 90 and abs(lon) <= 180:
            yield Finding("pii.coordinates", *at(m.start(), m.end()),
                          "precise coordinates (4+ decimals)")


def find_identifiers(text: str, params: PiiParams | None = None) -> list[Finding]:
    """Every identifier in ``text`` with spans in ``text`` itself; a phone number
    overlapping a card or document number is not counted twice."""
    p = params or PiiParams()
    norm = clean(text)
    found: list[Finding] = []
    if _ENOUGH_DIGITS.search(norm.text):
        found += _numbers(norm)
        taken = [(f.start, f.end) for f in found]
        found += [f for f in _phones(norm, p)
                  if not any(a < f.end and f.start < b for a, b in taken)]
    found += _emails(norm)
    found += _places(norm)
    return found


def attributed(text: str, params: PiiParams | None = None, *,
               mentions_others: bool = False, replies_to_other: bool = False,
               ) -> list[tuple[Finding, Owner]]:
    """Identifiers with whose they are; identifiers inside a link are part of the link."""
    found = find_identifiers(text, params)
    if not found:
        return []
    links = [(lk.start, lk.end) for lk in find_links(text)]
    whose = owners(text, [(f.start, f.end) for f in found], mentions_others=mentions_others,
                   replies_to_other=replies_to_other)
    out = []
    for finding, owner in zip(found, whose, strict=True):
        if any(a <= finding.start and finding.end <= b for a, b in links):
            owner = Owner("public", "part of a link")
        elif finding.work:
            owner = work_address(owner)
        out.append((finding, finding.owner or owner))
    return out


class Pii(Detector):
    name = "pii"
    labels = LABELS
    Params: ClassVar[type[BaseModel]] = PiiParams
    description = "Other people's personal information: phones, e-mails, bank cards, documents, " \
                  "addresses, coordinates, with whose they are; evidence never holds the value."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, PiiParams)
        p = self.params
        if not event.text:
            return [self.miss(explanation="no text")]
        # a reply whose target left the window is still a reply to someone else
        replied = ctx.author_of(event.reply_to) if event.reply_to else event.user
        found = attributed(event.text, p, mentions_others=_mentions_others(event),
                           replies_to_other=replied != event.user)
        if not found:
            return [self.miss(explanation="no personal information")]
        by_label: dict[str, list[tuple[Finding, Owner]]] = {}
        for finding, owner in found:
            by_label.setdefault(finding.label, []).append((finding, owner))
        signals = []
        for label in LABELS:
            items = by_label.get(label)
            if not items:
                continue
            score = max(SCORES[o.whose] for _, o in items)
            flagged = label in p.flag and any(o.whose in p.whose for _, o in items)
            notes = "; ".join(dict.fromkeys(f.note(o) for f, o in items))
            signals.append(Signal(
                self.name, label, score, flagged, f"{len(items)} found: {notes}",
                tuple(Evidence(event.id, f.start, f.end, f.note(o)) for f, o in items)))
        return signals


def _mentions_others(event: Event) -> bool:
    return any(m.casefold() != event.user.casefold() for m in mentioned(event.text))
