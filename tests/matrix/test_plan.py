"""The Matrix plan and conversions, without a homeserver: what each decision becomes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from chatwarden.adapters.matrix import convert
from chatwarden.adapters.matrix.platform import MUTED, MatrixPlatform, rights_from
from chatwarden.delivery.port import Rights, Step
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Action, Decision
from chatwarden.policy.loader import load_policy
from chatwarden.policy.sanctions import KINDS

ROOT = Path(__file__).resolve().parents[2]
ROOM, OWNER, ALICE = "!room:hs.test", "@owner:hs.test", "@alice:hs.test"
TS = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
IDS = convert.Ids("hs.test")


def platform(**kw: Any) -> MatrixPlatform:
    texts = Texts(load_policy(ROOT / "policies" / "calimero.en.yaml"))
    return MatrixPlatform(None, IDS, None, texts, **kw)  # type: ignore[arg-type]


def decide(*actions: Action, event: str = "$spam") -> Decision:
    return Decision(event, ROOM, "alice", TS, ["spam"], list(actions), "spam. No Spam")


def calls(steps: list[Step]) -> list[str]:
    return [s.method for s in steps if s.method not in ("notice", "direct")]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_becomes_a_call_or_a_message(kind: str) -> None:
    until = TS + timedelta(days=7) if KINDS[kind].term else None
    action = Action(kind, 7.0 if until else None, until, "$spam" if kind == "delete" else None,
                    {"pardon": "#3 ban", "refuse": "use the template"}.get(kind))
    steps = platform().plan(decide(action), Rights(ROOM, OWNER, "Room"))
    assert steps and all(s.params["room" if s.method != "direct" else "user"] for s in steps)


def test_a_timed_suspension_mutes_by_power_level_and_lifts_at_term_end() -> None:
    until = TS + timedelta(days=7)
    steps = platform().plan(decide(Action("suspend", 7.0, until, "$spam")), Rights(ROOM, OWNER))
    assert steps[0] == Step("power", {"room": ROOM, "user": ALICE, "level": MUTED,
                                      "txn": steps[0].params["txn"]})
    assert steps[1].method == "lift_at" and steps[1].params["due"] == until.isoformat()
    assert steps[2].method == "notice" and steps[2].params["reply_to"] == "$spam"
    assert "account suspended" in steps[2].params["html"]


def test_an_edit_is_redacted_with_its_original() -> None:
    steps = platform().plan(decide(Action("delete", message="$orig~$edit"), event="$orig~$edit"),
                            Rights(ROOM, OWNER))
    assert [(s.method, s.params.get("event")) for s in steps] == [
        ("redact", "$orig"), ("redact", "$edit"), ("notice", None)]


def test_a_ban_goes_on_the_policy_list_and_a_pardon_takes_it_off() -> None:
    mx = platform(policy_list="!list:hs.test")
    ban = mx.plan(decide(Action("ban", sanction_id=3)), Rights(ROOM, OWNER))
    assert calls(ban) == ["ban", "policy_rule"]
    assert ban[1].params["entity"] == ALICE and ban[1].params["reason"].startswith("spam")
    pardon = mx.plan(decide(Action("pardon", note="#3 ban, #4 suspend")), Rights(ROOM, OWNER))
    assert calls(pardon) == ["unban", "policy_rule", "power_reset"]
    assert pardon[1].params["remove"] is True


def test_review_goes_to_the_owner_and_shadow_only_tells() -> None:
    mx = platform()
    review = mx.plan(decide(Action("review")), Rights(ROOM, OWNER, "Room"))
    assert [(s.method, s.params.get("user")) for s in review] == [("direct", OWNER)]
    shadow = mx.plan(decide(Action("delete", message="$spam"), Action("warning")),
                     Rights(ROOM, OWNER, "Room", missing=["redact"]))
    assert [s.method for s in shadow] == ["direct"] and "Shadow mode" in shadow[0].params["html"]
    told = platform(admin_room="!admins:hs.test").plan(decide(Action("refer_law_enforcement")),
                                                      Rights(ROOM, OWNER))
    assert [(s.method, s.params["room"]) for s in told] == [("notice", "!admins:hs.test")]


def test_transaction_ids_are_the_same_on_every_plan() -> None:
    d = decide(Action("delete", message="$spam"), Action("warning"))
    first, again = platform().plan(d, Rights(ROOM, OWNER)), platform().plan(d, Rights(ROOM, OWNER))
    assert [s.params["txn"] for s in first] == [s.params["txn"] for s in again]
    assert len({s.params["txn"] for s in first}) == len(first)


def test_rights_come_from_power_levels() -> None:
    levels = {"users": {"@bot:hs.test": 50}, "ban": 50, "kick": 50, "redact": 50,
              "events": {"m.room.power_levels": 100}}
    rights = rights_from(ROOM, levels, {}, "Room", "@bot:hs.test", OWNER)
    assert rights.missing == ["power_levels"] and rights.owner == OWNER
    levels["users"] |= {ALICE: 90, OWNER: 20}
    assert rights_from(ROOM, levels, {}, "Room", "@bot:hs.test").owner == ALICE   # no creator


@pytest.mark.parametrize(("levels", "role"), [({}, "member"), ({ALICE: 50}, "moderator"),
                                               ({ALICE: 100}, "admin"), ({ALICE: -1}, "member")])
def test_roles_from_power_levels(levels: dict[str, int], role: str) -> None:
    assert convert.role_of({"users": levels}, ALICE, {OWNER}) == role
    assert convert.role_of({"users": levels}, OWNER, {OWNER}) == "owner"


def test_a_message_keeps_its_own_time_and_names_members_by_key() -> None:
    event = {"event_id": "$e", "sender": "@mod:hs.test", "origin_server_ts": 1_700_000_000_000,
             "type": "m.room.message",
             "content": {"msgtype": "m.text", "body": "> <@a:hs.test> hi\n\n!warn Alice 1w",
                         "formatted_body": '<mx-reply>..</mx-reply>!warn '
                                           '<a href="https://matrix.to/#/@alice:hs.test">Alice</a> 1w',
                         "m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}}}
    found = convert.message_event(IDS, ROOM, event)
    assert found is not None
    assert (found.user, found.text, found.reply_to) == ("mod", "!warn @alice 1w", "$x")
    assert found.ts == datetime.fromtimestamp(1_700_000_000, UTC)


def test_an_edit_and_a_membership_change() -> None:
    edit = {"event_id": "$new", "sender": "@bob:other.org", "origin_server_ts": 0,
            "type": "m.room.message",
            "content": {"body": "* fixed", "m.new_content": {"msgtype": "m.text", "body": "fixed"},
                        "m.relates_to": {"rel_type": "m.replace", "event_id": "$old"}}}
    found = convert.message_event(IDS, ROOM, edit)
    assert found is not None and (found.id, found.type, found.user, found.text) == \
        ("$old~$new", "edit", "bob:other.org", "fixed")
    join = {"event_id": "$j", "state_key": ALICE, "sender": ALICE, "origin_server_ts": 0,
            "content": {"membership": "join", "displayname": "Alice"},
            "unsigned": {"prev_content": {"membership": "invite"}}}
    rename = {**join, "unsigned": {"prev_content": {"membership": "join"}}}
    assert convert.member_event(IDS, ROOM, join).type == "join"  # type: ignore[union-attr]
    assert convert.member_event(IDS, ROOM, rename) is None
