"""The Matrix side of the delivery port: a decision → homeserver calls, and the calls.

What each kind does on Matrix (``tests/matrix/test_plan.py`` plans every kind of
:data:`chatwarden.policy.sanctions.KINDS`): a deletion is a redaction
(of an edit's original too); a mute or suspension sets the member's power level
to -1, below ``events_default`` 0, so they can read but not speak, and a timed
one is lifted by the bot at term end (Matrix has no timed power level); kick,
ban and unban are the room's own; a ban is written as an ``m.policy.rule.user``
(recommendation ``m.ban``) into the policy-list room, if one is set, so every
room the bot serves shares it; a room suspension raises ``events_default`` to the
moderators' level; a referral to law enforcement, a review and the owner's
notice go to the admin room, or to the room's owner in a direct message.

The plan is pure and stored before anything runs (the shared outbox worker,
:mod:`chatwarden.delivery.outbox`, stores and drives it). Each message carries a
transaction id derived from the decision, so a repeat after a lost answer is
deduplicated by the homeserver, and :meth:`MatrixPlatform.settled` looks for the
transaction id among the room's recent events before sending again.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from aiohttp import ClientConnectorError
from mautrix.api import Method, Path
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError
from mautrix.types import EventType, RoomID, StateEventContent, UserID

from chatwarden.adapters.matrix import convert
from chatwarden.adapters.matrix.store import DIRECT, MatrixStore
from chatwarden.delivery.port import Outcome, Result, Rights, Step
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Action, Decision
from chatwarden.policy.sanctions import NOTICED, TOLD

log = logging.getLogger("chatwarden.matrix")
MUTED = -1
"""A muted member's power level: below ``events_default`` 0, so they cannot speak."""
RULE = "m.policy.rule.user"
MEMBER_RIGHTS = {"redact": "redact", "kick": "kick", "ban": "ban"}
_LIFTED = re.compile(r"#(\d+) (\w+)")
_TAG = re.compile(r"<[^>]+>")


def txn(d: Decision, seq: int) -> str:
    """The transaction id of a decision's ``seq``-th call: the same on every try, and
    another for another decision about the same event and member."""
    seed = json.dumps([d.event, d.user, d.rules, [a.to_json() for a in d.actions], seq])
    return "cw" + hashlib.sha256(seed.encode()).hexdigest()[:24]


def mention(uid: str) -> str:
    return f'<a href="https://matrix.to/#/{html.escape(uid)}">{html.escape(uid)}</a>'


def plain(formatted: str) -> str:
    return html.unescape(_TAG.sub("", formatted))


def _raw(content: dict[str, Any]) -> StateEventContent:
    """State content as JSON: mautrix sends a dict as it is (its types name only the
    state events it models; a policy-list rule is not one, and power levels are read and
    written back whole, unknown keys included)."""
    return cast(StateEventContent, content)


