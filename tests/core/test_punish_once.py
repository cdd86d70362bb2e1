"""One message, one sanction per rule, whoever asks: the engine, a moderator, another one.

The console's confirm becomes the same chat command, so this is also the confirm of a
review item whose message the bot (or a moderator) had already sanctioned (issue 10). A
sanction records the message it is for (migration 0008), so the check holds across a
restart; the refusal names the sanction that stands and who decided it, in the policy's
language; another rule the message broke is still the moderator's to apply.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from chatwarden.engine.engine import Engine
from chatwarden.engine.state import Outcome
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import MSK, ROOT, Chat, actions, rules

DOXX = "вот номер его отца: +7 912 345-67-89, звоните"
SANCTIONS = "SELECT id, user, type, rule_id, event_id, message, decided_by FROM sanctions ORDER BY id"


def _rows(db: str, sql: str) -> list[tuple]:
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return rows


def test_punish_after_the_engines_sanction_is_refused_and_the_ledger_holds_one(
        klint: Policy, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/ledger.db"
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    t = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)
    auto = runtime.handle(Event("m1", "message", "klint", "troll", t, text=DOXX))
    assert auto is not None and actions(auto) == [("warning", None), ("delete", None)]
    sanction = auto[0].actions[0].sanction_id
    again = runtime.handle(Event("c1", "command", "klint", "kaanizel", t.replace(minute=1),
                                 text="/punish 11.1 личные данные", reply_to="m1"))
    assert again is not None and actions(again) == [("refuse", None)]
    assert again[0].actions[0].note == (
        f"/punish: это сообщение уже наказано по правилу 11.1: санкция #{sanction} (warning) "
        "от бота; дважды за одно сообщение не наказываю")
    runtime.flush()
    ledger.close()
    assert _rows(db, SANCTIONS) == [(sanction, "troll", "warning", "11.1", "m1", "m1", None)]
    assert _rows(db, "SELECT rule_id, event_id FROM offences") == [("11.1", "m1")]


def test_a_second_moderator_is_refused_after_a_restart_and_another_rule_still_applies(
        klint: Policy, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/ledger.db"
    t = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)

    def run(*events: Event) -> list[Outcome | None]:
        ledger = Ledger(db)  # a fresh process each time: what it knows comes from the ledger
        try:
            runtime = Runtime(klint, ledger)
            out = [runtime.handle(e) for e in events]
            runtime.flush()
            return out
        finally:
            ledger.close()

    def command(n: int, user: str, text: str) -> Event:
        return Event(f"c{n}", "command", "klint", user, t.replace(minute=n), text=text,
                     reply_to="m1")

    run(Event("r1", "role", "klint", "modik", t, role="moderator"),
        Event("r2", "role", "klint", "lena", t, role="admin"),
        Event("m1", "message", "klint", "troll", t, text="привет всем, как дела"))
    [first] = run(command(1, "modik", "/punish 3.1 шутка про мать"))
    assert first is not None and actions(first) == [("warning", None), ("delete", None)]
    [second, other] = run(command(2, "lena", "/punish 3.1"), command(3, "lena", "/punish 11.1"))
    assert second is not None and actions(second) == [("refuse", None)]
    assert second[0].actions[0].note == (
        "/punish: это сообщение уже наказано по правилу 3.1: санкция #1 (warning) от @modik; "
        "дважды за одно сообщение не наказываю")
    assert other is not None and (rules(other), actions(other)) == (
        ["11.1"], [("warning", None), ("delete", None)])
    assert _rows(db, SANCTIONS) == [(1, "troll", "warning", "3.1", "c1", "m1", "modik"),
                                    (2, "troll", "warning", "11.1", "c3", "m1", "lena")]
    assert _rows(db, "SELECT rule_id, event_id FROM offences ORDER BY id") == [
        ("3.1", "c1"), ("11.1", "c3")]


def test_the_same_written_rule_under_another_id_is_the_same_rule(chat: Chat) -> None:
    chat.say("spammer", "Заработок от 5000 рублей в день без вложений! Пиши в лс, обучу 💰💰")
    ad = chat.last.id
    out = chat.command("kaanizel", "/punish 6.1-review", reply_to=ad)
    assert actions(out) == [("refuse", None)]
    assert "правилу 6.1: санкция #1 (warn) от бота" in (out[0].actions[0].note or "")
    assert [s.rule_id for s in chat.engine.state.chat("klint").sanctions["spammer"]] == ["6.1"]


def test_another_rule_on_the_same_message_is_still_applied(chat: Chat) -> None:
    chat.say("troll", DOXX)
    out = chat.command("kaanizel", "/punish 3.1 и грубит", reply_to=chat.last.id)
    assert (rules(out), actions(out)) == (["3.1"], [("warning", None), ("delete", None)])
    assert [s.rule_id for s in chat.engine.state.chat("klint").sanctions["troll"]] == ["11.1", "3.1"]


def test_a_later_message_under_the_same_rule_climbs_the_ladder(chat: Chat) -> None:
    chat.say("troll", DOXX)
    chat.say("troll", "и ещё раз")
    out = chat.command("kaanizel", "/punish 11.1", reply_to=chat.last.id)
    assert actions(out) == [("warn", 14.0), ("delete", None)]


def test_the_refusal_is_in_english_for_an_english_policy() -> None:
    calimero = load_policy(ROOT / "policies" / "calimero.en.yaml")
    chat = Chat(Engine(calimero), datetime(2026, 11, 16, 10, 0, tzinfo=UTC), chat="cal")
    chat.send("role", "lena", role="moderator")
    out = chat.say("mallory", "Earn $500 a day from home, no investment! DM me now 💰💰")
    assert (rules(out), actions(out)) == (["spam"], [("delete", None), ("warning", None)])
    ad = chat.last.id
    out = chat.command("lena", "/punish spam-review", reply_to=ad)
    assert actions(out) == [("refuse", None)]
    assert out[0].actions[0].note == (
        "/punish: this message was already sanctioned under rule spam: sanction #1 (warning) "
        "by the bot; one message is not sanctioned twice")
    out = chat.command("lena", "/punish fraud", reply_to=ad)
    assert (rules(out), actions(out)) == (["fraud"], [("suspend", 30.0)])
    assert [s.rule_id for s in chat.engine.state.chat("cal").sanctions["mallory"]] == [
        "spam", "fraud"]
