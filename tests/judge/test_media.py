"""18+ media and perceptual hash lists on real image files written by the test."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from chatwarden.detect.context import Context
from chatwarden.detect.judge.media import MediaHash, MediaNsfw, pdq_hex
from tests.judge.detector_base import message


def picture(path: Path, seed: int) -> Path:
    """A gradient with a few coloured ellipses: enough structure for a perceptual hash."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 1, 320)
    base = (np.outer(x, x[::-1]) * 255).astype(np.uint8)
    img = Image.fromarray(np.stack([base, base.T, 255 - base], axis=-1))
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        x0, y0 = (int(v) for v in rng.integers(0, 240, 2))
        w, h = (int(v) for v in rng.integers(30, 80, 2))
        draw.ellipse((x0, y0, x0 + w, y0 + h), fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    img.save(path)
    return path


def photo(path: Path) -> object:
    return message(None, media="photo", extra={"media_path": str(path)})


def test_nsfw_model_loads_offline_and_scores_a_plain_picture_low(tmp_path: Path) -> None:
    ev = photo(picture(tmp_path / "a.png", 1))
    (sig,) = MediaNsfw().detect(ev, Context.bare(ev))  # type: ignore[arg-type]
    assert sig.label == "nsfw" and 0.0 <= sig.score < 0.5 and not sig.flagged


def test_nsfw_reads_sampled_video_frames(tmp_path: Path) -> None:
    frames = [str(picture(tmp_path / f"f{i}.png", i)) for i in range(3)]
    ev = message(None, media="video", extra={"media_frames": frames})
    (sig,) = MediaNsfw().detect(ev, Context.bare(ev))
    assert "3 frame(s)" in sig.explanation


def test_media_without_a_file_is_a_miss_that_says_why() -> None:
    ev = message(None, media="photo")
    (sig,) = MediaNsfw().detect(ev, Context.bare(ev))
    assert not sig.flagged and "media_path" in sig.explanation
    assert MediaNsfw().detect(message("text only"), Context.bare(message("x"))) == []


def test_hash_list_matches_the_same_picture_resized_and_recompressed(tmp_path: Path) -> None:
    pytest.importorskip("pdqhash", reason="PDQ comes with the media extra")
    bad = picture(tmp_path / "bad.png", 7)
    listing = tmp_path / "csam.pdq"
    listing.write_text(f"# known material\n{pdq_hex(Image.open(bad))}  case-1\n")
    det = MediaHash.from_params({"lists": {"csam": str(listing)}})
    copy = tmp_path / "copy.jpg"
    Image.open(bad).resize((200, 200)).convert("RGB").save(copy, quality=80)
    ev = photo(copy)
    (sig,) = det.detect(ev, Context.bare(ev))  # type: ignore[arg-type]
    assert sig.label == "csam" and sig.flagged and sig.evidence
    other = photo(picture(tmp_path / "other.png", 8))
    (sig,) = det.detect(other, Context.bare(other))  # type: ignore[arg-type]
    assert not sig.flagged


def test_a_bad_hash_list_is_an_error_with_its_line(tmp_path: Path) -> None:
    listing = tmp_path / "bad.pdq"
    listing.write_text("nothex\n")
    with pytest.raises(ValueError, match=r"bad.pdq:1"):
        MediaHash.from_params({"lists": {"gore": str(listing)}})
