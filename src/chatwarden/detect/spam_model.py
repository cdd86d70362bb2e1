"""What the spam detector learns from labelled samples: a linear model over hashed
features, a MinHash LSH index of known spam and tg-spam's stop phrases.

Every text is first put in a *canonical* form (:func:`canonical`): links, @handles,
e-mails, phone numbers, hashtags, currency signs and clock times become one slot
each, whether the text holds the real thing (``https://t.me/x``, ``@vasya``, ``$``)
or a data set's anonymisation placeholder (``[LINK]``, ``[USERNAME]``,
``[CURRENCY]``); handles that open a message become an *address* slot. So the
model learns "there was a link", never "a placeholder means spam", and a real link
at run time gives the features its placeholder gave in training. The canonical
text is then normalized (:data:`MODEL_NORMALIZE`), so look-alike letters and stretched
words do not make a known spam text new.

Features are CRC-32 hashed into ``2**HASH_BITS`` buckets and only weights are
shipped (``data/spam_model.json.gz``, built by ``chatwarden.training.spam``): the
artifact holds no readable text but the stop phrases. Scoring needs numpy only.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np

from chatwarden.detect.normalize import Normalized, clean, emoji_count, normalize_with_edge_bangs
from chatwarden.detect.spam_patterns import family_hits, pattern_hits, roles
from chatwarden.detect.textcache import text_cache

NUM_PERM = 64
MIN_SHINGLES = 12
"""Shorter texts (about six words) are not compared: a few common words would make
anything 'similar', and known spam is long."""
HASH_BITS = 18
FORMAT = 4
"""Artifact version: 1 was naive Bayes counts, 2 the hashed linear model, 3 its slots
per alphabet, 4 the structure markers of :func:`~chatwarden.detect.spam_patterns.roles`."""
REVIEW_SCORE, SURE_SCORE = 0.5, 0.9
"""Where the calibrated score puts the model's two validated operating points: the
review point (≤ 0.5% of validation chat flagged) and the sure point (≤ 0.05%)."""

if TYPE_CHECKING:
    from datasketch import MinHash

MODEL_NORMALIZE: Callable[[str], Normalized] = normalize_with_edge_bangs
"""How the model reads a text, at training and at run time alike: the normalizer it was
trained with, which reads a "!" at a word's edge as a leet "i" ("stop!" is "stopi"). The
shared :func:`~chatwarden.detect.normalize.normalize` keeps it an exclamation since
version 14; the model keeps the old reading, as retraining on the new one lost
validation recall."""

# Slots: private-use characters, which are no word characters and survive normalizing.
SLOTS = {"link": "\ue001", "mention": "\ue002", "email": "\ue003", "phone": "\ue004",
         "hashtag": "\ue005", "currency": "\ue006", "time": "\ue007", "address": "\ue008"}
_SLOT_NAME = {ch: name for name, ch in SLOTS.items()}
_TLDS = (r"(?:com|ru|org|net|io|me|link|info|biz|xyz|site|online|top|su|рф|club|shop|pro|cc"
         r"|uk|de|ua|kz|by|us|eu|tv|gg|app|ly)")
_CANONICAL = [  # order matters: e-mails before mentions, links before bare domains
    # handles that open a message address someone ("@anna, glad to see you"); a spammer's
    # handle comes after the offer ("write @manager")
    ("address", r"^\s*(?:(?:\[username\]|@\w{3,})[\s,:]*)+"),
    ("email", r"\[email\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("link", r"\[link\]|(?:https?://|www\.)\S+|\b(?:t|telegram)\.me/\S+"
             rf"|\b[\w-]+(?:\.[\w-]+)*\.{_TLDS}\b(?:/\S*)?"),
    ("mention", r"\[username\]|(?<![\w@])@\w{3,}"),
    ("phone", r"\[phone\]|(?<![\w+])\+?\d(?:[\s()-]*\d){9,13}(?!\w)"),
    ("hashtag", r"\[hashtag\]|(?<![\w#])#[^\W\d_]\w*"),
    ("currency", r"\[currency\]|[$€£₽¥₴₸]"),
    ("time", r"\[time\]|\b\d{1,2}:\d\d\b"),
]
_CANONICAL_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _CANONICAL),
                           re.IGNORECASE)
_SHORT_CODE = re.compile(r"(?P<ask>\b(?:txt|text|send|sms|reply)\b[^\d.!?\n]{0,40}?\bto\b"
                         r"[\s:]*(?:no\b[\s.:]*)?)\d{4,6}(?!\w)", re.IGNORECASE)
"""A premium short code ("Txt WIN to 80086", "send STOP to 87239"): the number to text is
the sender's phone, though shorter than one (170 of 610 SMS spam in the training and
validation splits, no chat or post of any source); without the ask, 4-6 digits are a
year, a price or a room."""
_DIGIT_ROW = re.compile(r"(?:(?<!\d)\d\s+){4}\d(?!\d)")
"""Five single digits in a row, a space apart ("0 1 2 3 4 5 6 7"): a ruler, a header
diagram, a count, which the phone pattern would read as a number. No phone in the spam
model's training and validation splits is written that way (0 of 417 numbers the phone
pattern reads there, spam or chat, have even five single-digit groups), so reading a row
as no phone changes no training text."""
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks NFKC leaves on a letter: strike-through and underline "fonts"
(«з̶а̶р̶а̶б̶о̶т̶о̶к̶», «п̲и̲ш̲и̲»), Zalgo text, stress marks. Each mark cut the words into
single letters, so the model read no word at all and the two-word cap held the text at
0.45 (a job offer scoring 1.00 plain scored 0.45 struck through). The training and
validation splits hold one text with such marks (an English post), so dropping them
moves no learnt feature."""
_LINE_BREAKS = dict.fromkeys(map(ord, "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"), " ")
_GREETING = re.compile(
    r"^\s*(?:(?:всем\s+)?(?:здравствуй(?:те)?|добр(?:ый|ого)\s+(?:день|дня|вечер|вечера)"
    r"|доброе\s+утро|доброго\s+времени\s+суток|приветствую|привет(?:ик)?)(?:\s+всем)?"
    r"|(?:hello|hi|hey|good\s+(?:morning|afternoon|evening))(?:\s+(?:all|everyone|guys))?)"
    r"(?![^\W\d_])[\s,.!)]*", re.IGNORECASE)
