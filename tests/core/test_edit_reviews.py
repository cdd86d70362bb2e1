"""A review opened on an edit belongs to the edited message.

A moderator answers the message they see, which is the original (Telegram has one message
for all its edits; a Matrix reply names the original event), so a command in reply to it
closes the reviews its edits opened, and a sanction for an edit is one for its message. Both
adapters' edit ids are covered: Telegram's ``{chat}:{message}:e{date}``, Matrix's
``{original}~{edit}``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.engine.decision import Decision
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import MSK, actions

T = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)
SHAPES = pytest.mark.parametrize(("chat", "original", "edit"), [
    ("-1001", "-1001:5", "-1001:5:e1763276460"),
    ("!room:example.org", "$orig", "$orig~$edit"),
], ids=["telegram", "matrix"])


class Room:
    """One chat on a ledger, an event at a time, each committed at once."""

    def __init__(self, policy: Policy, db: Path, chat: str) -> None:
        self.ledger = Ledger(str(db))
        self.runtime = Runtime(policy, self.ledger, batch=1)
        self.chat, self.n = chat, 0

    def send(self, ident: str, kind: str, user: str, **fields: object) -> list[Decision]:
        self.n += 1
        event = Event(ident, kind, self.chat, user, T + timedelta(minutes=self.n), **fields)
        out = self.runtime.handle(event)
        self.runtime.flush()
        return out or []

    def reviews(self) -> list[tuple[str, str, str, str | None]]:
        return [(r["event_id"], r["message"], r["status"], r["resolved_by"])
                for r in self.ledger.rows("reviews", chat=self.chat)]

    def sanctions(self) -> list[tuple[str, str | None, str, str | None]]:
        return [(s["type"], s["rule_id"], s["message"], s["decided_by"])
                for s in self.ledger.rows("sanctions", chat=self.chat)]


@pytest.fixture
def room(request: pytest.FixtureRequest, klint: Policy, tmp_path: Path) -> Room:
    made = Room(klint, tmp_path / "ledger.db", request.node.callspec.params["chat"])
    request.addfinalizer(made.ledger.close)
    return made


@SHAPES
def test_a_command_answering_the_message_closes_its_edits_review(
        room: Room, chat: str, original: str, edit: str) -> None:
    room.send(original, "message", "troll", text="вот номер")
    queued = room.send(edit, "edit", "troll", text="вот номер: +7 912 345-67-89")
    assert [(d.rules, actions([d])) for d in queued] == [
        (["11.1-unclear"], [("review", None)])]
    assert room.reviews() == [(edit, original, "open", None)]

    done = room.send("cmd1", "command", "kaanizel", text="/punish 11.1 чужой номер",
                     reply_to=original)
    assert actions(done) == [("warning", None), ("delete", None)]
    assert room.reviews() == [(edit, original, "chat", "kaanizel")]
    # the console's confirm of the edit's item answers the edit: the same message, refused
    again = room.send("cmd2", "command", "kaanizel", text="/punish @troll 11.1", reply_to=edit)
    assert actions(again) == [("refuse", None)]
    assert "санкция #1 (warning) от @kaanizel" in (again[0].actions[0].note or "")
    assert room.sanctions() == [("warning", "11.1", original, "kaanizel")]


@SHAPES
def test_the_engines_sanction_of_an_edit_is_one_for_its_message(
        room: Room, chat: str, original: str, edit: str) -> None:
    room.send(original, "message", "troll", text="вот номер")
    auto = room.send(edit, "edit", "troll", text="вот номер его отца: +7 912 345-67-89, звоните")
    assert actions(auto) == [("warning", None), ("delete", None)]
    assert auto[0].actions[1].message == edit, "the edit itself is what is deleted"
    out = room.send("cmd1", "command", "kaanizel", text="/punish 11.1", reply_to=original)
    assert actions(out) == [("refuse", None)]
    assert "санкция #1 (warning) от бота" in (out[0].actions[0].note or "")
    assert room.sanctions() == [("warning", "11.1", original, None)]


@SHAPES
def test_an_edit_of_a_sanctioned_message_is_not_sanctioned_again(
        room: Room, chat: str, original: str, edit: str) -> None:
    first = room.send(original, "message", "troll", text="вот номер его отца: +7 912 345-67-89")
    assert actions(first) == [("warning", None), ("delete", None)]
    # the edit raced the deletion (or the platform keeps edits of a removed message)
    assert room.send(edit, "edit", "troll", text="вот номер его отца: +7 912 345-67-89, звоните") == []
    assert room.sanctions() == [("warning", "11.1", original, None)]
    # a new message is a new offence: the ladder's next step, 14 days
    again = room.send(f"{original}0", "message", "troll", text="и ещё его 8 (912) 345 67 89")
    assert actions(again) == [("warn", 14.0), ("delete", None)]
