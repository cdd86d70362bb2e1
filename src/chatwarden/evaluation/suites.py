"""The evaluation table: every detector that has labeled data in the data folder.

Each suite says which detector, which data and how it is split, so the README
table can be reproduced with ``chatwarden eval --all``. The spam suites score
the shipped model on each source's test split (CRC-32, 20%), which it was neither
trained nor calibrated on; its cross-source figures come from
``python -m chatwarden.training.spam --loso``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from publicsuffixlist import PublicSuffixList

from chatwarden.detect.base import Detector
from chatwarden.detect.blocklist import Blocklist, default_entries
from chatwarden.detect.linkfind import find_links
from chatwarden.detect.links import LinkParams, Links
from chatwarden.detect.pii import WHOSE, Pii, PiiParams
from chatwarden.detect.spam import Spam
from chatwarden.evaluation import datasets, realdata
from chatwarden.evaluation.datasets import Case
from chatwarden.evaluation.metrics import Metrics, evaluate


@dataclass(frozen=True)
class Suite:
    name: str
    detector: str
    data: str
    note: str
    build: Callable[[Path], tuple[Detector, list[Case]] | None]
    labels: tuple[str, ...] | None = None


def _spam_test_split(cases: list[Case] | None) -> tuple[Detector, list[Case]] | None:
    if cases is None:
        return None
    return Spam(), [c for c in cases if datasets.split_of(c.text) == "test"]


def _spam_tg(root: Path) -> tuple[Detector, list[Case]] | None:
    data = datasets.tg_spam(root)
    return _spam_test_split(datasets.spam_cases(data) if data else None)


def _spam_telegram_ru(root: Path) -> tuple[Detector, list[Case]] | None:
    return _spam_test_split(datasets.telegram_spam_cases(root))


def _spam_sms(root: Path) -> tuple[Detector, list[Case]] | None:
    return _spam_test_split(datasets.sms_cases(root))


def _spam_irc(root: Path) -> tuple[Detector, list[Case]] | None:
    lines = datasets.irc_lines(root, "test")
    if lines is None:
        return None
    return Spam(), [Case(f"irc-{i}", t, False, "ham") for i, t in enumerate(lines)]


def _links(root: Path) -> tuple[Detector, list[Case]] | None:
    cases = datasets.link_cases(root)
    return (Links(LinkParams(user_lists=False)), cases) if cases is not None else None


def _links_unseen(root: Path) -> tuple[Detector, list[Case]] | None:
    """The same cases with their domains taken off the list: what the look-alike and
    mixed-script checks catch on their own, for a domain no list knows yet."""
    cases = datasets.link_cases(root)
    if cases is None:
        return None
    held = {link.registrable for c in cases if c.positive for link in find_links(c.text)}
    psl = PublicSuffixList(accept_unknown=False)
    kept = {entry: cat for entry, cat in default_entries().items()
            if (psl.privatesuffix(entry.split("/")[0]) or entry) not in held}
    detector = Links(LinkParams(user_lists=False, model=False))  # the model: links/unseen-by-time
    detector.blocklist = Blocklist(kept)
    return detector, cases


def _domain_cases(domains: Iterable[str], positive: bool,
                  label: str | dict[str, str]) -> list[Case]:
    """One case per domain, as a member would post it; ``label`` is one, or per domain."""
    kind = "scam" if positive else "benign"
    return [Case(f"{kind}-{d}", f"check this https://{d}/", positive,
                 label if isinstance(label, str) else label[d]) for d in sorted(domains)]


def _links_by_time(root: Path) -> tuple[Detector, list[Case]] | None:
    """The shipped detector, scam-URL model included, on scam domains first confirmed after
    the model's training data ends and on no shipped list, and on benign domains people
    wrote in chat that neither trained the model nor picked its threshold."""
    from chatwarden.training import urldata  # reads the data folder: a developer tool

    split = urldata.scam_split(root)
    if split is None:
        return None
    cases = _domain_cases(split.test, True, split.sources)
    cases += _domain_cases(urldata.measured_benign(root), False, "clean")
    return Links(LinkParams(user_lists=False)), cases


def _links_software(root: Path) -> tuple[Detector, list[Case]] | None:
    """The benign side in numbers chat cannot give: the held-out fifth of the software
    domains (small project and personal sites), all benign, so only fp_rate counts."""
    from chatwarden.training import urldata

    if urldata.scam_split(root) is None:  # the dated lists say which local links are scams
        return None
    cases = _domain_cases(urldata.held_out_software(root), False, "clean")
    return Links(LinkParams(user_lists=False)), cases


def chat_link_cases(messages: Iterable[tuple[str, str]], *, distinct: bool = False) -> list[Case]:
    """One benign case per link in ``(id, text)`` messages, as the links detector reads
    it (the span as written, disguises included), so a chat that sends github.com a
    hundred times weighs it a hundred times; ``distinct`` keeps the first of each
    registrable domain: the same chat read per domain. The id ends in the domain."""
    seen: set[str] = set()
    cases = []
    for ident, text in messages:
        for link in find_links(text):
            if not (distinct and link.registrable in seen):
                seen.add(link.registrable)
                cases.append(Case(f"{ident}@{link.start} {link.registrable}",
                                  text[link.start:link.end], False, "clean"))
    return cases


def _chat_messages(root: Path) -> list[tuple[str, str]] | None:
    """Real chat no part of the scam-URL model read: the IRC logs of realchat (test and
    new-domains) and tg-spam's ham (tizhproger's ham is left out: its links are
    placeholders)."""
    events, tg = realdata.irc(root), datasets.tg_spam(root)
    if events is None or tg is None:
        return None
    return [(e.id, e.text) for e in events if e.type == "message" and e.text] + \
        [(f"tg-ham-{i}", t) for i, t in enumerate(tg.ham)]


def _chat_links(root: Path, distinct: bool = False) -> tuple[Detector, list[Case]] | None:
    """The shipped links detector (lists and scam-URL model) on every link real chat sent."""
    messages = _chat_messages(root)
    if messages is None:
        return None
    return Links(LinkParams(user_lists=False)), chat_link_cases(messages, distinct=distinct)


def _chat_domains(root: Path) -> tuple[Detector, list[Case]] | None:
    return _chat_links(root, distinct=True)


def _pii(root: Path) -> tuple[Detector, list[Case]] | None:
    cases = datasets.pii_cases(root)
    # the set is English: read phones as such; it measures finding identifiers, whoever's
    english = PiiParams(regions=("US", "GB"), whose=WHOSE)
    return (Pii(english), cases) if cases is not None else None


SUITES = (
    Suite("spam/tg-spam", "spam", "spam-tg-umputun",
          "shipped model on the 20% test split (never trained or calibrated on)", _spam_tg),
    Suite("spam/telegram-ru", "spam", "ru-spam-telegram-tizhproger",
          "shipped model on the 20% test split; placeholders read as the real things",
          _spam_telegram_ru),
    Suite("spam/sms", "spam", "sms-spam-collection",
          "shipped model on the 20% test split of 2000s English SMS", _spam_sms),
    Suite("spam/irc-chat", "spam", "chat-irc-disentanglement (test)",
          "shipped model on everyday English chat: all ham, so only fp_rate counts", _spam_irc),
    Suite("links/disguised", "links", "url-blocklistproject + url-urlhaus-malware",
          "2,000 sampled listed domains in 11 disguises vs 345 benign domains x 11",
          _links, ("scam", "malware", "phishing", "suspicious")),
    Suite("links/unseen", "links", "url-blocklistproject + url-urlhaus-malware",
          "the same cases with their domains removed from the list: heuristics alone "
          "(a brand joined with plain words is a lead, `suspicious`)",
          _links_unseen, ("scam", "malware", "phishing", "suspicious")),
    Suite("links/unseen-by-time", "links", "url-jpcert-phishing-brands (+ benign chat links)",
          "scam domains confirmed from 2025-01 on, on no shipped list, vs benign domains "
          "kept from training; model trained on domains dated before 2025-01",
          _links_by_time, ("scam", "malware", "phishing", "suspicious")),
    Suite("links/benign-software", "links", "Debian and installed software's domains",
          "a fifth held out (CRC-32) from the scam-URL model's training and threshold: "
          "all benign, so only fp_rate counts",
          _links_software, ("scam", "malware", "phishing", "suspicious")),
    Suite("links/benign-chat-links", "links",
          "chat-irc-disentanglement (test + new-domains) + spam-tg-umputun ham",
          "every link real chat sent, each occurrence counted: fp_rate = flagged occurrences "
          "/ all; all benign, never trained or thresholded on",
          _chat_links, ("scam", "malware", "phishing", "suspicious")),
    Suite("links/benign-chat-domains", "links",
          "chat-irc-disentanglement (test + new-domains) + spam-tg-umputun ham",
          "the same links, each registrable domain once: fp_rate = flagged domains / all",
          _chat_domains, ("scam", "malware", "phishing", "suspicious")),
    Suite("pii/presidio", "pii", "pii-presidio-synthetic-en",
          "positive: a phone, e-mail, card or street address span; phone regions US, GB",
          _pii,
          ("pii.phone", "pii.email", "pii.card", "pii.address")),
)


def run(suite: Suite, root: Path) -> Metrics | None:
    built = suite.build(root)
    if built is None:
        return None
    detector, cases = built
    return evaluate(detector, cases, suite.labels)
