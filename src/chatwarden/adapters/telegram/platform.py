"""Telegram behind the delivery port: a decision → Bot API calls, one call made, a lost
answer checked, a group's rights read from what the adapter stored.

The plan is pure (no I/O) and stored before its first call. Order: restrictions
and removals first (they stop harm), then deletion, then the public notice, the
reply to a refused moderator, and the admins' copy. What each kind becomes:

* ``mute``/``suspend``: ``restrictChatMember`` without any right to speak (reactions
  included) until the term's end; ``ban``: ``banChatMember`` (``until_date`` for a
  term); ``kick``: ban then unban; ``delete``: ``deleteMessage``; ``pardon``: unban
  and/or restore the rights the lifted sanctions took;
* ``suspend_room``: Telegram has no such act. The admins are told so, and the group
  is made read-only for members (``setChatPermissions``) where the bot may restrict;
  for a term, its permissions are kept first and given back when the term ends
  (:meth:`TelegramPlatform.reopen`, from the clock);
* ``refer_law_enforcement``, ``review``, ``notify_owner``: the admins' copy (the
  referral bundle itself is the worker's own step, :mod:`chatwarden.delivery.evidence`);
* every kind with a notice key: one public notice in the group.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
)

from chatwarden.adapters.telegram.convert import split_id
from chatwarden.adapters.telegram.sender import Sender, describe, send, unanswered
from chatwarden.adapters.telegram.store import ChatInfo, TelegramStore
from chatwarden.delivery.port import Outcome, Result, Rights, Step
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Action, Decision
from chatwarden.policy.sanctions import NOTICED, TOLD

PERMISSIONS = ("can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
               "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
               "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages")
"""What a mute takes away and a pardon gives back: every way to speak, reactions included
(a muted member could otherwise go on answering with emoji)."""
SILENCES = frozenset({"mute", "suspend"})
"""Kinds carried out as a restriction without any right to speak, until the term's end."""
RESTRICT = "can_restrict_members"
FINAL = (TelegramBadRequest, TelegramForbiddenError, TelegramNotFound, TelegramMigrateToChat,
         TelegramEntityTooLarge)
CHECKED = frozenset({"banChatMember", "unbanChatMember", "restrictChatMember"})
KEEP = "keepChatPermissions"
"""Not a Bot API method: the group's permissions read (``getChat``) and kept to give back."""
REOPEN_AT = "reopenChatAt"
"""Not a Bot API method: when the kept permissions are given back."""
GONE = "message to delete not found"
_LIFTED = re.compile(r"#(\d+) (\w+)")


def _epoch(value: Any) -> int:
    """A time as Telegram takes and sends it (0 or absent: for good) in epoch seconds."""
    if isinstance(value, datetime):
        return max(0, int(value.timestamp()))
    return int(value or 0)


def _same_term(member: Any, params: dict[str, Any], now: float) -> bool:
    """Telegram keeps a term as asked, except that one over 366 days or under 30 seconds
    away is for good (``until_date`` 0)."""
    got, wanted = _epoch(getattr(member, "until_date", 0)), _epoch(params.get("until_date"))
    forever = wanted == 0 or not 30 <= wanted - now <= 366 * 86400
    return got == wanted or (got == 0 and forever)


def carried_out(step: Step, member: Any, now: float | None = None) -> bool:
    """Whether ``getChatMember``'s answer shows ``step`` already took effect."""
    now = time.time() if now is None else now
    status, params = member.status, step.params
    if step.method == "banChatMember":
        return status == "kicked" and _same_term(member, params, now)
    if step.method == "unbanChatMember":
        return status != "kicked"
    if step.method == "restrictChatMember":
        wanted = params["permissions"]
        if status != "restricted":  # a member without restrictions has every permission
            return status in ("member", "left") and all(wanted.values())
        return all(getattr(member, k, None) == v for k, v in wanted.items()) and \
            _same_term(member, params, now)
    return False


