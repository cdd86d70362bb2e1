"""The command line as a user runs it: real processes, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, KLINT, ROOT


def cw(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chatwarden", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_policy_check_and_explain_the_klint_policy() -> None:
    out = cw("policy", "check", KLINT)
    assert out.returncode == 0, out.stderr
    assert "ok" in out.stdout
    table = cw("policy", "explain", KLINT).stdout
    for rule_id in ("1.1", "1.2", "7.1", "10.3", "12.2"):
        assert rule_id in table
    assert "warn 14d" in table


def _broken(tmp_path: Path, *edits: tuple[str, str]) -> tuple[Path, list[str]]:
    text = KLINT.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text.splitlines()


def _line_of(lines: list[str], fragment: str) -> int:
    return next(n + 1 for n, t in enumerate(lines) if fragment in t)


def test_a_schema_error_names_file_line_and_key(tmp_path: Path) -> None:
    path, lines = _broken(tmp_path, ("    mode: auto\n    when: {detector: flood",
                                     "    mode: automatic\n    when: {detector: flood"),
                          ("recidivism_days: 30", "recidivism_dayz: 30"))
    out = cw("policy", "check", path)
    assert out.returncode == 2
    assert (f"{path}:{_line_of(lines, 'automatic')}: rules[1](1.1-flood).mode: "
            "Input should be 'auto', 'assist' or 'human'") in out.stderr
    assert (f"{path}:{_line_of(lines, 'recidivism_dayz')}: recidivism_dayz: unknown key "
            "(did you mean 'recidivism_days'?)") in out.stderr


def test_a_reference_error_names_file_line_and_key(tmp_path: Path) -> None:
    path, lines = _broken(tmp_path, ("ladder: [[warning], [warn_1w]]", "ladder: [[warning], [warn_1week]]"),
                          ("params: {count: 3,", "params: {cuont: 3,"),
                          ("{detector: pii}", "{detector: pi}"))
    out = cw("policy", "check", path)
    assert out.returncode == 2
    errors = out.stderr
    assert (f"{path}:{_line_of(lines, 'warn_1week')}: rules[0](1.1).ladder[1][0]: unknown sanction "
            "'warn_1week' (did you mean 'warn_1w'?)") in errors
    assert f"{path}:{_line_of(lines, 'cuont')}: rules[0](1.1).when.params.cuont: Extra inputs" in errors
    assert f"{path}:{_line_of(lines, 'detector: pi}')}: rules[" in errors
    assert "unknown detector 'pi' (did you mean 'pii'?)" in errors


def test_a_policy_with_bad_yaml_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [unclosed\nrules: []\n", encoding="utf-8")
    out = cw("policy", "check", bad)
    assert out.returncode == 2 and f"{bad}:" in out.stderr and "not valid YAML" in out.stderr


def test_replay_writes_decisions_report_and_summary(tmp_path: Path) -> None:
    decisions, report = tmp_path / "d.jsonl", tmp_path / "r.html"
    out = cw("replay", EXAMPLE, "--policy", KLINT, "--json", decisions, "--report", report)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in decisions.read_text(encoding="utf-8").splitlines()]
    assert rows and all({"event", "user", "rules", "actions", "citation"} <= set(r) for r in rows)
    kinds = {a["type"] for r in rows for a in r["actions"]}
    assert {"warning", "warn", "kick", "ban", "review", "notify_owner", "refuse", "delete"} <= kinds
    assert any(r["event"].startswith("purge:") for r in rows)
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "<rect" in html and "1.1-flood" in html and "Наказания по дням" in html
    # the legend names the kinds as the Клинт guideline does, not by their policy keys
    legend = html.split('class="legend"', 1)[1].split("</p>", 1)[0]
    assert "предупреждение" in legend and "варн" in legend and "бан" in legend
    assert "warning" not in legend and "kick" not in legend
    assert "top offenders" in out.stdout


def test_malformed_lines_are_named_and_skipped_unless_strict(tmp_path: Path) -> None:
    src = tmp_path / "events.jsonl"
    good = EXAMPLE.read_text(encoding="utf-8").splitlines()[:40]
    lines = [*good[:5], "{not json", '{"id": "x1", "type": "message", "chat": "c", "user": "u"}',
             '{"id": "x2", "type": "sticker", "chat": "c", "user": "u", "ts": "2026-11-16T10:00:00Z"}',
             '{"id": "x3", "type": "message", "chat": "c", "user": "u", "ts": "2026-11-16 10:00"}',
             *good[5:]]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "l.db"
    out = cw("replay", src, "--policy", KLINT, "--db", db, "--report", tmp_path / "r.html")
    assert out.returncode == 0
    assert f"{src}:6: not valid JSON" in out.stderr
    assert f"{src}:7: event x1: field 'ts': must be an ISO 8601 string with a zone" in out.stderr
    assert f"{src}:8: event x2: field 'type': unknown type 'sticker'" in out.stderr
    assert f"{src}:9: event x3: field 'ts': '2026-11-16 10:00' has no time zone" in out.stderr
    assert "40 events" in out.stdout and "4 unreadable" in out.stdout
    strict_db = tmp_path / "strict.db"
    out = cw("replay", src, "--policy", KLINT, "--db", strict_db, "--strict", "--report", tmp_path / "s.html")
    assert out.returncode == 2
    import sqlite3

    with sqlite3.connect(strict_db) as conn:   # what came before the bad line is kept
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (5,)


def test_unknown_fields_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "e.jsonl"
    src.write_text('{"id": "a", "type": "message", "chat": "c", "user": "u", '
                   '"ts": "2026-11-16T10:00:00+03:00", "text": "hi", "lang": "ru"}\n', encoding="utf-8")
    db = tmp_path / "l.db"
    assert cw("replay", src, "--policy", KLINT, "--db", db, "--report", tmp_path / "r.html").returncode == 0
    import sqlite3

    with sqlite3.connect(db) as conn:
        (raw,) = conn.execute("SELECT raw FROM events").fetchone()
    assert json.loads(raw)["lang"] == "ru"


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A Telegram Desktop export in its real shape: entity-list text, service messages."""
    msgs = [
        {"id": 1, "type": "service", "date": "2026-11-16T10:00:00", "date_unixtime": "1763276400",
         "actor": "Петя", "actor_id": "user42", "action": "join_group_by_link", "inviter": "Группа"},
        *[{"id": 2 + i, "type": "message", "date": "2026-11-16T10:00:0" + str(i),
           "date_unixtime": str(1763276401 + i), "from": "Петя", "from_id": "user42",
           "media_type": "sticker", "sticker_emoji": "😂", "text": "", "text_entities": []}
          for i in range(4)],
        {"id": 7, "type": "message", "date_unixtime": "1763276500", "from": "Вася", "from_id": "user7",
         "text": ["смотри ", {"type": "link", "text": "example.com"}], "reply_to_message_id": 2},
        {"id": 8, "type": "service", "date_unixtime": "1763276600", "actor": "Петя",
         "actor_id": "user42", "action": "remove_members", "members": ["Петя"]},
        {"id": 9, "type": "message", "date_unixtime": "1763276700", "from": "X"},
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Клинт", "type": "private_supergroup", "id": 1824,
                                "messages": msgs}, ensure_ascii=False), encoding="utf-8")
    return path


