"""``chatwarden scan``, ``eval`` and ``blocklist`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chatwarden.cli import app
from chatwarden.evaluation.suites import SUITES

runner = CliRunner()


def test_scan_jsonl_writes_one_result_per_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "a", "text": "карта 4111 1111 1111 1111"},
        {"id": "b", "text": "hxxps[:]//telegram-premium[.]xyz"},
        {"id": "c", "text": "как дела?"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["scan", str(src), "--json", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    flagged = {r["id"]: {(s["detector"], s["label"]) for s in r["signals"] if s["flagged"]}
               for r in rows}
    # a disguised "telegram premium" link reads as spam too (review point 0.5)
    assert flagged == {"a": {("pii", "pii.card")}, "b": {("links", "phishing"), ("spam", "spam")},
                       "c": set()}
    for row in rows:
        for s in row["signals"]:
            assert set(s) >= {"detector", "label", "score", "flagged", "evidence"}
    assert "3 texts scanned" in result.output


def test_scan_plain_lines_and_chosen_detectors(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("t.me/+AbC\nничего\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(src), "--json", "-", "--detectors", "links"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["id"], [s["label"] for s in r["signals"]]) for r in rows] == [
        ("1", ["invite"]), ("2", ["clean"])]


def test_scan_unknown_detector_gets_a_hint(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("x\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(src), "--json", "-", "--detectors", "linkz"])
    assert result.exit_code == 2 and "did you mean 'links'" in result.output


def test_scan_bad_json_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
    result = runner.invoke(app, ["scan", str(src), "--json", str(tmp_path / "o")])
    assert result.exit_code == 2 and "in.jsonl:2" in result.output


def test_eval_on_a_labeled_file(tmp_path: Path) -> None:
    data = tmp_path / "labeled.jsonl"
    data.write_text("\n".join(json.dumps(x) for x in [
        {"text": "+7 916 123-45-67", "label": "pii"},
        {"text": "no numbers here", "label": "clean"},
        {"text": "4111 1111 1111 1111", "label": True},
        {"text": "order 12345", "label": False},
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "pii", str(data)])
    assert result.exit_code == 0, result.output
    assert "n=4 precision=1.0000 recall=1.0000 F1=1.0000" in result.output


def test_eval_all_without_data_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--all", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no data folder" in result.output


def test_blocklist_update_then_scan(tmp_path: Path) -> None:
    lst = tmp_path / "mine.txt"
    lst.write_text("0.0.0.0 my-evil.site\n||other.bad^\n", encoding="utf-8")
    home = tmp_path / "home"
    result = runner.invoke(app, ["blocklist", "update", str(lst), "--category", "malware",
                                 "--home", str(home)])
    assert result.exit_code == 0 and "2 malware entries" in result.output
    shown = runner.invoke(app, ["blocklist", "show", "--home", str(home)])
    assert "malware: 2" in shown.output
    src = tmp_path / "in.txt"
    src.write_text("go my-evil.site now\n", encoding="utf-8")
    scanned = runner.invoke(app, ["scan", str(src), "--json", "-", "--detectors", "links"],
                            env={"CHATWARDEN_HOME": str(home)})
    assert '"label": "malware"' in scanned.stdout


def test_eval_all_with_an_empty_data_folder_skips_every_suite(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--all", "--data", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.count("skipped") == len(SUITES)
    assert "| spam/tg-spam |" not in result.output