@dataclass(slots=True)
class TelegramPlatform:
    texts: Texts
    store: TelegramStore
    sender: Sender | None = None
    """None for planning alone (tests, a dry run)."""
    shadow: bool = False
    admin_chat: str | None = None
    name: str = "telegram"

    def who(self, user_id: str) -> str:
        """An HTML mention of the member (a link that works without a username)."""
        username, display = self.store.display(user_id)
        return mention(user_id, username, display)

    # -- planning -----------------------------------------------------------------------------

    def plan(self, d: Decision, rights: Rights | None) -> list[Step]:
        try:
            chat_id, user_id = int(d.chat), int(d.user)
        except ValueError:
            return self._admins(d, rights)  # not a Telegram member: the admins decide
        may_restrict = rights is None or RESTRICT not in rights.missing
        acts = [s for a in d.actions for s in self._act(a, chat_id, user_id, may_restrict)]
        public: list[Step] = []
        if any(a.type in NOTICED for a in d.actions):
            public.append(send(chat_id, self.texts.notice(d, self.who(d.user)),
                               self._reply_to(d.actions, chat_id)))
        where = split_id(d.event)
        for a in d.actions:
            if a.type == "refuse" and a.note and where is not None:
                public.append(send(where[0], a.note, where[1]))
        told = any(a.type in TOLD for a in d.actions)
        if self.shadow or (rights is not None and rights.missing):
            return self._admins(d, rights, shadow=True) if acts or public or told else []
        return acts + public + (self._admins(d, rights) if told else [])

    def _admins(self, d: Decision, rights: Rights | None, *, shadow: bool = False) -> list[Step]:
        """The decision told to the admin chat, or the owner in private; nobody known: nothing."""
        target = self.admin_chat or (rights.owner if rights else None)
        if target is None:
            return []
        title = (rights.title if rights else None) or d.chat
        lines = [self.texts.summary(d, self.who(d.user), title)]
        if shadow:
            lines.insert(0, self.texts("shadow", chat=title))
        elif room := next((a for a in d.actions if a.type == "suspend_room"), None):
            if rights is not None and RESTRICT in rights.missing:
                done = self.texts("room_manual", chat=title)
            elif room.until is not None:
                done = self.texts("room_until", chat=title, date=self.texts.when(room.until))
            else:
                done = self.texts("room_closed", chat=title)
            lines.append(self.texts("no_room_act", platform="Telegram", done=done))
        return [send(target, "\n".join(lines))]

    @staticmethod
    def _reply_to(acts: list[Action], chat_id: int) -> int | None:
        for a in acts:
            where = split_id(a.message) if a.message else None
            if where is not None and where[0] == chat_id:
                return where[1]
        return None

    @staticmethod
    def _act(a: Action, chat: int, user: int, may_restrict: bool) -> list[Step]:
        member = {"chat_id": chat, "user_id": user}
        if a.type == "delete" and a.message:
            where = split_id(a.message)
            return [Step("deleteMessage", {"chat_id": where[0], "message_id": where[1]})] if where else []
        if a.type in SILENCES:
            params = {**member, "permissions": dict.fromkeys(PERMISSIONS, False),
                      "use_independent_chat_permissions": True}
            if a.until:
                params["until_date"] = _epoch(a.until)
            return [Step("restrictChatMember", params)]
        if a.type == "ban":
            extra = {"until_date": _epoch(a.until)} if a.until else {}
            return [Step("banChatMember", {**member, **extra})]
        if a.type == "kick":
            return [Step("banChatMember", member),
                    Step("unbanChatMember", {**member, "only_if_banned": True})]
        if a.type == "suspend_room" and may_restrict:
            lock = Step("setChatPermissions", {"chat_id": chat,
                                               "permissions": dict.fromkeys(PERMISSIONS, False),
                                               "use_independent_chat_permissions": True})
            if a.until is None:
                return [lock]
            return [Step(KEEP, {"chat_id": chat}), lock,
                    Step(REOPEN_AT, {"chat_id": chat, "at": a.until.isoformat()})]
        if a.type == "pardon":
            lifted = {k for _, k in _LIFTED.findall(a.note or "")}
            steps = []
            if lifted & {"ban", "kick"}:
                steps.append(Step("unbanChatMember", {**member, "only_if_banned": True}))
            if lifted & SILENCES:
                steps.append(Step("restrictChatMember", {
                    **member, "permissions": dict.fromkeys(PERMISSIONS, True),
                    "use_independent_chat_permissions": True}))
            return steps
        return []

    # -- carrying out -------------------------------------------------------------------------

    async def perform(self, step: Step) -> Result:
        assert self.sender is not None, "a planning-only platform performs nothing"
        chat = str(step.params.get("chat_id"))
        if step.method == REOPEN_AT:
            self.store.reopen_at(chat, step.params["at"])
            return Result(Outcome.DONE)
        if step.method == KEEP and self.store.locked(chat) is not None:
            return Result(Outcome.DONE)  # locked already: what it was before the first lock stays
        try:
            answer = await self.sender.call(Step("getChat", step.params) if step.method == KEEP
                                            else step)
        except TelegramRetryAfter as exc:
            return Result(Outcome.RETRY, f"429 retry after {exc.retry_after}s", exc.retry_after)
        except FINAL as exc:
            if step.method == "deleteMessage" and GONE in exc.message:
                return Result(Outcome.DONE, exc.message)  # gone already: what was wanted
            return Result(Outcome.FINAL, exc.message)
        except Exception as exc:  # network or server trouble: the call must still happen
            return Result(Outcome.UNKNOWN if unanswered(exc) else Outcome.RETRY, describe(exc))
        if step.method == KEEP:
            permissions = getattr(answer, "permissions", None)
            self.store.keep(chat, permissions.model_dump(exclude_none=True) if permissions else {})
        return Result(Outcome.DONE)

    async def reopen(self, now: datetime) -> None:
        """Give groups whose suspension ended their kept permissions back (from the clock;
        a call that fails is tried again at the next tick)."""
        for chat, permissions in self.store.due(now):
            result = await self.perform(Step("setChatPermissions", {
                "chat_id": int(chat), "permissions": permissions or dict.fromkeys(PERMISSIONS, True),
                "use_independent_chat_permissions": True}))
            if result.outcome in (Outcome.DONE, Outcome.FINAL):
                self.store.reopened(chat)

    async def settled(self, step: Step) -> bool | None:
        """A lost message is not asked about (Telegram cannot tell): None. A ban, unban or
        restriction is checked with ``getChatMember``; the rest is simply made again (a
        deletion then answers "not found", which counts as done). Raises when Telegram
        cannot be asked now."""
        assert self.sender is not None, "a planning-only platform performs nothing"
        if step.method == "sendMessage":
            return None
        if step.method in CHECKED:
            params = step.params
            member = await self.sender.call(Step("getChatMember", {
                "chat_id": params["chat_id"], "user_id": params["user_id"]}))
            return carried_out(step, member)
        return False

    async def rights(self, chat: str) -> Rights:
        """The stored copy of what :mod:`.rights` read; a group never read is not known yet
        (its decisions wait), a private chat has no rights to read."""
        info = self.store.chat(chat)
        if info is None:
            if chat.startswith("-"):
                raise LookupError(f"the administrators of {chat} are not read yet")
            return Rights(chat)
        return as_rights(info)


def as_rights(info: ChatInfo) -> Rights:
    return Rights(info.chat_id, info.owner_id, info.title, list(info.missing))


def mention(user_id: str, username: str | None, name: str) -> str:
    link = f'<a href="tg://user?id={html.escape(user_id)}">{html.escape(name)}</a>'
    return link + (f" (@{html.escape(username)})" if username else "")
