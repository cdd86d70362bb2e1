"""Decisions → Bot API calls, and the send limiter, without a network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chatwarden.adapters.telegram.limits import Limiter
from chatwarden.adapters.telegram.platform import TelegramPlatform
from chatwarden.delivery.port import Rights
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Decision
from chatwarden.policy.loader import load_policy

CHAT = "-1001234567890"


class Names:
    """The store's name lookup, without a database: every member is ``@<id>``."""

    def display(self, user_id: str) -> tuple[str | None, str]:
        return user_id, user_id


@pytest.fixture
def planner(policy_file: Any) -> TelegramPlatform:
    return TelegramPlatform(Texts(load_policy(policy_file)), Names())  # type: ignore[arg-type]


def decision(*actions: dict[str, Any], **fields: Any) -> Decision:
    return Decision.from_json({"event": f"{CHAT}:9", "chat": CHAT, "user": "201",
                               "ts": "2026-11-20T12:00:00+00:00", "rules": ["1.1-flood"],
                               "actions": list(actions), "citation": "", **fields})


def methods(steps: list) -> list[str]:
    return [s.method for s in steps]


def test_kick_is_ban_then_unban_and_the_notice_comes_last(planner: TelegramPlatform) -> None:
    steps = planner.plan(decision({"type": "kick", "sanction_id": 3},
                                  {"type": "delete", "message": f"{CHAT}:9"}), Rights(CHAT))
    assert methods(steps) == ["banChatMember", "unbanChatMember", "deleteMessage", "sendMessage"]
    assert steps[1].params == {"chat_id": int(CHAT), "user_id": 201, "only_if_banned": True}


def test_timed_ban_and_mute_carry_until_date(planner: TelegramPlatform) -> None:
    until = "2026-11-27T12:00:00+00:00"
    ban, _ = planner.plan(decision({"type": "ban", "until": until, "term_days": 7}), None)
    assert ban.params["until_date"] == 1795780800
    mute, notice = planner.plan(decision({"type": "mute", "until": until, "term_days": 7,
                                          "message": f"{CHAT}:9"}), None)
    assert mute.method == "restrictChatMember" and mute.params["until_date"] == 1795780800
    assert mute.params["permissions"]["can_send_messages"] is False
    assert mute.params["permissions"]["can_react_to_messages"] is False   # no answering by emoji
    assert notice.params["reply_parameters"]["message_id"] == 9
    assert "до 27.11.2026 15:00 MSK" in notice.params["text"]


def test_pardon_lifts_bans_and_mutes_on_telegram(planner: TelegramPlatform) -> None:
    steps = planner.plan(decision({"type": "pardon", "note": "#3 ban, #4 mute"}), None)
    assert methods(steps) == ["unbanChatMember", "restrictChatMember", "sendMessage"]
    assert steps[1].params["permissions"]["can_send_messages"] is True


def test_reviews_go_to_the_admin_chat_and_shadow_sends_only_there(planner: TelegramPlatform) -> None:
    review = decision({"type": "review", "note": "9.2"}, rules=["9.2"])
    assert planner.plan(review, Rights(CHAT)) == []  # nobody to tell yet
    (told,) = planner.plan(review, Rights(CHAT, "111", "Клинт"))
    assert told.params["chat_id"] == "111"
    planner.shadow, planner.admin_chat = True, "-100999"
    (shadow,) = planner.plan(decision({"type": "ban"}), Rights(CHAT, "111", "Клинт"))
    assert shadow.params["chat_id"] == "-100999" and shadow.params["text"].startswith("Теневой режим")


def test_limiter_keeps_every_minute_of_a_group_within_20_messages() -> None:
    now = [0.0]
    limiter = Limiter(per_second=30, per_chat_minute=20, clock=lambda: now[0])
    assert all(limiter.delay("-1") == 0 for _ in range(20))  # a burst of 20 goes at once
    assert limiter.delay("-1") == pytest.approx(60.0)  # the 21st: when the first leaves the minute
    assert limiter.delay("-2") == 0  # another group is not held back
    now[0] += 30.0
    assert limiter.delay("-1") == pytest.approx(30.0)  # no refill: 20 are still in the last minute
    now[0] += 30.0
    assert limiter.delay("-1") == 0