class MatrixPlatform:
    """Implements :class:`chatwarden.delivery.port.Platform` for Matrix."""

    name = "matrix"

    def __init__(self, client: ClientAPI, ids: convert.Ids, store: MatrixStore, texts: Texts, *,
                 shadow: bool = False, admin_room: str | None = None,
                 policy_list: str | None = None, known: dict[str, Rights] | None = None) -> None:
        self.client, self.ids, self.store, self.texts = client, ids, store, texts
        self.known = known if known is not None else {}
        """Rights as the sync last read them from the room's state (kept current by it)."""
        self.shadow, self.admin_room, self.policy_list = shadow, admin_room, policy_list

    # -- the plan (pure) ----------------------------------------------------------------------

    def plan(self, d: Decision, rights: Rights | None) -> list[Step]:
        room, user = d.chat, self.ids.mxid(d.user)
        steps = [s for a in d.actions for s in self._member_calls(a, d, room, user)]
        public: list[Step] = []
        if any(a.type in NOTICED for a in d.actions):
            public.append(Step("notice", {"room": room, "html": self.texts.notice(d, mention(user)),
                                          "reply_to": self._reply_to(d.actions)}))
        for a in d.actions:
            if a.type == "refuse" and a.note:
                where, event = convert.origin(d.event, room)
                public.append(Step("notice", {"room": where, "html": html.escape(a.note),
                                              "reply_to": event}))
        told = any(a.type in TOLD for a in d.actions)
        if self.shadow or (rights is not None and rights.missing):
            out = self._admins(d, rights, shadow=True) if steps or public or told else []
        else:
            out = steps + public + (self._admins(d, rights) if told else [])
        return [Step(s.method, {**s.params, "txn": txn(d, i)}) for i, s in enumerate(out)]

    @staticmethod
    def _reply_to(acts: list[Action]) -> str | None:
        for a in acts:
            if a.message and not a.message.startswith("report:"):
                return convert.redactable(a.message)[-1]
        return None

    def _admins(self, d: Decision, rights: Rights | None, *, shadow: bool = False) -> list[Step]:
        """The decision told to the admin room, or to the room's owner in a direct message."""
        title = (rights.title if rights else None) or d.chat
        text = self.texts.summary(d, mention(self.ids.mxid(d.user)), title)
        if shadow:
            text = html.escape(self.texts("shadow", chat=title)) + "\n" + text
        text = text.replace("\n", "<br>")
        if self.admin_room:
            return [Step("notice", {"room": self.admin_room, "html": text})]
        owner = rights.owner if rights else None
        return [Step("direct", {"user": owner, "html": text})] if owner else []

    def _member_calls(self, a: Action, d: Decision, room: str, user: str) -> list[Step]:
        member = {"room": room, "user": user}
        reason = self._reason(d)
        until = a.until.isoformat() if a.until else None
        if a.type == "delete" and a.message and not a.message.startswith("report:"):
            return [Step("redact", {"room": room, "event": e, "reason": reason})
                    for e in convert.redactable(a.message)]
        if a.type in ("mute", "suspend"):
            steps = [Step("power", {**member, "level": MUTED})]
            if until:
                steps.append(Step("lift_at", {**member, "kind": "mute", "due": until}))
            return steps
        if a.type == "ban":
            steps = [Step("ban", {**member, "reason": reason})]
            if until:
                steps.append(Step("lift_at", {**member, "kind": "ban", "due": until}))
            elif self.policy_list:
                steps.append(Step("policy_rule", {"room": self.policy_list, "entity": user,
                                                  "reason": reason}))
            return steps
        if a.type == "kick":
            return [Step("kick", {**member, "reason": reason})]
        if a.type == "suspend_room":
            steps = [Step("room_default", {"room": room, "level": convert.MODERATOR_LEVEL})]
            if until:
                steps.append(Step("lift_at", {"room": room, "user": "", "kind": "room", "due": until}))
            return steps
        if a.type == "pardon":
            lifted = {k for _, k in _LIFTED.findall(a.note or "")}
            steps = []
            if lifted & {"ban", "kick"}:
                steps.append(Step("unban", member))
                if self.policy_list:
                    steps.append(Step("policy_rule", {"room": self.policy_list, "entity": user,
                                                      "reason": "", "remove": True}))
            if lifted & {"mute", "suspend"}:
                steps.append(Step("power_reset", member))
            return steps
        return []

    @staticmethod
    def _reason(d: Decision) -> str:
        """Rule ids and the first line of the citation: what a policy-list reader sees."""
        first = d.citation.strip().splitlines()
        return "; ".join(filter(None, [", ".join(d.rules), first[0] if first else "",
                                       d.explanation]))[:500]

    # -- calls --------------------------------------------------------------------------------

    async def perform(self, step: Step) -> Result:
        try:
            await self._call(step)
        except MatrixRequestError as exc:
            return self._refused(exc)
        except MatrixConnectionError as exc:
            never_sent = isinstance(exc.__cause__, ClientConnectorError)
            return Result(Outcome.RETRY if never_sent else Outcome.UNKNOWN, str(exc)[:300], 1.0)
        except TimeoutError as exc:
            return Result(Outcome.UNKNOWN, f"timeout {exc}", 1.0)
        return Result(Outcome.DONE)

    @staticmethod
    def _refused(exc: MatrixRequestError) -> Result:
        if exc.http_status == 429:
            return Result(Outcome.RETRY, str(exc)[:300], 1.0)
        if exc.http_status >= 500 or exc.http_status == 0:
            return Result(Outcome.RETRY, str(exc)[:300], 2.0)
        return Result(Outcome.FINAL, f"{exc.errcode or exc.http_status}: {exc.message}"[:300])

    async def _call(self, step: Step) -> None:
        p, c = step.params, self.client
        match step.method:
            case "redact":
                await c.api.request(Method.PUT, Path.v3.rooms[p["room"]].redact[p["event"]][p["txn"]],
                                    {"reason": p["reason"]} if p.get("reason") else {})
            case "power":
                await self._levels(p["room"], lambda lv: lv.setdefault("users", {}).__setitem__(
                    p["user"], p["level"]))
            case "power_reset":
                await self._levels(p["room"], lambda lv: _unmute(lv, p["user"]))
                self.store.cancel_lift(p["room"], p["user"], "mute")
            case "room_default":
                await self._levels(p["room"], lambda lv: lv.__setitem__("events_default", p["level"]))
            case "kick":
                await c.kick_user(p["room"], p["user"], p.get("reason") or "")
            case "ban":
                await c.ban_user(p["room"], p["user"], p.get("reason") or "")
            case "unban":
                if await self._membership(p["room"], p["user"]) == "ban":
                    await c.unban_user(p["room"], p["user"])
                self.store.cancel_lift(p["room"], p["user"], "ban")
            case "lift_at":
                self.store.schedule_lift(p["room"], p["user"], p["kind"], _utc(p["due"]))
            case "policy_rule":
                content = {} if p.get("remove") else {
                    "entity": p["entity"], "recommendation": "m.ban", "reason": p["reason"]}
                await c.send_state_event(RoomID(p["room"]), EventType.find(RULE, EventType.Class.STATE),
                                         _raw(content), state_key=f"rule:{p['entity']}")
            case "notice":
                await self.say(p["room"], p["html"], p["txn"], p.get("reply_to"))
            case "direct":
                await self.say(await self._direct_room(p["user"]), p["html"], p["txn"])
            case _:
                raise ValueError(f"unknown step {step.method}")

    async def say(self, room: str, formatted: str, txn_id: str, reply_to: str | None = None) -> None:
        """An ``m.notice`` (HTML with a plain body); ``txn_id`` makes a repeat a no-op."""
        content: dict[str, Any] = {"msgtype": "m.notice", "body": plain(formatted.replace("<br>", "\n")),
                                   "format": "org.matrix.custom.html", "formatted_body": formatted}
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        await self.client.api.request(
            Method.PUT, Path.v3.rooms[room].send["m.room.message"][txn_id], content)

    async def _direct_room(self, user: str) -> str:
        """The bot's direct room with ``user``, created once and remembered."""
        stored = self.store.get(f"direct:{user}")
        if stored:
            return stored
        room = await self.client.create_room(invitees=[UserID(user)], is_direct=True)
        self.store.put(f"direct:{user}", room)
        self.store.put(f"{DIRECT}{room}", user)
        return str(room)

    async def state(self, room: str, kind: str, state_key: str = "") -> dict[str, Any] | None:
        try:
            answer = await self.client.api.request(
                Method.GET, Path.v3.rooms[room].state[kind][state_key])
        except MatrixRequestError as exc:
            if exc.http_status == 404:
                return None
            raise
        return dict(answer) if isinstance(answer, dict) else None

    async def _levels(self, room: str, change: Callable[[dict[str, Any]], object]) -> None:
        """Read, change and write the room's power levels (one lane per room: no race with
        the bot's own calls)."""
        levels = await self.state(room, "m.room.power_levels") or {}
        change(levels)
        await self.client.send_state_event(RoomID(room), EventType.ROOM_POWER_LEVELS, _raw(levels))

    async def _membership(self, room: str, user: str) -> str:
        member = await self.state(room, "m.room.member", user)
        return str(member.get("membership", "leave")) if member else "leave"

    async def settled(self, step: Step) -> bool | None:
        """Whether a call whose answer was lost took effect, read back from the room."""
        p = step.params
        try:
            match step.method:
                case "redact":
                    event = await self.client.api.request(
                        Method.GET, Path.v3.rooms[p["room"]].event[p["event"]])
                    return not event.get("content") or "redacted_because" in event.get("unsigned", {})
                case "power" | "power_reset" | "room_default":
                    levels = await self.state(p["room"], "m.room.power_levels") or {}
                    users = levels.get("users") or {}
                    if step.method == "power":
                        return users.get(p["user"]) == p["level"]
                    if step.method == "power_reset":
                        return int(users.get(p["user"], 0)) >= 0
                    return levels.get("events_default") == p["level"]
                case "kick":
                    return await self._membership(p["room"], p["user"]) != "join"
                case "ban":
                    return await self._membership(p["room"], p["user"]) == "ban"
                case "unban":
                    return await self._membership(p["room"], p["user"]) != "ban"
                case "notice":
                    return await self._sent(p["room"], p["txn"])
                case _:
                    return False   # local or idempotent by key: simply done again
        except (MatrixRequestError, MatrixConnectionError, TimeoutError):
            return None

    async def _sent(self, room: str, txn_id: str) -> bool:
        """Whether the bot's recent events in ``room`` include one sent with ``txn_id``
        (the homeserver tells the sender its own transaction ids)."""
        answer = await self.client.api.request(
            Method.GET, Path.v3.rooms[room].messages, query_params={"dir": "b", "limit": "100"})
        return any((e.get("unsigned") or {}).get("transaction_id") == txn_id
                   for e in answer.get("chunk", []) if e.get("sender") == self.client.mxid)

    # -- rights -------------------------------------------------------------------------------

    async def rights(self, chat: str) -> Rights:
        """The bot's power against what redactions, kicks, bans and power levels need: as
        the sync keeps it, or read from the room when the bot has not seen it yet."""
        if chat in self.known:
            return self.known[chat]
        try:
            levels = await self.state(chat, "m.room.power_levels") or {}
            create = await self.state(chat, "m.room.create") or {}
            name = await self.state(chat, "m.room.name") or {}
        except (MatrixRequestError, MatrixConnectionError, TimeoutError) as exc:
            raise LookupError(f"{chat}: {exc}") from exc
        return rights_from(chat, levels, create, name.get("name"), str(self.client.mxid))


def rights_from(room: str, levels: dict[str, Any], create_content: dict[str, Any],
                title: str | None, bot: str, creator: str | None = None) -> Rights:
    owners = convert.creators({"sender": creator or "", "content": create_content})
    mine = convert.level(levels, bot, owners)
    needed = {right: int(levels.get(field, 50)) for right, field in MEMBER_RIGHTS.items()}
    events = levels.get("events") or {}
    needed["power_levels"] = int(events.get("m.room.power_levels", levels.get("state_default", 50)))
    missing = sorted(right for right, need in needed.items() if mine < need)
    # the owner: a creator, else whoever holds the highest power level (the bot aside)
    ranked = sorted(((int(lvl), user) for user, lvl in (levels.get("users") or {}).items()
                     if user != bot), reverse=True)
    owner = min(owners - {bot}, default=None) or (ranked[0][1] if ranked else None)
    return Rights(room, owner, title, missing)


def _utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def _unmute(levels: dict[str, Any], user: str) -> None:
    """Back to the room's default level, unless someone set another level meanwhile."""
    users = levels.get("users") or {}
    if int(users.get(user, 0)) < 0:
        users.pop(user)
