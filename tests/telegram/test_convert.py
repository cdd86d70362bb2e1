"""Updates shaped as in Telegram's Bot API documentation → events of the contract."""

from __future__ import annotations

from typing import Any

from aiogram.types import Update

from chatwarden.adapters.telegram.convert import member_events, message_event, service_events, split_id
from tests.telegram.conftest import CHAT, OWNER, person

VASYA = person(201, "Вася", "vasya")
BASE = {"chat": CHAT, "date": 1790000000, "from": VASYA}


def message(**fields: Any) -> Any:
    update = Update.model_validate({"update_id": 1, "message": {"message_id": 7, **BASE, **fields}})
    assert update.message is not None
    return update.message


def test_media_kinds_captions_replies_forwards_and_bots() -> None:
    gif = message(animation={"file_id": "a", "file_unique_id": "b", "width": 1, "height": 1,
                             "duration": 1}, document={"file_id": "a", "file_unique_id": "b"},
                  caption="лол", media_group_id="1337", reply_to_message={"message_id": 5, **BASE})
    event = message_event(gif)
    assert (event.id, event.type, event.user, event.media, event.text) == (
        f"{CHAT['id']}:7", "message", "201", "gif", "лол")
    assert event.reply_to == f"{CHAT['id']}:5" and event.extra == {"media_group": "1337"}
    fwd = message_event(message(text="смотри", forward_origin={"type": "user", "date": 1,
                                                                "sender_user": OWNER},
                                via_bot={"id": 9, "is_bot": True, "first_name": "I",
                                         "username": "iris_bot"}))
    assert (fwd.forwarded_from, fwd.via_bot, fwd.media) == ("111", "iris_bot", None)
    link = message_event(message(text="жми", entities=[{"type": "text_link", "offset": 0, "length": 3,
                                                        "url": "https://free-nitro.example"}]))
    assert link.extra["links"] == ["https://free-nitro.example"]
    voice = message_event(message(voice={"file_id": "v", "file_unique_id": "w", "duration": 2}))
    assert voice.media == "voice"


def test_an_edit_is_its_own_event() -> None:
    msg = message(text="исправил", edit_date=1790000100)
    event = message_event(msg, kind="edit")
    assert event.id == f"{CHAT['id']}:7:e1790000100" and event.type == "edit"
    assert event.ts.timestamp() == 1790000100
    assert split_id(event.id) == (CHAT["id"], 7)


def test_service_messages_give_joins_with_the_inviter_and_leaves() -> None:
    a, b = person(301, "A"), person(302, "B")
    joins = service_events(message(new_chat_members=[a, b, {"id": 42, "is_bot": True,
                                                             "first_name": "me"}]), bot_id=42)
    assert [(e.type, e.user, e.invited_by, e.id) for e in joins] == [
        ("join", "301", "201", f"{CHAT['id']}:7:301"), ("join", "302", "201", f"{CHAT['id']}:7:302")]
    left = service_events(message(left_chat_member=a), bot_id=42)
    assert [(e.type, e.user) for e in left] == [("leave", "301")]


def chat_member(old: str, new: str, **fields: Any) -> Any:
    user = person(301, "A")
    raw = {"chat": CHAT, "from": fields.pop("by", user), "date": 1790000000,
           "old_chat_member": {"status": old, "user": user}, "new_chat_member": {"status": new,
                                                                                  "user": user, **fields}}
    if new == "administrator":
        raw["new_chat_member"] |= dict.fromkeys((
            "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
            "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
            "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
            "can_send_welcome_messages"), False)
    return Update.model_validate({"update_id": 55, "chat_member": raw}).chat_member


def test_member_updates_give_joins_leaves_and_roles() -> None:
    (join,) = member_events(chat_member("left", "member", by=OWNER), 55)
    assert (join.type, join.user, join.invited_by, join.id) == ("join", "301", "111", f"{CHAT['id']}:u55")
    assert join.extra == {"name": "A"}  # for the ban-evasion detector
    (leave,) = member_events(chat_member("member", "left"), 56)
    assert leave.type == "leave"
    (role,) = member_events(chat_member("member", "administrator"), 57)
    assert (role.type, role.role) == ("role", "admin")
    (kicked,) = member_events(chat_member("member", "kicked", until_date=0), 58)
    assert kicked.type == "leave"
