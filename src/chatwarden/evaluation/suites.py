"""The evaluation table: every detector that has labeled data in the data folder.

Each suite says which detector, which data and how it is split, so the README
table can be reproduced with ``chatwarden eval --all``. The spam suite trains
its own model on one half of the tg-spam samples and scores the other half,
never the shipped model (which has seen everything).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from publicsuffixlist import PublicSuffixList

from chatwarden.detect.base import Detector
from chatwarden.detect.blocklist import Blocklist, default_entries
from chatwarden.detect.linkfind import find_links
from chatwarden.detect.links import LinkParams, Links
from chatwarden.detect.pii import Pii, PiiParams
from chatwarden.detect.spam import Spam
from chatwarden.detect.spam_model import SpamModel, SpamScorer
from chatwarden.evaluation import datasets
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


def _spam_held_out(root: Path) -> tuple[Detector, list[Case]] | None:
    data = datasets.tg_spam(root)
    if data is None:
        return None
    train, test = data.half(0), data.half(1)
    english = (datasets.irc_lines(root, "dev") or [])[:1000]  # as scripts/build_spam_model.py
    scorer = SpamScorer(SpamModel.train(train.spam, train.ham + english, data.stop_phrases))
    return Spam(scorer=scorer), datasets.spam_cases(test)


def _spam_sms(root: Path) -> tuple[Detector, list[Case]] | None:
    cases = datasets.sms_cases(root)
    return (Spam(), cases) if cases is not None else None


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
    detector = Links(LinkParams(user_lists=False))
    detector.blocklist = Blocklist(kept)
    return detector, cases


def _pii(root: Path) -> tuple[Detector, list[Case]] | None:
    cases = datasets.pii_cases(root)
    english = PiiParams(regions=("US", "GB"))  # the set is English: read phones as such
    return (Pii(english), cases) if cases is not None else None


SUITES = (
    Suite("spam/tg-spam", "spam", "spam-tg-umputun",
          "model trained on half 0 (+ IRC dev ham), scored on half 1 (CRC-32 split)",
          _spam_held_out),
    Suite("spam/sms", "spam", "sms-spam-collection",
          "shipped model (Russian Telegram spam) on English SMS: a baseline", _spam_sms),
    Suite("spam/irc-chat", "spam", "chat-irc-disentanglement (test)",
          "shipped model on everyday English chat: all ham, so only fp_rate counts", _spam_irc),
    Suite("links/disguised", "links", "url-blocklistproject + url-urlhaus-malware",
          "2,000 sampled listed domains in 11 disguises vs 345 benign domains x 11",
          _links, ("scam", "malware", "phishing")),
    Suite("links/unseen", "links", "url-blocklistproject + url-urlhaus-malware",
          "the same cases with their domains removed from the list: heuristics alone",
          _links_unseen, ("scam", "malware", "phishing")),
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
