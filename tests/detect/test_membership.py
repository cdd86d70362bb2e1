"""Companions (9.1) and ban evasion: judged on real context windows."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from chatwarden.detect.companions import CompanionParams, Companions
from chatwarden.detect.context import ChatWindows, Context, Join, MemberFacts, remember, remember_join
from chatwarden.detect.evasion import BanEvasion, EvasionParams, Removed, name_key
from chatwarden.events import Event
from tests.detect.contract import TS


class Room:
    """A chat window fed in order, as the engine feeds it."""

    def __init__(self) -> None:
        self.windows = ChatWindows()
        self.now = TS
        self.n = 0

    def join(self, user: str, **fields: Any) -> Event:
        self.now += timedelta(minutes=1)
        event = Event(id=f"j{self.n}", type="join", chat="c", user=user, ts=self.now, **fields)
        self.n += 1
        remember_join(self.windows, Join(user, self.now, event.invite_link, event.invited_by,
                                         False))
        return event

    def say(self, user: str, text: str, reply_to: str | None = None) -> Event:
        self.now += timedelta(minutes=1)
        event = Event(id=f"m{self.n}", type="message", chat="c", user=user, ts=self.now,
                      text=text, reply_to=reply_to)
        self.n += 1
        remember(self.windows, event)
        return event

    def ctx(self, user: str) -> Context:
        return Context(self.windows, user, self.now, MemberFacts())


def _pair_room() -> Room:
    room = Room()
    room.say("old", "всем привет")
    room.join("anna", invite_link="t.me/+x")
    room.join("boris", invite_link="t.me/+x")
    return room


def test_companion_who_talks_only_to_the_friend_is_flagged() -> None:
    room = _pair_room()
    detector = Companions()
    last = None
    for i in range(5):
        b = room.say("boris", f"сообщение {i}")
        last = room.say("anna", f"ответ {i}", reply_to=b.id)
    (signal,) = detector.detect(last, room.ctx("anna"))  # type: ignore[arg-type]
    assert signal.flagged and signal.members == ("boris",) and signal.score == 1.0
    assert len(signal.evidence) == 5


def test_companion_who_talks_to_others_is_fine() -> None:
    room = _pair_room()
    last = None
    for i in range(5):
        b = room.say("boris", f"сообщение {i}")
        o = room.say("old", f"вопрос {i}")
        room.say("anna", f"ответ {i}", reply_to=b.id)
        last = room.say("anna", f"и тебе {i}", reply_to=o.id)
    (signal,) = Companions().detect(last, room.ctx("anna"))  # type: ignore[arg-type]
    assert not signal.flagged and signal.score == 0.25


def test_member_who_joined_alone_is_out_of_scope() -> None:
    room = Room()
    room.join("anna", invite_link="t.me/+x")
    room.join("boris", invite_link="t.me/+other")
    b = room.say("boris", "hi")
    room.say("anna", "@boris hi", reply_to=b.id)
    last = room.say("anna", "@boris how are you?")
    (signal,) = Companions(CompanionParams(min_interactions=2)).detect(last, room.ctx("anna"))
    assert (signal.flagged, signal.explanation) == (False, "joined alone")


def test_name_keys_undo_disguises() -> None:
    assert name_key("Vasya_Pupkin") == name_key("V.a.s.y.a Pupkin") == name_key("Vаsyа Pupkin")
    assert name_key("vasya") != name_key("petya")


def test_evasion_by_look_alike_name(tmp_path: Path) -> None:
    removed = Removed(user="u-old", names=("Troll Master",), first_messages=())
    detector = BanEvasion(EvasionParams(removed=(removed,)))
    room = Room()
    back = room.join("u-new", extra={"name": "Tr0ll_Mаster"})
    (signal,) = detector.detect(back, room.ctx("u-new"))
    assert signal.flagged and signal.members == ("u-old",)
    other = room.join("u-x", extra={"name": "Friendly Cat"})
    assert not detector.detect(other, room.ctx("u-x"))[0].flagged
    by_username = room.join("u-y", extra={"name": "Кот", "username": "troll_master_"})
    assert detector.detect(by_username, room.ctx("u-y"))[0].flagged


def test_evasion_by_same_first_messages_from_a_file(tmp_path: Path) -> None:
    file = tmp_path / "removed.jsonl"
    file.write_text(json.dumps({"user": "u-old", "names": ["X"],
                                "first_messages": ["всем ку, я тут новенький, кто админ?"]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    detector = BanEvasion(EvasionParams(removed_file=str(file)))
    room = Room()
    room.join("u-new")
    first = room.say("u-new", "Всем ку, я тут новенький, кто админ??")
    (signal,) = detector.detect(first, room.ctx("u-new"))
    assert signal.flagged and signal.members == ("u-old",)
    plain = room.say("u-new", "а где правила чата почитать?")
    assert not detector.detect(plain, room.ctx("u-new"))[0].flagged


def test_evasion_without_a_removed_list_says_so() -> None:
    room = Room()
    event = room.join("u")
    (signal,) = BanEvasion().detect(event, room.ctx("u"))
    assert not signal.flagged and "no removed members" in signal.explanation
