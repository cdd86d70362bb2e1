"""`chatwarden scan` and `chatwarden eval DETECTOR FILE` judge each text on its own.

They used to judge every text as one chat at one instant, so the cascade's per-chat model
budget (30 texts at once, refilled by event time) ran dry after the 30th text: from then on
no topic head ran, and a scan of a moderation set scored sexual, violence and self-harm 0.
"""

from __future__ import annotations

from chatwarden.detect.textscan import Text, pick, scan_one
from chatwarden.evaluation.metrics import text_event


def sexual(result: dict[str, object]) -> float:
    signals = result["signals"]
    assert isinstance(signals, list)
    return next(s["score"] for s in signals if s["label"] == "sexual")


def test_the_fortieth_text_of_a_scan_is_judged_like_the_first() -> None:
    detectors = pick(["toxicity"])
    line = "send me nudes, i want to have sex with you tonight"
    scores = [sexual(scan_one(detectors, Text(str(i), f"{line} {i}"))) for i in range(40)]
    assert scores[0] >= 0.9
    assert min(scores[30:]) >= 0.9, scores  # past the per-chat burst of 30


def test_texts_judged_outside_a_chat_share_no_budget() -> None:
    assert len({text_event(str(i), "x").chat for i in range(3)}) == 3
