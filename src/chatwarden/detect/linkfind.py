"""Find the links chat users really write, including the ones written to dodge filters.

Members post bare domains (``example.com``), ``t.me/+invite`` codes and
defanged or disguised links: ``hxxp://``, ``example[.]com``,
``example (dot) com``, ``example dot com``, ``example . com``, ``пример.рф``
and punycode ``xn--…``. The text is first un-disguised (with a map back to the
original, so evidence spans what the member wrote), then every host whose
suffix is on the Public Suffix List becomes a :class:`Link`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from publicsuffixlist import PublicSuffixList

from chatwarden.detect.normalize import Normalized, clean, rewrite
from chatwarden.detect.textcache import text_cache

# TLDs common enough that "site . com" or "site. com" is taken as a link.
_COMMON_TLDS = r"(?:com|ru|net|org|io|me|info|biz|xyz|site|online|top|shop|pro|su|ua|by|kz|рф)"
_DOT_WORD = r"(?:dot|точка|тчк)"
# (cheap substrings one of which must be present, pattern, replacement)
_DEFANG: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("//",), re.compile(r"\bh(?:xx|\*\*|__|XX|Xx|xX)p(s?)(?=\s*(?:\[:\]|\(:\)|:)\s*//)"),
     r"http\1"),
    ((":]", ":)", ":}"), re.compile(r"\s*(?:\[:\]|\(:\)|\{:\})\s*"), ":"),
    (("[", "(", "{", "<"),
     re.compile(rf"(?<=[\w-])\s*[\[({{<]\s*(?:\.|{_DOT_WORD})\s*[\])}}>]\s*(?=[\w-])", re.I), "."),
    (("dot", "точк", "тчк"), re.compile(rf"(?<=[\w-])\s+{_DOT_WORD}\s+(?=[\w-]+\b)", re.I), "."),
    ((" .",), re.compile(rf"(?<=[\w-])\s+\.\s*(?={_COMMON_TLDS}\b)", re.I), "."),
    # "site. com" reads like the end of a sentence too: only lower-case, very common TLDs
    ((". ",), re.compile(r"(?<=[\w-])\.\s+(?=(?:com|ru|net|org|рф)\b)"), "."),
)
# "site . co . uk": spaces on both sides of every dot, any TLD (checked on the PSL)
_SPACED_CHAIN = re.compile(r"(?<![\w.-])[\w-]+(?:\s+\.\s+[\w-]+)+")
_SPACED_DOT = re.compile(r"\s+\.\s+")
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_URL = re.compile(
    # punycode TLDs first, or "xn--p1ai" (.рф) would stop at "xn"
    rf"(?<![\w@.\-/])(?P<scheme>(?:https?|ftp)://)?(?P<host>(?:{_LABEL}\.)+(?:xn--[a-z0-9-]{{2,59}}"
    rf"|[^\W\d_]{{2,63}}))(?P<port>:\d{{1,5}})?(?P<path>/[^\s<>\"'`«»]*)?",
    re.I,
)
_IP = re.compile(r"(?<![\w.])(?P<scheme>(?:https?|ftp)://)?(?P<host>(?:\d{1,3}\.){3}\d{1,3})(?P<port>:\d{1,5})?"
                 r"(?P<path>/[^\s<>\"'`«»]*)?(?![\w.])")
_TG_SCHEME = re.compile(r"\btg://(?:join\?invite=|resolve\?domain=)[\w+-]+", re.I)
_TRAILING = ".,;:!?)]}»\"'"


@dataclass(frozen=True, slots=True)
class Link:
    """One link as found: what it reads as, and where the member wrote it."""

    url: str
    host: str
    """lower-case, Unicode form (what a reader sees)"""
    ascii_host: str
    """punycode form (what blocklists hold)"""
    registrable: str
    """the registrable domain in punycode (``example.co.uk``); the host itself for an IP"""
    path: str
    start: int
    end: int
    disguised: bool
    """written with tricks (``hxxp``, ``[.]``, ``dot``, spaces) rather than plainly"""


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    """The list the package ships (``publicsuffixlist`` reads its bundled file and never
    fetches; updating it is a package upgrade)."""
    return PublicSuffixList(accept_unknown=False)


@lru_cache(maxsize=1)
def _icann() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False, only_icann=True)


@dataclass(frozen=True, slots=True)
class Registered:
    """A registrable domain in parts: ``label`` is what someone bought (Unicode)."""

    label: str
    suffix: str
    """the public suffix, punycode (``co.uk``, ``github.io``)"""
    private: bool
    """the suffix is a hosting platform's (``github.io``), so the label is an account"""


