"""Policy overlays and ``chatwarden calibrate``: exact thresholds changed, errors with
file:line, and a calibration that really brings the review queue within the budget."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.errors import PolicyError
from chatwarden.evaluation.calibrate import safe_cell, thresholds
from chatwarden.evaluation.realchat import Item, replay
from chatwarden.events import Event
from chatwarden.policy.loader import load_policy, parse_policy
from chatwarden.policy.overlay import apply_overlay, load_with_overlay
from chatwarden.policy.schema import Policy, leaves

SMALL = """
id: small
title: Small
language: ru
recidivism_days: 30
sanctions:
  warning: {type: warning}
rules:
  - id: "3.1"
    title: Insults
    text: No insults.
    mode: assist
    when: {all: [{detector: toxicity, label: insult, min_score: 0.8}, {detector: addresses}]}
  - id: "5.1"
    title: Politics
    text: No politics.
    mode: assist
    when: {detector: toxicity, label: politics}
  - id: "6.1"
    title: Ads
    text: No ads.
    mode: auto
    when: {any: [{detector: spam}, {detector: advertising, min_score: 0.7}]}
    ladder: [[warning]]
"""
TOXIC = """
id: rude
title: Rude
language: en
recidivism_days: 30
sanctions:
  warning: {type: warning}
rules:
  - id: rude
    title: Be kind
    text: No insults.
    mode: assist
    when: {detector: toxicity, label: toxicity, min_score: 0.5, params: {embedding: false}}
