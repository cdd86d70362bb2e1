"""The embedding-stage measurement (``python -m chatwarden.training.spam --embed-loso``):
what the encoder reads, which texts it embeds, and that its cache is what a rerun reads."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from chatwarden.evaluation.datasets import Case
from chatwarden.training.spam import E5Encoder, Labelled, embedding_sample, embedding_text


def test_a_placeholder_and_a_real_link_read_the_same() -> None:
    # the Russian Telegram set anonymised its links and handles: the encoder must not learn
    # that "[LINK]" means spam, so both become the same stand-in
    assert embedding_text("Заработок тут [LINK] пиши [USERNAME]") == \
        embedding_text("Заработок тут https://t.me/earn_fast пиши @manager77")
    assert embedding_text("@anna, see https://nginx.org/en/docs/") == \
        "@user, see https://site.com"


def test_sample_caps_each_source_and_class_and_is_fixed() -> None:
    rows = [Labelled(src, "train", Case(f"{src}{i}", f"text {src} {i}", i % 2 == 0))
            for src in ("sms", "irc") for i in range(40)]
    picked = embedding_sample(rows, per_group=5)
    counts = {(r.source, r.case.positive): 0 for r in picked}
    for r in picked:
        counts[(r.source, r.case.positive)] += 1
    assert counts == {("sms", True): 5, ("sms", False): 5, ("irc", True): 5, ("irc", False): 5}
    # the same texts whatever the input order
    assert {r.case.id for r in embedding_sample(list(reversed(rows)), 5)} == \
        {r.case.id for r in picked}


class _Counting(E5Encoder):
    """The encoder with a fake model: counts what it was asked to embed."""

    asked: list[str]

    def _load(self) -> object:
        self.asked = []
        return object()

    def _embed(self, model: object, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return np.ones((len(texts), self.dim), np.float32)


def test_cached_vectors_are_not_embedded_again(tmp_path: Path) -> None:
    first = _Counting(tmp_path)
    vecs = first.vectors(["hello [LINK]", "hello https://x.org", "другой текст"])
    assert vecs.shape == (3, 384)
    assert first.asked == ["hello https://site.com", "другой текст"]  # the two links: one text
    again = _Counting(tmp_path)
    again.vectors(["другой текст", "new one"])
    assert again.asked == ["new one"]
