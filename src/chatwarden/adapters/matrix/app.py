"""Wiring and the sync loop: room events in, decisions committed, the outbox drained.

Each ``/sync`` answer is handled to the end (every event decided and committed,
one at a time, in the room's order) before its ``next_batch`` token is stored,
so after ``kill -9`` the next start asks for what was not finished and the
runtime skips what was (event ids). Judging runs off the event loop
(``asyncio.to_thread``), one event at a time, so a slow model never stalls the
sync, the outbox or the clock.

Roles come from power levels (creator: owner, 100: admin, 50: moderator), read
at start and whenever ``m.room.power_levels`` changes. Reports reach the bot two
ways: ``!report <reason>`` in reply to a message, and, when the bot is a server
admin, the homeserver's event reports (``POST /rooms/{room}/report/{event}``),
read through ``/_synapse/admin/v1/event_reports``. Both become complaints in the
policy's template. The policy list (``m.policy.rule.user`` state in one room)
is read at start and on every change: a member it bans is banned on joining
any room the bot serves, by a ``!ban`` the bot itself issues, so the ledger
records it like any ban. A direct room with the bot is a private channel, not a
room to moderate: ``/appeal`` and complaints written there count for the group
the member was last active in.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import hashlib
import html
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path as FilePath
from typing import Any

from aiohttp import ClientSession, ClientTimeout
from mautrix.api import HTTPAPI, Method, Path
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError, MUnknownToken
from mautrix.types import UserID

from chatwarden.adapters.matrix import convert
from chatwarden.adapters.matrix.platform import RULE, MatrixPlatform, rights_from
from chatwarden.adapters.matrix.store import DIRECT, MatrixStore
from chatwarden.adapters.telegram.redact import Redactor
from chatwarden.delivery.evidence import Keeper
from chatwarden.delivery.outbox import Worker
from chatwarden.delivery.port import Outcome, Rights, Step
from chatwarden.delivery.store import Outbox
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Decision
from chatwarden.engine.state import ChatState
from chatwarden.errors import InputError
from chatwarden.events import Event, checked
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger("chatwarden.matrix")
GAP_PAGE = 500
"""Events per page when a backlog larger than one sync is read back."""


def sync_filter(timeline: int) -> str:
    """Room events only; a long timeline so a backlog usually arrives whole, not as a gap."""
    return json.dumps({"room": {"timeline": {"limit": timeline},
                                "state": {"lazy_load_members": False},
                                "ephemeral": {"types": []}, "account_data": {"types": []}},
                       "presence": {"types": []}, "account_data": {"types": []}})
BANS = ("m.ban", "org.matrix.mjolnir.ban")
RULES = (RULE, "org.matrix.mjolnir.rule.user")
"""User rules of a policy list, in the spec's type and the older one Mjolnir still reads."""
REPORTS = "/_synapse/admin/v1/event_reports"
SINCE, REPORTED, STARTED = "since", "reports_read", "started"


@dataclass
class Options:
    homeserver: str
    user: str
    token: str
    shadow: bool = False
    admin_room: str | None = None
    policy_list: str | None = None
    sync_timeout: float = 30.0
    """Seconds a ``/sync`` long poll waits for news."""
    tick: float = 30.0
    """Seconds between checks of scheduled jobs and lifts due by the clock."""
    timeline: int = 1000
    """Events per room in one sync; more after downtime are read back page by page."""
    referrals: FilePath | None = None
    """Where referral bundles and preserved evidence go (None: not written)."""
    warm: bool = True
    """Load the models on a thread at start (:meth:`Runtime.warm_soon`), not at first need."""


