"""What the spam detector learns from labeled samples: a MinHash LSH index of known
spam and a small naive Bayes model over word stems and spam habits, the checks
tg-spam relies on, plus its stop phrases.

Both work on :func:`~chatwarden.detect.normalize.normalize`'d text, so look-alike
letters and stretched words do not make a known spam text new. Words are kept
only as CRC-32 hashes: the shipped model (``data/spam_model.json.gz``, built by
``scripts/build_spam_model.py``) holds no readable spam text.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from chatwarden.detect.normalize import clean, emoji_count, normalize
from chatwarden.detect.spam_patterns import pattern_hits

NUM_PERM = 64
INTERESTING = 10
MIN_SHINGLES = 12
"""Shorter texts (about six words) are not compared: a few common words would make
anything 'similar', and known spam is long."""
_WORD = re.compile(r"[^\W\d_]{2,}|\d+")

if TYPE_CHECKING:
    from datasketch import MinHash


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The seeded permutations every sketch shares (datasketch is imported on first use:
    it pulls in numpy and scipy, which a CLI that never scores spam should not pay for)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def tokens(text: str) -> list[str]:
    """Normalized words, the unit of both checks."""
    return _WORD.findall(normalize(text).text)


_URLISH = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|ru|org|net|io|me|link)/\S*")


def features(text: str) -> list[str]:
    """What naive Bayes counts: word stems (6 letters: Russian endings vary) and
    markers for the habits of spam — each pattern family, a mention, a link, a row
    of emoji, a long text — so the model learns how much each is worth."""
    norm = normalize(text).text
    # a URL's pieces (https, www, com) say "a link", not what the text is about
    out = [w[:6] for w in _WORD.findall(_URLISH.sub(" ", norm))]
    out += [f"__{hit.family}" for hit in pattern_hits(norm)]
    if "@" in text:
        out.append("__mention")
    if "http" in norm or "t.me" in norm:
        out.append("__link")
    if emoji_count(text) >= 3:
        out.append("__emoji")
    if len(text) > 200:
        out.append("__long")
    if mixed_words(text) >= 3:
        out.append("__mixed")
    return out


_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def mixed_words(text: str) -> int:
    """Words written with both Latin and Cyrillic letters — rare in chat, common in spam
    dodging filters (normalization undoes them; this counts that it had to)."""
    if not (_LATIN_ANY.search(text) and _CYRILLIC.search(text)):
        return 0
    n = 0
    for word in _LETTER_RUN.findall(clean(text).text):
        if not word.isascii() and _LATIN_ANY.search(word) and _CYRILLIC.search(word):
            n += 1
    return n


def shingles(words: Sequence[str]) -> set[int]:
    """Hashed words and word pairs: order-aware enough to tell spam from chat about it."""
    out = {zlib.crc32(w.encode()) for w in words}
    out.update(zlib.crc32(f"{a} {b}".encode()) for a, b in pairwise(words))
    return out


def hashed(feats: Iterable[str]) -> set[int]:
    return {zlib.crc32(f.encode()) for f in feats}


def sketch(hashes: Iterable[int]) -> MinHash:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme="affine32",
                hashfunc=int)
    m.update_batch(list(hashes))
    return m


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-z]")
_LATIN_ANY = re.compile("[a-zA-Z]")


def alphabet(text: str) -> str:
    """``cyr`` or ``lat``: which alphabet most letters of the normalized text are in."""
    norm = normalize(text).text
    return "cyr" if len(_CYRILLIC.findall(norm)) >= len(_LATIN.findall(norm)) else "lat"


@dataclass
class Bayes:
    """Naive Bayes counts for texts in one alphabet.

    One model per alphabet, because the samples are not balanced by language
    (English ham is plentiful, Russian ham scarce): in a single model every
    Russian word would look like spam merely for being rare among the ham.
    """

    spam_words: dict[int, int] = field(default_factory=dict)
    ham_words: dict[int, int] = field(default_factory=dict)
    spam_docs: int = 0
    ham_docs: int = 0

    def add(self, text: str, is_spam: bool) -> None:
        counts = self.spam_words if is_spam else self.ham_words
        for h in hashed(features(text)):
            counts[h] = counts.get(h, 0) + 1
        if is_spam:
            self.spam_docs += 1
        else:
            self.ham_docs += 1

    def to_json(self) -> dict[str, object]:
        return {"spam_docs": self.spam_docs, "ham_docs": self.ham_docs,
                "spam_words": self.spam_words, "ham_words": self.ham_words}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Bayes:
        return cls({int(k): int(v) for k, v in raw["spam_words"].items()},
                   {int(k): int(v) for k, v in raw["ham_words"].items()},
                   int(raw["spam_docs"]), int(raw["ham_docs"]))


@dataclass
class SpamModel:
    """Signatures of known spam, one :class:`Bayes` per alphabet, stop phrases."""

    signatures: list[list[int]] = field(default_factory=list)
    bayes: dict[str, Bayes] = field(default_factory=lambda: {"cyr": Bayes(), "lat": Bayes()})
    threshold: float = 0.5
    stop_phrases: list[str] = field(default_factory=list)
    """Normalized phrases that make a text spam outright (tg-spam's stop words)."""

    @classmethod
    def train(cls, spam: Iterable[str], ham: Iterable[str],
              stop_phrases: Iterable[str] = ()) -> SpamModel:
        model = cls(stop_phrases=[normalize(p).text for p in stop_phrases if p.strip()])
        for text in spam:
            model.bayes[alphabet(text)].add(text, True)
            sh = shingles(tokens(text))
            if len(sh) >= MIN_SHINGLES:
                model.signatures.append([int(v) for v in sketch(sh).hashvalues])
        for text in ham:
            model.bayes[alphabet(text)].add(text, False)
        return model

    def to_json(self) -> dict[str, object]:
        return {"num_perm": NUM_PERM, "threshold": self.threshold, "signatures": self.signatures,
                "stop_phrases": self.stop_phrases,
                "bayes": {k: b.to_json() for k, b in self.bayes.items()}}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SpamModel:
        if raw.get("num_perm") != NUM_PERM:
            raise ValueError(f"spam model built with num_perm={raw.get('num_perm')}, "
                             f"expected {NUM_PERM}: rebuild it with scripts/build_spam_model.py")
        return cls(list(raw["signatures"]),
                   {k: Bayes.from_json(v) for k, v in raw["bayes"].items()},
                   float(raw["threshold"]), [str(p) for p in raw.get("stop_phrases", [])])


class SpamScorer:
    """A trained model ready to score: the LSH index is built once per model."""

    def __init__(self, model: SpamModel) -> None:
        import numpy as np
        from datasketch import MinHash, MinHashLSH

        self.model = model
        self.lsh = MinHashLSH(threshold=model.threshold, num_perm=NUM_PERM)
        self.sketches: list[MinHash] = []
        for i, sig in enumerate(model.signatures):
            m = MinHash(hashvalues=np.array(sig, dtype=np.uint32),
                        permutations=_permutations(), scheme="affine32")
            self.lsh.insert(i, m)
            self.sketches.append(m)
        # log-likelihood ratio of every known feature and the clipped prior, per alphabet
        self._ratios: dict[str, dict[int, float]] = {}
        self._priors: dict[str, float] = {}
        for key, b in model.bayes.items():
            if not b.spam_docs or not b.ham_docs:
                continue
            vocab = max(len(set(b.spam_words) | set(b.ham_words)), 1)
            spam_norm = sum(b.spam_words.values()) + vocab
            ham_norm = sum(b.ham_words.values()) + vocab
            self._ratios[key] = {
                w: math.log((b.spam_words.get(w, 0) + 1) / spam_norm)
                - math.log((b.ham_words.get(w, 0) + 1) / ham_norm)
                for w in set(b.spam_words) | set(b.ham_words)}
            self._priors[key] = max(-1.0, min(1.0, math.log(b.spam_docs / b.ham_docs)))

    def similarity(self, words: Sequence[str]) -> tuple[float, int | None]:
        """Estimated Jaccard similarity to the closest known spam, and its index."""
        sh = shingles(words)
        if len(sh) < MIN_SHINGLES or not self.sketches:
            return 0.0, None
        m = sketch(sh)
        best, which = 0.0, None
        for key in self.lsh.query(m):
            sim = m.jaccard(self.sketches[key])
            if sim > best:
                best, which = sim, key
        return best, which

    def stop_phrase(self, normalized: str) -> str | None:
        return next((p for p in self.model.stop_phrases if p in normalized), None)

    def bayes(self, text: str, feats: Sequence[str]) -> float:
        """Naive Bayes probability of spam (Laplace-smoothed, prior clipped to ±1 nat)."""
        key = alphabet(text)
        table = self._ratios.get(key)
        if table is None:
            return 0.0
        ratios = [r for r in map(table.get, hashed(feats)) if r is not None]
        if not ratios:
            return 0.0
        logit = self._priors[key]
        # Graham's "most interesting" features: long texts full of everyday words
        # should not drown the few that give spam away.
        ratios.sort(key=abs, reverse=True)
        logit += sum(ratios[:INTERESTING])
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, logit))))


@lru_cache(maxsize=1)
def default_scorer() -> SpamScorer:
    """The model shipped with the package (trained on the tg-spam samples, MIT)."""
    blob = resources.files("chatwarden.detect").joinpath("data/spam_model.json.gz").read_bytes()
    return SpamScorer(SpamModel.from_json(json.loads(gzip.decompress(blob))))
