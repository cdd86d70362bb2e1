"""Rule 11.1 (other people's personal information) and the platform's doxxing rule.

Kinds, each its own label: ``pii.phone`` (the ``phonenumbers`` library:
international formats with ``+`` and the national formats of ``regions``,
Russia by default — a bare 10-digit number reads as a US phone, so an English
policy adds ``US`` rather than every policy paying for it; toll-free and premium service numbers are not
personal and are not flagged), ``pii.email``, ``pii.card`` (Luhn-checked, with a
known network prefix), ``pii.document`` (SNILS and INN by their checksums, a
passport series and number next to the word "паспорт"), ``pii.address``
(a street with a house number, Russian or English) and ``pii.coordinates``
(latitude/longitude with four or more decimals, about 10 m).

Evidence names the kind and its shape ("phone number, +7, 11 digits"), never
the value, so the ledger and logs do not spread what the rule protects.
"""

from __future__ import annotations

import re
from typing import ClassVar

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType
from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.normalize import Normalized, clean, rewrite
from chatwarden.detect.pii_ids import card_network, inn_ok, luhn_ok, snils_ok
from chatwarden.events import Event

LABELS = ("pii.phone", "pii.email", "pii.card", "pii.document", "pii.address", "pii.coordinates")
_DIGIT = re.compile(r"\d")
_ENOUGH_DIGITS = re.compile(r"(?:\d[\s()\-.]{0,3}){7}")
_NOT_PERSONAL = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
                 PhoneNumberType.SHARED_COST, PhoneNumberType.UAN}
_AT = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}|\s(?:at|собака|собачка)\s)\s*", re.I)
_AT_WORDS = ("at)", "at]", "at}", " at ", "собак")
_DOT = re.compile(r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\s(?:dot|точка)\s)\s*", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[^\W_][\w-]{0,62}\.)+[^\W\d_]{2,24}(?!\w)")
_CARD = re.compile(r"(?<![\d-])(?:\d[ \-]?){12,18}\d(?![\d-])")
_SNILS = re.compile(r"(?<!\d)\d{3}[- ]\d{3}[- ]\d{3}[- ]\d{2}(?!\d)")
_INN = re.compile(r"\b(?:инн|inn)\b\D{0,12}(\d{10}|\d{12})(?!\d)", re.I)
_BARE_INN12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
_PASSPORT = re.compile(r"паспорт\w*\D{0,25}?(\d{2}\s?\d{2}\s?(?:№\s?)?\d{6})(?!\d)", re.I)
_STREET_RU = (r"(?:ул(?:ица|\.)?|пр(?:оспект|-т|\.)|просп\.|пер(?:еулок|\.)|бульвар|б-р|"
              r"шоссе|ш\.|наб(?:ережная|\.)|пл(?:ощадь|\.)|проезд|мкр(?:н|-н)?\.?|тупик)")
_ADDRESS_RU = re.compile(
    rf"(?<!\w){_STREET_RU}\s*[\w.\-]+(?:\s+[\w.\-]+){{0,3}}?,?\s*(?:д(?:ом|\.)?\s*)?"
    r"\d{1,4}(?:\s*[а-я]\b)?(?:\s*(?:,\s*)?(?:корп(?:ус|\.)?|к\.|стр(?:оение|\.)?)\s*\d+)?"
    r"(?:\s*(?:,\s*)?(?:кв(?:артира|\.)?|офис|оф\.)\s*\d+)?",
    re.I,
)
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
    regions: tuple[str, ...] = Field(("RU",), min_length=1,
                                     description="phone regions tried for numbers without +")
    service_numbers: bool = Field(False, description="flag toll-free/premium service numbers too")


Found = tuple[str, float, int, int, str]
"""(label, score, start, end, note) with spans in the original text."""


def _matches(text: str, regions: tuple[str, ...]) -> list[phonenumbers.PhoneNumberMatch]:
    """Phone numbers as read in each region in turn; the first reading of a span wins."""
    found: list[phonenumbers.PhoneNumberMatch] = []
    for region in regions:
        for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            if not any(f.start < m.end and m.start < f.end for f in found):
                found.append(m)
    return found


def _phones(norm: Normalized, p: PiiParams) -> list[Found]:
    out: list[Found] = []
    for m in _matches(norm.text, p.regions):
        kind = phonenumbers.number_type(m.number)
        digits = len(phonenumbers.national_significant_number(m.number)) + len(
            str(m.number.country_code))
        service = kind in _NOT_PERSONAL
        score = 0.3 if service and not p.service_numbers else 1.0
        what = "service phone number" if service else "phone number"
        out.append(("pii.phone", score, *norm.span(m.start, m.end),
                    f"{what}, +{m.number.country_code}, {digits} digits"))
    return out


