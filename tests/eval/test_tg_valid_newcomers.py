"""``tg-ham-valid-new`` / ``tg-spam-valid-new``: where Клинт's newcomer points are chosen is
tizhproger's validation split, each text a newcomer's first message, and none of its texts
is in ``tg-ham-test-new``, the set reported as a test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chatwarden.evaluation import realdata
from chatwarden.evaluation.datasets import split_of
from chatwarden.evaluation.realchat import POSITIVES, SOURCES

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CSV = DATA / "ru-spam-telegram-tizhproger" / "telegram_spam_ru.csv"


def _said(events: list | None) -> list[str]:
    return [e.text for e in events or [] if e.type == "message" and e.text]


def _rows(label: str, part: str) -> int:
    with CSV.open(encoding="utf-8", newline="") as fh:
        return sum(1 for r in csv.DictReader(fh) if r["label"] == label and r["message"].strip()
                   and split_of(r["message"].strip()) == part)


@pytest.mark.shared
@pytest.mark.skipif(not CSV.is_file(), reason=f"{CSV} is absent")
@pytest.mark.parametrize(("read", "test", "label"), [
    (realdata.tg_ham_valid_new, realdata.tg_ham_test_new, "0"),
    (realdata.tg_spam_valid_new, realdata.tg_spam_test_new, "1"),
])
def test_the_validation_newcomers_are_the_val_split_apart_from_the_test_split(
        read: realdata.Reader, test: realdata.Reader, label: str) -> None:
    events = read(DATA)
    assert events is not None
    valid = _said(events)
    assert len(valid) == _rows(label, "val") > 1000
    assert set(valid).isdisjoint(_said(test(DATA)))
    joined: dict[str, object] = {}
    for e in events:  # every speaker joined before speaking and speaks once
        if e.type == "join":
            joined[e.user] = e.ts
        elif e.type == "message":
            assert e.user in joined and joined.pop(e.user) < e.ts  # type: ignore[operator]


def test_the_validation_newcomers_are_in_the_report() -> None:
    assert "tg-ham-valid-new" in {s.name for s in SOURCES}
    spam = next(p for p in POSITIVES if p.name == "tg-spam-valid-new")
    assert spam.rules == ("6.1", "6.2")