def warm() -> None:
    """Parse the public suffix lists now (~0.5 s) rather than at the first link."""
    _psl()
    _icann()


@lru_cache(maxsize=65536)
def registered(registrable: str) -> Registered:
    """``registrable`` (punycode, as in :attr:`Link.registrable`) split into its parts."""
    label, _, suffix = registrable.partition(".")
    icann = _icann().publicsuffix(registrable)
    return Registered(_to_unicode(label), suffix, icann is not None and icann != suffix)


def _to_ascii(host: str) -> str | None:
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None


def _to_unicode(host: str) -> str:
    try:
        return host.encode("ascii").decode("idna").lower()
    except UnicodeError:
        return host


def _join_chain(m: re.Match[str]) -> str:
    last = m.group().rsplit(".", 1)[1].strip().lower()
    if _psl().publicsuffix(f"x.{last}") is not None:
        return _SPACED_DOT.sub(".", m.group())
    return m.group()


def _expand(template: str, m: re.Match[str]) -> str:
    return m.expand(template)


def undisguise(text: str) -> Normalized:
    """``text`` with defanged and spelled-out link parts rewritten as plain URL syntax."""
    norm = clean(text)
    if " . " in norm.text:
        norm = rewrite(norm, _SPACED_CHAIN, _join_chain)
    lowered = norm.text.lower()
    for needles, pattern, template in _DEFANG:
        if any(n in lowered for n in needles) and pattern.search(norm.text):
            norm = rewrite(norm, pattern, partial(_expand, template))
    return norm


def _make(norm: Normalized, m: re.Match[str], host: str) -> Link | None:
    path = (m.group("path") or "").rstrip(_TRAILING)
    host = host.rstrip(".").lower()
    if host.replace(".", "").isdigit():
        if not all(0 <= int(p) <= 255 for p in host.split(".")):
            return None
        ascii_host = registrable = host
    else:
        ascii_host = _to_ascii(host) or ""
        if not ascii_host:
            return None
        psl = _psl()
        if psl.publicsuffix(ascii_host) is None:
            return None
        registrable = psl.privatesuffix(ascii_host) or ascii_host
        host = _to_unicode(ascii_host)
    end_in_norm = m.start("host") + len(m.group("host")) + len(m.group("port") or "") + len(path)
    start, end = norm.span(m.start(), end_in_norm)
    url = norm.text[m.start():end_in_norm]
    disguised = norm.original[start:end] != url
    return Link(url, host, ascii_host, registrable, path, start, end, disguised)


@text_cache(4096)
def find_links(text: str) -> tuple[Link, ...]:
    """Every link in ``text``, in order, with spans in ``text`` itself."""
    if "." not in text and "tg://" not in text and not any(
        w in text.lower() for w in ("dot", "точк", "тчк")
    ):
        return ()
    norm = undisguise(text)
    links: list[Link] = []
    for pattern in (_URL, _IP):
        for m in pattern.finditer(norm.text):
            link = _make(norm, m, m.group("host"))
            if link is not None:
                links.append(link)
    for m in _TG_SCHEME.finditer(norm.text):
        start, end = norm.span(m.start(), m.end())
        links.append(Link(m.group(), "t.me", "t.me", "t.me", "/+" + m.group().split("=", 1)[1],
                          start, end, False))
    links.sort(key=lambda link: link.start)
    return tuple(links)
