"""The false-sanction benchmark: per-10k arithmetic on a synthetic source with known
decisions, the sources' readers on tiny logs, and one slice of the real data."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.evaluation import realchat, realdata
from chatwarden.events import Event
from chatwarden.policy.loader import load_policy, parse_policy

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
TINY = """
id: tiny
title: Tiny
language: en
recidivism_days: 30
sanctions:
  warning: {type: warning}
  remove: {type: delete}
rules:
  - id: doxx
    title: No card numbers
    text: Do not post card numbers.
    mode: auto
    when: {detector: pii, label: pii.card}
    content: [remove]
    ladder: [[warning]]
  - id: flood
    title: No sticker floods
    text: No more than 3 stickers in a row.
    mode: auto
    when: {detector: flood, params: {max_in_row: 3}}
    ladder: [[warning]]
  - id: bots
    title: Bots checked
    text: A moderator looks at messages sent through bots.
    mode: assist
    when: {detector: bot_usage, params: {bots: [Spambot]}}
"""
CARD = "here is john's card | 4111 1111 1111 1111, use it"  # someone else's: doxxing


def _chat(name: str, specials: list[dict[str, str]], plain: int) -> realdata.Reader:
    """A reader of ``plain`` ordinary messages with ``specials`` spread among them."""
    def read(_: Path) -> list[Event]:
        start = datetime(2025, 3, 3, 9, tzinfo=UTC)
        fields = [{"text": f"ordinary chat line number {i}"} for i in range(plain)]
        for i, special in enumerate(specials):
            fields.insert(10 + 40 * i, special)
        events = [Event(f"{name}:j{u}", "join", name, f"u{u}", start - timedelta(days=30 - u))
                  for u in range(5)]
        return events + [Event(f"{name}:{i}", "message", name, f"u{i % 5}",
                               start + timedelta(seconds=30 * i), **f)  # type: ignore[arg-type]
                         for i, f in enumerate(fields)]
    return read


def test_per_10k_figures_rules_and_recall_on_a_synthetic_source(tmp_path: Path) -> None:
    policy = parse_policy(TINY, "tiny.yaml")
    stickers = [{"media": "sticker"}] * 4
    benign = realchat.Source("tiny-chat", "en", _chat("tiny-chat", [
        {"text": CARD}, {"text": "join us", "via_bot": "Spambot"}], 194), "synthetic")
    # the four stickers in a row from one member: spread them as one run
    flood = realchat.Source("tiny-flood", "en", lambda _: _flood(stickers), "synthetic")
    positives = realchat.Positives("tiny-cards", "en", _chat("tiny-cards", [
        {"text": CARD}, {"text": "join us", "via_bot": "Spambot"}], 2), ("doxx", "bots"), "synthetic")
    # the same chat from a source whose labels say nothing about bots: listed, not counted
    silent = realchat.Source("tiny-silent", "en", _chat("tiny-silent", [
        {"text": CARD}, {"text": "join us", "via_bot": "Spambot"}], 194), "synthetic",
        silent=frozenset({"bots"}))
    report = realchat.benchmark(tmp_path, [policy], sets=[benign, flood, positives, silent])

    # 196 messages, one judgement sanction (the card) and one review (the bot): 51.0 per 10k
    assert "| tiny-chat | tiny | 196 | 51.0 (1) | 0.0 (0) | 51.0 (1) | not met | 0 |" in report
    assert "| tiny-chat | doxx | auto | pii | judgement | 1 (1) | 0 | 51.0 |" in report
    assert "| tiny-chat | bots | assist | bot_usage | rules | 0 (0) | 1 | 51.0 |" in report
    assert "| tiny-silent | tiny | 196 | 51.0 (1) | 0.0 (0) | 0.0 (0) | not met | 0 | bots (1) |" in report
    assert ("| tiny-silent | bots | assist | bot_usage | rules, not counted (labels silent) "
            "| 0 (0) | 1 | 51.0 |") in report
    # the fourth sticker in a row is a rules-only sanction: 1 of 8 messages = 1,250 per 10k
    assert "| tiny-flood | tiny | 8 | 0.0 (0) | 1250.0 (1) | 0.0 (0) | met | 0 |" in report
    assert "| tiny-flood | flood | auto | flood | rules | 1 (0) | 0 | 1250.0 |" in report
    # recall: the card sanctioned, the bot message queued, of four
    assert "| tiny-cards | tiny | 4 | doxx, bots | 25.0% (1) | 50.0% (2) | 50.0% (2) |" in report
    # the worst example is the card message, its pipe escaped so the table holds
    example = "here is john's card \\| 4111 1111 1111 1111, use it"
    assert f"| tiny-chat | doxx | 1.00 | tiny-chat:10 | {example} |" in report


def _flood(stickers: list[dict[str, str]]) -> list[Event]:
    start = datetime(2025, 3, 3, 9, tzinfo=UTC)
    joins = [Event(f"f:j{u}", "join", "tiny-flood", f"u{u}", start - timedelta(days=20 + u))
             for u in range(2)]
    talk = [{"text": "hi all"}, {"text": "morning"}, *stickers, {"text": "sorry"}, {"text": "ok"}]
    return joins + [Event(f"f:{i}", "message", "tiny-flood", "u0" if 2 <= i < 6 else "u1",
                          start + timedelta(seconds=5 * i), **f)  # type: ignore[arg-type]
                    for i, f in enumerate(talk)]


def test_limit_counts_messages_and_the_cell_stays_one_line() -> None:
    policy = parse_policy(TINY, "tiny.yaml")
    tally = realchat.replay(policy, _chat("c", [{"text": CARD}], 50)(Path()) or [], limit=5)
    assert tally.messages == 5 and tally.auto_judged == 0
    assert realchat.cell("a\nb|<i>`x`" + "y" * 200, 20) == "a b\\|&lt;i>\\`x\\`yyyyyyyyy…"


def test_irc_log_becomes_events_with_real_joins_and_established_speakers(tmp_path: Path) -> None:
    folder = tmp_path / "chat-irc-disentanglement" / "test"
    folder.mkdir(parents=True)
    (folder / "2005-07-06_14.raw.txt").write_text(
        "[23:59] <old> anyone here?\n"
        "[23:59] <old> hello\n"
        "=== new [n=new@host] has joined #ubuntu\n"
        "[00:01] <new> hi, my wifi is down\n"
        "[00:01]  * old waves\n"
        "=== new [n=new@host] has quit [Quit: bye]\n", encoding="utf-8")
    events = realdata.irc(tmp_path)
    assert events is not None
    kinds = [(e.type, e.user, e.ts.isoformat(), e.text) for e in events]
    assert kinds[0][:2] == ("join", "old") and kinds[0][2] < "2005-07-06T23:59"  # joined long ago
    assert kinds[1:] == [
        ("message", "old", "2005-07-06T23:59:00+00:00", "anyone here?"),
        ("message", "old", "2005-07-06T23:59:30+00:00", "hello"),
        ("join", "new", "2005-07-06T23:59:30+00:00", None),
        ("message", "new", "2005-07-07T00:01:00+00:00", "hi, my wifi is down"),
        ("message", "old", "2005-07-07T00:01:30+00:00", "old waves"),
        ("leave", "new", "2005-07-07T00:01:30+00:00", None),
    ]


def test_newcomer_chat_makes_every_message_a_members_first_within_two_hours_of_joining(
) -> None:
    events = realdata.newcomer_chat(["привет", "где расписание?", "спасибо"], "nc", seed=1)
    assert [e.ts for e in events] == sorted(e.ts for e in events)
    joins = {e.user: e.ts for e in events if e.type == "join"}
    said = [e for e in events if e.type == "message"]
    assert [e.text for e in said] == ["привет", "где расписание?", "спасибо"]
    assert len({e.user for e in said}) == 3 and set(joins) == {e.user for e in said}
    assert all(timedelta(minutes=1) <= e.ts - joins[e.user] <= timedelta(minutes=120)
               for e in said)


def test_placeholders_become_what_they_stood_for() -> None:
    text = "[USERNAME] глянь [LINK] за 6500 [CURRENCY], частота [PHONE] мгц"
    out = realdata.unplaceholder(text)
    assert "[" not in out and out == realdata.unplaceholder(text)
    assert out.startswith("@") and "https://" in out and "6500 руб" in out


def test_cli_skips_absent_sources_and_exits_0(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "chatwarden", "eval", "realchat", "--data",
                           str(tmp_path), "--source", "irc", "--source", "tg-ham"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert f"irc: skipped, its data is absent under {tmp_path}" in done.stderr
    assert f"- tg-ham: skipped, its data is absent under {tmp_path}" in done.stdout


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_a_slice_of_real_chat_through_both_shipped_policies(tmp_path: Path) -> None:
    out = tmp_path / "realchat.md"
    done = subprocess.run([sys.executable, "-m", "chatwarden", "eval", "realchat", "--source",
                           "xstest-safe", "--source", "tg-ham", "--source", "tg-spam-test", "--limit", "150",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr
    table = out.read_text(encoding="utf-8")
    assert table in done.stdout
    assert "| xstest-safe | calimero | 150 |" in table
    assert "| tg-ham | klint | 150 |" in table
    assert "| tg-spam-test | klint | 150 | 6.1" in table


TOPICS = ("offline_crime,online_crime,drugs,gambling,pornography,prostitution,slavery,suicide,"
          "terrorism,weapons,body_shaming,health_shaming,politics,racism,religion,"
          "sexual_minorities,sexism,social_injustice")


def _topics_row(text: str, *on: str) -> str:
    return ",".join([f'"{text}"', *("1" if t in on else "0" for t in TOPICS.split(","))])


def test_sensitive_topics_split_into_benign_for_5_1_and_on_its_topics(tmp_path: Path) -> None:
    folder = tmp_path / "ru-sensitive-topics"
    folder.mkdir()
    rows = [("погода сегодня отличная, идём гулять",),            # no topic at all
            ("где купить травку подешевле", "drugs"),              # a topic 5.1 does not name
            ("опять выборы, опять одно и то же", "politics"),
            ("в церкви и в мечети разные обряды", "religion", "drugs"),
            ("гей-парад опять запретили", "sexual_minorities"),     # near 5.1: in neither set
            ("бедным ничего не достаётся", "social_injustice", "racism")]
    (folder / "v2_sensitive_topics_test.csv").write_text(
        "text," + TOPICS + "\n" + "\n".join(_topics_row(*r) for r in rows) + "\n", encoding="utf-8")

    def texts(read: realdata.Reader) -> list[str | None]:
        return [e.text for e in read(tmp_path) or [] if e.type == "message"]

    assert texts(realdata.ru_topics_none) == [rows[0][0], rows[1][0]]
    assert texts(realdata.ru_topics_conflict) == [rows[2][0], rows[3][0], rows[5][0]]
    assert realdata.ru_topics_none(tmp_path / "absent") is None


def test_ru_topics_none_counts_only_5_1() -> None:
    """The topic-labelled benign source is silent on every other guideline number of Клинт,
    a rule added later included."""
    cites = {r.cite for r in load_policy(ROOT / "policies" / "klint.ru.yaml").rules}
    source = next(s for s in realchat.SOURCES if s.name == "ru-topics-none")
    assert {c for c in cites | {"13.1"} if not source.silences(c)} == {"5.1"}
    assert "5.1" in cites
    conflict = next(p for p in realchat.POSITIVES if p.name == "ru-topics-conflict")
    assert conflict.rules == ("5.1",)


@pytest.mark.shared
@pytest.mark.skipif(not (DATA / "ru-sensitive-topics").is_dir(),
                    reason=f"{DATA / 'ru-sensitive-topics'} is absent")
def test_sensitive_topics_test_rows_are_674_benign_and_336_on_5_1s_topics() -> None:
    def messages(read: realdata.Reader) -> int:
        return sum(e.type == "message" for e in read(DATA) or [])

    assert (messages(realdata.ru_topics_none), messages(realdata.ru_topics_conflict)) == (674, 336)
