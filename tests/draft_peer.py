"""Driving `jixiao draft --jsonl` in-process: a peer is both its stdout (collects the JSON lines)
and its stdin (answers each "ask" in ``readline``, which subclasses define)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


# What every scripted applicant answers when the script itself says nothing about a question: the
# contacts at the end of the form, the review of remaining warnings (kept as they are), rows read
# from a sentence (accepted).
STOCK = {"unit_functions": "负责本单位主要业务工作的组织实施和监督管理。", "unit_head": "张伟，13904731234",
         "unit_phone": "13904731234", "department_head": "王建国，0473-2981234", "department_phone": "0473-2981234",
         "department_code": "跳过", "filler": "赵磊", "fill_date": "今天"}


def stock_answer(msg: dict, answers: dict) -> str | None:
    """The stock answer to an "ask" line the script does not cover, or None."""
    if msg.get("kind") == "rows":
        return "是"
    if (msg.get("key") or "").startswith("review:"):
        return "跳过"
    if msg["field"] in STOCK and msg["field"] not in answers:
        return STOCK[msg["field"]]
    return None


class DraftPeer:
    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.sent: list[str] = []
        self._buf = ""

    def write(self, text: str) -> int:
        self._buf += text
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            self.lines.append(json.loads(line))
        return len(text)

    def flush(self) -> None:
        pass

    def readline(self) -> str:
        raise NotImplementedError


def run_draft(peer: DraftPeer, tmp_path: Path, monkeypatch, today: str | None = None) -> DraftPeer:
    """Run `jixiao draft --jsonl --out tmp/form.json [--today T]` with ``peer`` on stdin/stdout; exit 0."""
    from assistant.cli import cli
    args = ["draft", "--jsonl", "--out", str(tmp_path / "form.json")]
    if today:
        args += ["--today", str(today)]
    monkeypatch.setattr(sys, "stdin", peer)
    monkeypatch.setattr(sys, "stdout", peer)
    with pytest.raises(SystemExit) as end:
        cli.main(args, prog_name="jixiao")
    monkeypatch.undo()
    assert end.value.code == 0
    return peer
