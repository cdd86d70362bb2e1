"""An OpenAI-compatible moderation endpoint (``POST {base_url}/moderations``).

The answer's ``category_scores`` are mapped onto the closed label set; a label
fed by several categories takes the highest. Unknown categories are ignored.
"""

from __future__ import annotations

from typing import Final

from chatwarden.detect.judge.backends.base import Backend, BackendError, HttpJson

CATEGORY_LABELS: Final[dict[str, str]] = {
    "harassment": "insult",
    "harassment/threatening": "threat",
    "hate": "hate",
    "hate/threatening": "threat",
    "self-harm": "self_harm",
    "self-harm/intent": "self_harm",
    "self-harm/instructions": "self_harm",
    "sexual": "sexual",
    "sexual/minors": "sexual_minors",
    "violence": "violence",
    "violence/graphic": "violence",
    "illicit/violent": "extremism",
}


class ModerationBackend(Backend):
    name = "moderation"

    def __init__(self, client: HttpJson, model: str = "omni-moderation-latest") -> None:
        self.client = client
        self.model = model

    def classify(self, text: str) -> dict[str, float]:
        answer = self.client.post("/moderations", {"model": self.model, "input": text})
        try:
            result = answer["results"][0]
            raw = result["category_scores"]
        except (KeyError, IndexError, TypeError):
            raise BackendError("moderation answer has no results[0].category_scores") from None
        scores: dict[str, float] = {}
        for category, value in raw.items():
            label = CATEGORY_LABELS.get(category)
            if label is not None:
                scores[label] = max(scores.get(label, 0.0), float(value))
        scores["toxicity"] = max([*scores.values(), 1.0 if result.get("flagged") else 0.0])
        return scores
