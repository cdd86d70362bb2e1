"""The engine returns outcomes: the decisions and every record change they imply, found by
the event's unit of work (never listed by hand), and loads a chat only when it needs it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from chatwarden.engine.state import ChatState, Member, Sanction, Unit
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import Chat
from tests.reliability.test_restart import MONDAY


def test_an_outcome_holds_copies_of_what_the_event_changed(chat: Chat) -> None:
    for text in ("купите слона", "купите слона", "купите слона"):
        outcome = chat.say("vasya", text)
    assert [d.rules for d in outcome] == [["1.1"]]  # the outcome is the list of its decisions
    changes = outcome.changes
    sanction = next(iter(changes.copies("sanctions").values()))
    assert (sanction.user, sanction.type) == ("vasya", "warning")
    assert ("sanctions", sanction.id) in changes.created
    live = chat.engine.state.chat("klint").sanctions["vasya"][0]
    assert live == sanction and live is not sanction
    live.lifted_by = "someone"  # the engine's memory moves on; the outcome does not
    assert sanction.lifted_by is None
    member = changes.copies("members")[("klint", "vasya")]
    assert member.activity == {date(2026, 11, 16): 3}
    assert ("members", ("klint", "vasya")) not in changes.created  # new two events ago


def test_whatever_path_reached_a_record_its_change_is_found() -> None:
    cs = ChatState("c")
    cs.members["a"] = Member("c", "a", activity={date(2026, 11, 1): 2, date(2026, 11, 20): 1})
    cs.members["b"] = Member("c", "b")
    cs.sanctions["a"] = [Sanction(1, "c", "a", "warning", MONDAY, "e0")]
    with Unit(cs, "e1") as unit:
        for member in cs.members.values():  # a purge walks them all and trims in place
            member.trim_activity(date(2026, 11, 10))
        cs.sanctions.get("a", [])[0].expired = True
        cs.sanctions.setdefault("b", []).append(Sanction(2, "c", "b", "kick", MONDAY, "e1"))
        cs.audit(MONDAY, "job", {"job": "purge"})
    changes = unit.outcome([]).changes
    assert list(changes.records["members"]) == [("c", "a")]  # "b" was reached, not changed
    assert changes.copies("members")[("c", "a")].activity == {date(2026, 11, 20): 1}
    assert sorted(changes.records["sanctions"]) == [1, 2]
    assert changes.created == {("sanctions", 2)}
    assert [row[1] for row in changes.audit] == ["job"]
    assert cs.unit is None and cs.members.unit is None  # closed: readers pay nothing


def test_a_chat_is_loaded_when_first_needed_not_at_start(klint: Policy, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    for i, chat in enumerate(("a", "b", "c")):
        runtime.handle(Event(f"{chat}0", "join", chat, "u", MONDAY + timedelta(minutes=i)))
    runtime.flush()
    ledger.close()
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    assert runtime.engine.state.loaded == {}
    assert runtime.chats() == ["a", "b", "c"]
    runtime.handle(Event("b1", "message", "b", "u", MONDAY + timedelta(hours=1), text="привет"))
    assert list(runtime.engine.state.loaded) == ["b"]
    assert runtime.chat("b").members["u"].joins == 1  # as the ledger left it
    assert runtime.role_of("nobody") == "member"
    ledger.close()


def test_outcomes_fold_into_one_batch_newest_copy_first(chat: Chat) -> None:
    batch = chat.join("anna")
    batch.merge(chat.say("anna", "всем привет"))
    assert [e.id for e in batch.events] == ["klint:1", "klint:2"]
    member = batch.changes.copies("members")[("klint", "anna")]
    assert member.last_active == chat.now  # the later copy replaced the first
    assert ("members", ("klint", "anna")) in batch.changes.created
    assert batch.changes.windowed == {"klint:1": (1, False), "klint:2": (1, None)}


def test_the_clock_loads_only_chats_with_something_due(klint: Policy, tmp_path: Path) -> None:
    """Monday's joins; the Клинт purge runs Saturdays at noon (Moscow). A tick on Tuesday
    loads nothing; a tick after Saturday noon loads and purges both chats."""
    db = str(tmp_path / "ledger.db")
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    for i, chat in enumerate(("a", "b")):
        runtime.handle(Event(f"{chat}0", "join", chat, "u", MONDAY + timedelta(minutes=i)))
    runtime.flush()
    ledger.close()
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    assert runtime.finish(MONDAY + timedelta(days=1)) == []
    assert runtime.engine.state.loaded == {}
    purged = runtime.finish(MONDAY + timedelta(days=5, hours=3))
    assert sorted(runtime.engine.state.loaded) == ["a", "b"]
    assert [(d.chat, d.user) for d in purged] == [("a", "u"), ("b", "u")]  # silent since joining
    ledger.close()
