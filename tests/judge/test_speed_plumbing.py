"""What makes a judged event cheaper without changing what is decided: the encoder's BLAS
thread limit and models loaded by ``warm()`` before the first event."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from chatwarden.detect.judge import embed
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.embed import Encoder, blas_threads


def test_blas_threads_limits_inside_the_block_and_restores_after() -> None:
    found = embed._openblas()
    if found is None:
        pytest.skip("numpy here is not linked to OpenBLAS")
    get, put = found
    before = get()
    put(2)
    try:
        with blas_threads(1):
            assert get() == 1
        assert get() == 2
    finally:
        put(before)


def test_blas_threads_zero_leaves_the_count_alone() -> None:
    found = embed._openblas()
    if found is None:
        pytest.skip("numpy here is not linked to OpenBLAS")
    get, _ = found
    before = get()
    with blas_threads(0):
        assert get() == before


class CountingEncoder(Encoder):
    """An encoder whose model is a counter: how often it loaded and what it embedded."""

    def __init__(self) -> None:
        super().__init__(cache_size=8)
        self.loads = 0
        self.embedded: list[str] = []

    def _load(self) -> Any:
        self.loads += 1
        return object()

    def _embed(self, model: Any, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_load_loads_once_and_leaves_the_cache_empty() -> None:
    enc = CountingEncoder()
    enc.load()
    enc.load()
    assert enc.loads == 1
    assert enc._cache == {}  # the throwaway text is not remembered as a real one
    enc.encode(["привет"])
    assert enc.loads == 1  # encode found the model loaded
    assert enc.embedded[-1] == "привет"


def test_warm_loads_the_encoder_only_where_the_embedding_stage_can_run() -> None:
    on, off = CountingEncoder(), CountingEncoder()
    Cascade(CascadeConfig(embedding=True), encoder=on).warm()
    Cascade(CascadeConfig(embedding=False), encoder=off).warm()
    assert on.loads == 1
    assert off.loads == 0
