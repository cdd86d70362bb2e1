"""What every backend shares: the error it raises, a call cap, and a careful HTTP client.

The HTTP client is the standard library's (no extra dependency): a timeout per
attempt, a bounded number of retries with backoff for transient failures (
connection errors, 429, 5xx), and a cap on calls per minute so a flood in one chat
cannot run up a bill. Anything else is a :class:`BackendError` with the reason.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from abc import ABC, abstractmethod
from collections import deque
from typing import Any


class BackendError(RuntimeError):
    """A backend could not give an answer; the cascade's own verdict is used instead."""


class CallCap:
    """At most ``per_minute`` calls in any sliding minute (wall clock: money is spent now)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._calls: deque[float] = deque()
        self._lock = threading.Lock()

    def take(self) -> None:
        now = time.monotonic()
        with self._lock:
            while self._calls and now - self._calls[0] > 60.0:
                self._calls.popleft()
            if len(self._calls) >= self.per_minute:
                raise BackendError(f"cost cap reached ({self.per_minute} calls/minute)")
            self._calls.append(now)


class Backend(ABC):
    """A heavy judge of one text."""

    name: str = "backend"

    @abstractmethod
    def classify(self, text: str) -> dict[str, float]:
        """Scores per label of the closed set; raises :class:`BackendError`."""


class HttpJson:
    """POST JSON, get JSON: timeouts, retries with backoff, a call cap, an API key header."""

    def __init__(self, base_url: str, *, api_key: str | None = None, timeout: float = 5.0,
                 retries: int = 2, backoff: float = 0.2, per_minute: int = 60) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.cap = CallCap(per_minute)

    def post(self, path: str, payload: dict[str, Any]) -> Any:
        self.cap.take()
        body = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            request = urllib.request.Request(self.base_url + path, body, headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as err:
                last = f"HTTP {err.code}"
                if err.code != 429 and err.code < 500:
                    break
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                last = f"{type(err).__name__}: {getattr(err, 'reason', err)}"
            except json.JSONDecodeError:
                last = "answer is not JSON"
                break
        raise BackendError(f"{self.base_url}{path}: {last}")
