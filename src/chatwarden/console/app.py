"""The Trust & Safety console: a FastAPI app of server-rendered pages, no script at all.

Every page reads the ledger; every change is a POST carrying the session's CSRF token and
goes through :class:`~chatwarden.console.acts.Console`. Access is checked per object on
the server: an item, member or chat outside the account's chats answers 404, the same as
one that does not exist. Text from chats is escaped by Jinja's autoescape and shown as
text; only http(s) links become clickable.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import hmac
import io
import json
import re
import secrets
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from chatwarden.console import auth
from chatwarden.console import queries as q
from chatwarden.console.acts import MANUAL, VERDICTS, Console, Refusal
from chatwarden.console.labels import labels

COOKIE = "cw_session"
LOGIN_COOKIE = "cw_login"
HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store", "Cross-Origin-Opener-Policy": "same-origin"}
_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
FORMULA = ("=", "+", "-", "@", "\t", "\r")
SHOWN = 300
"""Queue rows on one page (the highest priorities); filters narrow the rest."""


def linkify(text: str | None) -> Markup:
    """Escaped text with http(s) URLs as links; other schemes (javascript:, data:) stay text."""
    if not text:
        return Markup("")
    out, last = [], 0
    for m in _URL.finditer(text):
        out.append(escape(text[last:m.start()]))
        url = escape(m.group())
        out.append(Markup(f'<a href="{url}" rel="noopener noreferrer nofollow">{url}</a>'))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ would make it a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA) else text


def session(request: Request) -> auth.Session:
    """The signed-in account, or a redirect to the login page."""
    found = auth.load_session(request.app.state.console.ledger, request.cookies.get(COOKIE))
    if found is None:
        raise HTTPException(303, headers={"Location": "/login"})
    return found


def posted(s: Annotated[auth.Session, Depends(session)],
           csrf: Annotated[str, Form()]) -> auth.Session:
    """A state change: the form must carry this session's CSRF token (else 403; absent: 422)."""
    if not secrets.compare_digest(csrf, s.csrf):
        raise HTTPException(403, "CSRF token missing or wrong")
    return s


Viewer = Annotated[auth.Session, Depends(session)]
Poster = Annotated[auth.Session, Depends(posted)]


def age(hours: float) -> str:
    """Hours for a day or two, then days: "336 h" reads worse than "14 d"."""
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.0f} d"


