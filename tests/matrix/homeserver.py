"""A real Synapse for the tests: own config, loopback port, SQLite, no rate limits.

Test people are users of an application service registered in the config, so a
test can act as anyone (``?user_id=``) and date what it sends (``?ts=``, the
timestamp massaging Synapse allows application services): a backlog written
"over the last hour" has the origin times a real one would. The bot itself is an
ordinary user (a server admin, so it can read event reports), registered with
the shared secret.
"""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import itertools
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import yaml

SERVER_NAME = "warden.test"
AS_TOKEN = "as-token-for-tests"
PEOPLE = "t_"
"""Localpart prefix of the users the application service may act as."""
LIFTED = {"per_second": 100000, "burst_count": 100000}
RATE_LIMITS = {
    "rc_message": LIFTED, "rc_registration": LIFTED, "rc_registration_token_validity": LIFTED,
    "rc_login": {"address": LIFTED, "account": LIFTED, "failed_attempts": LIFTED},
    "rc_admin_redaction": LIFTED, "rc_joins": {"local": LIFTED, "remote": LIFTED},
    "rc_joins_per_room": LIFTED, "rc_key_requests": LIFTED, "rc_3pid_validation": LIFTED,
    "rc_invites": {"per_room": LIFTED, "per_user": LIFTED, "per_issuer": LIFTED},
    "rc_third_party_invite": LIFTED, "rc_media_create": LIFTED,
    "rc_presence": {"per_user": LIFTED}, "rc_delayed_event_mgmt": LIFTED,
    "rc_room_creation": LIFTED, "rc_reports": LIFTED, "rc_user_directory": LIFTED,
    "rc_profile": LIFTED,
    "rc_federation": {"window_size": 1000, "sleep_limit": 10000, "sleep_delay": 0,
                      "reject_limit": 100000, "concurrent": 1000},
}


