"""A scam-URL model for registered domains that no list knows yet.

Blocklists only know what someone has reported; a scam domain posted in a
chat is often a day old. This model reads the *registrable domain* alone (the
name someone bought, ``discord-nitro-gift.xyz``; never the path, which benign
training links rarely had) and scores how much it looks like the phishing and
scam domains of the past: character n-grams of the label, brand look-alikes
(:mod:`~chatwarden.detect.brands`), lure words, punycode and mixed scripts, the
suffix and its class (a gTLD delegated since 2013 such as ``.sbs``, a country
code, a free hosting platform: a class generalizes to TLDs the training months
never saw), digits, hyphens, length and randomness, and how much the name reads
like words (a letter-bigram model of English chat: ``hbjxez`` does not, ``donarmstrong``
does). It is a logistic regression over hashed features (the n-grams of a label share
one vote, scaled by one over the square root of their count, so a long name does not
outvote its shape and suffix): the weights and the letter
model are a plain ``.npz`` and a JSON card (format, threshold, training data,
figures, the array's SHA-256, checked on load), trained by ``python -m
chatwarden.training.scamurl`` (:mod:`chatwarden.training.scamurl`).

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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from chatwarden.detect.brands import LURES, brand_match
from chatwarden.detect.homoglyphs import tables
from chatwarden.detect.linkfind import registered

WEIGHTS = "data/scamurl.npz"
CARD = "data/scamurl.json"
FORMAT = 3
"""the card's ``format``: 2 added the letter model and the suffix class (1 had neither);
3 scales the n-grams by the card's ``ngram_scale`` over the square root of their count"""
_SPLIT = re.compile(r"[-\d]+")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]+")
_MIXED_ALNUM = re.compile(r"[a-z]\d+[a-z]")
# Named features (not n-grams) and how evidence words them; the prefix before ":" picks it.
_WORDING = {
    "tld": "TLD .{}", "host": "free hosting {}", "tok": "word '{}'", "puny": "punycode",
    "mixed": "mixed scripts", "digits": "digits", "hyphens": "hyphens", "len": "name length",
    "entropy": "random-looking name", "consonants": "unpronounceable name",
    "alnum": "digits inside the name", "tcls": "{} TLD", "words": "name unlike words",
}
_LETTERS = "^abcdefghijklmnopqrstuvwxyz$"
_WORDS = re.compile(r"[a-z]+")
# Edges of the mean letter-bigram log-probability; English words sit around -2.9.
_FLUENCY_EDGES = (-5.0, -4.6, -4.2, -3.8, -3.5, -3.2, -2.9, -2.6)
# TLDs older than ICANN's 2012 round; the rest of the generic ones are "new".
_LEGACY = frozenset({"com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "name",
                     "pro", "aero", "coop", "museum", "mobi", "asia", "tel", "travel", "jobs",
                     "cat", "post", "xxx", "arpa"})

class ArtifactError(RuntimeError):
    """The shipped model is missing or is not the one its card describes."""


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values()) if text else 0.0


class Letters:
    """Letter-bigram log-probabilities of words (``^`` starts, ``$`` ends a word): how
    much a name reads like language rather than a random draw."""

    def __init__(self, logp: np.ndarray) -> None:
        self.logp = logp.astype(np.float32)

    @classmethod
    def learn(cls, words: Iterable[str]) -> Letters:
        """Bigram counts of lower-case Latin ``words``, smoothed by half a count."""
        n = len(_LETTERS)
        counts = np.full((n, n), 0.5)
        for word in words:
            idx = [_LETTERS.index(ch) for ch in f"^{word}$"]
            np.add.at(counts, (idx[:-1], idx[1:]), 1.0)
        return cls(np.log(counts / counts.sum(axis=1, keepdims=True)))

    def fluency(self, label: str) -> float:
        """Mean log-probability per letter pair over the label's letter runs (0.0: none)."""
        pairs = [(_LETTERS.index(a), _LETTERS.index(b)) for run in _WORDS.findall(label)
                 for a, b in zip(f"^{run}", f"{run}$", strict=True)]
        return float(np.mean([self.logp[a, b] for a, b in pairs])) if pairs else 0.0


@lru_cache(maxsize=1)
def _new_gtlds() -> frozenset[str]:
    """The generic TLDs of ICANN's new-gTLD programme, from the bundled Public Suffix List."""
    import publicsuffixlist

    text = Path(publicsuffixlist.__file__).with_name("public_suffix_list.dat").read_text("utf-8")
    icann = text.split("===END ICANN DOMAINS===", 1)[0].split("// newGTLDs", 1)[1]
    return frozenset(ln.strip() for ln in icann.splitlines()
                     if ln.strip() and not ln.startswith("//") and "." not in ln)


