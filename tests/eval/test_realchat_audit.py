"""The audit of the false-sanction benchmark's review items: verdicts split the raw count into
false alarms and rule-breaking messages the set's labels never spoke about, a verdict on
another text never applies, and a broken audit file says where."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.errors import InputError
from chatwarden.evaluation import audit, realchat
from chatwarden.policy.loader import parse_policy
from tests.eval.test_realchat import TINY, _chat

BOT = {"text": "join us", "via_bot": "Spambot"}


def _verdict(event: str, text: str, verdict: str) -> str:
    return (f"- source: tiny-chat\n  event: {event}\n  rule: bots\n  text: {text!r}\n"
            f"  verdict: {verdict}\n  why: read against the rule\n")


def _report(tmp_path: Path, entries: str) -> tuple[str, list[dict[str, object]]]:
    (tmp_path / "audit.yaml").write_text(entries, encoding="utf-8")
    policy = parse_policy(TINY, "tiny.yaml")
    # three messages sent through the bot among 197 others: 3 review items of 200 = 150 per 10k
    benign = realchat.Source("tiny-chat", "en", _chat("tiny-chat", [BOT, BOT, BOT], 197), "synthetic")
    items: list[dict[str, object]] = []
    report = realchat.benchmark(tmp_path, [policy], sets=[benign],
                                audit=audit.load(tmp_path / "audit.yaml"), items=items)
    return report, items


def test_verdicts_split_review_items_into_right_wrong_and_unread(tmp_path: Path) -> None:
    report, items = _report(tmp_path, _verdict("tiny-chat:10", "join us", "right")
                            + _verdict("tiny-chat:50", "join   us", "wrong"))
    # the raw goal column still counts all three
    assert "| tiny-chat | tiny | 200 | 0.0 (0) | 0.0 (0) | 150.0 (3) | not met | 0 |" in report
    # one right, one wrong, one never read: 2 of 200 left = 100 per 10k
    assert "| tiny-chat | tiny | 3 | 1 | 1 | 1 | 100.0 | not met |" in report
    assert [(i["event"], i["verdict"]) for i in items] == [
        ("tiny-chat:10", "right"), ("tiny-chat:50", "wrong"), ("tiny-chat:90", None)]
    assert items[0]["text"] == "join us" and items[0]["rule"] == "bots"


def test_a_verdict_given_on_another_text_is_stale_and_counts_as_unread(tmp_path: Path) -> None:
    report, items = _report(tmp_path, _verdict("tiny-chat:10", "join them", "right"))
    assert "| tiny-chat | tiny | 3 | 0 | 0 | 3 | 150.0 | not met |" in report
    assert items[0]["verdict"] == "stale"


@pytest.mark.parametrize(("text", "where"), [
    ("- source: a\n  event: e\n  rule: r\n  text: t\n  verdict: maybe\n  why: unsure\n",
     "audit.yaml:1: field 'verdict'"),
    ("- source: a\n  event: e\n  rule: r\n  text: t\n  verdict: wrong\n  why: fine\n"
     "- source: a\n  event: e\n  rule: r\n  text: t\n  verdict: right\n  why: again\n",
     "audit.yaml:7: a second verdict on e under rule r"),
    ("- source: a\n  event: [e\n", "audit.yaml:3: not YAML"),
    ("source: a\n", "audit.yaml:1: the audit is a list of verdicts"),
])
def test_a_broken_audit_names_its_line(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "audit.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        audit.load(path)
    assert str(caught.value).split(str(tmp_path) + "/")[1].startswith(where)


def test_the_shipped_audit_names_benign_sources_and_pins_openings() -> None:
    """Every shipped verdict is on a benign source the benchmark has and pins a text's opening
    as :func:`audit.opening` cuts it, so it can match the item it was written on."""
    shipped = audit.load()
    assert {source for source, _, _ in shipped.verdicts} <= {s.name for s in realchat.SOURCES}
    assert all(audit.opening(v.text) == v.text for v in shipped.verdicts.values())
