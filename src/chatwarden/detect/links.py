"""Rule 4.2 (links to "лохотроны" and viruses) and the platform's scam/fraud rules.

Each link found by :mod:`~chatwarden.detect.linkfind` gets one verdict, the
most dangerous that applies, with its reason. Everything is decided on the
link's *registered domain* (public suffix list): ``www.google.co.uk`` is
Google's, ``google.evil.xyz`` is ``evil.xyz``'s.

``malware`` / ``phishing`` / ``scam``
    the host, a parent domain or the exact file is on a blocklist (the shipped
    default or the user's own), or — ``phishing`` — the registrable label imitates
    a known brand (``telegram-premium.xyz``, ``steamcommunnity.com``,
    ``tеlegram.org`` with a Cyrillic е; :mod:`~chatwarden.detect.brands`), mixes
    Latin and Cyrillic letters, or the scam-URL model scores it very high *and* a
    brand look-alike or lure word backs the score up.
``suspicious``
    on no list and no look-alike, but the scam-URL model
    (:mod:`~chatwarden.detect.scamurl`) scores the domain over its threshold, or a
    brand is joined with plain words and no lure (``python-telegram-bot.org``,
    ``sberbank-insurance.ru``): a lead for a moderator, with what drove it.
``shortener``
    a URL shortener hides where the link goes.
``invite``
    an invitation to a Telegram chat or channel (``t.me/+…``, ``t.me/name``,
    ``tg://join``), a Discord server or a WhatsApp group.
``clean``
    none of the above.

By default ``scam``, ``malware``, ``phishing`` and ``suspicious`` are flagged;
a policy sends ``suspicious`` to review and acts on the others, can flag more
(``flag: [scam, malware, phishing, shortener]``) or match the others with
``min_score``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect import blocklist, linkfind, scamurl
from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.brands import brand_match, official_domains
from chatwarden.detect.context import Context
from chatwarden.detect.linkfind import Link, find_links, registered
from chatwarden.events import Event

LABELS = ("scam", "malware", "phishing", "shortener", "invite", "clean", "suspicious")
# Most dangerous first: a link gets the first verdict that applies.
SEVERITY = {"malware": 0, "phishing": 1, "scam": 2, "suspicious": 3, "shortener": 4, "invite": 5,
            "clean": 6}
SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.su", "clck.ru", "vk.cc", "cutt.ly",
    "is.gd", "v.gd", "ow.ly", "rebrand.ly", "shorturl.at", "tiny.cc", "rb.gy", "bl.ink",
    "s.id", "u.to", "qps.ru", "to.click", "surl.li", "shorturl.asia", "t.ly", "buff.ly",
    "lnkd.in", "adf.ly", "shorte.st", "bc.vc", "ouo.io", "cli.re", "inlnk.ru", "ya.cc",
    "tinyurl.ru", "link.ac", "gg.gg", "short.link", "urlz.fr", "0x0.st", "kutt.it",
})
INVITE_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog", "discord.gg",
                          "chat.whatsapp.com"})
_TG_NOT_CHATS = frozenset({"share", "proxy", "socks", "setlanguage", "addstickers",
                           "addemoji", "addtheme", "login", "iv", "c"})


class LinkParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    flag: tuple[str, ...] = Field(("scam", "malware", "phishing", "suspicious"),
                                  description="verdicts that are flagged")
    min_score: float = Field(0.7, ge=0, le=1, description="least score a flagged verdict needs")
    default_list: bool = Field(True, description="use the blocklist shipped with Chatwarden")
    user_lists: bool = Field(True, description="use lists from `chatwarden blocklist update`")
    home: str | None = Field(None, description="config folder (default $CHATWARDEN_HOME)")
    lookalikes: bool = Field(True, description="flag domains that imitate known brands")
    allow: tuple[str, ...] = Field((), description="domains never judged (the chat's own)")
    model: bool = Field(True, description="score unlisted domains with the scam-URL model")
    model_threshold: float | None = Field(
        None, ge=0, le=1, description="least model score for `suspicious` (default: the model's)")


@lru_cache(maxsize=8)
def _blocklist(default: bool, user: bool, home: str) -> blocklist.Blocklist:
    """One loaded list per configuration and process (the default list is 200k entries)."""
    return blocklist.load(default=default, user=user, root=Path(home))


def invite_kind(link: Link) -> str | None:
    """What a link invites to (a Telegram chat or channel, a Discord server...), if anything."""
    host = link.host.removeprefix("www.")
    if host == "discord.com" and link.path.startswith("/invite/"):
        return "Discord server invite"
    if host not in INVITE_HOSTS:
        return None
    first = link.path.strip("/").split("/", 1)[0].split("?", 1)[0]
    if host in ("discord.gg", "chat.whatsapp.com"):
        return f"{'Discord server' if host == 'discord.gg' else 'WhatsApp group'} invite" \
            if first else None
    if first.startswith("+") or first == "joinchat":
        return "Telegram private chat invite"
    if first and first.lower() not in _TG_NOT_CHATS:
        return "Telegram chat, channel or bot link"
    return None


def _is_ip(host: str) -> bool:
    return host.replace(".", "").isdigit()


def _mixed_script(host: str) -> bool:
    for label in host.split("."):
        latin = any("a" <= ch <= "z" for ch in label)
        cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in label)
        if latin and cyrillic:
            return True
    return False


class Links(Detector):
    name = "links"
    labels = LABELS
    Params: ClassVar[type[BaseModel]] = LinkParams
    description = "Links to scams, malware and phishing (blocklists, brand look-alikes), " \
                  "shorteners and chat invites, also when written to dodge filters."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, LinkParams)
        p = self.params
        self.blocklist = _blocklist(p.default_list, p.user_lists, p.home or str(blocklist.home()))
        self.allow = frozenset(d.lower() for d in p.allow)
        self.model = scamurl.load() if p.model else None
        self.threshold = p.model_threshold if p.model_threshold is not None else \
            self.model.threshold if self.model is not None else 1.0

    def warm(self) -> None:
        linkfind.warm()

    def verdict(self, link: Link) -> tuple[str, float, str]:
        """``(label, score, reason)`` for one link."""
        assert isinstance(self.params, LinkParams)
        if link.registrable in self.allow or link.host in self.allow:
            return "clean", 0.0, "allowed by the policy"
        hit = self.blocklist.lookup(link.ascii_host, link.registrable, link.path)
        if hit is not None:
            category, entry = hit
            return category, 1.0, f"{entry} is on a {category} blocklist"
        known = link.registrable in official_domains() or _is_ip(link.host)
        reg = registered(link.registrable)
        match = None if known else brand_match(reg.label, reg.suffix, reg.private)
        lead = match if self.params.lookalikes and match is not None and match.lead else None
        if self.params.lookalikes and not known:
            if match is not None and match.imitates:
                return "phishing", 0.9, f"{link.host} {match.describe()}"
            if _mixed_script(link.host):
                return "phishing", 0.8, f"{link.host} mixes Latin and Cyrillic letters"
        if link.registrable in SHORTENERS or link.host in SHORTENERS:
            return "shortener", 1.0, f"{link.host} is a URL shortener"
        invite = invite_kind(link)
        if invite is not None:
            return "invite", 1.0, invite
        if self.model is not None and not known and (match is None or match.kind != "own"):
            scored = self.model.score(link.registrable)
            if scored.score >= self.model.high and scored.corroborated:
                return "phishing", scored.score, f"{link.registrable}: {scored.explain()}"
            if scored.score >= self.threshold:
                return "suspicious", scored.score, f"{link.registrable}: {scored.explain()}"
        if lead is not None:
            return "suspicious", 0.9, f"{link.host} {lead.describe()}, joined with plain " \
                "words: a project or a subsidiary is named so too, a moderator decides"
        return "clean", 0.0, f"{link.host} is on no list"

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, LinkParams)
        if not event.text:
            return [self.miss("clean", "no text")]
        links = find_links(event.text)
        if not links:
            return [self.miss("clean", "no links")]
        found: dict[str, tuple[float, list[Evidence], list[str]]] = {}
        for link in links:
            label, score, reason = self.verdict(link)
            note = f"{label}: {reason}" + (" (written disguised)" if link.disguised else "")
            best, evidence, reasons = found.setdefault(label, (0.0, [], []))
            evidence.append(Evidence(event.id, link.start, link.end, note))
            reasons.append(reason)
            found[label] = (max(best, score), evidence, reasons)
        signals = []
        for label in sorted(found, key=SEVERITY.__getitem__):
            score, evidence, reasons = found[label]
            flagged = label in self.params.flag and score >= self.params.min_score
            why = f"{len(evidence)} {label} link(s): " + "; ".join(dict.fromkeys(reasons))
            signals.append(Signal(self.name, label, score, flagged, why, tuple(evidence)))
        return signals