def create_app(console: Console, *, secure_cookies: bool = False) -> FastAPI:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.state.console = console
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates" / "console")
    templates.env.autoescape = True  # every template; by extension would miss ".html.j2"
    templates.env.filters["linkify"] = linkify
    policy = console.policy
    tz = ZoneInfo(policy.timezone)
    words = labels(policy.language)
    throttle = auth.Throttle()

    def local(ts: str | datetime | None) -> str:
        if not ts:
            return "—"
        when = datetime.fromisoformat(ts) if isinstance(ts, str) else ts
        return f"{when.astimezone(tz):%Y-%m-%d %H:%M}"

    templates.env.filters["local"] = local
    templates.env.filters["age"] = age
    templates.env.filters["q"] = lambda v: quote(str(v), safe="")
    templates.env.globals.update(L=words, policy=policy, console=console)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    notes_key = secrets.token_bytes(32)

    def signed(note: str) -> str:
        return hmac.new(notes_key, note.encode(), hashlib.sha256).hexdigest()[:32]

    def page(request: Request, name: str, s: auth.Session | None, status: int = 200,
             **data: Any) -> HTMLResponse:
        """Render a page; a ``note`` in the URL is shown only when this server wrote it (a
        link cannot make the console say something to a moderator)."""
        note, sig = request.query_params.get("note"), request.query_params.get("sig", "")
        if "note" not in data and note and hmac.compare_digest(signed(note), sig):
            data["note"] = note
        return templates.TemplateResponse(request, name, {"s": s, **data}, status_code=status)

    def back(url: str, note: str | None = None) -> RedirectResponse:
        """Post/redirect/get; the outcome rides along as a signed ``note`` (shown as text)."""
        sep = "&" if "?" in url else "?"
        query = sep + urlencode({"note": note, "sig": signed(note)}) if note else ""
        return RedirectResponse(url + query, 303)

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)  # none, and no 404 in every browser's console

    # -- sessions ----------------------------------------------------------------------------

    @app.get("/login")
    def login_form(request: Request) -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        response = page(request, "login.html.j2", None, login_csrf=token)
        response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict",
                            secure=secure_cookies, max_age=900)
        return response

    @app.post("/login")
    def login(request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
              csrf: Annotated[str, Form()]) -> Response:
        expected = request.cookies.get(LOGIN_COOKIE) or ""
        if not expected or not secrets.compare_digest(csrf, expected):
            raise HTTPException(403, "CSRF token missing or wrong")
        where = request.client.host if request.client else "?"
        keys = (f"name:{name}", f"addr:{where}")
        if throttle.blocked(*keys):
            return page(request, "login.html.j2", None, 429, login_csrf=expected,
                        error="too many failed logins: wait 15 minutes")
        account = auth.authenticate(console.ledger, name, password)
        if account is None:
            throttle.failed(*keys)
            return page(request, "login.html.j2", None, 401, login_csrf=expected,
                        error="wrong name or password")
        throttle.clear(f"name:{name}")
        token = auth.open_session(console.ledger, account, request.cookies.get(COOKIE))
        console.audit(account, "login")
        response = RedirectResponse("/queue", 303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict",
                            secure=secure_cookies)
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @app.post("/logout")
    def logout(request: Request, s: Poster) -> Response:
        auth.close_session(console.ledger, request.cookies.get(COOKIE))
        console.audit(s.account, "logout")
        response = RedirectResponse("/login", 303)
        response.delete_cookie(COOKIE)
        return response

    # -- the queue ---------------------------------------------------------------------------

    def filters_of(request: Request) -> q.Filters:
        return q.Filters.of(request.query_params)

    @app.get("/")
    def home(s: Viewer) -> Response:
        return RedirectResponse("/queue", 303)

    @app.get("/queue")
    def queue(request: Request, s: Viewer) -> HTMLResponse:
        f = filters_of(request)
        now = console.clock()
        found = q.items(console.ledger, policy, s.account.chats, now, f)
        return page(request, "queue.html.j2", s, items=found, f=f, now=now,
                    chats=[c for c in q.chats_of(console.ledger) if s.account.sees(c)],
                    kinds=list(VERDICTS), shown=SHOWN, saved=q.saved_filters(console.ledger))

    @app.post("/queue/save")
    def save_filter(request: Request, s: Poster, name: Annotated[str, Form()] = "") -> Response:
        f = filters_of(request)
        try:
            console.save_filter(s.account, name, f)
        except Refusal as exc:
            return back("/queue?" + urlencode(f.query()), str(exc))
        return back("/queue?" + urlencode(f.query()), f"filter '{name.strip()}' saved")

    @app.post("/queue/next")
    def pull_next(request: Request, s: Poster) -> Response:
        item = console.next_item(s.account, filters_of(request))
        if item is None:
            return back("/queue", "nothing left to claim")
        return RedirectResponse(f"/item/{item.id}", 303)

    @app.get("/bulk")
    def bulk_preview(request: Request, s: Viewer) -> HTMLResponse:
        f = filters_of(request)
        found = [i for i in q.items(console.ledger, policy, s.account.chats, console.clock(), f)
                 if i.status == "open"]
        return page(request, "bulk.html.j2", s, items=found, f=f, now=console.clock())

    @app.post("/bulk")
    def bulk(request: Request, s: Poster, reason: Annotated[str, Form()] = "") -> Response:
        try:
            out = console.bulk_dismiss(s.account, filters_of(request), reason)
        except Refusal as exc:
            return back("/queue", str(exc))
        return back("/audit", out.message)

    @app.post("/bulk/undo")
    def bulk_undo(s: Poster, bulk_id: Annotated[str, Form()]) -> Response:
        try:
            out = console.undo_bulk(s.account, bulk_id)
        except Refusal as exc:
            return back("/audit", str(exc))
        return back("/audit", out.message)

    # -- an item -----------------------------------------------------------------------------

    def item_or_404(s: auth.Session, review_id: int) -> q.Item:
        try:
            return console.item(s.account, review_id)
        except LookupError:
            raise HTTPException(404, "no such item") from None

    def item_page(request: Request, s: auth.Session, review_id: int, status: int = 200,
                  error: str | None = None) -> HTMLResponse:
        item = item_or_404(s, review_id)
        apply = request.query_params.get("apply", "ladder")
        decided = q.console_decision(console.ledger, item.key)
        rec = q.record(console.ledger, policy, item.chat, item.user, console.clock(), tz)
        return page(request, "item.html.j2", s, status, item=item, now=console.clock(),
                    context=q.context(console.ledger, item.chat, item.event_id),
                    decision=q.decision_of(console.ledger, item.event_id, item.user),
                    rules=q.rule_words(policy, item.rules), decided=decided,
                    preview=None if decided else console.preview(s.account, item, apply),
                    apply=apply, manual=MANUAL, verdicts=VERDICTS[item.kind], rec=rec,
                    appeal=q.appeal_of(console.ledger, item.event_id) if item.kind == "appeal"
                    else None, error=error,
                    act=console.act_status(decided["event_id"]) if decided and decided["event_id"]
                    else None, state=q.sanction_state,
                    notes=[r for r in q.audit_rows(console.ledger, (), item=item.key)
                           if r["action"] == "note"][::-1])

    @app.get("/item/{review_id}")
    def item(request: Request, review_id: int, s: Viewer) -> HTMLResponse:
        return item_page(request, s, review_id)

    @app.post("/item/{review_id}/claim")
    def claim(review_id: int, s: Poster) -> Response:
        item = item_or_404(s, review_id)
        holder = console.claim(s.account, item.key)
        note = None if holder == s.account.name else f"already claimed by {holder}"
        return back(f"/item/{review_id}", note)

    @app.post("/item/{review_id}/note")
    def add_note(review_id: int, s: Poster, text: Annotated[str, Form()] = "") -> Response:
        """The discussion of an item (arguing an appeal, a second opinion): kept in the audit."""
        item = item_or_404(s, review_id)
        text = text.strip()
        if not s.account.at_least("moderator") or not text:
            return back(f"/item/{review_id}", "write something (moderators and up)")
        console.audit(s.account, "note", chat=item.chat, item=item.key, target=item.user,
                      reason=text[:4000])
        return back(f"/item/{review_id}")

    @app.post("/item/{review_id}/release")
    def release(review_id: int, s: Poster) -> Response:
        console.release(s.account, item_or_404(s, review_id).key)
        return back(f"/item/{review_id}")

    @app.post("/item/{review_id}/decide")
    def decide(request: Request, review_id: int, s: Poster, verdict: Annotated[str, Form()],
               reason: Annotated[str, Form()] = "", apply: Annotated[str, Form()] = "ladder",
               then: Annotated[str, Form()] = "") -> Response:
        item_or_404(s, review_id)
        try:
            out = console.decide(s.account, review_id, verdict, reason, apply)
        except Refusal as exc:
            return item_page(request, s, review_id, 409, error=str(exc))
        if then == "next":
            nxt = console.next_item(s.account, q.Filters())
            if nxt is not None:
                return back(f"/item/{nxt.id}", f"#{review_id}: {out.message}")
            return back("/queue", f"#{review_id}: {out.message}; nothing left to claim")
        return back(f"/item/{review_id}", out.message)

    # -- members -----------------------------------------------------------------------------

    def chat_or_404(s: auth.Session, chat: str) -> None:
        if not s.account.sees(chat):
            raise HTTPException(404, "no such chat")

    @app.get("/member/{chat}/{user:path}")
    def member(request: Request, chat: str, user: str, s: Viewer) -> HTMLResponse:
        chat_or_404(s, chat)
        rec = q.record(console.ledger, policy, chat, user, console.clock(), tz)
        if rec.member is None and not rec.sanctions and not rec.filed:
            raise HTTPException(404, "no such member")
        return page(request, "member.html.j2", s, rec=rec, now=console.clock(),
                    state=q.sanction_state)

    @app.post("/referral")
    def referral(chat: Annotated[str, Form()], user: Annotated[str, Form()],
                 s: Poster) -> Response:
        chat_or_404(s, chat)
        try:
            bundle = console.referral(s.account, chat, user)
        except Refusal as exc:
            raise HTTPException(403, str(exc)) from None
        name = re.sub(r"[^\w.-]", "_", f"referral-{chat}-{user}.json")
        return Response(json.dumps(bundle, ensure_ascii=False, indent=1, default=str),
                        media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # -- the rest ----------------------------------------------------------------------------

    @app.get("/purge")
    def purge(request: Request, s: Viewer) -> HTMLResponse:
        chats = [c for c in q.chats_of(console.ledger) if s.account.sees(c)]
        chat = request.query_params.get("chat") or (chats[0] if chats else "")
        if chat:
            chat_or_404(s, chat)
        due, removed = console.purge_preview(chat) if chat else (None, [])
        exempt = [m for m in console.ledger.rows("members", chat=chat) if m["exempt"]] if chat else []
        return page(request, "purge.html.j2", s, chat=chat, chats=chats, due=due,
                    removed=removed, exempt=exempt)

    @app.get("/dashboard")
    def dashboard(request: Request, s: Viewer) -> HTMLResponse:
        return page(request, "dashboard.html.j2", s,
                    d=q.dashboard(console.ledger, policy, s.account.chats, console.clock()))

    @app.get("/audit")
    def audit(request: Request, s: Viewer) -> HTMLResponse:
        return page(request, "audit.html.j2", s, rows=q.audit_rows(console.ledger, s.account.chats))

    @app.get("/audit.csv")
    def audit_csv(s: Viewer) -> Response:
        buf = io.StringIO()
        out = csv.writer(buf)
        cols = ("seq", "ts", "actor", "action", "chat", "item", "target", "reason", "event_id",
                "outcome")
        out.writerow(cols)
        for row in reversed(q.audit_rows(console.ledger, s.account.chats, limit=None)):
            out.writerow([csv_cell(row[c]) for c in cols])
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="console-audit.csv"'})

    @app.post("/policy/publish")
    def publish(request: Request, s: Poster, text: Annotated[str, Form()] = "") -> Response:
        try:
            version = console.publish_policy(s.account, text)
        except Refusal as exc:
            return render_policy(request, s, 422, error=str(exc), draft=text)
        return back(f"/policy?version={version}", f"version {version} recorded")

    @app.get("/policy/{version}.yaml")
    def policy_file(version: int, s: Viewer) -> Response:
        found = next((v for v in q.policy_versions(console.ledger) if v["id"] == version), None)
        if found is None:
            raise HTTPException(404, "no such version")
        name = re.sub(r"[^\w.-]", "_", f"{found['policy_id']}-v{version}.yaml")
        return Response(found["text"], media_type="text/plain; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/policy")
    def policy_page(request: Request, s: Viewer) -> HTMLResponse:
        return render_policy(request, s)

    def render_policy(request: Request, s: auth.Session, status: int = 200,
                      error: str | None = None, draft: str | None = None) -> HTMLResponse:
        versions = q.policy_versions(console.ledger)
        wanted = request.query_params.get("version")
        shown = next((v for v in versions if str(v["id"]) == wanted), versions[0] if versions else None)
        diff = ""
        if shown is not None:
            older = [v for v in versions if v["id"] < shown["id"] and v["policy_id"] == shown["policy_id"]]
            if older:
                diff = "".join(difflib.unified_diff(
                    older[0]["text"].splitlines(keepends=True), shown["text"].splitlines(keepends=True),
                    f"version {older[0]['id']}", f"version {shown['id']}"))
        return page(request, "policy.html.j2", s, status, versions=versions, shown=shown, diff=diff,
                    error=error,
                    draft=draft if draft is not None else shown["text"] if shown else "")

    return app