"""
RUDE = ["you are a fucking idiot", "shut up you stupid moron", "what a dumb take, idiot", "you suck",
        "i hate you so much you worthless piece of trash", "nobody likes you, clown", "stfu retard",
        "this movie is shit"]


def _overlay(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _small(tmp_path: Path) -> Policy:
    (tmp_path / "small.yaml").write_text(SMALL, encoding="utf-8")
    return load_policy(tmp_path / "small.yaml")


def test_an_overlay_changes_exactly_the_named_thresholds(tmp_path: Path) -> None:
    base = _small(tmp_path)
    path = _overlay(tmp_path, 'base: small.yaml\nrules:\n  "5.1":\n    min_score: {toxicity:politics: 0.93}\n'
                              '  "3.1":\n    min_score: {toxicity: 0.9}\n'
                              '  "6.1":\n    min_score: {advertising: 0.75}\n')
    tuned = apply_overlay(base, path)
    changed = {r.id for r, old in zip(tuned.rules, base.rules, strict=True) if r != old}
    assert changed == {"5.1", "3.1", "6.1"}
    assert [(leaf.detector, leaf.min_score) for leaf in leaves(tuned.rule("5.1").when)] == \
        [("toxicity", 0.93)]
    assert [(leaf.detector, leaf.min_score) for leaf in leaves(tuned.rule("3.1").when)] == \
        [("toxicity", 0.9), ("addresses", None)]
    assert [(leaf.detector, leaf.min_score) for leaf in leaves(tuned.rule("6.1").when)] == \
        [("spam", None), ("advertising", 0.75)]
    assert tuned.rule("3.1").model_dump(exclude={"when"}) == base.rule("3.1").model_dump(exclude={"when"})
    assert load_with_overlay(path) == tuned


def test_overlay_errors_name_file_and_line(tmp_path: Path) -> None:
    path = _overlay(tmp_path, 'base: small.yaml\nrules:\n  "5.1":\n    min_score: {toxicity: 0.9}\n'
                              '  "5.9":\n    min_score: {toxicity: 0.9}\n'
                              '  "6.1":\n    min_score:\n      links: 0.5\n      spam: 1.5\n')
    with pytest.raises(PolicyError) as err:
        apply_overlay(_small(tmp_path), path)
    assert err.value.problems == [
        f"{path}:5: rules.5.9: unknown rule '5.9' in policy 'small' (did you mean '5.1'?)",
        f"{path}:9: rules.6.1.min_score.links: no condition of rule '6.1' uses it "
        "(known: advertising, spam)",
        f"{path}:10: rules.6.1.min_score.spam: must be a number from 0 to 1, got 1.5",
    ]


def test_an_overlay_is_held_to_the_policy_limits(tmp_path: Path) -> None:
    """An overlay is YAML from a file too: the alias bomb a policy is refused for is refused here."""
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    path = _overlay(tmp_path, "base: small.yaml\n" + laughs + "rules: {}\n")
    with pytest.raises(PolicyError) as err:
        apply_overlay(_small(tmp_path), path)
    assert err.value.problems[0].startswith(f"{path}:")
    assert "aliases" in err.value.problems[0] or "nodes" in err.value.problems[0]


def test_the_cli_applies_an_overlay_or_exits_2_with_file_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    from chatwarden.cli.policy import load_or_exit

    base = _small(tmp_path)
    good = _overlay(tmp_path, 'base: small.yaml\nrules:\n  "5.1":\n    min_score: {toxicity: 0.93}\n')
    assert load_or_exit(tmp_path / "small.yaml", good) == apply_overlay(base, good)
    bad = tmp_path / "bad.yaml"
    bad.write_text('base: small.yaml\nrules:\n  "9.9": {min_score: {toxicity: 0.5}}\n', encoding="utf-8")
    with pytest.raises(typer.Exit) as stop:
        load_or_exit(tmp_path / "small.yaml", bad)
    assert stop.value.exit_code == 2
    assert f"{bad}:3: rules.9.9: unknown rule '9.9'" in " ".join(capsys.readouterr().err.split())


def test_thresholds_drop_every_review_past_the_budget() -> None:
    def item(rule: str, event: str, score: float, outcome: str = "review") -> Item:
        return Item(rule, outcome, event, "u", "", "", {f"{rule}:x": score})

    items = [item("a", "1", 0.95), item("b", "2", 0.9), item("a", "3", 0.81234), item("b", "4", 0.7),
             item("a", "5", 0.6), item("c", "6", 0.99, outcome="sanction")]
    # two kept (0.95 and 0.9); 'a' must drop 0.81234, 'b' 0.7; 'c' sanctions are not the queue's
    assert thresholds(items, 2) == {"a": {"a:x": 0.8124}, "b": {"b:x": 0.7001}}
    assert thresholds(items, 5) == {}


def test_a_cell_that_looks_like_a_formula_is_quoted() -> None:
    assert [safe_cell(v) for v in ("=HYPERLINK(1)", "+7 999", "-1", "@x", "ok = fine")] == \
        ["'=HYPERLINK(1)", "'+7 999", "'-1", "'@x", "ok = fine"]


def _export(path: Path) -> list[Event]:
    start = datetime(2025, 3, 3, 9, tzinfo=UTC)
    texts = [f"thanks, the update {i} worked fine" for i in range(392)]
    for i, rude in enumerate(RUDE):
        texts.insert(20 + 45 * i, rude)
    events = [Event(f"m{i}", "message", "c", f"u{i % 9}", start + timedelta(minutes=i), text=t)
              for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(e.to_json()) + "\n" for e in events), encoding="utf-8")
    return events


@pytest.mark.slow
def test_calibrate_writes_an_overlay_that_keeps_reviews_within_the_budget(tmp_path: Path) -> None:
    policy_path = tmp_path / "rude.yaml"
    policy_path.write_text(TOXIC, encoding="utf-8")
    events = _export(tmp_path / "export.jsonl")
    policy = parse_policy(TOXIC, str(policy_path))
    before = replay(policy, events)
    assert before.messages == 400 and before.reviews > 2  # the export is over budget as it is

    out = tmp_path / "cal" / "overlay.yaml"
    done = subprocess.run([sys.executable, "-m", "chatwarden", "calibrate", str(tmp_path / "export.jsonl"),
                           "--policy", str(policy_path), "--budget", "50", "--out", str(out),
                           "--sample", "3"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "budget 50 review items per 10,000 messages (2 here)" in done.stdout
    after = replay(load_with_overlay(out), events)
    assert 0 < after.reviews <= 2  # 50 per 10,000 messages of 400: two items at most
    with (tmp_path / "cal" / "overlay.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "rule" and rows[0][-1] == "verdict (right/wrong)"
    assert len(rows) == 4 and all(r[0] == "rude" and r[6] in RUDE for r in rows[1:])
    html = (tmp_path / "cal" / "overlay.html").read_text(encoding="utf-8")
    assert "<td>rude</td><td>Be kind</td>" in html and "toxicity:toxicity 0." in html


def test_the_calibration_report_speaks_the_policy_language_and_escapes(tmp_path: Path) -> None:
    from chatwarden.console.report import write_calibration
    from chatwarden.evaluation.calibrate import RuleRow

    policy = _small(tmp_path)
    assert policy.language == "ru"
    rows = [RuleRow("5.1", (0.0, 0.0), (7.1, 2.4), "toxicity:politics 0.6866")]
    out = tmp_path / "calibration.html"
    write_calibration(out, policy, rows, "<script>alert(1)</script>.json", 8481, 5.0)
    html = out.read_text(encoding="utf-8")
    assert "8481 сообщений прогнано в теневом режиме" in html and "на 10 000 сообщений" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "toxicity:politics 0.6866" in html