def _emails(norm: Normalized) -> list[Found]:
    lowered = norm.text.lower()
    if "@" not in norm.text and not (any(w in lowered for w in _AT_WORDS)
                                     and _AT.search(norm.text)):
        return []
    text = rewrite(rewrite(norm, _AT, lambda m: "@"), _DOT, lambda m: ".")
    out: list[Found] = []
    for m in _EMAIL.finditer(text.text):
        out.append(("pii.email", 1.0, *text.span(m.start(), m.end()), "e-mail address"))
    return out


def _numbers(norm: Normalized) -> list[Found]:
    text, at = norm.text, norm.span
    out: list[Found] = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        network = card_network(digits)
        if network and luhn_ok(digits):
            out.append(("pii.card", 1.0, *at(m.start(), m.end()),
                        f"bank card ({network}), {len(digits)} digits, Luhn check passed"))
    for m in _SNILS.finditer(text):
        if snils_ok(re.sub(r"\D", "", m.group())):
            out.append(("pii.document", 1.0, *at(m.start(), m.end()), "SNILS, checksum valid"))
    for m in _INN.finditer(text):
        if inn_ok(m.group(1)):
            out.append(("pii.document", 1.0, *at(m.start(1), m.end(1)),
                        f"INN, {len(m.group(1))} digits, checksum valid"))
    for m in _BARE_INN12.finditer(text):
        start, end = at(m.start(), m.end())
        if inn_ok(m.group()) and not any(f[2] <= start < f[3] for f in out):
            out.append(("pii.document", 0.8, start, end, "INN, 12 digits, checksum valid"))
    for m in _PASSPORT.finditer(text):
        out.append(("pii.document", 1.0, *at(m.start(1), m.end(1)), "passport series and number"))
    return out


def _places(norm: Normalized) -> list[Found]:
    """Addresses and coordinates; both need a number, so digit-free texts skip the regexes."""
    text, at = norm.text, norm.span
    out: list[Found] = []
    if not _DIGIT.search(text):
        return out
    for pattern, lang in ((_ADDRESS_RU, "Russian"), (_ADDRESS_EN, "English")):
        for m in pattern.finditer(text):
            out.append(("pii.address", 0.9, *at(m.start(), m.end()),
                        f"street address ({lang}) with a house number"))
    for m in _COORDS.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2))
        if abs(lat) <= 90 and abs(lon) <= 180:
            out.append(("pii.coordinates", 1.0, *at(m.start(), m.end()),
                        "precise coordinates (4+ decimals)"))
    return out


def find_pii(text: str, params: PiiParams | None = None) -> list[Found]:
    """Every piece of personal information in ``text`` with spans in ``text`` itself;
    a phone number overlapping a card or document number is not counted twice."""
    p = params or PiiParams()
    norm = clean(text)
    found: list[Found] = []
    if _ENOUGH_DIGITS.search(norm.text):
        found += _numbers(norm)
        taken = [(f[2], f[3]) for f in found]
        found += [f for f in _phones(norm, p)
                  if not any(a < f[3] and f[2] < b for a, b in taken)]
    found += _emails(norm)
    found += _places(norm)
    return found


class Pii(Detector):
    name = "pii"
    labels = LABELS
    Params: ClassVar[type[BaseModel]] = PiiParams
    description = "Personal information: phones, e-mails, bank cards, documents, addresses, " \
                  "coordinates; evidence names the kind, never the value."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, PiiParams)
        if not event.text:
            return [self.miss(explanation="no text")]
        found = find_pii(event.text, self.params)
        if not found:
            return [self.miss(explanation="no personal information")]
        by_label: dict[str, list[tuple[float, Evidence]]] = {}
        for label, score, start, end, note in found:
            by_label.setdefault(label, []).append((score, Evidence(event.id, start, end, note)))
        signals = []
        for label in LABELS:
            items = by_label.get(label)
            if not items:
                continue
            score = max(s for s, _ in items)
            flagged = label in self.params.flag and score >= 0.5
            notes = "; ".join(dict.fromkeys(e.note or "" for _, e in items))
            signals.append(Signal(self.name, label, score, flagged, f"{len(items)} found: {notes}",
                                  tuple(e for _, e in items)))
        return signals
