"""Casual texting as a topic head's negatives (``fit.casual_chat``, for ``fit.CASUAL_LABELS``):
only SMS ham's training split, and none of its lines that state harm."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.evaluation.datasets import split_of
from chatwarden.training.judge import data as D
from chatwarden.training.judge import fit as F


def _collection(folder: Path, rows: list[tuple[str, str]]) -> Path:
    (folder / "sms-spam-collection").mkdir()
    lines = ["Label\tSMS", *(f"{label}\t{text}" for label, text in rows)]
    (folder / "sms-spam-collection" / "SMSSpamCollection.tsv").write_text(
        "\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_casual_chat_is_the_ham_training_split_that_states_no_harm(tmp_path: Path) -> None:
    casual = [f"ok see you at {i} then, miss u" for i in range(40)]
    harm = [f"i will kill you if you are late again {i}" for i in range(10)]
    spam = [f"WIN a free cruise {i}, text YES to 80082" for i in range(10)]
    root = _collection(tmp_path, [("ham", t) for t in casual + harm] + [("spam", t) for t in spam])
    expected = [t for t in casual if split_of(t) == "train"]
    assert expected  # the CRC-32 split leaves some of the 40 in training
    # the validation and test splits stay unseen, spam is no chat, harm said is no negative
    assert F.casual_chat(root) == expected
    assert any(split_of(t) == "train" for t in harm)


@pytest.mark.shared
def test_real_casual_chat_keeps_the_sms_test_split_unseen() -> None:
    try:
        root = D.data_root()
    except FileNotFoundError:
        pytest.skip("../shared/data is not on this machine")
    casual = F.casual_chat(root)
    assert len(casual) == 2911  # of 2,924 ham lines in the training split: 13 state harm
    assert not set(casual) & set(D.sms_ham(root, "test").texts)
    assert not set(casual) & set(D.sms_ham(root, "val").texts)
