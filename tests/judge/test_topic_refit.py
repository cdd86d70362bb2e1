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


def test_the_violence_head_learns_harm_said_outright_as_positives() -> None:
    from chatwarden.training.judge import data as D
    from chatwarden.training.judge.fit import _said_positives

    split = D.Split()
    for text in ("I will kill you", "kill the stuck process", "we should all be shot",
                 "glad she is dead", "she is so annoying"):
        split.add(text, "en")
    assert _said_positives("violence", split, len(split)) == [0, 2, 3]
    assert _said_positives("threat", split, len(split)) == []


def test_a_thing_wished_dead_stays_a_violence_negative() -> None:
    from chatwarden.training.judge.fit import _gate_opens

    assert not _gate_opens("violence", "flash should die", "flash should die")
    assert _gate_opens("violence", "rachel needs to die", "Rachel needs to die")
    assert _gate_opens("violence", "hang the bitch", "hang the bitch")
