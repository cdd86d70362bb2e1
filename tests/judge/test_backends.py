"""Heavy backends over real HTTP on loopback: answers used, failures degrade to the cascade."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from chatwarden.detect.context import Context
from chatwarden.detect.judge.backends.base import BackendError, HttpJson
from chatwarden.detect.judge.backends.huggingface import HuggingFaceBackend
from chatwarden.detect.judge.backends.moderation import ModerationBackend
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.detectors import PolicyJudgeDetector, Toxicity
from tests.judge.detector_base import message


class Server:
    """A loopback HTTP server whose next answers the test sets: (status, body, delay)."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, Any, float]] = []
        self.requests: list[tuple[str, dict[str, Any], str | None]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                owner.requests.append((self.path, body, self.headers.get("Authorization")))
                status, answer, delay = owner.answers.pop(0) if owner.answers else (500, {}, 0)
                time.sleep(delay)
                data = answer.encode() if isinstance(answer, str) else json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


MODERATION = {"results": [{"flagged": True, "category_scores": {
    "harassment": 0.91, "harassment/threatening": 0.8, "hate": 0.1, "self-harm": 0.0,
    "sexual": 0.0, "sexual/minors": 0.0, "violence": 0.7, "violence/graphic": 0.2}}]}


def test_moderation_answer_maps_to_our_labels(server: Server) -> None:
    server.answers.append((200, MODERATION, 0))
    client = HttpJson(server.url, api_key="k", timeout=2, retries=0)
    scores = ModerationBackend(client).classify("text")
    assert scores["insult"] == 0.91 and scores["threat"] == 0.8 and scores["toxicity"] == 1.0
    path, body, auth = server.requests[0]
    assert path == "/v1/moderations" and body["input"] == "text" and auth == "Bearer k"


def test_transient_failure_is_retried(server: Server) -> None:
    server.answers += [(503, {}, 0), (200, MODERATION, 0)]
    client = HttpJson(server.url, timeout=2, retries=1, backoff=0.01)
    assert ModerationBackend(client).classify("x")["insult"] == 0.91
    assert len(server.requests) == 2


def test_timeout_and_errors_raise_backend_error(server: Server) -> None:
    server.answers += [(200, MODERATION, 1.0)]
    with pytest.raises(BackendError, match=r"Timeout|timed out"):
        ModerationBackend(HttpJson(server.url, timeout=0.2, retries=0)).classify("x")
    server.answers += [(400, {"error": "bad"}, 0), (200, MODERATION, 0)]
    with pytest.raises(BackendError, match="HTTP 400"):
        ModerationBackend(HttpJson(server.url, timeout=2, retries=3)).classify("x")
    server.answers.clear()
    server.answers += [(200, "not json", 0)]
    with pytest.raises(BackendError, match="JSON"):
        ModerationBackend(HttpJson(server.url, timeout=2, retries=0)).classify("x")


def test_cost_cap_stops_calls(server: Server) -> None:
    server.answers += [(200, MODERATION, 0)] * 3
    backend = ModerationBackend(HttpJson(server.url, timeout=2, retries=0, per_minute=2))
    backend.classify("a")
    backend.classify("b")
    with pytest.raises(BackendError, match="cost cap"):
        backend.classify("c")
    assert len(server.requests) == 2


def test_failing_backend_degrades_to_the_cascade_and_says_so(server: Server) -> None:
    server.answers += [(500, {}, 0)] * 4
    backend = ModerationBackend(HttpJson(server.url, timeout=1, retries=0))
    offline = Cascade().judge("ты тупой дебил")
    j = Cascade(CascadeConfig(backend_band=(0.0, 1.0)), backend=backend).judge("ты тупой дебил")
    assert j.scores["toxicity"] == pytest.approx(offline.scores["toxicity"])
    assert any("degraded to the offline cascade" in n for n in j.notes)
    assert j.scores["toxicity"] >= 0.5  # the offline verdict stands: nothing passes silently


def test_toxicity_detector_uses_a_configured_backend(server: Server) -> None:
    server.answers += [(200, MODERATION, 0)] * 4
    det = Toxicity.from_params({"backend": "moderation", "endpoint": {"url": server.url},
                                "backend_band": [0.0, 1.0]})
    ev = message("hmm, maybe")
    signals = {s.label: s for s in det.detect(ev, Context.bare(ev))}
    assert signals["threat"].score == 0.8 and "backend:moderation" in signals["threat"].explanation


def test_missing_transformers_or_model_degrades() -> None:
    backend = HuggingFaceBackend("/nonexistent/model", {"toxic": "toxicity"})
    with pytest.raises(BackendError):
        backend.classify("x")


VERDICT = {"choices": [{"message": {"content": 'Sure. {"violates": true, "rule": "3.1", '
                                               '"confidence": 0.9, "rationale": "mocks a member"}'}}]}


def test_policy_judge_reads_the_rule_and_answers(server: Server) -> None:
    server.answers.append((200, VERDICT, 0))
    det = PolicyJudgeDetector.from_params({
        "rule": "3.1", "guideline": "Перед тем как пошутить на грани...", "ask_band": [0, 1],
        "endpoint": {"url": server.url, "model": "local", "retries": 0}})
    ev = message("ну ты и клоун")
    (sig,) = det.detect(ev, Context.bare(ev))
    assert sig.flagged and sig.score == 0.9 and "rule 3.1" in sig.explanation
    _, body, _ = server.requests[0]
    assert "Перед тем как пошутить" in body["messages"][1]["content"]
    assert "<message>" in body["messages"][1]["content"]


def test_policy_judge_failure_falls_back_to_the_cascade(server: Server) -> None:
    server.answers += [(200, {"choices": [{"message": {"content": "I cannot"}}]}, 0)]
    det = PolicyJudgeDetector.from_params({
        "rule": "3.1", "guideline": "no insults", "ask_band": [0, 1],
        "endpoint": {"url": server.url, "retries": 0}})
    ev = message("ты тупой дебил")
    (sig,) = det.detect(ev, Context.bare(ev))
    assert sig.flagged and "degraded to the offline cascade" in sig.explanation


def test_policy_judge_is_not_asked_when_the_cascade_is_sure(server: Server) -> None:
    det = PolicyJudgeDetector.from_params({
        "rule": "3.1", "guideline": "no insults", "ask_band": [0.3, 0.9],
        "endpoint": {"url": server.url, "retries": 0}})
    ev = message("спасибо, до завтра")
    (sig,) = det.detect(ev, Context.bare(ev))
    assert not sig.flagged and "not asked" in sig.explanation and not server.requests
