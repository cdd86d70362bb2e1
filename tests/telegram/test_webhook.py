"""Webhook mode: Telegram's secret-token header is required on every POST."""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.telegram.conftest import CHAT, Updates, person

pytestmark = pytest.mark.slow
SECRET = "s3cret-from-the-env"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, update: dict[str, Any], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(update).encode(), headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_webhook_checks_the_secret_header(telegram, updates: Updates, monkeypatch) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    monkeypatch.setitem(os.environ, "CHATWARDEN_TELEGRAM_WEBHOOK_SECRET", SECRET)
    server, _ = telegram(None, "--webhook", url, "--listen", f"127.0.0.1:{port}")
    fake = server.fake
    fake.wait(lambda f: any(c.method == "setWebhook" for c in f.calls))
    hook = next(c.params for c in fake.calls if c.method == "setWebhook")
    assert hook["url"] == url and hook["secret_token"] == SECRET
    vasya = person(201, "Вася", "vasya")
    stickers = [updates.sticker(vasya) for _ in range(4)]
    assert post(url, stickers[0], None) == 401
    assert post(url, stickers[0], "wrong") == 401
    for update in stickers:
        assert post(url, update, SECRET) == 200
    fake.wait(lambda f: any(c.method == "sendMessage" and c.params["chat_id"] == CHAT["id"]
                            for c in f.actions()))
    assert post(url, stickers[3], SECRET) == 200  # Telegram's retry of a delivered update: no-op
    fake.quiet(-1, seconds=1.0)  # no getUpdates in webhook mode
    assert sum(c.method == "sendMessage" and c.params["chat_id"] == CHAT["id"]
               for c in fake.actions()) == 1
