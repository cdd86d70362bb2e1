"""What ``getChatMember`` must show for a call whose answer was lost to count as done."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.types import ChatMember
from pydantic import TypeAdapter

from chatwarden.adapters.telegram.platform import carried_out
from chatwarden.delivery.port import Step
from tests.telegram.fake_api import PERMISSIONS

NOW = 1_800_000_000
WEEK = NOW + 7 * 86400
USER = {"id": 7, "is_bot": False, "first_name": "x"}
MEMBER = {"chat_id": -100, "user_id": 7}
MUTE = {k: False for k in PERMISSIONS[:10]}


def member(status: str, **extra: Any) -> Any:
    return TypeAdapter(ChatMember).validate_python({"status": status, "user": USER, **extra})


def restricted(can: bool, until: int) -> Any:
    flags = dict.fromkeys(PERMISSIONS, True) | dict.fromkeys(MUTE, can)
    return member("restricted", is_member=True, until_date=until, **flags)


@pytest.mark.parametrize(("step", "state", "done"), [
    (Step("banChatMember", MEMBER), member("kicked", until_date=0), True),
    (Step("banChatMember", MEMBER), member("member"), False),
    (Step("banChatMember", {**MEMBER, "until_date": WEEK}), member("kicked", until_date=0), False),
    (Step("banChatMember", {**MEMBER, "until_date": NOW + 400 * 86400}),
     member("kicked", until_date=0), True),  # over 366 days: Telegram bans for good
    (Step("banChatMember", {**MEMBER, "until_date": WEEK}),
     member("kicked", until_date=WEEK), True),
    (Step("unbanChatMember", {**MEMBER, "only_if_banned": True}), member("left"), True),
    (Step("unbanChatMember", {**MEMBER, "only_if_banned": True}), member("kicked", until_date=0), False),
    (Step("restrictChatMember", {**MEMBER, "permissions": MUTE, "until_date": WEEK}),
     restricted(False, WEEK), True),
    (Step("restrictChatMember", {**MEMBER, "permissions": MUTE, "until_date": WEEK}),
     member("member"), False),
    (Step("restrictChatMember", {**MEMBER, "permissions": MUTE, "until_date": WEEK}),
     restricted(False, 1800000000), False),  # an older mute with another term
    (Step("restrictChatMember", {**MEMBER, "permissions": dict.fromkeys(MUTE, True)}),
     member("member"), True),  # a pardon: no restriction left
    (Step("restrictChatMember", {**MEMBER, "permissions": dict.fromkeys(MUTE, True)}),
     restricted(False, WEEK), False),
])
def test_a_lost_call_counts_as_done_only_when_the_member_shows_it(step: Step, state: Any,
                                                                  done: bool) -> None:
    assert carried_out(step, state, NOW) is done
