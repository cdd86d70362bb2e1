"""The closed set of judgement labels, their meaning and default thresholds.

Every label is scored on every judged message (0 when its stage did not run),
so a policy can rely on a signal per label. Scores are probabilities: the
linear and embedding stages are Platt-calibrated on held-out data. Topic heads
learn from real labelled sources where there are any (EDOS threats, SDCNL
suicide posts, ConvAbuse sexual harassment) with their hard negatives and real
benign chat, plus the seed phrases of ``chatwarden/training/judge/seeds.py`` for Russian; a topic
flags only where its keyword gate agrees (``gates.py``). See the model card.
A policy overrides a threshold with the detector param ``thresholds``.
"""

from __future__ import annotations

from typing import Final

LABELS: Final = (
    "toxicity", "insult", "threat", "hate", "obscenity", "sexual", "sexual_minors",
    "self_harm", "violence", "extremism", "politics",
)

MEANING: Final[dict[str, str]] = {
    "toxicity": "rude, disrespectful or abusive language (Клинт 3; the umbrella label)",
    "insult": "toxicity aimed at a person: a reply, a mention or second person",
    "threat": "a threat of harm to a person or group, direct or implied",
    "hate": "attacks on people for a protected characteristic; slurs",
    "obscenity": "мат and vulgar words (lexicon; 1.0 = мат, 0.7 = vulgar)",
    "sexual": "sexual content or solicitation in text",
    "sexual_minors": "sexual content involving minors, grooming",
    "self_harm": "promotion or glorification of self-harm or suicide",
    "violence": "violence urged, promoted, glorified or depicted against people; gore",
    "extremism": "violent extremism, terrorism, glorified perpetrators",
    "politics": "wars, ethnic and religious conflict, sharp political topics (Клинт 5.1)",
}

# toxicity, insult: 0.5 of a per-language calibrated probability. hate: 0.4 at least;
# training raises it where clean chat would be flagged over 0.1% (the F1-optimal 0.2 on
# Davidson flags 9% of clean chat) and writes it into heads.json. Topic heads: these are
# fallbacks; training writes each head's own threshold into heads.json (0.5% of clean
# chat flagged, or the F1-optimal point on the topic's validation rows if higher).
DEFAULT_THRESHOLDS: Final[dict[str, float]] = {
    "toxicity": 0.5,
    "insult": 0.5,
    "threat": 0.6,
    "hate": 0.4,
    "obscenity": 0.9,
    "sexual": 0.6,
    "sexual_minors": 0.5,
    "self_harm": 0.6,
    "violence": 0.6,
    "extremism": 0.6,
    "politics": 0.6,
}

TOPIC_LABELS: Final = ("threat", "sexual", "sexual_minors", "self_harm", "violence",
                       "extremism", "politics")
"""Labels judged by gated embedding heads only (no linear model for them)."""
