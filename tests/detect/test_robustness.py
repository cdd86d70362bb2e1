"""Hostile input: random Unicode never breaks a detector or yields a span outside the
text, and long messages built to make regexes backtrack stay linear."""

from __future__ import annotations

import random
import time

import pytest

from chatwarden.detect.normalize import normalize
from chatwarden.detect.textscan import Text, pick, scan_one

ALPHABET = ("aеоxyzрсАВСх.у й1034@$!|-_*[](){}:/ \u200b\u202e\u0301ＦᴏΑ😀🔥\n,;+ "
            "dot точка hxxp t.me/+ @user ул. д. 5 ")


def test_random_text_gives_valid_spans_everywhere() -> None:
    rng = random.Random(20261122)
    detectors = pick(None)
    for _ in range(300):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
        norm = normalize(text)
        for a in range(len(norm.text) + 1):
            start, end = norm.span(a, min(a + 1, len(norm.text)))
            assert 0 <= start <= end <= len(text)
        for signal in scan_one(detectors, Text("x", text))["signals"]:
            for ev in signal["evidence"]:
                if "start" in ev:
                    assert 0 <= ev["start"] <= ev["end"] <= len(text), (text, signal)


@pytest.mark.parametrize("unit", ["1" * 50 + " ", "1 .,$", "a.b ", "х.у.й ", "@a ", "t.me/+ ",
                                  "аa", "ул. 1 "])
def test_long_messages_stay_fast(unit: str) -> None:
    text = (unit * (8000 // len(unit)))[:8000]  # twice Telegram's longest message
    detectors = pick(None)
    start = time.process_time()  # this process's CPU: other test workers do not count
    scan_one(detectors, Text("x", text))
    assert time.process_time() - start < 0.5  # quadratic regexes took over 1 s here
