"""Hostile input: random Unicode never breaks a detector or yields a span outside the
text, and long messages built to make regexes backtrack stay linear."""

from __future__ import annotations

import random
import time

import pytest

from chatwarden.detect.normalize import normalize, normalize_with_edge_bangs
from chatwarden.detect.textscan import Text, pick, scan_one

ALPHABET = ("aеоxyzрсАВСх.у й1034@$!|-_*[](){}:/ \u200b\u202e\u0301ＦᴏΑ😀🔥\n,;+ "
            "dot точка hxxp t.me/+ @user ул. д. 5 ")


def test_random_text_gives_valid_spans_everywhere() -> None:
    rng = random.Random(20261122)
    detectors = pick(None)
    for _ in range(300):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
        for norm in (normalize(text), normalize_with_edge_bangs(text)):  # the spam model's too
            for a in range(len(norm.text) + 1):
                start, end = norm.span(a, min(a + 1, len(norm.text)))
                assert 0 <= start <= end <= len(text)
        for signal in scan_one(detectors, Text("x", text))["signals"]:
            for ev in signal["evidence"]:
                if "start" in ev:
                    assert 0 <= ev["start"] <= ev["end"] <= len(text), (text, signal)


def _cpu_seconds(detectors: list, text: str) -> float:
    """The least of three scans' CPU time (this process only: other test workers do not
    count, and the least of three drops a scan a loaded machine interrupted)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        scan_one(detectors, Text("x", text))
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["1" * 50 + " ", "1 .,$", "a.b ", "х.у.й ", "@a ", "t.me/+ ",
                                  "аa", "ул. 1 "])
def test_long_messages_cost_time_in_proportion(unit: str) -> None:
    """A hostile message repeats one unit thousands of times; four times the text may cost
    about four times the time, not sixteen (a quadratic regex or list scan: 8,000 chars of
    "t.me/+ " took 0.46 s, 15x the time of 2,000). Measured as a ratio, so a loaded machine
    slows both sides alike; the bench, not this test, says how fast a scan is."""
    detectors = pick(None)
    scan_one(detectors, Text("w", unit))  # lazy loads are not the scan's cost
    short = _cpu_seconds(detectors, (unit * (2000 // len(unit)))[:2000])
    long = _cpu_seconds(detectors, (unit * (8000 // len(unit)))[:8000])  # twice Telegram's longest
    assert long / max(short, 0.002) < 8, (short, long)  # linear: ~4, quadratic: ~16
    assert long < 5  # a generous guard: a quadratic scan of 8,000 chars took over 1 s here
