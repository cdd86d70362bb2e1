"""Console accounts and sessions.

Passwords are hashed with argon2id (argon2-cffi's :class:`~argon2.PasswordHasher`, the OWASP
recommendation). Hashes from before (scrypt, ``scrypt$n$r$p$salt$digest``) still verify, the
stored string names its scheme, and are replaced by argon2 at the account's next successful
login, so no one has to reset a password. A session is a random token in an HttpOnly cookie; the
ledger keeps only its SHA-256, so a copy of the database opens no session. Sessions
rotate at login, end at logout, and expire after :data:`IDLE` without use or
:data:`ABSOLUTE` after login, whichever comes first.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from chatwarden.errors import ChatwardenError
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger

ROLES: Final = ("viewer", "moderator", "admin", "owner")
"""Console roles, weakest first; moderator and up act, viewer only reads."""
IDLE: Final = timedelta(minutes=30)
ABSOLUTE: Final = timedelta(hours=12)
TOUCH: Final = timedelta(minutes=1)
"""How stale a session's last-use time may get before it is written again."""
MIN_PASSWORD: Final = 12


class AccountError(ChatwardenError):
    """An account that cannot be created as asked (the message says why)."""


_HASHER: Final = PasswordHasher()
"""argon2-cffi's defaults (argon2id, RFC 9106's low-memory profile: t=3, 64 MiB, p=4)."""


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _check_scrypt(password: str, stored: str) -> bool:
    """The console's first scheme (``scrypt$n$r$p$salt$digest``), kept so old accounts log in."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), dklen=32,
                             n=int(n), r=int(r), p=int(p), maxmem=2**27)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_password(password: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        return _check_scrypt(password, stored)
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True for a hash not made with today's scheme and parameters (scrypt, weaker argon2)."""
    return stored.startswith("scrypt$") or _HASHER.check_needs_rehash(stored)


_DUMMY = hash_password("timing equaliser, never a real password")
"""Checked against when the name is unknown, so a login takes as long either way."""


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    role: str
    chats: tuple[str, ...]
    actor: str

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def sees(self, chat: str) -> bool:
        """Chat scope, checked per object: an empty scope is every chat."""
        return not self.chats or chat in self.chats


def add_account(ledger: Ledger, name: str, role: str, password: str, *,
                chats: list[str] | None = None, actor: str | None = None) -> Account:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    if not name or len(name) > 64 or not name.replace("_", "").replace("-", "").replace(".", "").isalnum():
        raise AccountError("a name is 1-64 letters, digits, '.', '_' or '-'")
    account = Account(name, role, tuple(chats or ()), actor or name)
    try:
        with ledger.engine.begin() as conn:
            conn.execute(insert(t.console_users).values(
                name=name, role=role, chats=json.dumps(list(account.chats)), actor=account.actor,
                password=hash_password(password), created=datetime.now(UTC).isoformat(),
                disabled=False))
    except IntegrityError:
        raise AccountError(f"an account named {name} exists") from None
    return account


def accounts(ledger: Ledger) -> list[tuple[Account, bool]]:
    """Every account with whether it is disabled, by name."""
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(t.console_users).order_by(t.console_users.c.name)).mappings()
        return [(_account(dict(r)), bool(r["disabled"])) for r in rows]


def disable_account(ledger: Ledger, name: str) -> bool:
    """Lock an account out and end its sessions at once (offboarding); False if unknown."""
    with ledger.engine.begin() as conn:
        found = conn.execute(update(t.console_users).where(t.console_users.c.name == name)
                             .values(disabled=True)).rowcount
        conn.execute(delete(t.console_sessions).where(t.console_sessions.c.user == name))
    return bool(found)


def _account(row: dict) -> Account:
    return Account(row["name"], row["role"], tuple(json.loads(row["chats"])), row["actor"])


def authenticate(ledger: Ledger, name: str, password: str) -> Account | None:
    with ledger.engine.connect() as conn:
        row = conn.execute(select(t.console_users).where(
            t.console_users.c.name == name)).mappings().first()
    if row is None or row["disabled"]:
        check_password(password, _DUMMY)
        return None
    if not check_password(password, row["password"]):
        return None
    if needs_rehash(row["password"]):  # the only moment the password is known
        with ledger.engine.begin() as conn:
            conn.execute(update(t.console_users).where(t.console_users.c.name == name)
                         .values(password=hash_password(password)))
    return _account(dict(row))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Session:
    account: Account
    csrf: str
    token_hash: str


def open_session(ledger: Ledger, account: Account, old_token: str | None = None) -> str:
    """A new session for ``account``; the one it replaces (``old_token``) ends (rotation)."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC).isoformat()
    with ledger.engine.begin() as conn:
        if old_token:
            conn.execute(delete(t.console_sessions).where(
                t.console_sessions.c.token_hash == _digest(old_token)))
        conn.execute(insert(t.console_sessions).values(
            token_hash=_digest(token), user=account.name, csrf=secrets.token_urlsafe(32),
            created=now, seen=now))
    return token


def load_session(ledger: Ledger, token: str | None, now: datetime | None = None) -> Session | None:
    """The live session of a cookie, its idle clock reset; None (and the row gone) when expired."""
    if not token:
        return None
    now = now or datetime.now(UTC)
    key = _digest(token)
    s, u = t.console_sessions, t.console_users
    with ledger.engine.begin() as conn:
        row = conn.execute(select(s, u.c.role, u.c.chats, u.c.actor, u.c.disabled, u.c.name)
                           .join(u, u.c.name == s.c.user)
                           .where(s.c.token_hash == key)).mappings().first()
        if row is None:
            return None
        created, seen = datetime.fromisoformat(row["created"]), datetime.fromisoformat(row["seen"])
        if row["disabled"] or now - seen > IDLE or now - created > ABSOLUTE:
            conn.execute(delete(s).where(s.c.token_hash == key))
            return None
        if now - seen > TOUCH:  # a write per minute at most: the ledger's writer comes first
            conn.execute(update(s).where(s.c.token_hash == key).values(seen=now.isoformat()))
    return Session(_account(dict(row)), row["csrf"], key)


def close_session(ledger: Ledger, token: str | None) -> None:
    if token:
        with ledger.engine.begin() as conn:
            conn.execute(delete(t.console_sessions).where(
                t.console_sessions.c.token_hash == _digest(token)))


@dataclass(slots=True)
class Throttle:
    """Failed logins per name and per address: after ``limit`` in ``window`` seconds, wait.

    In memory: one console process serves a ledger's moderators, and a restart forgetting
    the count costs an attacker a restart, which they cannot cause."""

    limit: int = 5
    window: float = 900.0
    _fails: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        for key in keys:
            fails = self._fails[key]
            while fails and now - fails[0] > self.window:
                fails.popleft()
            if len(fails) >= self.limit:
                return True
        return False

    def failed(self, *keys: str) -> None:
        for key in keys:
            self._fails[key].append(time.monotonic())

    def clear(self, *keys: str) -> None:
        for key in keys:
            self._fails.pop(key, None)
