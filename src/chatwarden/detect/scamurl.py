"""A scam-URL model for registered domains that no list knows yet.

Blocklists only know what someone has reported; a scam domain posted in a
chat is often a day old. This model reads the *registrable domain* alone (the
name someone bought, ``discord-nitro-gift.xyz``; never the path, which benign
training links rarely had) and scores how much it looks like the phishing and
scam domains of the past: character n-grams of the label, brand look-alikes
(:mod:`~chatwarden.detect.brands`), lure words, punycode and mixed scripts, the
suffix (cheap new TLDs, free hosting platforms), digits, hyphens, length and
randomness. It is a logistic regression over hashed features: the weights are a
plain ``.npz`` array and a JSON card (threshold, training data, figures, the
array's SHA-256, checked on load), trained by ``chatwarden train --stage
scamurl`` (:mod:`chatwarden.training.scamurl`).

A score alone is a lead, not proof: the links detector reports it as
``suspicious`` (for review) and calls a domain ``phishing`` only when the score
is very high *and* a brand look-alike or lure word corroborates it.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np

from chatwarden.detect.brands import LURES, brand_match
from chatwarden.detect.homoglyphs import tables
from chatwarden.detect.linkfind import registered

WEIGHTS = "data/scamurl.npz"
CARD = "data/scamurl.json"
_SPLIT = re.compile(r"[-\d]+")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]+")
_MIXED_ALNUM = re.compile(r"[a-z]\d+[a-z]")
# Named features (not n-grams) and how evidence words them; the prefix before ":" picks it.
_WORDING = {
    "tld": "TLD .{}", "host": "free hosting {}", "tok": "word '{}'", "puny": "punycode",
    "mixed": "mixed scripts", "digits": "digits", "hyphens": "hyphens", "len": "name length",
    "entropy": "random-looking name", "consonants": "unpronounceable name",
    "alnum": "digits inside the name",
}

class ArtifactError(RuntimeError):
    """The shipped model is missing or is not the one its card describes."""


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values()) if text else 0.0


@lru_cache(maxsize=65536)
def features(registrable: str) -> tuple[str, ...]:
    """The features of one registrable domain (punycode, lower case), as strings."""
    reg = registered(registrable)
    to_lat = tables()["lat"]
    label = "".join(to_lat.get(ch, ch) for ch in reg.label)  # look-alike letters read as Latin
    out = [f"tld:{reg.suffix.rsplit('.', 1)[-1]}", f"sfx:{reg.suffix}"]
    if reg.private:
        out.append(f"host:{reg.suffix}")
    padded = f"^{label}$"
    out += [f"g:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    out += [f"tok:{t}" for t in _SPLIT.split(label) if len(t) >= 3]
    if "xn--" in registrable:
        out.append("puny:")
    latin = any("a" <= ch <= "z" for ch in reg.label)
    if latin and any("\u0400" <= ch <= "\u04ff" for ch in reg.label):
        out.append("mixed:")
    digits = sum(ch.isdigit() for ch in label)
    out += [f"digits:{min(digits, 4)}", f"hyphens:{min(label.count('-'), 3)}",
            f"len:{_bucket(len(label), (5, 8, 12, 16, 22, 30))}",
            f"entropy:{_bucket(_entropy(label), (2.5, 3.0, 3.4, 3.8))}"]
    vowels = sum(ch in "aeiouy" for ch in label) / max(1, len(label))
    out.append(f"vowels:{_bucket(vowels, (0.2, 0.3, 0.4, 0.5))}")
    run = max((len(r) for r in _CONSONANTS.findall(label)), default=0)
    out.append(f"consonants:{min(run, 6)}")  # "dtgugxr": nobody can say it
    if _MIXED_ALNUM.search(label):
        out.append("alnum:")
    match = brand_match(reg.label, reg.suffix, reg.private)
    lures = match.lures if match is not None else tuple(w for w in LURES if w in reg.label)
    out += [f"lure:{w}" for w in lures]
    if match is not None:
        out += [f"brand:{match.brand}", f"brandkind:{match.kind}"]
        if lures:
            out.append(f"brandlure:{match.kind}")
    return tuple(out)


@dataclass(frozen=True)
class Score:
    """A model score with the features that drove it, strongest first."""

    score: float
    reasons: tuple[str, ...]
    corroborated: bool
    """a brand look-alike or a lure word is among the reasons"""

    def explain(self) -> str:
        return f"model {self.score:.2f}" + (f": {' + '.join(self.reasons)}" if self.reasons else "")


class ScamUrlModel:
    """Hashed-feature logistic regression; ``threshold`` flags, ``high`` may call phishing."""

    def __init__(self, weights: np.ndarray, bias: float, card: dict[str, Any]) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = bias
        self.card = card
        self.threshold = float(card["threshold"])
        self.high = float(card["high_threshold"])
        self.mask = len(weights) - 1

    @staticmethod
    def hash(feature: str, mask: int) -> int:
        return zlib.crc32(feature.encode("utf-8")) & mask

    def index(self, feature: str) -> int:
        return self.hash(feature, self.mask)

    def margin(self, registrable: str) -> float:
        return self.bias + float(sum(self.weights[self.index(f)] for f in features(registrable)))

    def score(self, registrable: str) -> Score:
        feats = features(registrable)
        parts = [(float(self.weights[self.index(f)]), f) for f in feats]
        z = self.bias + sum(w for w, _ in parts)
        found = dict(f.partition(":")[::2] for f in feats if f.startswith(("brand:", "brandkind:")))
        lures = [f.split(":", 1)[1] for f in feats if f.startswith("lure:")]
        reasons = []
        if found.get("brandkind", "own") != "own":
            reasons.append(f"brand '{found['brand']}' {found['brandkind']}")
        reasons += [f"lure '{w}'" for w in lures]
        named = sorted(((w, f) for w, f in parts if f.split(":", 1)[0] in _WORDING and w > 0.3),
                       reverse=True)
        for _, f in named[:3]:
            kind, _, value = f.partition(":")
            reasons.append(_WORDING[kind].format(value))
        if sum(w for w, f in parts if f.startswith("g:")) > 1.0:
            reasons.append("name n-grams")
        corroborated = bool(lures) or found.get("brandkind", "own") != "own"
        return Score(1 / (1 + math.exp(-z)), tuple(dict.fromkeys(reasons)), corroborated)

def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def load() -> ScamUrlModel:
    """The shipped model, read from the package (never from the network)."""
    return load_from(resources.files("chatwarden.detect"))


def load_from(folder: Traversable) -> ScamUrlModel:
    """The model in ``folder``; its weights' SHA-256 must be the one in its card."""
    try:
        blob = folder.joinpath(WEIGHTS).read_bytes()
        card = json.loads(folder.joinpath(CARD).read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ArtifactError(f"the scam-URL model is not installed ({err.filename})") from None
    if digest(blob) != card.get("sha256"):
        raise ArtifactError(f"{WEIGHTS} has SHA-256 {digest(blob)[:12]}…, its card says "
                            f"{str(card.get('sha256'))[:12]}…: reinstall or retrain "
                            "(python -m chatwarden.training.scamurl)")
    with np.load(io.BytesIO(blob)) as arrays:
        return ScamUrlModel(arrays["weights"], float(arrays["bias"][0]), card)
