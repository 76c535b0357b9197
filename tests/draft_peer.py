"""Driving `jixiao draft --jsonl` in-process: a peer is both its stdout (collects the JSON lines)
and its stdin (answers each "ask" in ``readline``, which subclasses define)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml


STOCK = yaml.safe_load((Path(__file__).parent / "fixtures" / "interview_stock.yaml").read_text(encoding="utf-8"))


def stock_answer(msg: dict, answers: dict) -> str | None:
    """The stock answer to an "ask" line the script does not cover, or None."""
    if msg.get("kind") == "rows":
        return "是"
    if msg.get("kind") == "confirm":
        return None
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
