"""``train --stage topics --labels`` refits only the topic heads it names: a refit of every
topic head would also move the sexual head (threshold 0.52 -> 0.54, ConvAbuse test F1 0.714 ->
0.696), so a violence or threat experiment must leave the others as they are."""

from __future__ import annotations

from typer.testing import CliRunner

from chatwarden.cli import app

runner = CliRunner()


def test_labels_needs_the_topics_stage() -> None:
    result = runner.invoke(app, ["train", "--stage", "heads", "--labels", "violence"])
    assert result.exit_code == 2
    assert "--stage topics" in result.output


def test_labels_names_topic_heads_only() -> None:
    result = runner.invoke(app, ["train", "--stage", "topics", "--labels", "violence,hate"])
    assert result.exit_code == 2
    assert "unknown topic head(s): hate" in result.output
