"""Received updates wait in the inbox with the next offset, written once per batch (it
used to be written twice per update), and leave it once decided."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.ledger.store import Ledger


def test_a_batch_is_stored_with_its_offset_in_one_write(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    try:
        store = TelegramStore(ledger.engine)
        writes: list[str] = []

        def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
                writes.append(statement.split("(")[0].strip())

        event.listen(ledger.engine, "before_cursor_execute", seen)
        store.receive([(5, '{"update_id": 5}'), (6, '{"update_id": 6}'), (7, '{"update_id": 7}')], 8)
        assert writes == ["INSERT INTO tg_inbox", "INSERT INTO tg_state"]  # one each, one commit
        assert store.offset() == 8
        assert [uid for uid, _ in store.inbox()] == [5, 6, 7]
        store.receive([(7, '{"update_id": 7}')], 8)  # read again after a crash: kept once
        store.decided(5)
        assert store.inbox() == [(6, '{"update_id": 6}'), (7, '{"update_id": 7}')]
    finally:
        ledger.close()
