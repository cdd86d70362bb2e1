"""The console through its HTTP interface (Starlette's TestClient): what a moderator sees
and does, and what the server refuses."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from chatwarden.console import auth
from chatwarden.console import queries as q
from chatwarden.console.acts import Console
from chatwarden.console.app import create_app, csv_cell, linkify
from chatwarden.ledger import tables as t
from tests.console.conftest import (
    HOSTILE_NAME,
    HOSTILE_TEXT,
    NEWBIE_TEXT,
    NOW,
    PASSWORD,
    csrf_of,
    log_in,
    troll_ban,
)
from tests.console.testclient import TestClient


def review_of(console: Console, user: str, rule: str | None = None) -> q.Item:
    return next(i for i in q.items(console.ledger, console.policy, (), NOW)
                if i.user == user and (rule is None or rule in i.rules))


def sanctions(console: Console, user: str) -> list[dict]:
    return sorted(console.ledger.rows("sanctions", user=user), key=lambda s: s["id"])


def outbox(console: Console, event_id: str) -> list[dict]:
    return [json.loads(r["decision"]) for r in console.ledger.rows("outbox", event_id=event_id)]


# -- sessions, CSRF, headers ----------------------------------------------------------------

def test_pages_need_a_session(console: Console) -> None:
    c = TestClient(create_app(console))
    for url in ("/queue", "/item/1", "/member/klint/troll", "/purge", "/dashboard", "/audit",
                "/audit.csv", "/policy"):
        r = c.get(url, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login", url


def test_wrong_password_is_refused_and_throttled(console: Console) -> None:
    c = TestClient(create_app(console))
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        r = c.post("/login", data={"name": "mod", "password": "wrong", "csrf": token})
        assert r.status_code == 401
    r = c.post("/login", data={"name": "mod", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429  # the right password too, until the window passes


def test_login_rotates_and_logout_ends_the_session(console: Console) -> None:
    c = TestClient(create_app(console))
    log_in(c, "mod")
    first = c.cookies["cw_session"]
    log_in(c, "mod")
    second = c.cookies["cw_session"]
    assert first != second
    assert auth.load_session(console.ledger, first) is None  # the old one ended at login
    csrf = csrf_of(c.get("/queue").text)
    assert c.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert auth.load_session(console.ledger, second) is None
    c.cookies.set("cw_session", second)
    assert c.get("/queue", follow_redirects=False).status_code == 303


def test_a_disabled_account_is_out_at_once(client, console: Console) -> None:
    c, _ = client("mod")
    assert c.get("/queue").status_code == 200
    assert auth.disable_account(console.ledger, "mod")
    assert c.get("/queue").status_code == 303
    assert auth.authenticate(console.ledger, "mod", PASSWORD) is None
    assert ("mod", True) in [(a.name, off) for a, off in auth.accounts(console.ledger)]


def test_sessions_expire_idle_and_absolute(console: Console) -> None:
    account = auth.authenticate(console.ledger, "mod", PASSWORD)
    assert account is not None
    token = auth.open_session(console.ledger, account)
    later = NOW.replace(year=2030)
    assert auth.load_session(console.ledger, token, later) is None
    token = auth.open_session(console.ledger, account)
    start = auth.load_session(console.ledger, token)
    assert start is not None
    with console.ledger.engine.begin() as conn:  # used every 20 minutes, for 13 hours
        conn.execute(update(t.console_sessions).values(
            created=(NOW - auth.ABSOLUTE - timedelta(hours=1)).isoformat(), seen=NOW.isoformat()))
    assert auth.load_session(console.ledger, token, NOW + timedelta(minutes=20)) is None


def test_forged_posts_are_refused(client, console: Console) -> None:
    c, _ = client("mod")
    item = review_of(console, "newbie")
    forged = c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "spam",
                                                     "csrf": "forged"})
    assert forged.status_code == 403
    missing = c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "spam"})
    assert missing.status_code == 422
    assert c.post("/logout", data={}).status_code == 422
    assert q.console_decision(console.ledger, item.key) is None
    assert sanctions(console, "newbie") == []


def test_a_link_cannot_make_the_console_speak(client) -> None:
    c, _ = client("mod")
    page = c.get("/queue", params={"note": "URGENT: ban @masha now", "sig": "0" * 32}).text
    assert "URGENT" not in page


def test_security_headers_and_cookie_flags(console: Console) -> None:
    c = TestClient(create_app(console))
    r = c.get("/login")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none'
    assert r.headers["x-content-type-options"] == "nosniff"
    token = csrf_of(r.text)
    r = c.post("/login", data={"name": "mod", "password": PASSWORD, "csrf": token},
               follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert PASSWORD not in cookie


# -- the queue and an item ------------------------------------------------------------------

def test_queue_lists_every_kind_by_priority(client, console: Console) -> None:
    c, _ = client("viewer")
    page = c.get("/queue").text
    items = q.items(console.ledger, console.policy, (), NOW)
    assert {i.kind for i in items} == {"detection", "appeal", "admin-abuse"}
    assert [i.user for i in items if i.kind == "appeal"] == ["troll"]  # petya's: decided in the chat
    # of a ban: as grave as the sanction it would undo; only the example's own report about
    # an admin, older by twelve days, waits longer and ranks above it
    assert [i.kind for i in items[:2]] == ["admin-abuse", "appeal"]
    assert items[0].created < items[1].created
    priorities = [i.priority(NOW) for i in items]
    assert priorities == sorted(priorities, reverse=True)
    assert page.index(f'href="/item/{items[0].id}"') < page.index(f'href="/item/{items[-1].id}"')
    only = c.get("/queue", params={"rule": "9.2"}).text
    assert only.count('href="/item/') == 3  # the company of three that joined together
    appeals = c.get("/queue", params={"kind": "appeal"}).text
    assert "troll" in appeals and "c_lev" not in appeals


def test_item_shows_context_evidence_rule_words_and_next_step(client, console: Console) -> None:
    c, _ = client("mod")
    item = review_of(console, "newbie")
    page = c.get(f"/item/{item.id}").text
    assert NEWBIE_TEXT in page
    assert "Чистка прошла, всем спасибо!" in page             # the messages before it,
    assert page.count("javascript:alert(1) see") == 1         # each once (same second)
    assert page.index("javascript:alert(1) see") < page.index(f"<b>@newbie</b> {NEWBIE_TEXT}")
    assert "6.1 Массовая рассылка рекламы запрещена." in page  # the rule's own words
    assert "@newbie: warn 14d, delete — step 1 of 1 of rule 6.1-review" in page
    anya = review_of(console, "anya", "9.1")
    decision = q.decision_of(console.ledger, anya.event_id, "anya")
    assert decision is not None and decision["evidence"]
    page = c.get(f"/item/{anya.id}").text
    for signal in decision["evidence"]:                        # the evidence, as recorded
        assert f"<td>{signal['detector']}</td><td>{signal['label']}</td>" in page
        assert f"{signal['score']:.2f}" in page


def test_confirm_applies_the_ladder_step_through_the_engine(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, "anya", "9.1")
    before = len(sanctions(console, "anya"))
    r = c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "off-topic again",
                                                "csrf": csrf})
    assert r.status_code == 303
    new = sanctions(console, "anya")[before:]
    assert [(s["type"], s["rule_id"]) for s in new] == [("warning", "9.1")]
    done = q.console_decision(console.ledger, item.key)
    assert done is not None and done["actor"] == "mod" and done["verdict"] == "confirm"
    assert console.ledger.rows("reviews", id=item.id)[0]["status"] == "confirm"
    decisions = outbox(console, done["event_id"])
    assert [a["type"] for a in decisions[0]["actions"]] == ["warning"]
    assert decisions[0]["actor"] == "lena_admin"   # the engine decided it as her chat command
    event = json.loads(console.ledger.rows("events", id=done["event_id"])[0]["raw"])
    assert event["type"] == "command" and event["text"].startswith("/punish @anya 9.1 ")
    audit = q.audit_rows(console.ledger, ())
    assert (audit[0]["actor"], audit[0]["action"], audit[0]["target"]) == ("mod", "confirm", "anya")


def test_a_second_decision_is_refused_not_applied_twice(client, console: Console) -> None:
    first, csrf1 = client("mod")
    second, csrf2 = client("admin")
    item = review_of(console, "sasha", "9.1")
    page = second.get(f"/item/{item.id}").text  # both have the page open
    assert "Decide" in page or "Решить" in page
    assert first.post(f"/item/{item.id}/decide", data={
        "verdict": "confirm", "reason": "off-topic", "csrf": csrf1}).status_code == 303
    r = second.post(f"/item/{item.id}/decide", data={
        "verdict": "dismiss", "reason": "looks fine", "csrf": csrf2})
    assert r.status_code == 409
    assert "already decided: confirm by mod" in r.text
    assert len([s for s in sanctions(console, "sasha") if s["rule_id"] == "9.1"]) == 1


def test_claims_lock_an_item_to_one_moderator(client, console: Console) -> None:
    a, csrf_a = client("mod")
    b, csrf_b = client("mod2")
    item = review_of(console, "newbie")
    a.post(f"/item/{item.id}/claim", data={"csrf": csrf_a})
    r = b.post(f"/item/{item.id}/claim", data={"csrf": csrf_b}, follow_redirects=True)
    assert "already claimed by mod" in r.text
    r = b.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "fine",
                                                "csrf": csrf_b})
    assert r.status_code == 409 and "claimed by mod" in r.text
    # the next-item button skips what someone else holds
    r = b.post("/queue/next", data={"csrf": csrf_b}, follow_redirects=False)
    assert r.headers["location"] != f"/item/{item.id}"


def test_claims_race_gives_one_winner(console: Console) -> None:
    import threading

    names = [f"m{i}" for i in range(8)]
    won: list[str] = []
    barrier = threading.Barrier(len(names))

    def take(name: str) -> None:
        barrier.wait()
        won.append(console.claim(auth.Account(name, "moderator", (), "x"), "review:999"))

    threads = [threading.Thread(target=take, args=(n,)) for n in names]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(set(won)) == 1 and won[0] in names


def test_reason_is_required(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, "newbie")
    r = c.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "  ", "csrf": csrf})
    assert r.status_code == 409 and "give a reason" in r.text
    assert q.console_decision(console.ledger, item.key) is None


def test_decide_and_next_claims_the_next_item(client, console: Console) -> None:
    c, csrf = client("mod")
    first = q.items(console.ledger, console.policy, (), NOW, q.Filters(kind="detection"))[0]
    r = c.post(f"/item/{first.id}/decide", data={"verdict": "dismiss", "reason": "not spam",
                                                 "then": "next", "csrf": csrf},
               follow_redirects=False)
    nxt = int(r.headers["location"].split("/item/")[1].split("?")[0])
    assert nxt != first.id
    [taken] = q.items(console.ledger, console.policy, (), NOW, ids=[nxt])
    assert taken.kind == "detection"  # the appeal ranks first, but it is an admin's
    assert f"#{first.id}: recorded" in c.get(r.headers["location"]).text  # the outcome, shown
    assert q.items(console.ledger, console.policy, (), NOW, ids=[nxt])[0].claimed(NOW) == "mod"


def test_escalate_keeps_it_for_an_admin(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, "newbie")
    c.post(f"/item/{item.id}/decide", data={"verdict": "escalate", "reason": "unsure",
                                            "csrf": csrf})
    r = c.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "fine",
                                                "csrf": csrf})
    assert r.status_code == 409 and "needs the console role admin" in r.text
    a, csrf_a = client("admin")
    assert a.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "fine",
                                                   "csrf": csrf_a}).status_code == 303


def test_a_complaint_about_an_admin_goes_to_the_owner_and_counts_the_reporter(
        client, console: Console) -> None:
    # masha's report (x:3), queued by the engine as Клинт 10.1 says, not by the test
    [item] = [i for i in q.items(console.ledger, console.policy, (), NOW) if i.event_id == "x:3"]
    assert (item.kind, item.user, item.reporter, item.accuracy) == (
        "admin-abuse", "lena_admin", "masha", 0.5)
    before = item.priority(NOW)
    a, csrf_a = client("admin")
    r = a.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "fine",
                                                "csrf": csrf_a})
    assert r.status_code == 409 and "needs the console role owner" in r.text
    c, csrf = client("owner")
    assert "@masha" in c.get(f"/item/{item.id}").text
    c.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "not rude",
                                            "csrf": csrf})
    assert "0 ✓ / 1 ✗" in c.get("/member/klint/masha").text
    # her next complaint would rank lower: accuracy (0+1)/(1+2)
    [again] = q.items(console.ledger, console.policy, (), NOW, ids=[item.id])
    assert again.accuracy == pytest.approx(1 / 3) and again.priority(NOW) < before


def test_a_rule_without_a_ladder_asks_what_to_apply(client, console: Console) -> None:
    c, csrf = client("admin")
    item = review_of(console, "c_lev")
    page = c.get(f"/item/{item.id}").text
    assert "the rule names no sanction" in page
    assert "@c_lev: kick" in c.get(f"/item/{item.id}", params={"apply": "kick"}).text
    c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "came as a company",
                                            "apply": "kick", "csrf": csrf})
    assert [s["type"] for s in sanctions(console, "c_lev")][-1] == "kick"


def test_the_engine_refusal_records_nothing(client, console: Console) -> None:
    # "owner" acts as kaanizel; lena_admin (admin) cannot sanction the owner's peers, and a
    # viewer-made actor "nobody" is a plain member: the console role alone is not enough.
    with console.ledger.engine.begin() as conn:
        conn.execute(update(t.console_users).where(t.console_users.c.name == "mod")
                     .values(actor="nobody"))
    c, csrf = client("mod")
    item = review_of(console, "newbie")
    r = c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "spam",
                                                "csrf": csrf})
    assert r.status_code == 409 and "the engine refuses: /punish needs the role moderator" in r.text
    assert q.console_decision(console.ledger, item.key) is None


def test_roles_and_chat_scope_are_checked_per_object(client, console: Console) -> None:
    viewer, csrf = client("viewer")
    item = review_of(console, "newbie")
    r = viewer.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "reason": "fine",
                                                     "csrf": csrf})
    assert r.status_code == 409 and "needs the console role moderator" in r.text
    other, csrf_o = client("other")  # a moderator of another chat
    assert other.get(f"/item/{item.id}").status_code == 404
    assert other.get("/member/klint/troll").status_code == 404
    assert other.post(f"/item/{item.id}/decide", data={
        "verdict": "dismiss", "reason": "fine", "csrf": csrf_o}).status_code == 404
    assert 'href="/item/' not in other.get("/queue").text
    mod, csrf_m = client("mod")
    appeal = review_of(console, "troll", "10.2")
    r = mod.post(f"/item/{appeal.id}/decide", data={"verdict": "overturn", "reason": "ok",
                                                    "csrf": csrf_m})
    assert r.status_code == 409 and "overturn needs the console role admin" in r.text


# -- appeals, members, purge ----------------------------------------------------------------

def test_overturn_lifts_the_ban_and_queues_the_unban(client, console: Console) -> None:
    c, csrf = client("admin")
    appeal = review_of(console, "troll", "10.2")
    assert appeal.kind == "appeal"
    page = c.get(f"/item/{appeal.id}").text
    ban_id = troll_ban(console.ledger)
    assert f"#{ban_id}" in page and "я больше не буду &lt;b&gt;честно&lt;/b&gt;" in page
    assert "ban</b> · Правило 12.1" in page  # the sanction appealed against
    c.post(f"/item/{appeal.id}/note", data={"text": "<i>he said sorry</i> in private", "csrf": csrf})
    assert "&lt;i&gt;he said sorry&lt;/i&gt; in private" in c.get(f"/item/{appeal.id}").text
    r = c.post(f"/item/{appeal.id}/decide", data={"verdict": "overturn", "reason": "he apologised",
                                                  "csrf": csrf})
    assert r.status_code == 303
    ban = next(s for s in sanctions(console, "troll") if s["id"] == ban_id)
    assert ban["lifted_at"] and ban["lifted_by"] == "lena_admin"
    member = console.ledger.rows("members", chat="klint", user="troll")[0]
    assert not member["banned"]
    assert console.ledger.rows("appeals", event_id="x:2")[0]["status"] == "accepted"
    done = q.console_decision(console.ledger, appeal.key)
    assert done is not None
    [decision] = outbox(console, done["event_id"])
    assert decision["actions"] == [{"type": "pardon", "note": f"#{ban_id} ban overturned"}]


def test_member_page_shows_record_quota_returns_and_accuracy(client, console: Console) -> None:
    c, _ = client("viewer")
    page = c.get("/member/klint/troll").text
    record = sanctions(console, "troll")
    assert {s["type"] for s in record} >= {"warning", "warn", "kick", "ban"}
    for sanction in record:
        assert f"<td>#{sanction['id']}</td><td>{sanction['type']}</td>" in page
    rec = q.record(console.ledger, console.policy, "klint", "masha", NOW, console.throwaway().tz)
    assert len(rec.filed) == 2 and rec.quota == 150  # her first, free-form one was refused
    assert c.get("/member/klint/nobody-here").status_code == 404


def test_purge_preview_names_whom_and_why(client, console: Console) -> None:
    c, _ = client("viewer")
    due, removed = console.purge_preview("klint")
    assert due is not None and due.isoformat() == "2026-12-05T12:00:00+03:00"
    users = [d.user for d in removed]
    assert users and "vasya" in users
    page = c.get("/purge").text
    assert "@vasya" in page and "0 messages in the 7 days to 2026-12-05" in page
    assert console.ledger.rows("sanctions", rule_id="7.2")[-1]["start"] < "2026-12"  # nothing ran


# -- escaping --------------------------------------------------------------------------------

def test_hostile_names_and_texts_render_as_text(client, console: Console) -> None:
    c, _ = client("mod")
    item = review_of(console, HOSTILE_NAME)
    for url in (f"/item/{item.id}", "/queue"):
        page = c.get(url).text
        assert "<script>" not in page and "<img src=x" not in page, url
        assert "&lt;script&gt;" in page
    page = c.get(f"/item/{item.id}").text
    assert 'href="javascript:' not in page
    assert '<a href="https://example.org/a?b=1&amp;c=" rel="noopener noreferrer nofollow">' in page
    assert HOSTILE_TEXT not in page


def test_a_member_id_with_spaces_is_named_by_reply(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, HOSTILE_NAME)
    assert "@" + HOSTILE_NAME + ": warning, delete" in console.preview(
        auth.Account("mod", "moderator", (), "lena_admin"), item)
    c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "markup", "csrf": csrf})
    assert [(s["type"], s["rule_id"]) for s in sanctions(console, HOSTILE_NAME)] == [("warning", "3.1")]
    done = q.console_decision(console.ledger, item.key)
    assert done is not None
    [decision] = outbox(console, done["event_id"])
    assert [(a["type"], a.get("message")) for a in decision["actions"]] == [
        ("warning", "x:1"), ("delete", "x:1")]


def test_linkify_makes_only_web_links() -> None:
    out = str(linkify('x <b> javascript:alert(1) data:text/html,1 http://a.b/"onmouseover=1'))
    assert out.count("<a ") == 1 and '&lt;b&gt;' in out and 'href="http://a.b/"' in out


# -- audit, bulk, policy, referral -----------------------------------------------------------

def test_audit_csv_is_safe_against_formulas(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, "newbie")
    c.post(f"/item/{item.id}/decide", data={"verdict": "dismiss", "csrf": csrf,
                                            "reason": '=HYPERLINK("http://evil","x")'})
    rows = list(csv.DictReader(io.StringIO(c.get("/audit.csv").text)))
    dismiss = next(r for r in rows if r["action"] == "dismiss")
    assert dismiss["reason"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert dismiss["actor"] == "mod" and dismiss["item"] == item.key
    assert [csv_cell(x) for x in ("+1", "-1", "@a", "ok", None)] == ["'+1", "'-1", "'@a", "ok", ""]


def test_bulk_dismiss_previews_counts_and_undoes(client, console: Console) -> None:
    c, csrf = client("admin")
    preview = c.get("/bulk", params={"rule": "9.2"}).text
    assert "3" in preview.split("</h1>")[0]
    r = c.post("/bulk?rule=9.2", data={"reason": "a family, not a raid", "csrf": csrf},
               follow_redirects=False)
    assert "3+item" in r.headers["location"] or "3%20item" in r.headers["location"]
    assert not [i for i in q.items(console.ledger, console.policy, (), NOW) if "9.2" in i.rules]
    bulk = q.audit_rows(console.ledger, ())[0]["item"]
    c.post("/bulk/undo", data={"bulk_id": bulk, "csrf": csrf})
    assert len([i for i in q.items(console.ledger, console.policy, (), NOW)
                if "9.2" in i.rules]) == 3
    mod, csrf_m = client("mod")
    assert "need the console role admin" in mod.post("/bulk?rule=9.2", data={
        "reason": "x" * 5, "csrf": csrf_m}, follow_redirects=True).text


def test_a_saved_filter_drives_a_bulk_action(client, console: Console) -> None:
    mod, csrf_m = client("mod")
    r = mod.post("/queue/save?rule=9.2&kind=detection", data={"name": "компании", "csrf": csrf_m})
    assert r.status_code == 303
    [saved] = q.saved_filters(console.ledger)
    assert saved["name"] == "компании" and saved["query"] == {"rule": "9.2", "kind": "detection",
                                                               "status": "open"}
    page = mod.get("/queue").text
    assert 'href="/queue?rule=9.2&amp;kind=detection&amp;status=open">компании</a>' in page
    admin, csrf = client("admin")
    preview = admin.get("/bulk", params=saved["query"]).text
    assert preview.count("<li>#") == 3
    admin.post("/bulk?" + "&".join(f"{k}={v}" for k, v in saved["query"].items()),
               data={"reason": "a family", "csrf": csrf})
    assert not q.items(console.ledger, console.policy, (), NOW, q.Filters.of(saved["query"]))


def test_policy_versions_and_diff(client, console: Console, tmp_path) -> None:
    changed = tmp_path / "klint.yaml"
    from tests.conftest import KLINT

    changed.write_text(KLINT.read_text(encoding="utf-8").replace("recidivism_days: 30",
                                                                 "recidivism_days: 45"),
                       encoding="utf-8")
    assert console.record_policy(changed, "owner")
    assert not console.record_policy(changed, "owner")  # same text: no new version
    c, _ = client("viewer")
    page = c.get("/policy").text
    assert "-recidivism_days: 30" in page and "+recidivism_days: 45" in page


def test_the_owner_publishes_a_policy_version_that_validates(client, console: Console) -> None:
    from tests.conftest import KLINT

    text = KLINT.read_text(encoding="utf-8")
    admin, csrf_a = client("admin")
    r = admin.post("/policy/publish", data={"text": text, "csrf": csrf_a})
    assert r.status_code == 422 and "publishing the policy is the owner&#39;s" in r.text
    owner, csrf = client("owner")
    broken = text.replace("recidivism_days: 30", "recidivism_days: -1")
    r = owner.post("/policy/publish", data={"text": broken, "csrf": csrf})
    assert r.status_code == 422 and "recidivism_days" in r.text
    r = owner.post("/policy/publish", data={"text": text.replace("recidivism_days: 30",
                                                                 "recidivism_days: 60"),
                                            "csrf": csrf})
    assert r.status_code == 303
    [latest, first] = q.policy_versions(console.ledger)[:2]
    assert latest["published_by"] == "owner" and first["published_by"] == "tests"
    page = owner.get(r.headers["location"]).text
    assert "+recidivism_days: 60" in page
    assert "recidivism_days: 60" in owner.get(f"/policy/{latest['id']}.yaml").text
    assert q.audit_rows(console.ledger, ())[0]["action"] == "publish"


def test_referral_bundle_hashes_every_event(client, console: Console) -> None:
    c, csrf = client("admin")
    r = c.post("/referral", data={"chat": "klint", "user": "scammer", "csrf": csrf})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    bundle = r.json()
    assert bundle["format"] == "chatwarden.member-referral/1"
    assert bundle["events"] and bundle["decisions"]
    body = json.dumps({k: v for k, v in bundle.items() if k != "sha256"}, ensure_ascii=False,
                      sort_keys=True, default=str)
    assert bundle["sha256"] == hashlib.sha256(body.encode()).hexdigest()
    raw = {e["id"]: e["raw"] for e in console.ledger.rows("events", user="scammer")}
    for e in bundle["events"]:
        assert e["sha256"] == hashlib.sha256(raw[e["id"]].encode()).hexdigest()
    viewer, csrf_v = client("viewer")
    assert viewer.post("/referral", data={"chat": "klint", "user": "scammer",
                                          "csrf": csrf_v}).status_code == 403


def test_dashboard_counts(client, console: Console) -> None:
    c, csrf = client("mod")
    item = review_of(console, "anya", "9.1")
    c.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "off-topic",
                                            "csrf": csrf})
    d = q.dashboard(console.ledger, console.policy, (), NOW)
    assert d.queue_size == len(q.items(console.ledger, console.policy, (), NOW))
    assert d.per_moderator == [("mod", 1)] and d.decided == 1
    overturned = dict((r, (o, n)) for r, o, n in d.overturn)
    assert overturned["1.1-flood"][0] == 1  # petya's appeal, accepted in the chat
    assert "1.1-flood" in c.get("/dashboard").text


@pytest.mark.parametrize("name", ["", "a b", "x" * 65])
def test_account_names_are_checked(console: Console, name: str) -> None:
    with pytest.raises(auth.AccountError):
        auth.add_account(console.ledger, name, "moderator", PASSWORD)


def test_passwords_are_hashed(console: Console) -> None:
    with console.ledger.engine.connect() as conn:
        stored = conn.scalar(select(t.console_users.c.password).where(
            t.console_users.c.name == "mod"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    with pytest.raises(auth.AccountError, match="at least 12"):
        auth.add_account(console.ledger, "short", "moderator", "short")


def test_an_empty_ledger_under_the_platform_policy_renders_in_english(tmp_path) -> None:
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy
    from tests.conftest import ROOT

    policy = load_policy(ROOT / "policies" / "calimero.en.yaml")
    ledger = Ledger(str(tmp_path / "empty.db"))
    auth.add_account(ledger, "ts", "owner", PASSWORD)
    console = Console(policy, ledger, clock=lambda: NOW)
    c = TestClient(create_app(console), follow_redirects=False)
    log_in(c, "ts")
    for url in ("/queue", "/dashboard", "/purge", "/audit", "/policy", "/audit.csv"):
        r = c.get(url)
        assert r.status_code == 200, url
    assert "Claim the next item" in c.get("/queue").text
    assert "Nothing here." in c.get("/queue").text
    console.close()