class MatrixApp:
    def __init__(self, policy: Policy, ledger: Ledger, options: Options) -> None:
        self.policy, self.options = policy, options
        self.ledger = ledger
        self.runtime = Runtime(policy, ledger, batch=1, outbox=True)
        self.store = MatrixStore(ledger.engine)
        self.ids = convert.Ids(options.user.partition(":")[2])
        self.texts = Texts(policy)
        self.rooms: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
        self.known: dict[str, Rights] = {}
        self.bans: dict[tuple[str, str], tuple[str, str]] = {}
        """The policy list's ban rules: (event type, state key) → (entity, a glob as Mjolnir
        writes them; reason)."""
        self.reports = True
        self.direct: set[str] = set()
        """Direct rooms with members: complaints and appeals come there."""
        self.before: set[str] = set()
        self.started = 0
        """A new ledger starts "now": in the rooms the bot was already in, events older than
        its first start (ms) are not judged (a homeserver may even answer a first sync from
        its cache, minutes old)."""
        self._lock = asyncio.Lock()

    # -- start and loop -----------------------------------------------------------------------

    async def run(self) -> None:
        if self.options.warm:  # the models load while the bot logs in and syncs
            self.runtime.warm_soon()
        timeout = ClientTimeout(total=self.options.sync_timeout + 30)
        async with ClientSession(timeout=timeout) as session:
            api = HTTPAPI(self.options.homeserver, self.options.token, client_session=session,
                          default_retry_count=0)
            self.client = ClientAPI(UserID(self.options.user), api=api)
            self.platform = MatrixPlatform(
                self.client, self.ids, self.store, self.texts, shadow=self.options.shadow,
                admin_room=self.options.admin_room, policy_list=self.options.policy_list,
                known=self.known)
            keeper = Keeper(self.policy, self.ledger, self.options.referrals) \
                if self.options.referrals is not None else None
            self.worker = Worker(Outbox(self.ledger.engine, self.platform.name,
                                        Redactor([self.options.token])), self.platform, keeper)
            me = await self._retry(self.client.whoami)
            log.info("running as %s%s", me.user_id, ", shadow" if self.options.shadow else "")
            self.direct = self.store.direct_rooms()
            rooms = [str(room) for room in await self._retry(self.client.get_joined_rooms)]
            if self.store.get(SINCE) is None:
                self.started = int(self.store.get(STARTED) or time.time() * 1000)
                self.store.put(STARTED, str(self.started))
                self.before = set(rooms)
            for room in rooms:
                await self._load(room)
            tasks = [asyncio.create_task(self.worker.run(), name="outbox"),
                     asyncio.create_task(self._clock(), name="clock")]
            try:
                await self._sync()
            finally:
                for task in tasks:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    async def _retry(self, call: Any, *args: Any, **kw: Any) -> Any:
        """A call the bot cannot go on without: retried until the homeserver answers
        (a token it does not know is final)."""
        delay = 1.0
        while True:
            try:
                return await call(*args, **kw)
            except MUnknownToken:
                raise
            except (MatrixRequestError, MatrixConnectionError, TimeoutError) as exc:
                log.warning("homeserver unreachable (%s), retry in %.0fs", str(exc)[:200], delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60)

    async def _sync(self) -> None:
        since = self.store.get(SINCE)
        while True:
            answer = await self._retry(self.client.sync, since=since,
                                       timeout=int(self.options.sync_timeout * 1000),
                                       filter_id=sync_filter(self.options.timeline))
            await self._handle(answer)
            since = answer["next_batch"]
            self.store.put(SINCE, since)
            await self._read_reports()
            self.worker.poke()

    async def _clock(self) -> None:
        while True:
            await asyncio.sleep(self.options.tick)
            now = datetime.now(UTC)
            async with self._lock:   # on the loop's thread: nothing reads the state meanwhile
                try:
                    self.runtime.finish(now)
                except Exception:
                    log.exception("scheduled jobs failed")
            await self._lift(now)
            self.worker.poke()

    async def _lift(self, now: datetime) -> None:
        """Undo the timed mutes, bans and room suspensions whose term ended."""
        for room, user, kind in self.store.due_lifts(now):
            step = {"mute": Step("power_reset", {"room": room, "user": user}),
                    "ban": Step("unban", {"room": room, "user": user}),
                    "room": Step("room_default", {"room": room, "level": 0})}[kind]
            result = await self.platform.perform(step)
            if result.outcome is Outcome.DONE:
                self.store.cancel_lift(room, user, kind)
            else:
                log.warning("lifting %s of %s in %s: %s", kind, user, room, result.detail)

    # -- rooms --------------------------------------------------------------------------------

    async def _load(self, room: str) -> None:
        """A room's full state (at start, or when joined): rights, roles, the policy list."""
        state = await self._retry(self.client.api.request, Method.GET, Path.v3.rooms[room].state)
        self.rooms[room] = {}
        for event in state:
            await self._state(room, event, loading=True)
        self._rights(room)
        levels = self.rooms[room].get(("m.room.power_levels", ""))
        if levels is not None and room not in self.direct:
            await self._roles(room, levels)

    async def _state(self, room: str, event: dict[str, Any], *, loading: bool = False) -> None:
        """Keep a state event; rights and roles follow a change (after a load: once, at the end)."""
        kind, key = str(event.get("type")), event.get("state_key")
        if key is None:
            return
        self.rooms.setdefault(room, {})[(kind, str(key))] = event
        if not loading and kind in ("m.room.power_levels", "m.room.create", "m.room.name"):
            self._rights(room)
        if not loading and kind == "m.room.power_levels" and room not in self.direct:
            await self._roles(room, event)
        if kind in RULES and room == self.options.policy_list:
            content = event.get("content") or {}
            entity = content.get("entity")
            if isinstance(entity, str) and content.get("recommendation") in BANS:
                self.bans[(kind, str(key))] = (entity, str(content.get("reason", "")))
                if not loading:
                    await self._enforce(event, entity, str(content.get("reason", "")))
            else:   # an emptied rule is a removed one
                self.bans.pop((kind, str(key)), None)

    def _content(self, room: str, kind: str) -> dict[str, Any]:
        return dict((self.rooms.get(room, {}).get((kind, "")) or {}).get("content") or {})

    def _create(self, room: str) -> dict[str, Any]:
        return self.rooms.get(room, {}).get(("m.room.create", "")) or {}

    def _rights(self, room: str) -> None:
        if room in self.direct:
            return
        create = self._create(room)
        self.known[room] = rights_from(room, self._content(room, "m.room.power_levels"),
                                       create.get("content") or {},
                                       self._content(room, "m.room.name").get("name"),
                                       self.options.user, create.get("sender"))
        if self.known[room].missing:
            log.warning("missing rights in %s: %s (shadow there)", room,
                        ", ".join(self.known[room].missing))

    async def _roles(self, room: str, levels_event: dict[str, Any]) -> None:
        """Role events for everyone whose role the power levels changed."""
        levels = levels_event.get("content") or {}
        owners = convert.creators(self._create(room))
        cs = self._chat(room)
        for user in sorted(set(levels.get("users") or {}) | owners | {
                self.ids.mxid(k) for k, m in cs.members.items() if m.role != "member"}):
            role, member = convert.role_of(levels, user, owners), cs.members.get(self.ids.key(user))
            if (member.role if member else "member") != role:
                await self.submit(Event(f"{levels_event['event_id']}:{self.ids.key(user)}", "role",
                                        room, self.ids.key(user), convert.ts_of(levels_event),
                                        role=role))

    def _chat(self, room: str) -> ChatState:
        return self.runtime.chat(room)

    # -- events -------------------------------------------------------------------------------

    async def _handle(self, answer: dict[str, Any]) -> None:
        rooms = answer.get("rooms") or {}
        for room, invite in (rooms.get("invite") or {}).items():
            log.info("invited to %s: joining", room)
            for event in (invite.get("invite_state") or {}).get("events") or []:
                if event.get("type") == "m.room.member" and \
                        event.get("state_key") == self.options.user and \
                        (event.get("content") or {}).get("is_direct"):
                    self.store.put(f"{DIRECT}{room}", str(event.get("sender", "")))
                    self.direct.add(room)
            with contextlib.suppress(MatrixRequestError):
                await self.client.join_room_by_id(room)
        joined = rooms.get("join") or {}
        for room in sorted(joined, key=lambda r: r == self.options.policy_list):
            data = joined[room]
            events = (data.get("timeline") or {}).get("events") or []
            if room not in self.rooms:   # joined just now: its past is not the bot's to judge
                await self._load(room)
                events = events[self._own_join(events):]
            else:
                for event in (data.get("state") or {}).get("events") or []:
                    await self._state(room, event)
                if (data.get("timeline") or {}).get("limited"):
                    events = await self._gap(room, data["timeline"]) + events
            if room in self.before:
                events = [e for e in events if e.get("origin_server_ts", 0) >= self.started]
            for event in events:
                await self._event(room, event)
        for room in rooms.get("leave") or {}:
            self.rooms.pop(room, None)

    async def _gap(self, room: str, timeline: dict[str, Any]) -> list[dict[str, Any]]:
        """The events a limited sync left out (more than it holds came while the bot was
        away): read back from ``prev_batch`` to the first one already decided, or to the
        bot's own join. Their state is already in the sync's, so only the timeline counts."""
        older: list[dict[str, Any]] = []
        token = timeline.get("prev_batch")
        while token:
            page = await self._retry(self.client.api.request, Method.GET,
                                     Path.v3.rooms[room].messages,
                                     query_params={"from": token, "dir": "b", "limit": str(GAP_PAGE)})
            for event in page.get("chunk") or []:   # newest first
                if self.runtime.processed(str(event.get("event_id"))) or (
                        event.get("type") == "m.room.member"
                        and event.get("state_key") == self.options.user):
                    return list(reversed(older))
                older.append(event)
            token = page.get("end") if page.get("chunk") else None
        return list(reversed(older))

    def _own_join(self, events: list[dict[str, Any]]) -> int:
        """Where the timeline continues after the bot's own join (0 when it is not there)."""
        for i in range(len(events) - 1, -1, -1):
            e = events[i]
            if e.get("type") == "m.room.member" and e.get("state_key") == self.options.user \
                    and (e.get("content") or {}).get("membership") == "join":
                return i + 1
        return 0

    async def _event(self, room: str, event: dict[str, Any]) -> None:
        await self._state(room, event)
        if event.get("sender") == self.options.user:
            return
        if room in self.direct:
            await self._private(room, event)
            return
        kind = event.get("type")
        if kind in ("m.room.message", "m.sticker"):
            found = convert.message_event(self.ids, room, event)
            if found is not None:
                await self.submit(self._report(found) or found)
        elif kind == "m.room.member":
            found = convert.member_event(self.ids, room, event)
            if found is None:
                return
            if found.type == "leave" and not self._present(room, found.user):
                return   # a removal the engine decided: it knows already
            await self.submit(found)
            if found.type == "join":
                await self._listed(room, found)

    def _present(self, room: str, user: str) -> bool:
        member = self._chat(room).members.get(user)
        return member is None or member.present

    def _report(self, event: Event) -> Event | None:
        """``!report <reason>`` in reply to a message: a complaint about its author."""
        head = (event.text or "").split(None, 1)
        if not head or head[0].lower() not in ("!report", "/report") or event.reply_to is None:
            return None
        author = self._chat(event.chat).authors.get(event.reply_to)
        text = self._complaint(event.chat, author, event.reply_to, head[1] if len(head) > 1 else "")
        if text is None:
            return None
        return Event(event.id, "complaint", event.chat, event.user, event.ts, text=text)

    def _complaint(self, room: str, target: str | None, about: str, reason: str) -> str | None:
        """A complaint in the policy's template, as a member would fill it in."""
        spec = self.policy.complaints
        if spec is None or target is None:
            return None
        member = self._chat(room).members.get(target)
        values = {"role": member.role if member else "member", "username": f"@{target}",
                  "link": f"https://matrix.to/#/{room}/{about}", "reason": reason.strip()}
        return "\n".join(f"{f.labels[0]}: {values.get(f.key, '')}" for f in spec.template)

    async def _listed(self, room: str, join: Event) -> None:
        """A newcomer the shared policy list bans: banned here too."""
        uid = self.ids.mxid(join.user)
        reason = next((r for e, r in self.bans.values() if fnmatch.fnmatchcase(uid, e)), None)
        if reason is not None and room != self.options.policy_list:
            await self._ban(room, join.user, f"{join.id}:list", join.ts, reason)

    async def _enforce(self, rule: dict[str, Any], entity: str, reason: str) -> None:
        """A new ban rule: banned wherever the bot sees them joined (the list room is read
        after the others in a sync, so a join beside the rule is seen first)."""
        for room, state in self.rooms.items():
            if room == self.options.policy_list or room in self.direct:
                continue
            for (kind, user), member in list(state.items()):
                if kind == "m.room.member" and user != self.options.user \
                        and (member.get("content") or {}).get("membership") == "join" \
                        and fnmatch.fnmatchcase(user, entity):
                    await self._ban(room, self.ids.key(user), f"{rule['event_id']}:{room}:{user}",
                                    convert.ts_of(rule), reason)

    async def _ban(self, room: str, user: str, ident: str, ts: datetime, reason: str) -> None:
        """A ban by the bot's own command, so the ledger records it like a moderator's (none
        for a member the ledger has banned there already)."""
        member = self._chat(room).members.get(user)
        if member is not None and member.banned:
            return
        text = f"!ban @{user} policy list: {reason}".strip()
        await self.submit(Event(ident, "command", room, self.ids.key(self.options.user), ts,
                                text=text))

    async def _read_reports(self) -> None:
        """Event reports filed with the homeserver, as complaints (a server admin's view)."""
        if not self.reports or self.policy.complaints is None:
            return
        offset = int(self.store.get(REPORTED) or 0)
        try:
            answer = await self.client.api.request(Method.GET, REPORTS, query_params={
                "from": str(offset), "dir": "f", "limit": "100"})
        except MatrixRequestError as exc:
            self.reports = False
            log.info("event reports not readable (%s): only !report is heard", exc.errcode)
            return
        except (MatrixConnectionError, TimeoutError):
            return
        for report in answer.get("event_reports") or []:
            room = str(report.get("room_id"))
            if room in self.rooms and report.get("sender"):
                text = self._complaint(room, self.ids.key(report["sender"]), report["event_id"],
                                       str(report.get("reason") or ""))
                if text is not None:
                    ts = datetime.fromtimestamp(report["received_ts"] / 1000, tz=UTC)
                    await self.submit(Event(f"report:{report['id']}", "complaint", room,
                                            self.ids.key(report["user_id"]), ts, text=text))
            offset += 1
        self.store.put(REPORTED, str(offset))

    async def submit(self, event: Event) -> list[Decision]:
        """Decide and commit one event, off the event loop (nothing for a redelivered one)."""
        try:
            event = checked(event)
        except InputError as err:
            log.warning("event skipped: %s", err)
            return []
        async with self._lock:
            try:
                return await asyncio.to_thread(self.runtime.handle, event) or []
            except Exception:
                log.exception("event %s could not be decided", event.id)
                return []

    # -- direct rooms: complaints and appeals ---------------------------------------------------

    async def _private(self, room: str, event: dict[str, Any]) -> None:
        """A member writing to the bot: ``/appeal <sanction> <arguments>`` (10.2), or a
        complaint in the policy's template; both about the group they were last active in."""
        found = convert.message_event(self.ids, room, event) \
            if event.get("type") == "m.room.message" else None
        if found is None or not found.text:
            return
        group = self._group_for(found.user)
        if group is None:
            await self._answer(room, found, "pick_group")
            return
        ident = f"{room}{convert.PRIVATE}{found.id}"
        head, _, rest = found.text.strip().partition(" ")
        if head.lower() in ("/appeal", "!appeal"):
            sanction, _, text = rest.strip().partition(" ")
            if not sanction:
                await self._answer(room, found, "appeal_usage")
                return
            private = Event(ident, "appeal", group, found.user, found.ts, text=text.strip(),
                            sanction=sanction.lstrip("#"))
        elif self.policy.complaints is not None:
            text = found.text.strip().removeprefix("/report").removeprefix("!report").strip()
            private = Event(ident, "complaint", group, found.user, found.ts, text=text)
        else:
            return
        decisions = await self.submit(private)
        if decisions and not any(a.type == "refuse" for d in decisions for a in d.actions):
            await self._answer(room, found, f"{private.type}_ok")

    def _group_for(self, user: str) -> str | None:
        """The group a private message is about: where the member was last active, or the
        only group the bot serves."""
        groups = [r for r in self.rooms if r not in self.direct and r != self.options.policy_list]
        seen = []
        for room in groups:
            member = self._chat(room).members.get(user)
            if member is not None and (when := member.last_active or member.first_seen):
                seen.append((when, room))
        if seen:
            return max(seen)[1]
        return groups[0] if len(groups) == 1 else None

    async def _answer(self, room: str, about: Event, key: str) -> None:
        """A reply in a direct room that decides nothing: best effort, sent once."""
        seed = f"{about.id}|{key}".encode()
        with contextlib.suppress(MatrixRequestError, MatrixConnectionError, TimeoutError):
            await self.platform.say(room, html.escape(self.texts(key)),
                                    "cwa" + hashlib.sha256(seed).hexdigest()[:24], about.id)
