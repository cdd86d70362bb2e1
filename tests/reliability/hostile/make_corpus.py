"""Write the hostile-input corpus next to this file: ``python tests/reliability/hostile/make_corpus.py``.

Each file reproduces one trial of issue 11 (items 2 and 7) in a few hundred bytes;
what each must give is asserted in ``tests/reliability/test_hostile_input.py``.
The files are committed, so the script is only needed to change them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
MSK = ZoneInfo("Europe/Moscow")
MONDAY = datetime(2026, 10, 5, 9, 0, tzinfo=MSK)
MEMBERS = [f"m{i:02d}" for i in range(1, 17)]
SCRIPT = "<script>alert('x')</script>"


def _event(ident: str, user: str, ts: datetime | str, **fields: object) -> str:
    stamp = ts if isinstance(ts, str) else ts.isoformat()
    body = {"id": ident, "type": "message", "chat": "h", "user": user, "ts": stamp, **fields}
    return json.dumps(body)  # ASCII: a lone surrogate is written as the escape \\ud800


def _round(day: int) -> list[str]:
    """Every member says something on ``day`` (0 = Monday), one minute apart."""
    start = MONDAY + timedelta(days=day)
    return [_event(f"h:d{day}-{user}", user, start + timedelta(minutes=i), text=f"hi {day}")
            for i, user in enumerate(MEMBERS)]


def events() -> bytes:
    """16 members over four weekdays, with a bad line of each kind between the good ones.

    The sticker flood comes from a member whose id is markup, so the report must escape it.
    """
    noon = MONDAY.replace(hour=12)
    bad = [
        _event("h:surrogate-text", "m01", noon, text="ok\ud800no"),
        _event("h:surrogate-user", "m\udc01", noon, text="hi"),
        _event("h:surrogate-name", "m01", noon, text="hi", name="\ud83d"),
        _event("h:int-64", "m01", noon, text="hi", meta={"n": 2**64}),
        _event("h:digits", "@", noon, text="hi").replace('"@"', "7" * 5000),
        _event("h:deep-extra", "m01", noon, text="hi", deep=json.loads("[" * 40 + "]" * 40)),
        _event("h:nan", "m01", noon, text="hi", score=float("nan")),
        "[" * 2000 + "]" * 2000,
        None,  # invalid UTF-8, written as bytes below
        "[1, 2, 3]",
        _event("h:year-1", "m01", "0001-01-01T00:00:00+03:00", text="hi"),
        _event("h:year-9999", "m01", "9999-12-31T23:59:59-03:00", text="hi"),
        _event("h:future", "m01", "2030-01-01T10:00:00+03:00", text="hi"),
        _event("h:long-user", "u" * 2000, noon, text="hi"),
        _event("h:[/b]", "m01", noon, text="hi").replace('"message"', '"[/red]"'),  # console markup
    ]
    spike = _event("h:wrong-date", "m01", "2026-11-14T13:00:00+03:00", text="hi")
    flood = [_event(f"h:sticker{i}", SCRIPT, MONDAY + timedelta(days=2, hours=5, seconds=i),
                    media="sticker") for i in range(4)]
    kept = [_event("h:html", "m03", MONDAY + timedelta(days=2, hours=4), name=SCRIPT,
                   text=f"{SCRIPT}<img src=x onerror=alert(1)>"),
            _event("h:long-text", "m04", MONDAY + timedelta(days=2, hours=4, minutes=1),
                   text="elephant " * 2_000)]
    lines = [*_round(0), *bad, *_round(1), spike, *_round(2), *kept, *flood, *_round(3)]
    out = b"".join((line.encode() if line is not None else
                    b'{"id": "h:latin1", "type": "message", "chat": "h", "user": "m01", '
                    b'"ts": "2026-10-05T12:00:00+03:00", "text": "caf\xe9"}') + b"\n"
                   for line in lines)
    return out


def export() -> dict[str, Any]:
    """A Telegram Desktop export with messages that are not objects, bad dates and markup."""
    unix = int(MONDAY.timestamp())

    def msg(n: int, **fields: object) -> dict[str, object]:
        return {"id": n, "type": "message", "date_unixtime": str(unix + 60 * n),
                "from": f"Member {n % 3}", "from_id": f"user{n % 3}", "text": f"hello {n}", **fields}

    messages: list[object] = [
        {"id": 1, "type": "service", "date_unixtime": str(unix), "actor": "Member 1",
         "actor_id": "user1", "action": "join_group_by_link"},
        msg(2), msg(3), ["not", "a", "message"], "nor this", None, msg(4),
        {"id": 5, "type": "message", "date": "2026-10-05T09:05:00", "from": "Member 2",
         "from_id": "user2", "text": "no unixtime"},
        msg(6, date_unixtime="99999999999"),
        msg(7, **{"from": SCRIPT, "text": ["bold ", {"type": "bold", "text": SCRIPT}]}),
        {"id": 8, "type": "message", "date_unixtime": str(unix + 480), "text": "no author"},
        msg(9),
    ]
    return {"name": "Hostile", "type": "private_supergroup", "id": 77, "messages": messages}


def policies() -> dict[str, bytes]:
    """Policies that cost gigabytes or a RecursionError before the limits."""
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    laughs += [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
    head = ("id: p\ntitle: t\nlanguage: en\nrecidivism_days: 30\nsanctions: {w: {type: warning}}\n"
            "rules:\n  - id: '1'\n    title: t\n    text: t\n    mode: auto\n    ladder: [[w]]\n")
    return {
        "policy-bomb.yaml": ("\n".join(laughs) + "\n").replace(", ", ",").encode(),
        "policy-deep-not.yaml": (head + "    when: " + "{not: " * 2000 + "{detector: flood}"
                                 + "}" * 2000 + "\n").encode(),
        "policy-deep-yaml.yaml": (head + "    when:\n" + "".join("  " * (i + 3) + "not:\n"
                                  for i in range(200)) + "  " * 203 + "detector: flood\n").encode(),
        "policy-cycle.yaml": (head + "    when: &c {all: [*c]}\n").encode(),
        "policy-aliases.yaml": (head.replace("title: t\nlanguage", "title: &t t\nlanguage")
                                + "terms:\n" + "  - {days: 1, names: [*t]}\n" * 101).encode(),
        "policy-control.yaml": head.replace("title: t\nlanguage", "title: a\x07b\nlanguage").encode(),
        "policy-not-utf8.yaml": head.replace("title: t\nlanguage", "title: caf\xe9\nlanguage")
        .encode("latin-1"),
    }


def main() -> None:
    (HERE / "events.jsonl").write_bytes(events())
    data = export()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    (HERE / "export.json").write_text(text + "\n", encoding="utf-8")
    (HERE / "export-truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    (HERE / "export-not-a-list.json").write_text(
        json.dumps({**data, "messages": {"1": data["messages"][1]}}, indent=1) + "\n", encoding="utf-8")
    (HERE / "export-not-utf8.json").write_bytes(text.replace("hello 3", "h\xe9llo 3").encode("latin-1",
                                                                                         "replace"))
    deep = json.dumps({**data, "messages": ["@"]}, indent=1).replace('"@"', "[" * 2000 + "]" * 2000)
    (HERE / "export-deep.json").write_text(deep + "\n", encoding="utf-8")
    for name, body in policies().items():
        (HERE / name).write_bytes(body)


if __name__ == "__main__":
    main()