"""A greeting that opens a text. Bulk mail greets (777 of the Russian Telegram set's 6,114
training and validation spam do) and banter rarely does (25 of 6,687 ham), so the model
took «Здравствуйте» for evidence; but a group of applicants, customers or neighbours greets
in nearly every first message («Здравствуйте, подскажите, где расписание?» scored 0.61, a
newcomer's review point being 0.6). A greeting is no advert: in a message that offers,
calls or gives a way back it stays (those are most of the spam that greets), in a plain
question it is read as nothing."""
_WORD = re.compile(r"[^\W\d_]{2,}|\d+|[\ue001-\ue008]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-z]")
_LATIN_ANY = re.compile("[a-zA-Z]")
_LETTER = re.compile(r"[^\W\d_]")
_SLOT = re.compile("[\ue001-\ue008]")
_REACH_SLOTS = frozenset({"link", "mention", "phone", "email"})


def one_line(text: str) -> str:
    """``text`` with each line break a space, at the same length (so spans still hold).
    Every training text is one line (the data sets flattened their messages), and a stem
    of two words («пиши в лс», «опыт не требуется») or a stop phrase broken over two lines
    would not match: «Пиши\nв лс» read as no call to write."""
    return text.translate(_LINE_BREAKS)


def canonical(text: str) -> str:
    """``text`` with links, handles, e-mails, phones (short codes too), hashtags, currency
    signs and times (real or placeholder) each replaced by its slot, surrounded by spaces
    (a row of single digits is no phone, :data:`_DIGIT_ROW`), on one line
    (:func:`one_line`) with combining marks dropped (:data:`_MARKS`)."""
    text = _MARKS.sub("", one_line(clean(text).text.replace("\r\n", "\n")))
    text = _SHORT_CODE.sub(r"\g<ask>[phone]", text)
    return _CANONICAL_RE.sub(_slot, text)


def _slot(m: re.Match[str]) -> str:
    """The slot of one :data:`_CANONICAL` match, surrounded by spaces; a row of single
    digits read as a phone stays as written (:data:`_DIGIT_ROW`)."""
    if m.lastgroup == "phone" and _DIGIT_ROW.search(m.group()):
        return m.group()
    return f" {SLOTS[m.lastgroup or 'link']} "


@text_cache(4096)
def _prepared(text: str) -> tuple[str, str]:
    """``(canonical, normalized canonical)`` text, cached: several steps read both. An
    opening greeting is dropped from a plain message: one with no slot (link, handle,
    phone, e-mail, money sign, time) and no word of an offer, a call or a job
    (:data:`_GREETING`)."""
    canon = canonical(text)
    norm = MODEL_NORMALIZE(canon).text
    greeting = _GREETING.match(canon)
    if greeting and not _SLOT.search(canon) and not pattern_hits(norm):
        canon = canon[greeting.end():]
        norm = MODEL_NORMALIZE(canon).text
    return canon, norm


