"""The topic-head refit: harm said outright teaches the violence head, and ``train --stage
topics --labels`` refits only the heads it names (a sexual refit moved ConvAbuse's figure)."""

from __future__ import annotations

from typer.testing import CliRunner

from chatwarden.cli import app
from chatwarden.training.judge import data as D
from chatwarden.training.judge.fit import _said_positives

runner = CliRunner()


def training_rows() -> D.Split:
    rows = D.Split()
    for text, lang in (("I will kill you", "en"),          # intent: threat and violence
                       ("I'm glad she is dead", "en"),     # celebrated: violence only
                       ("I'll kill the process", "en"),    # a thing, no person
                       ("someone should shoot him", "ru"),  # not English: harm_said is English
                       ("someone should shoot him", "en")):  # a group-swapped copy (past n)
        rows.add(text, lang, toxicity=1)
    return rows


def test_harm_said_outright_is_a_violence_positive() -> None:
    assert _said_positives("violence", training_rows(), 4) == [0, 1]


def test_the_threat_head_keeps_its_fit() -> None:
    # chosen on EDOS's validation rows: these positives lowered threat F1 (0.452 -> 0.443)
    assert _said_positives("threat", training_rows(), 4) == []


def test_labels_needs_the_topics_stage() -> None:
    result = runner.invoke(app, ["train", "--stage", "heads", "--labels", "violence"])
    assert result.exit_code == 2
    assert "--stage topics" in result.output


def test_labels_names_topic_heads_only() -> None:
    result = runner.invoke(app, ["train", "--stage", "topics", "--labels", "violence,hate"])
    assert result.exit_code == 2
    assert "unknown topic head(s): hate" in result.output