def suffix_class(suffix: str, private: bool) -> str:
    """``private`` (a hosting platform), ``legacy``, ``new`` (gTLDs since 2013), ``idn``,
    ``cc`` or ``cc2`` (a country code, or a second level under one), ``other``."""
    tld = suffix.rsplit(".", 1)[-1]
    if private:
        return "private"
    if tld in _LEGACY:
        return "legacy"
    if tld.startswith("xn--"):
        return "idn"
    if tld in _new_gtlds():
        return "new"
    if len(tld) == 2:
        return "cc2" if "." in suffix else "cc"
    return "other"


def features(registrable: str, letters: Letters) -> tuple[str, ...]:
    """The features of one registrable domain (punycode, lower case), as strings."""
    label = _latin(registrable)
    fluency = letters.fluency(label) if _WORDS.search(label) else None
    bucket = "none" if fluency is None else str(_bucket(fluency, _FLUENCY_EDGES))
    return (*name_features(registrable), f"words:{bucket}")


@lru_cache(maxsize=65536)
def _latin(registrable: str) -> str:
    to_lat = tables()["lat"]
    return "".join(to_lat.get(ch, ch) for ch in registered(registrable).label)


@lru_cache(maxsize=65536)
def name_features(registrable: str) -> tuple[str, ...]:
    """The features that need no learned table: n-grams, brands, lures, suffix, shape."""
    reg = registered(registrable)
    label = _latin(registrable)  # look-alike letters read as Latin
    out = [f"tld:{reg.suffix.rsplit('.', 1)[-1]}", f"sfx:{reg.suffix}",
           f"tcls:{suffix_class(reg.suffix, reg.private)}"]
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


def columns(feats: Iterable[str], mask: int, ngram_scale: float) -> list[tuple[int, float, str]]:
    """``(hashed column, value, feature)`` for each distinct feature of one domain: 1.0 for
    a named feature, ``ngram_scale / sqrt(n)`` for each of its ``n`` distinct n-grams."""
    unique = dict.fromkeys(feats)
    grams = [f for f in unique if f.startswith("g:")]
    gram = ngram_scale / math.sqrt(len(grams)) if grams else 0.0
    return [(zlib.crc32(f.encode("utf-8")) & mask, gram if f[:2] == "g:" else 1.0, f)
            for f in unique]


def encode(cols: list[tuple[int, float, str]]) -> dict[int, float]:
    """Column -> value, as trained and as scored (a named feature wins a column it shares
    with an n-gram)."""
    out = {c: v for c, v, f in cols if f.startswith("g:")}
    out.update((c, v) for c, v, f in cols if not f.startswith("g:"))
    return out


class ScamUrlModel:
    """Hashed-feature logistic regression; ``threshold`` flags, ``high`` may call phishing."""

    def __init__(self, weights: np.ndarray, bias: float, card: dict[str, Any],
                 letters: Letters) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = bias
        self.card = card
        self.letters = letters
        self.threshold = float(card["threshold"])
        self.high = float(card["high_threshold"])
        self.mask = len(weights) - 1
        self.ngram_scale = float(card["ngram_scale"])
        self.features = lru_cache(maxsize=65536)(self._features)

    def _features(self, registrable: str) -> tuple[str, ...]:
        return features(registrable, self.letters)

    @staticmethod
    def hash(feature: str, mask: int) -> int:
        return zlib.crc32(feature.encode("utf-8")) & mask

    def index(self, feature: str) -> int:
        return self.hash(feature, self.mask)

    def vector(self, registrable: str) -> dict[int, float]:
        return encode(columns(self.features(registrable), self.mask, self.ngram_scale))

    def _dot(self, vector: dict[int, float]) -> float:
        return self.bias + float(self.weights[list(vector)] @ np.fromiter(vector.values(), np.float32))

    def margin(self, registrable: str) -> float:
        return self._dot(self.vector(registrable))

    def score(self, registrable: str) -> Score:
        feats = self.features(registrable)
        cols = columns(feats, self.mask, self.ngram_scale)
        vector = encode(cols)
        z = self._dot(vector)
        weights = self.weights[[c for c, _, _ in cols]].tolist()
        parts = [(w * vector[c], f) for w, (c, _, f) in zip(weights, cols, strict=True)]
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
    if card.get("format", 1) != FORMAT:
        raise ArtifactError(f"{CARD} is format {card.get('format', 1)}, this code reads "
                            f"format {FORMAT}: retrain (python -m chatwarden.training.scamurl)")
    if digest(blob) != card.get("sha256"):
        raise ArtifactError(f"{WEIGHTS} has SHA-256 {digest(blob)[:12]}…, its card says "
                            f"{str(card.get('sha256'))[:12]}…: reinstall or retrain "
                            "(python -m chatwarden.training.scamurl)")
    with np.load(io.BytesIO(blob)) as arrays:
        return ScamUrlModel(arrays["weights"], float(arrays["bias"][0]), card,
                            Letters(arrays["letters"]))
