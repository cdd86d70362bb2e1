"""Typed parameters of the judgement detectors, and how they build backends.

Secrets never sit in a policy file: a policy names the environment variable
that holds an API key (``*_key_env``), and the detector reads it at start-up.
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from chatwarden.detect.judge.backends.base import Backend, HttpJson
from chatwarden.detect.judge.labels import LABELS


class Endpoint(BaseModel):
    """Where an HTTP backend lives and how patient to be with it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    url: str | None = Field(None, description="base URL, e.g. http://127.0.0.1:8000/v1")
    url_env: str = Field("CHATWARDEN_JUDGE_URL", description="env var used when url is unset")
    model: str = ""
    key_env: str = Field("CHATWARDEN_JUDGE_KEY", description="env var holding the API key")
    timeout_s: float = Field(5.0, gt=0, le=120)
    retries: int = Field(1, ge=0, le=5)
    per_minute: int = Field(30, ge=1, description="cost cap: calls per minute, process-wide")

    def client(self) -> HttpJson | None:
        url = self.url or os.environ.get(self.url_env)
        if not url:
            return None
        return HttpJson(url, api_key=os.environ.get(self.key_env), timeout=self.timeout_s,
                        retries=self.retries, per_minute=self.per_minute)


class ToxicityParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    thresholds: dict[str, float] = Field(default_factory=dict,
                                         description="per-label flag thresholds over the defaults")
    band: tuple[float, float] = Field((0.4, 0.8), description="linear scores that go on to "
                                      "the embedding stage")
    embedding: bool = True
    tuned: bool = Field(False, description="the fine-tuned Russian toxicity model (tuned.py): "
                        "better on Russian, ~1 ms a token; for a group's volume, not a platform's")
    tuned_band: tuple[float, float] = Field((0.1, 0.95), description="linear toxicity of a "
                                            "Russian message that goes on to the tuned model")
    tuned_scope: Literal["all", "name_calling"] = Field("all", description=(
        "which messages in the tuned band the tuned model reads: 'all', or only those that "
        "call someone names ('name_calling'), the only ones whose toxicity can make an "
        "'insult' (a policy that acts on insults alone pays for no other message)"))
    tuned_calibration: Literal["chat", "forum"] = Field("chat", description=(
        "how the tuned score is calibrated: 'chat' (2ch/pikabu, RuParaDetox rewrites: "
        "fewer false positives in chat) or 'forum' (2ch/pikabu alone: long forum posts)"))
    embed_per_minute: float = Field(120.0, ge=0, description="calls per chat-minute, each "
                                    "of the tuned and embedding stages")
    insult_targets: list[str] = Field(default_factory=list, description=(
        "user ids or @usernames: when set, 'insult' flags only insults replying to or "
        "mentioning one of them (Клинт 10.3: the administration)"))
    backend: Literal["none", "moderation", "huggingface"] = "none"
    endpoint: Endpoint = Endpoint(url_env="CHATWARDEN_MODERATION_URL",
                                  key_env="CHATWARDEN_MODERATION_KEY")
    hf_model: str = Field("", description="Hugging Face model name or local path")
    hf_labels: dict[str, str] = Field(default_factory=dict, description="model label -> ours")
    backend_per_minute: float = Field(10.0, ge=0, description="backend calls per chat-minute")
    backend_band: tuple[float, float] = Field((0.3, 0.7), description="cascade toxicity scores "
                                              "still unsure enough to ask the backend")

    @field_validator("thresholds")
    @classmethod
    def _known(cls, value: dict[str, float]) -> dict[str, float]:
        for label, th in value.items():
            if label not in LABELS:
                raise ValueError(f"unknown label '{label}' (labels: {', '.join(LABELS)})")
            if not 0 <= th <= 1:
                raise ValueError(f"threshold of '{label}' must be within 0..1")
        return value

    def make_backend(self) -> Backend | None:
        """The configured backend, or ``None`` (also when its URL is not configured)."""
        if self.backend == "moderation":
            from chatwarden.detect.judge.backends.moderation import ModerationBackend

            client = self.endpoint.client()
            return ModerationBackend(client, self.endpoint.model or "omni-moderation-latest") \
                if client else None
        if self.backend == "huggingface" and self.hf_model:
            from chatwarden.detect.judge.backends.huggingface import HuggingFaceBackend

            return HuggingFaceBackend(self.hf_model, self.hf_labels or {"toxic": "toxicity"})
        return None


class ObscenityParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    level: Literal["mat", "vulgar"] = Field("mat", description="the weakest word that flags")


class PolicyJudgeParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: str = Field(..., description="the rule id the verdict is about")
    guideline: str = Field(..., min_length=1, description="the rule's own words")
    endpoint: Endpoint = Endpoint()
    min_confidence: float = Field(0.5, ge=0, le=1)
    fallback_label: str = Field("toxicity", description="cascade label that decides when the "
                                "judge is not asked or fails")
    ask_band: tuple[float, float] = Field((0.15, 0.9), description="cascade scores for which the "
                                          "model is asked; outside it the cascade answers")
    per_chat_minute: float = Field(6.0, ge=0, description="model calls per chat-minute")

    @field_validator("fallback_label")
    @classmethod
    def _label(cls, value: str) -> str:
        if value not in LABELS:
            raise ValueError(f"unknown label '{value}' (labels: {', '.join(LABELS)})")
        return value