def tokens(text: str) -> list[str]:
    """Normalized words and slots, the unit of both the model and the similarity index;
    digits become ``0`` (an amount's size says little, its presence a lot). A slot carries
    the text's alphabet: links and handles are everyday in English technical chat and
    nearly all spam in the Russian Telegram set, so each alphabet weighs its own."""
    out = []
    alpha = alphabet(text)
    for w in _WORD.findall(_prepared(text)[1]):
        name = _SLOT_NAME.get(w)
        out.append(f"<{name}:{alpha}>" if name else ("0" if w.isdigit() else w))
    return out


def markers(text: str) -> list[str]:
    """The habits of spam as features, so the model learns how much each is worth:
    each pattern family, each kind of slot, what the text does (offer, call to act,
    a way to reach the sender, and which of them come together), rows of emoji,
    shouting, words mixing Latin and Cyrillic, and the alphabet (one bias each). No
    length: one source's spam is 4x its chat's length, and long benign posts would pay
    for it."""
    canon, norm = _prepared(text)
    out = [f"__{hit.family}" for hit in family_hits(norm)]
    alpha = alphabet(text)
    slots = {_SLOT_NAME[ch] for ch in _SLOT.findall(canon)}
    out += sorted(f"__{name}:{alpha}" for name in slots)
    out += roles(pattern_hits(norm), bool(slots & _REACH_SLOTS))
    out.append(f"__emoji{min(emoji_count(text), 6) // 3}")
    letters = len(_LETTER.findall(canon))
    if letters >= 12 and sum(map(str.isupper, canon)) > 0.5 * letters:
        out.append("__shouting")
    if mixed_words(text) >= 2:
        out.append("__mixed")
    out.append(f"__{alpha}")
    return out


def features(text: str, stop_phrases: Sequence[str] = ()) -> list[str]:
    """What the linear model counts: words, word pairs, 4-letter pieces of words
    (morphology and filter-dodging spellings), and :func:`markers`."""
    words = tokens(text)
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(words)]
    for w in words:
        if len(w) > 4 and not w.startswith("<"):
            padded = f" {w} "
            out += [f"c:{padded[i:i + 4]}" for i in range(len(padded) - 3)]
    out += markers(text)
    norm = _prepared(text)[1]
    if any(p in norm for p in stop_phrases):
        out.append("__stop")
    return out


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) & ((1 << HASH_BITS) - 1)


def mixed_words(text: str) -> int:
    """Words written with both Latin and Cyrillic letters — rare in chat, common in spam
    dodging filters (normalization undoes them; this counts that it had to)."""
    if not (_LATIN_ANY.search(text) and _CYRILLIC.search(text)):
        return 0
    return sum(1 for word in _LETTERS.findall(clean(text).text)
               if not word.isascii() and _LATIN_ANY.search(word) and _CYRILLIC.search(word))


@lru_cache(maxsize=512)
def alphabet(text: str) -> str:
    """``cyr`` or ``lat``: which alphabet most letters of the canonical text are in; for a
    text of slots alone (a bare link or handle), those of the text as written. Cached: the
    tokens, the markers and the calibration each ask it of the same text."""
    norm = _prepared(text)[1]
    if not _CYRILLIC.search(norm) and not _LATIN.search(norm):
        norm = clean(text).text.lower()
    return "cyr" if len(_CYRILLIC.findall(norm)) >= len(_LATIN.findall(norm)) else "lat"


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The seeded permutations every sketch shares."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def shingles(words: Sequence[str]) -> set[int]:
    """Hashed words and word pairs: order-aware enough to tell spam from chat about it."""
    out = {zlib.crc32(w.encode()) for w in words}
    out.update(zlib.crc32(f"{a} {b}".encode()) for a, b in pairwise(words))
    return out


def sketch(hashes: Iterable[int]) -> MinHash:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme="affine32",
                hashfunc=int)
    m.update_batch(list(hashes))
    return m


def signature(text: str) -> list[int] | None:
    """The MinHash signature of a known spam text, or None when it is too short to compare."""
    sh = shingles(tokens(text))
    return [int(v) for v in sketch(sh).hashvalues] if len(sh) >= MIN_SHINGLES else None


