"""The per-link reading of benign chat (``links/benign-chat-links``): a chat weighs a link
by how often it is sent, so the row counts occurrences, and its twin counts domains."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.detect.links import LinkParams, Links
from chatwarden.evaluation.metrics import evaluate
from chatwarden.evaluation.suites import SUITES, chat_link_cases, run

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
ROWS = {s.name: s for s in SUITES}
FLAGGED = ("scam", "malware", "phishing", "suspicious")
MESSAGES = [
    ("m1", "see https://github.com/canonical/netplan/issues/12 for the bug"),
    ("m2", "github.com is down for me, anyone else?"),
    ("m3", "free skins at steamcommunnity.com/tradeoffer/new, hurry"),
    ("m4", "mirror: github[.]com/torvalds/linux"),  # disguised, still one link
]


@pytest.mark.parametrize(("distinct", "n"), [(False, 4), (True, 2)])
def test_the_row_counts_each_link_sent_and_its_twin_each_domain(distinct: bool, n: int) -> None:
    cases = chat_link_cases(MESSAGES, distinct=distinct)
    m = evaluate(Links(LinkParams(user_lists=False)), cases, FLAGGED)
    assert (m.n, m.fp) == (n, 1)  # per link 1 of 4 flagged; per domain 1 of 2
    assert m.false_alarms == ["m3@14 steamcommunnity.com"]  # the id names the domain


def test_each_case_is_the_link_as_written() -> None:
    assert [c.text for c in chat_link_cases(MESSAGES)] == [
        "https://github.com/canonical/netplan/issues/12", "github.com",
        "steamcommunnity.com/tradeoffer/new", "github[.]com/torvalds/linux"]


def test_the_rows_skip_without_their_data(tmp_path: Path) -> None:
    assert run(ROWS["links/benign-chat-links"], tmp_path) is None
    assert run(ROWS["links/benign-chat-domains"], tmp_path) is None


@pytest.mark.skipif(not (DATA / "chat-irc-disentanglement").is_dir()
                    or not (DATA / "spam-tg-umputun").is_dir(), reason=f"{DATA} is absent")
def test_real_chat_links_floor() -> None:
    """docs/evaluation.md: 2 of 2,083 links sent (0.096%), 2 of their 364 domains (0.55%)."""
    links = run(ROWS["links/benign-chat-links"], DATA)
    domains = run(ROWS["links/benign-chat-domains"], DATA)
    assert links is not None and domains is not None
    assert links.n >= 2000 and links.fp <= 2 and links.tp + links.fn == 0
    assert domains.n >= 350 and domains.fp <= 2