def test_replay_reads_a_telegram_desktop_export(export: Path, tmp_path: Path) -> None:
    decisions = tmp_path / "d.jsonl"
    out = cw("replay", export, "--policy", KLINT, "--json", decisions, "--report", tmp_path / "r.html")
    assert out.returncode == 0, out.stderr
    assert "event 1824:9: field 'from_id': message without an author" in out.stderr
    rows = [json.loads(line) for line in decisions.read_text(encoding="utf-8").splitlines()]
    assert [(r["event"], r["user"], r["rules"]) for r in rows] == [("1824:5", "user42", ["1.1-flood"])]
    assert "7 events" in out.stdout


def test_full_account_export_is_read_too(export: Path, tmp_path: Path) -> None:
    chat = json.loads(export.read_text(encoding="utf-8"))
    full = tmp_path / "full.json"
    full.write_text(json.dumps({"about": "export", "chats": {"about": "", "list": [chat]}}),
                    encoding="utf-8")
    out = cw("replay", full, "--policy", KLINT, "--report", tmp_path / "r.html")
    assert out.returncode == 0 and "7 events" in out.stdout


def test_the_ledger_can_be_read_without_sql(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    out = cw("replay", EXAMPLE, "--policy", KLINT, "--db", db, "--report", tmp_path / "r.html")
    assert out.returncode == 0
    record = cw("ledger", "member", "troll", "--db", db).stdout
    assert "no return (conflict)" in record and "warn 30d" in record and "10.3" in record
    assert "5 counted" in record
    queue = cw("ledger", "reviews", "--db", db).stdout
    assert "9.2" in queue and "c_lev" in queue
    lines = cw("ledger", "decisions", "--db", db, "--user", "petya").stdout.splitlines()
    assert json.loads(lines[0])["rules"] == ["1.1-flood"]


def test_replay_creates_output_folders(tmp_path: Path) -> None:
    decisions = tmp_path / "new" / "deeper" / "d.jsonl"
    out = cw("replay", EXAMPLE, "--policy", KLINT, "--json", decisions, "--report", tmp_path / "r" / "r.html")
    assert out.returncode == 0, out.stderr
    assert decisions.exists() and (tmp_path / "r" / "r.html").exists()


def test_the_ledger_commands_take_a_database_url(tmp_path: Path, postgres_server: str) -> None:
    from tests.postgres import create_database

    url = create_database(postgres_server, "cli_ledger")
    out = cw("replay", EXAMPLE, "--policy", KLINT, "--db", url, "--report", tmp_path / "r.html")
    assert out.returncode == 0, out.stderr
    queue = cw("ledger", "reviews", "--db", url)
    assert queue.returncode == 0, queue.stderr
    assert "9.2" in queue.stdout and "c_lev" in queue.stdout
    lines = cw("ledger", "decisions", "--db", url, "--user", "petya").stdout.splitlines()
    assert json.loads(lines[0])["rules"] == ["1.1-flood"]


def test_a_mistyped_ledger_path_is_refused_not_created(tmp_path: Path) -> None:
    out = cw("ledger", "reviews", "--db", tmp_path / "nope.db")
    assert out.returncode == 2 and "no ledger file at" in out.stderr
    assert not (tmp_path / "nope.db").exists()
    assert cw("ledger", "reviews", "--db", f"sqlite:///{tmp_path / 'l.db'}").returncode == 0