def test_a_flood_into_one_group_never_puts_more_than_20_in_any_minute() -> None:
    now = [0.0]
    limiter = Limiter(per_second=30, per_chat_minute=20, clock=lambda: now[0])
    sent = []
    for step in range(1200):  # a try every half second for ten minutes
        now[0] = step / 2
        if limiter.delay("-3") == 0:
            sent.append(now[0])
    assert len(sent) == 200  # 20 a minute: spread out, none dropped for good
    assert max(sum(t <= s < t + 60 for s in sent) for t in sent) == 20


def test_limiter_keeps_every_second_within_30_calls() -> None:
    now = [0.0]
    limiter = Limiter(per_second=30, per_chat_minute=20, clock=lambda: now[0])
    groups = [f"-{i}" for i in range(40)]
    assert sum(limiter.delay(g) == 0 for g in groups) == 30
    now[0] += 1.0
    assert sum(limiter.delay(g) == 0 for g in groups[30:]) == 10


def test_notices_speak_the_policy_language() -> None:
    policy = load_policy(Path(__file__).resolve().parents[2] / "policies" / "calimero.en.yaml")
    texts = Texts(policy)
    rule = policy.rules[0]
    notice = texts.notice(Decision.from_json({
        "event": "x", "chat": "-1", "user": "7", "ts": "2026-11-22T12:00:00+00:00",
        "rules": [rule.id], "actions": [{"type": "warn", "term_days": 14,
                                         "until": "2026-12-06T12:00:00+00:00", "sanction_id": 4}]}),
        "@bob")
    assert notice.startswith("⚠️ @bob: a warn, 14 days, until 06.12.2026 12:00 UTC")
    assert f"Rule {rule.cite}: {rule.title}" in notice and "/appeal 4" in notice


def test_suspend_is_a_mute_until_the_term_ends_with_a_notice(planner: TelegramPlatform) -> None:
    until = "2026-11-27T12:00:00+00:00"
    restrict, notice = planner.plan(decision({"type": "suspend", "term_days": 7, "until": until,
                                              "sanction_id": 5}), Rights(CHAT, "111"))
    assert restrict.method == "restrictChatMember" and restrict.params["until_date"] == 1795780800
    assert not any(restrict.params["permissions"].values())
    assert "аккаунт приостановлен в чате, 7 дн., до 27.11.2026 15:00 MSK" in notice.params["text"]


def test_suspend_room_makes_the_group_read_only_and_tells_the_owner_telegram_cannot(
        planner: TelegramPlatform) -> None:
    room = decision({"type": "suspend_room", "term_days": 3, "until": "2026-11-23T12:00:00+00:00"})
    keep, lock, reopen, notice, owner = planner.plan(room, Rights(CHAT, "111", "Клинт"))
    assert (keep.method, lock.method, reopen.method) == (
        "keepChatPermissions", "setChatPermissions", "reopenChatAt")
    assert lock.params["chat_id"] == int(CHAT) and not any(lock.params["permissions"].values())
    assert reopen.params == {"chat_id": int(CHAT), "at": "2026-11-23T12:00:00+00:00"}
    assert notice.params["chat_id"] == int(CHAT) and "чат приостановлен" in notice.params["text"]
    assert owner.params["chat_id"] == "111"
    assert "Telegram не умеет приостанавливать чат целиком" in owner.params["text"]
    assert "до 23.11.2026 15:00 MSK, потом открою сам" in owner.params["text"]


def test_a_referral_tells_the_owner_only(planner: TelegramPlatform) -> None:
    (owner,) = planner.plan(decision({"type": "refer_law_enforcement", "note": "bundle: x.json"}),
                            Rights(CHAT, "111", "Клинт"))
    assert owner.params["chat_id"] == "111" and "bundle: x.json" in owner.params["text"]