def _die_with_parent() -> None:
    """In the child: the kernel kills it when the test process dies, even by ``kill -9``."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(home: Path, port: int, secret: str) -> Path:
    """Generate Synapse's config (it writes the signing key and log config), then lift
    limits and switch off everything a test homeserver does not need."""
    config = home / "homeserver.yaml"
    subprocess.run([sys.executable, "-m", "synapse.app.homeserver", "--server-name", SERVER_NAME,
                    "--config-path", str(config), "--data-directory", str(home),
                    "--generate-config", "--report-stats=no"],
                   check=True, cwd=home, capture_output=True)
    data = yaml.safe_load(config.read_text())
    registration = home / "appservice.yaml"
    registration.write_text(yaml.safe_dump({
        "id": "chatwarden-tests", "url": None, "as_token": AS_TOKEN,
        "hs_token": secrets.token_hex(16), "sender_localpart": "t_appservice",
        "rate_limited": False,
        "namespaces": {"users": [{"exclusive": True, "regex": f"@{PEOPLE}.*:{SERVER_NAME}"}],
                       "rooms": [], "aliases": []}}))
    data.update(RATE_LIMITS)
    data.update({
        "listeners": [{"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                       "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}],
        "database": {"name": "sqlite3", "args": {"database": str(home / "homeserver.db")}},
        "registration_shared_secret": secret, "report_stats": False,
        "federation_domain_whitelist": [], "trusted_key_servers": [],
        "suppress_key_server_warning": True, "presence": {"enabled": False},
        "enable_metrics": False, "app_service_config_files": [str(registration)],
        "url_preview_enabled": False, "enable_registration": False,
        "user_directory": {"enabled": False}, "require_membership_for_aliases": False,
    })
    config.write_text(yaml.safe_dump(data))
    log_config = Path(data["log_config"])
    log = yaml.safe_load(log_config.read_text())
    log["root"]["level"] = "WARNING"
    for handler in log.get("handlers", {}).values():
        if "filename" in handler:
            handler["filename"] = str(home / "homeserver.log")
    log_config.write_text(yaml.safe_dump(log))
    return config


class Synapse:
    """The homeserver process and the calls the tests make to it."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.home, self.port, self.secret = home, free_port(), secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        config = write_config(home, self.port, self.secret)
        with (home / "stdout.log").open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "synapse.app.homeserver", "--config-path", str(config)],
                cwd=home, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                preexec_fn=_die_with_parent)
        self.http = httpx.Client(base_url=self.url, timeout=30)
        self.tokens: dict[str, str] = {}
        """Access tokens of the bot users, by Matrix id."""
        self.txn = itertools.count()
        self._wait_up()

    def _wait_up(self, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Synapse exited: {(self.home / 'stdout.log').read_text()[-3000:]}")
            try:
                if self.http.get("/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise RuntimeError("Synapse did not start in time")

    def stop(self) -> None:
        self.http.close()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    # -- users --------------------------------------------------------------------------------

    def register_admin(self, localpart: str) -> str:
        """A server admin with a password, through the shared secret; returns its token."""
        nonce = self.http.get("/_synapse/admin/v1/register").json()["nonce"]
        password = secrets.token_hex(8)
        mac = hmac.new(self.secret.encode(), b"\x00".join(
            [nonce.encode(), localpart.encode(), password.encode(), b"admin"]), hashlib.sha1)
        answer = self.http.post("/_synapse/admin/v1/register", json={
            "nonce": nonce, "username": localpart, "password": password, "admin": True,
            "mac": mac.hexdigest()})
        answer.raise_for_status()
        return str(answer.json()["access_token"])

    def person(self, name: str) -> str:
        """A test user (the application service's), registered once; returns its id."""
        localpart = f"{PEOPLE}{name}"
        answer = self.http.post("/_matrix/client/v3/register", json={
            "type": "m.login.application_service", "username": localpart},
            headers=self._auth())
        if answer.status_code != 400:   # 400 M_USER_IN_USE: registered by an earlier test
            answer.raise_for_status()
        return f"@{localpart}:{SERVER_NAME}"

    # -- calls as someone ---------------------------------------------------------------------

    @staticmethod
    def _auth(token: str = AS_TOKEN) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def call(self, method: str, path: str, who: str | None = None, body: Any = None,
             ts: int | None = None, token: str | None = None,
             query: dict[str, Any] | None = None) -> Any:
        """A client-server call as ``who`` (a test user) or with ``token``; raises on errors."""
        params: dict[str, Any] = dict(query or {})
        if who is not None:
            params["user_id"] = who
        if ts is not None:
            params["ts"] = ts
        answer = self.http.request(method, f"/_matrix/client/v3{path}", params=params,
                                   json=body, headers=self._auth(token or AS_TOKEN))
        if answer.status_code >= 400:
            raise RuntimeError(f"{method} {path} as {who}: {answer.status_code} {answer.text}")
        return answer.json()

    def create_room(self, owner: str, name: str, *, bot: str | None = None,
                    levels: dict[str, int] | None = None) -> str:
        """A private room created by ``owner`` (room version 12: a creator outranks every
        power level and is not listed in them); ``levels`` put into its power levels."""
        body: dict[str, Any] = {"name": name, "preset": "private_chat",
                                "power_level_content_override": {"users": levels or {}}}
        room = str(self.call("POST", "/createRoom", owner, body)["room_id"])
        if bot is not None:
            self.invite(owner, room, bot)
        return room

    def invite(self, by: str, room: str, user: str) -> None:
        self.call("POST", f"/rooms/{quote(room)}/invite", by, {"user_id": user})

    def join(self, who: str, room: str, ts: int | None = None) -> None:
        self.call("POST", f"/join/{quote(room)}", who, {}, ts)

    def leave(self, who: str, room: str) -> None:
        self.call("POST", f"/rooms/{quote(room)}/leave", who, {})

    def send(self, who: str, room: str, text: str | None = None, *, ts: int | None = None,
             reply_to: str | None = None, content: dict[str, Any] | None = None,
             kind: str = "m.room.message") -> str:
        body = content or {"msgtype": "m.text", "body": text}
        if reply_to is not None:
            body["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        path = f"/rooms/{quote(room)}/send/{kind}/t{next(self.txn)}-{time.time_ns()}"
        return str(self.call("PUT", path, who, body, ts)["event_id"])

    def sticker(self, who: str, room: str, ts: int | None = None) -> str:
        return self.send(who, room, ts=ts, kind="m.sticker", content={
            "body": "😂", "url": "mxc://warden.test/sticker", "info": {"mimetype": "image/png"}})

    def report(self, who: str, room: str, event: str, reason: str) -> None:
        self.call("POST", f"/rooms/{quote(room)}/report/{quote(event)}", who,
                  {"reason": reason, "score": -100})

    def state(self, room: str, kind: str, key: str = "", as_user: str | None = None) -> Any:
        try:
            return self.call("GET", f"/rooms/{quote(room)}/state/{kind}/{quote(key)}", as_user)
        except RuntimeError as exc:
            if " 404 " in str(exc):
                return None
            raise

    def set_state(self, who: str, room: str, kind: str, content: dict[str, Any], key: str = "") -> None:
        self.call("PUT", f"/rooms/{quote(room)}/state/{kind}/{quote(key)}", who, content)

    def membership(self, room: str, user: str, as_user: str) -> str:
        event = self.state(room, "m.room.member", user, as_user)
        return str(event["membership"]) if event else "none"

    def messages(self, room: str, as_user: str, limit: int = 500) -> list[dict[str, Any]]:
        """The room's timeline, oldest first (redacted events have empty content)."""
        answer = self.call("GET", f"/rooms/{quote(room)}/messages", as_user,
                           query={"dir": "b", "limit": limit})
        return list(reversed(answer["chunk"]))
