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


class Clerk(DraftPeer):
    """stdin and stdout of `jixiao draft --jsonl`: each "ask" is answered with the script's next
    answer for the field asked (a list is answered item by item, one per time it is asked; the
    stock answers cover what the script does not). Asked once more than the script answers, or
    more than ``most`` answers in all: a failure."""

    def __init__(self, answers: dict, most: int = 40):
        self.todo = {k: list(v) if isinstance(v, list) else [v] for k, v in answers.items()}
        self.most = most
        super().__init__()

    def readline(self) -> str:
        msg = self.lines[-1]
        assert msg["type"] == "ask", msg
        key = "confirm" if msg.get("kind") == "confirm" else msg["field"]
        stock = stock_answer(msg, self.todo)
        if stock is not None and not self.todo.get(key):
            self.sent.append(stock)
            return stock + "\n"
        assert self.todo.get(key), f"unexpected question {key}: {msg['text']}\n{self.transcript()}"
        queue = self.todo[key]
        if len(queue) == 1 and key != "confirm":
            self.todo[key] = []      # asked once more than the script answers: a failure next time
        answer = str(queue.pop(0) if len(queue) > 1 else queue[0])
        assert len(self.sent) < self.most, self.transcript()
        self.sent.append(answer)
        return answer + "\n"

    def transcript(self) -> str:
        return "\n".join(f"[{x['type']}:{x.get('field', '')}] {x.get('text', '')[:300]}" for x in self.lines)
