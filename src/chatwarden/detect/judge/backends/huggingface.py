"""Any Hugging Face text-classification model, by hub name or local path.

For users with the disk, the GPU or the internet for it (a RuBERT or XLM-R
toxicity model). ``transformers`` is not a dependency of Chatwarden: when it is
missing, or the model cannot load, this backend raises :class:`BackendError` and
the cascade carries on alone. ``label_map`` maps the model's own label names to
ours (e.g. ``{"toxic": "toxicity", "LABEL_1": "toxicity"}``).
"""

from __future__ import annotations

import threading
from typing import Any

from chatwarden.detect.judge.backends.base import Backend, BackendError


class HuggingFaceBackend(Backend):
    name = "huggingface"

    def __init__(self, model: str, label_map: dict[str, str], *, device: int | str = -1,
                 local_only: bool = True) -> None:
        self.model = model
        self.label_map = label_map
        self.device = device
        self.local_only = local_only
        self._pipe: Any = None
        self._lock = threading.Lock()

    def _pipeline(self) -> Any:
        with self._lock:
            if self._pipe is None:
                try:
                    from transformers import pipeline  # optional, heavy
                except ImportError:
                    raise BackendError("transformers is not installed") from None
                try:
                    self._pipe = pipeline("text-classification", model=self.model,
                                          device=self.device, top_k=None,
                                          model_kwargs={"local_files_only": self.local_only})
                except Exception as err:  # any load failure degrades, never crashes
                    raise BackendError(f"cannot load {self.model}: {err}") from None
            return self._pipe

    def classify(self, text: str) -> dict[str, float]:
        try:
            rows = self._pipeline()(text[:2000])
        except BackendError:
            raise
        except Exception as err:
            raise BackendError(f"{self.model}: {err}") from None
        if rows and isinstance(rows[0], list):
            rows = rows[0]
        scores: dict[str, float] = {}
        for row in rows:
            label = self.label_map.get(str(row["label"]))
            if label is not None:
                scores[label] = max(scores.get(label, 0.0), float(row["score"]))
        return scores
