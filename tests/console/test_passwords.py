"""Password hashes: argon2id for every new account; an account hashed with the console's
first scheme (scrypt) still logs in, and its hash becomes argon2 at that login."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select, update

from chatwarden.console import auth
from chatwarden.console.acts import Console
from chatwarden.ledger import tables as t
from tests.console.conftest import PASSWORD


def _stored(console: Console, name: str) -> str:
    with console.ledger.engine.connect() as conn:
        return str(conn.execute(select(t.console_users.c.password)
                                .where(t.console_users.c.name == name)).scalar_one())


def _scrypt(password: str) -> str:
    """A hash exactly as the scrypt-era console wrote it."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, n=2**14, r=8, p=1)
    return f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"


def test_new_accounts_get_argon2id(console: Console) -> None:
    auth.add_account(console.ledger, "newcomer", "viewer", "a long enough secret")
    stored = _stored(console, "newcomer")
    assert stored.startswith("$argon2id$")
    assert "a long enough secret" not in stored
    assert auth.authenticate(console.ledger, "newcomer", "a long enough secret") is not None
    assert auth.authenticate(console.ledger, "newcomer", "a long enough secreT") is None
    assert _stored(console, "newcomer") == stored  # current parameters: left as it is


def test_a_scrypt_hash_still_logs_in_and_is_rehashed_to_argon2(console: Console) -> None:
    old = _scrypt(PASSWORD)
    with console.ledger.engine.begin() as conn:
        conn.execute(update(t.console_users).where(t.console_users.c.name == "mod")
                     .values(password=old))
    assert auth.authenticate(console.ledger, "mod", "wrong horse battery") is None
    assert _stored(console, "mod") == old  # a failed login changes nothing
    account = auth.authenticate(console.ledger, "mod", PASSWORD)
    assert account is not None and account.role == "moderator"
    new = _stored(console, "mod")
    assert new.startswith("$argon2id$") and not auth.needs_rehash(new)
    assert auth.authenticate(console.ledger, "mod", PASSWORD) is not None


def test_malformed_or_unknown_hashes_never_verify() -> None:
    for stored in ("", "scrypt$1$2", "scrypt$16384$8$1$zz$zz", "md5$abc", "$argon2id$v=19$x"):
        assert auth.check_password(PASSWORD, stored) is False
