"""Scam and benign registered domains for the scam-URL model, split by time.

Positives come from four public lists in the data folder. Two of them date
their entries: JPCERT/CC's confirmation date and CryptoScamDB's first commit
(from its git history). A domain's date is the earliest of its rows. The split:

* **train** — dated before ``VALIDATION_FROM``. The undated lists (Block List
  Project, URLhaus: 2025-26 snapshots) stay out: they would leak later campaigns
  into training, and with them validation recall *fell* (0.45 against 0.56 at
  the same 0.2% of validation benign flagged): their names of hacked
  small-business sites look like any benign site. They remain the shipped
  blocklist;
* **validation** — dated from ``VALIDATION_FROM`` to ``TEST_FROM``: the
  hyper-parameters are picked on a fit without them; the shipped fit then adds them;
* **test** — dated from ``TEST_FROM`` on, and on no list the package ships nor in
  training: scam domains nobody had listed when the model was trained.

Every domain is a registrable domain (``example.co.uk``; an account on a hosting
platform, ``x.github.io``, is its own), so campaigns of numbered hosts count once.

Benign domains keep what is measured apart from what trains: **measured** are
the hand-written well-known list (``evaluation/benign_domains.txt``) and the
domains people really wrote in the chat, forum and message sets that no part of
the model reads (``MEASURED_CHAT``: the IRC test and new-domains logs, Stormfront,
EDOS, ToxicChat, 2ch/pikabu, ParaDetox, SDCNL, Jigsaw, ConvAbuse, Davidson,
TweetEval, Ethos, XSTest, the Russian sensitive topics; and only the *ham* of the
SMS and both Telegram spam sets), read by :func:`domains_in`; **training** are the
homepages and addresses in Debian's package index, Debian's copyright files and
Python packages' metadata (``data/debian_domains.txt``, extracted once on a
Debian 12 machine),
the hosting platforms of the Public Suffix List's private section, the brands'
own domains, the domains written in the IRC dev logs, and the links in the
documentation, licences and code of the software installed on the development
machine (``data/local_domains.txt``, written by ``python -m
chatwarden.training.urldata /usr/share /usr/lib .venv/lib``: project homepages,
mirrors, cloud endpoints such as ``1wm2dx1f33.execute-api...amazonaws.com`` —
hard negatives a scam list never has), less any measured one and, for the local
list, less any domain a scam list names. A fifth of the Debian and local domains
(:func:`held_out_software`) is held out of training too: the benign side of
``links/benign-software``.
No top-sites ranking (Tranco, Alexa, Umbrella) is available offline or in a
package, so no domain here is "popular" by measurement.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from chatwarden.detect.blocklist import default_entries
from chatwarden.detect.brands import official_domains

VALIDATION_FROM = "2024-07-01"
TEST_FROM = "2025-01-01"
# Real links in text: with a scheme or www., so "go.now" in a sentence is not a domain.
_LINK = re.compile(r"(?:https?://|\bwww\.)([a-z0-9](?:[a-z0-9.-]{0,250}[a-z0-9])?)", re.I)
_MAIL = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,24})\b", re.I)
# A bare name (no scheme) as written, in lower case: "System.Net" in code is not one.
_BARE = re.compile(r"(?<![\w@./-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})"
                   r"(?![\w-]|\.[a-z0-9])")
_BARE_TLDS = frozenset({"com", "net", "org", "edu", "gov", "info"})
"""a bare name counts under these or a two-label suffix (``co.uk``): a missing space
after a full stop makes "go.now", "chill.it", "friends.so" in a sentence"""
_IRC_SYSTEM = re.compile(r"^(?:\S+ [\d-]+ )?=== .*$", re.M)  # joins, quits: hostmasks
MEASURED_CHAT = ("chat-irc-disentanglement/test", "chat-irc-disentanglement/new-domains",
                 "en-stormfront-hate-vicomtech", "en-edos-sexism-threats",
                 "en-toxicchat-human-judgebench", "ru-toxic-2ch-pikabu",
                 "ru-paradetox-russe2022", "en-reddit-suicide-depression-sdcnl",
                 "en-jigsaw-toxic-sample", "en-convabuse-chatbot-abuse",
                 "en-davidson-hate-offensive", "en-tweeteval-hate-offensive",
                 "en-ethos-hate-violence", "en-xstest-safe-unsafe-prompts",
                 "ru-sensitive-topics")
"""folders read whole; the spam sets add their ham alone (:func:`_ham_texts`)"""
TRAINING_CHAT = ("chat-irc-disentanglement/dev",)


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)


def registrable(host: str) -> str | None:
    """The registrable domain (punycode) of a host or URL, or None (an IP, no suffix)."""
    host = (urlsplit(host if "//" in host else f"//{host}").hostname or "").strip(".").lower()
    if not host or host.replace(".", "").isdigit():
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if _psl().publicsuffix(host) is None:
        return None
    return _psl().privatesuffix(host)


@dataclass
class Split:
    """Registrable domains by role; ``sources`` says where each positive came from."""

    train: set[str] = field(default_factory=set)
    validation: set[str] = field(default_factory=set)
    test: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)


def _dated(root: Path) -> Iterator[tuple[str, str, str]]:
    """``(registrable, ISO date, source)`` for every dated row."""
    for path in sorted((root / "url-jpcert-phishing-brands").glob("20*/*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                reg, date = registrable(row.get("URL") or ""), (row.get("date") or "")[:10]
                if reg and date:
                    yield reg, date.replace("/", "-"), "jpcert"
    path = root / "url-cryptoscamdb-crypto-scams" / "first_seen_in_git_history.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            reg = registrable(row["url"] or row["name"])
            if reg:
                yield reg, row["first_commit_date"][:10], "cryptoscamdb"


@lru_cache(maxsize=1)
def shipped_registrables() -> frozenset[str]:
    """The registrable domains of every entry on the shipped blocklist."""
    return frozenset(r for e in default_entries() if (r := registrable(e.split("/", 1)[0])))


@lru_cache(maxsize=2)
def scam_split(root: Path) -> Split | None:
    """Scam domains split by time (see the module docstring); None when a list is absent."""
    needed = ("url-jpcert-phishing-brands", "url-cryptoscamdb-crypto-scams")
    if not all((root / n).is_dir() for n in needed):
        return None
    first: dict[str, tuple[str, str]] = {}
    for reg, date, source in _dated(root):
        if reg not in first or date < first[reg][0]:
            first[reg] = (date, source)
    benign = official_domains() | measured_benign(root) | training_benign(root)
    split = Split()
    for reg, (date, source) in first.items():
        if reg in benign:
            continue
        split.sources[reg] = source
        if date < VALIDATION_FROM:
            split.train.add(reg)
        elif date < TEST_FROM:
            split.validation.add(reg)
        elif reg not in shipped_registrables():
            split.test.add(reg)
    return split


def domains_in(text: str) -> set[str]:
    """The registrable domains a person wrote in ``text``: links (with a scheme or
    ``www.``), the domains of e-mail addresses, and bare names under an old generic TLD
    or a two-label suffix (``askubuntu.com``, ``echo.msk.ru``); IRC join and quit lines
    (hostmasks) are skipped."""
    text = _IRC_SYSTEM.sub("", text)
    hosts = [m.group(1) for pattern in (_LINK, _MAIL) for m in pattern.finditer(text)]
    for m in _BARE.finditer(text):
        suffix = _psl().publicsuffix(m.group(1))
        if suffix and ("." in suffix or suffix in _BARE_TLDS):
            hosts.append(m.group(1))
    return {r for h in hosts if (r := registrable(h))}


def _links_in(files: Iterable[Path]) -> set[str]:
    return {r for f in files for r in domains_in(f.read_text(encoding="utf-8", errors="replace"))}


def _ham_texts(root: Path) -> list[str]:
    """The ham of the labelled spam sets: their spam links are what a scam list holds."""
    from chatwarden.evaluation import datasets

    tg = datasets.tg_spam(root)
    cases = (datasets.sms_cases(root) or []) + (datasets.telegram_spam_cases(root) or [])
    return (tg.ham if tg else []) + [c.text for c in cases if not c.positive]


def _chat_files(root: Path, folders: Iterable[str]) -> list[Path]:
    return [f for folder in folders for f in sorted((root / folder).rglob("*"))
            if f.is_file() and f.name != "SOURCE.md" and f.suffix in (".txt", ".csv", ".tsv",
                                                                      ".json", ".jsonl")]


def _unlisted(regs: Iterable[str]) -> set[str]:
    return {r for r in regs if r not in shipped_registrables()}


@lru_cache(maxsize=2)
def measured_benign(root: Path) -> frozenset[str]:
    """Benign domains kept for measuring: never trained on, never used to pick a threshold."""
    text = resources.files("chatwarden.evaluation").joinpath("benign_domains.txt").read_text()
    known = {r for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
             if (r := registrable(ln.strip()))}
    chat = _links_in(_chat_files(root, MEASURED_CHAT))
    chat |= {r for t in _ham_texts(root) for r in domains_in(t)}
    return frozenset(_unlisted(known | chat))


@lru_cache(maxsize=2)
def _software(root: Path) -> frozenset[str]:
    """Debian's and the installed software's domains, less any a dated scam list names."""
    folder = resources.files("chatwarden.training").joinpath("data")
    text = folder.joinpath("debian_domains.txt").read_text()
    regs = {r for ln in text.splitlines() if (r := registrable(ln.strip()))}
    local = folder.joinpath("local_domains.txt").read_text().split()
    listed = {reg for reg, _, _ in _dated(root)}  # a scam list outranks a link in a README
    regs |= {r for ln in local if (r := registrable(ln)) and r not in listed}
    return frozenset(_unlisted(regs) - measured_benign(root))


def _platforms_brands_chat(root: Path) -> set[str]:
    return set(private_platforms()) | set(official_domains()) | _links_in(
        _chat_files(root, TRAINING_CHAT))


@lru_cache(maxsize=2)
def held_out_software(root: Path) -> frozenset[str]:
    """A fifth of the software domains (CRC-32) that neither trains nor picks a threshold:
    the small real sites of projects and people that a name-only model confuses with a
    fresh scam name, in numbers chat links cannot give (``links/benign-software``)."""
    return frozenset(d for d in _software(root) - _platforms_brands_chat(root)
                     if zlib.crc32(f"held-out:{d}".encode()) % 5 == 0)


@lru_cache(maxsize=2)
def training_benign(root: Path) -> frozenset[str]:
    """Benign domains the model trains on (and picks its threshold on), none of them measured."""
    regs = _software(root) | _platforms_brands_chat(root)
    return frozenset(_unlisted(regs) - measured_benign(root) - held_out_software(root))


def private_platforms() -> list[str]:
    """The registrable domains behind the Public Suffix List's private section: the
    hosting platforms themselves (``github.io``, ``blogspot.com``), from the bundled list."""
    import publicsuffixlist

    path = Path(publicsuffixlist.__file__).with_name("public_suffix_list.dat")
    private = path.read_text(encoding="utf-8").split("===BEGIN PRIVATE DOMAINS===", 1)[1]
    icann = PublicSuffixList(only_icann=True)
    out = set()
    for line in private.splitlines():
        rule = line.strip().lstrip("*.!")
        if rule and not rule.startswith("//"):
            try:
                reg = icann.privatesuffix(rule.encode("idna").decode("ascii"))
            except UnicodeError:
                continue
            if reg:
                out.add(reg)
    return sorted(out)


def links_under(roots: Iterable[Path]) -> set[str]:
    """The registrable domains of the ``http(s)://`` links in the text files under ``roots``
    (gzip read through; binaries and files over 5 MB skipped): how ``local_domains.txt``
    was made."""
    import gzip

    link = re.compile(rb"https?://([a-z0-9](?:[a-z0-9.-]{0,250}[a-z0-9])?)", re.I)
    out: set[str] = set()
    for root in roots:
        for path in root.rglob("*"):
            if "chatwarden" in path.parts or path.is_symlink() or not path.is_file():
                continue
            try:
                if path.stat().st_size > 5_000_000:
                    continue
                data = path.read_bytes()
                data = gzip.decompress(data) if path.suffix == ".gz" else data
            except (OSError, EOFError, gzip.BadGzipFile):
                continue
            if b"\0" not in data[:1000]:
                out |= {r for m in link.finditer(data) if (r := registrable(m.group(1).decode()))}
    return out


FOLDS = 4


def benign_fold(domain: str) -> int:
    """The fold (CRC-32, stable) of a training benign domain: each fold in turn is scored
    by a fit on the others, and the thresholds are read off those out-of-fold scores."""
    return zlib.crc32(domain.encode()) % FOLDS


if __name__ == "__main__":
    import sys

    print("\n".join(sorted(links_under(Path(a) for a in sys.argv[1:]))))
