"""Scripted interviews through `jixiao draft --jsonl`: every dev-corpus project type (and the seed)
is drafted from an applicant's plain answers into a form with no error-severity finding, in at
most 25 answers, with the facts exactly as answered (tests/fixtures/interview_scripts.yaml)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from draft_peer import DraftPeer, run_draft, stock_answer
from assistant.interview.apply import get
from assistant.model import Declaration

SCRIPTS = yaml.safe_load((Path(__file__).parent / "fixtures" / "interview_scripts.yaml").read_text(encoding="utf-8"))
MAX_ANSWERS = 40   # the form's contacts and every remaining finding are asked too (issue 11)


class Applicant(DraftPeer):
    """Stands in for stdin and stdout of `jixiao draft --jsonl`: reads each JSON line the command
    writes and, when it is an "ask", has the next stdin line ready — the script's answer to it."""

    def __init__(self, script: dict):
        self.script, self.edits = script, list(script.get("edits") or [])
        super().__init__()

    def readline(self) -> str:
        msg = self.lines[-1]
        assert msg["type"] == "ask", msg
        key = "confirm" if msg.get("kind") == "confirm" else msg["field"]
        if key == "confirm" and self.edits:
            answer = self.edits.pop(0)
        elif stock_answer(msg, self.script["answers"]) is not None:
            answer = stock_answer(msg, self.script["answers"])
        else:
            assert key in self.script["answers"], f"unexpected question {key}: {msg['text']}"
            answer = str(self.script["answers"][key])
        assert len(self.sent) < MAX_ANSWERS, [x["field"] for x in self.lines if x["type"] == "ask"]
        self.sent.append(answer)
        return answer + "\n"


def converse_in_process(script: dict, tmp_path: Path, monkeypatch) -> tuple[list[dict], list[str], dict]:
    who = run_draft(Applicant(script), tmp_path, monkeypatch, today=script.get("today"))
    return who.lines, who.sent, who.lines[-1]


def converse_subprocess(script: dict, tmp_path: Path) -> tuple[list[dict], list[str], dict]:
    """The same conversation through real pipes to a child process."""
    cmd = [sys.executable, "-c", "from assistant.cli import main; main()", "draft", "--jsonl",
           "--out", str(tmp_path / "form.json")]
    if script.get("today"):
        cmd += ["--today", str(script["today"])]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    who = Applicant(script)
    try:
        while True:
            raw = proc.stdout.readline()
            assert raw, proc.stderr.read()
            who.write(raw)
            if who.lines[-1]["type"] == "done":
                break
            if who.lines[-1]["type"] == "ask":
                proc.stdin.write(who.readline())
                proc.stdin.flush()
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    return who.lines, who.sent, who.lines[-1]


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_scripted_interview_completes_project_type(name, tmp_path, monkeypatch):
    script = SCRIPTS[name]
    lines, sent, done = converse_in_process(script, tmp_path, monkeypatch)
    check_done(script, lines, sent, done, tmp_path)


def test_seed_interview_through_real_pipes(tmp_path):
    script = SCRIPTS["seed"]
    lines, sent, done = converse_subprocess(script, tmp_path)
    check_done(script, lines, sent, done, tmp_path)
    # 17 answers to the questions of the old interview, plus the budget breakdown ("就一项"), the
    # contacts (部门职能, 单位负责人, 主管部门负责人, 部门编码, 填报人, 填报日期) and one remaining warning
    assert len(sent) == 25


def check_done(script, lines, sent, done, tmp_path):
    errors = [(f["code"], f["field"]) for f in done["findings"] if f["severity"] == "error"]
    assert errors == []
    assert len(sent) <= MAX_ANSWERS
    assert done["unconfirmed"] == []
    form = Declaration.from_json(done["form"])
    assert form.to_json() == json.loads((tmp_path / "form.json").read_text(encoding="utf-8"))
    # every text answer is in the form as written
    for field in ("basis", "necessity", "overview"):
        if field in script["answers"]:
            assert getattr(form, field) == script["answers"][field]
    for path, expected in script["expect"].items():
        got = get(form, path)
        if hasattr(got, "model_dump"):
            got = got.model_dump()
        elif isinstance(got, list):
            got = [x.model_dump() if hasattr(x, "model_dump") else x for x in got]
        assert got == expected, path
    # nothing asked twice except what the applicant's answer did not settle
    asked = [x["field"] for x in lines if x["type"] == "ask" and x.get("kind") not in ("confirm", "rows")
             and not (x.get("key") or "").startswith(("review:", "fix:"))]
    assert len(asked) == len(set(asked)), asked
