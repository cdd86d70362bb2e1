"""The figures reported in README (`chatwarden eval`), held as floors (needs ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.evaluation.suites import SUITES, run

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")]
BY_NAME = {s.name: s for s in SUITES}


def test_links_recall_and_false_positives_on_disguised_domains() -> None:
    m = run(BY_NAME["links/disguised"], DATA)
    assert m is not None
    assert m.recall >= 0.98
    assert m.fp_rate <= 0.005


def test_spam_on_held_out_test_splits() -> None:
    tg = run(BY_NAME["spam/tg-spam"], DATA)
    # measured 0.917 (116 texts; 0.932 before English prose became ham: one text of 38)
    assert tg is not None and tg.f1 >= 0.91
    ru = run(BY_NAME["spam/telegram-ru"], DATA)
    assert ru is not None
    assert ru.f1 >= 0.94 and ru.fp_rate <= 0.006  # measured 0.945 / 0.0041 (0.949 before English prose)


def test_spam_stays_quiet_on_everyday_english_chat() -> None:
    m = run(BY_NAME["spam/irc-chat"], DATA)
    assert m is not None and m.fp_rate <= 0.01


def test_code_and_logs_are_told_from_spam() -> None:
    """The figures behind ``machine_cap`` (spam_patterns.machine_text): spam almost never
    looks like code or a log, ordinary technical chat sometimes does (the IRC *dev* logs,
    which the real-chat benchmark does not read)."""
    import csv
    import re

    from chatwarden.detect.spam_patterns import machine_text

    def share(texts: list[str]) -> float:
        texts = [t for t in texts if t.strip()]
        return sum(map(machine_text, texts)) / len(texts)

    tg = (DATA / "spam-tg-umputun" / "spam-samples.txt").read_text(encoding="utf-8").splitlines()
    sms = [line.split("\t", 1)[1] for line in
           (DATA / "sms-spam-collection" / "SMSSpamCollection.tsv").read_text(encoding="utf-8")
           .splitlines() if line.startswith("spam\t")]
    with (DATA / "ru-spam-telegram-tizhproger" / "telegram_spam_ru.csv").open(encoding="utf-8") as fh:
        ru = [r["message"] for r in csv.DictReader(fh) if r["label"] == "1"]
    line = re.compile(r"\[[^\]]*\]\s*<[^>]*>\s*(.*)")
    irc = [m.group(1) for f in sorted((DATA / "chat-irc-disentanglement" / "dev").glob("*.raw.txt"))
           for m in map(line.match, f.read_text(encoding="utf-8", errors="replace").splitlines()) if m]
    assert share(tg) == 0 and share(sms) == 0
    assert share(ru) <= 0.001          # measured 3 of 8,021
    assert 0.004 <= share(irc) <= 0.02  # measured 0.8%
