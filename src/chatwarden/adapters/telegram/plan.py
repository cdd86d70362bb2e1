"""A decision → the Bot API calls that carry it out, in order. Pure, no I/O.

The plan is computed once per outbox row and stored (``tg_steps``), so a restart
resumes the same calls even if rights, names or flags changed meanwhile.
Order: restrictions and removals first (they stop harm), then deletion, then
the public notice, the reply to a refused moderator, and the admins' copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chatwarden.adapters.telegram.convert import split_id
from chatwarden.adapters.telegram.store import ChatInfo, Step
from chatwarden.adapters.telegram.texts import SANCTIONS, Texts

_PERMISSIONS = ("can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
                "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
                "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages")
"""What a mute takes away and a pardon gives back: every way to speak, reactions included
(a muted member could otherwise go on answering with emoji)."""
_LIFTED = re.compile(r"#(\d+) (\w+)")


def _epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp())


def send(chat: int | str, text: str, reply_to: int | None = None) -> Step:
    params: dict[str, Any] = {"chat_id": chat, "text": text, "parse_mode": "HTML",
                              "link_preview_options": {"is_disabled": True}}
    if reply_to is not None:
        params["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    return Step("sendMessage", params)


@dataclass(slots=True)
class Planner:
    texts: Texts
    who: Callable[[str], str]
    """user id → an HTML mention of the member."""
    shadow: bool = False
    admin_chat: str | None = None

    def plan(self, d: dict[str, Any], chat: ChatInfo | None) -> list[Step]:
        try:
            chat_id, user_id = int(d["chat"]), int(d["user"])
        except ValueError:
            return self._admins(d, chat)  # not a Telegram member: the admins decide
        platform = [s for a in d["actions"] for s in self._platform(a, chat_id, user_id)]
        public: list[Step] = []
        acts = d["actions"]
        if any(a["type"] in SANCTIONS for a in acts):
            reply = self._reply_to(acts, chat_id)
            public.append(send(chat_id, self.texts.notice(d, self.who(d["user"])), reply))
        for a in acts:
            where = split_id(d["event"])
            if a["type"] == "refuse" and a.get("note") and where is not None:
                public.append(send(where[0], a["note"], where[1]))
        told = any(a["type"] in ("review", "notify_owner") for a in acts)
        shadow = self.shadow or bool(chat and chat.missing)
        if shadow:
            return self._admins(d, chat, shadow=True) if platform or public or told else []
        return platform + public + (self._admins(d, chat) if told else [])

    def _admins(self, d: dict[str, Any], chat: ChatInfo | None, *, shadow: bool = False) -> list[Step]:
        """The decision told to the admin chat, or the owner in private; nobody known: nothing."""
        target = self.admin_chat or (chat.owner_id if chat else None)
        if target is None:
            return []
        title = (chat.title if chat else None) or d["chat"]
        text = self.texts.summary(d, self.who(d["user"]), title)
        if shadow:
            text = self.texts("shadow", chat=title) + "\n" + text
        return [send(target, text)]

    @staticmethod
    def _reply_to(acts: list[dict[str, Any]], chat_id: int) -> int | None:
        for a in acts:
            where = split_id(a["message"]) if a.get("message") else None
            if where is not None and where[0] == chat_id:
                return where[1]
        return None

    @staticmethod
    def _platform(a: dict[str, Any], chat: int, user: int) -> list[Step]:
        kind = a["type"]
        member = {"chat_id": chat, "user_id": user}
        if kind == "delete" and a.get("message"):
            where = split_id(a["message"])
            return [Step("deleteMessage", {"chat_id": where[0], "message_id": where[1]})] if where else []
        if kind == "mute":
            params = {**member, "permissions": dict.fromkeys(_PERMISSIONS, False),
                      "use_independent_chat_permissions": True}
            if a.get("until"):
                params["until_date"] = _epoch(a["until"])
            return [Step("restrictChatMember", params)]
        if kind == "ban":
            extra = {"until_date": _epoch(a["until"])} if a.get("until") else {}
            return [Step("banChatMember", {**member, **extra})]
        if kind == "kick":
            return [Step("banChatMember", member),
                    Step("unbanChatMember", {**member, "only_if_banned": True})]
        if kind == "pardon":
            lifted = {k for _, k in _LIFTED.findall(a.get("note") or "")}
            steps = []
            if lifted & {"ban", "kick"}:
                steps.append(Step("unbanChatMember", {**member, "only_if_banned": True}))
            if "mute" in lifted:
                steps.append(Step("restrictChatMember", {
                    **member, "permissions": dict.fromkeys(_PERMISSIONS, True),
                    "use_independent_chat_permissions": True}))
            return steps
        return []