@dataclass(frozen=True)
class Calibration:
    """Maps the model's logit to a score with the validated operating points at fixed
    places (review → 0.5, sure → 0.9), one per alphabet: policies name scores, not logits,
    and stay right when the model is retrained."""

    review_logit: float
    sure_logit: float

    def score(self, logit: float) -> float:
        a = math.log(SURE_SCORE / (1 - SURE_SCORE)) / max(self.sure_logit - self.review_logit,
                                                           1e-6)
        z = a * (logit - self.review_logit)
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass
class SpamModel:
    """Hashed weights and a bias, a calibration per alphabet, signatures of known spam,
    stop phrases (normalized), and what it was trained on (for the model card)."""

    weights: np.ndarray = field(default_factory=lambda: np.zeros(1 << HASH_BITS, np.float32))
    bias: float = 0.0
    calibration: dict[str, Calibration] = field(default_factory=dict)
    signatures: list[list[int]] = field(default_factory=list)
    stop_phrases: list[str] = field(default_factory=list)
    lsh_threshold: float = 0.5
    trained_on: dict[str, Any] = field(default_factory=dict)

    def logit(self, feats: Sequence[str]) -> float:
        """Bias plus the l2-normalized sum of the text's weights: normalized, so a long
        text is not spam for the many words it has (one source's spam is 4x its chat's
        length, and the model would learn that otherwise)."""
        idx = np.fromiter({bucket(f) for f in feats}, dtype=np.int64)
        return self.bias + float(self.weights[idx].sum()) / max(len(idx), 1) ** 0.5

    def to_json(self) -> dict[str, object]:
        w16 = self.weights.astype(np.float16)
        return {"format": FORMAT, "num_perm": NUM_PERM, "hash_bits": HASH_BITS,
                "bias": self.bias, "weights_f16": base64.b64encode(w16.tobytes()).decode(),
                "calibration": {k: [c.review_logit, c.sure_logit]
                                for k, c in self.calibration.items()},
                "lsh_threshold": self.lsh_threshold, "signatures": self.signatures,
                "stop_phrases": self.stop_phrases, "trained_on": self.trained_on}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SpamModel:
        if (raw.get("format"), raw.get("num_perm"), raw.get("hash_bits")) != \
                (FORMAT, NUM_PERM, HASH_BITS):
            raise ValueError("spam model of another format: rebuild it with "
                             "`python -m chatwarden.training.spam`")
        weights = np.frombuffer(base64.b64decode(raw["weights_f16"]), np.float16)
        return cls(weights.astype(np.float32), float(raw["bias"]),
                   {k: Calibration(float(a), float(b)) for k, (a, b) in
                    raw["calibration"].items()},
                   [list(map(int, s)) for s in raw["signatures"]],
                   [str(p) for p in raw["stop_phrases"]], float(raw["lsh_threshold"]),
                   dict(raw.get("trained_on", {})))


class SpamScorer:
    """A trained model ready to score: the LSH index is built once per model."""

    def __init__(self, model: SpamModel) -> None:
        from datasketch import MinHash, MinHashLSH

        self.model = model
        self.lsh = MinHashLSH(threshold=model.lsh_threshold, num_perm=NUM_PERM)
        self.sketches: list[MinHash] = []
        for i, sig in enumerate(model.signatures):
            m = MinHash(hashvalues=np.array(sig, dtype=np.uint32),
                        permutations=_permutations(), scheme="affine32")
            self.lsh.insert(i, m)
            self.sketches.append(m)
        self._scored = lru_cache(maxsize=1024)(self._score)
        """A policy's spam rules are several detector instances over this one scorer (a
        newcomer rule, a review rule): each reads the same message, which is featurized and
        scored once, not once per rule (half the spam detectors' cost in ``bench realchat``)."""

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

    def stop_phrase(self, text: str) -> str | None:
        norm = _prepared(text)[1]
        return next((p for p in self.model.stop_phrases if p in norm), None)

    def features(self, text: str) -> list[str]:
        return list(self._scored(text)[0])

    def probability(self, text: str, feats: Sequence[str] | None = None) -> float:
        """The calibrated score of one text (``feats``: its :meth:`features`, when known):
        0.5 at the review point, 0.9 at the sure point."""
        known, p = self._scored(text)
        if feats is None or tuple(feats) == known:
            return p
        return self._calibrated(text, self.model.logit(feats))

    def _score(self, text: str) -> tuple[tuple[str, ...], float]:
        """The features of ``text`` and its calibrated score."""
        feats = features(text, self.model.stop_phrases)
        return tuple(feats), self._calibrated(text, self.model.logit(feats))

    def _calibrated(self, text: str, logit: float) -> float:
        cal = self.model.calibration.get(alphabet(text))
        return cal.score(logit) if cal else 1 / (1 + math.exp(-max(-50.0, min(50.0, logit))))


def load(blob: bytes) -> SpamScorer:
    return SpamScorer(SpamModel.from_json(json.loads(gzip.decompress(blob))))


@lru_cache(maxsize=1)
def default_scorer() -> SpamScorer:
    """The model shipped with the package (see ``data/README.md`` for what it saw)."""
    return load(resources.files("chatwarden.detect").joinpath("data/spam_model.json.gz")
                .read_bytes())
