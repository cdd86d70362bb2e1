"""A newcomer's first advert is decided on event time and text alone (issue 10).

The bots stamp some events with the wall clock (Telegram's administrator roles, the
clock tick that runs timed jobs) and decide updates in the order they are released, so
these cases feed the same newcomer's advert around such events and across a restart: the
decision is the same Клинт 6.1 sanction (a newcomer's message past the spam model's sure
point, with an offer and a call to act) every time, never only a review.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import MSK, actions, rules

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)
AD = "заработок без вложений, пиши в личку"
JOIN = Event("c:1", "join", "c", "newbie", T0)
MESSAGE = Event("c:2", "message", "c", "newbie", T0 + timedelta(seconds=5), text=AD)
OWNER_LATE = Event("c:r", "role", "c", "kaanizel", T0 + timedelta(minutes=5), role="owner")
"""The role a bot learns from the administrators list, stamped with its wall clock: later
than the messages Telegram dated before it."""
TICK = T0 + timedelta(days=2)
"""A clock tick that runs timed jobs at a wall-clock time past the message."""


@pytest.mark.parametrize("stream", [
    [MESSAGE], [JOIN, MESSAGE], [MESSAGE, JOIN], [OWNER_LATE, MESSAGE],
    [JOIN, OWNER_LATE, "tick", MESSAGE], ["tick", MESSAGE],
], ids=["alone", "after-join", "join-late", "wall-clock-role", "role-and-tick", "tick"])
def test_the_decision_does_not_depend_on_arrival_or_the_wall_clock(
        klint: Policy, stream: list[Event | str]) -> None:
    engine = Engine(klint)
    out = []
    for item in stream:
        if item == "tick":
            engine.finish(TICK, chats=["c"])
        else:
            assert isinstance(item, Event)
            out += [d for d in engine.process(item) if d.user == "newbie"]
    assert (rules(out), actions(out)) == (["6.1"], [("warn", 14.0), ("delete", None)])


def test_the_decision_survives_a_restart_between_join_and_message(
        klint: Policy, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/ledger.db"
    for events in ([JOIN, OWNER_LATE], [MESSAGE]):
        ledger = Ledger(db)
        runtime = Runtime(klint, ledger)
        out = [d for e in events for d in runtime.handle(e) or () if d.user == "newbie"]
        runtime.flush()
        ledger.close()
    assert (rules(out), actions(out)) == (["6.1"], [("warn", 14.0), ("delete", None)])
