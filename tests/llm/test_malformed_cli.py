"""The commands with a model that answers HTTP 200 without `choices`: rule findings kept, a Chinese
warning, no traceback; `draft --llm --jsonl` stores each answer before the model sees it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from assistant.cli import cli
from assistant.interview.store import open_store

NO_CHOICES = {"id": "x", "object": "chat.completion", "model": "m"}


def always_no_choices(body):
    from fake_openai import Reply
    return Reply(body=NO_CHOICES)


def test_check_llm_keeps_its_rule_findings_when_the_model_answers_without_choices(fake_openai, fixtures):
    fake_openai.default = always_no_choices
    src = str(fixtures / "seed-wuhai-2020.json")
    offline = CliRunner().invoke(cli, ["check", "--json", src])
    r = CliRunner().invoke(cli, ["check", "--json", "--llm", src])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert r.exit_code == offline.exit_code
    got, want = json.loads(r.stdout.splitlines()[0]), json.loads(offline.stdout.splitlines()[0])
    rules = lambda rec: [(f["code"], f["field"]) for f in rec["findings"] if f["source"] == "rules"]  # noqa: E731
    assert rules(got) == rules(want) and rules(want)
    assert any("大模型审核未完成" in w and "不是 OpenAI 格式" in w for w in got["warnings"])
    text = CliRunner().invoke(cli, ["check", "--llm", src])
    assert text.exit_code == offline.exit_code and "Traceback" not in text.output
    assert "大模型审核未完成，只有离线审核结果" in text.stderr and "不是 OpenAI 格式" in text.stderr


def test_draft_llm_jsonl_goes_on_offline_when_the_model_answers_without_choices(fake_openai):
    fake_openai.default = always_no_choices
    r = CliRunner().invoke(cli, ["draft", "--jsonl", "--llm"], input="社会化聘用人员经费\n市信访局\n")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[-1]["form"]["project_name"] == "社会化聘用人员经费" and lines[-1]["form"]["unit"] == "市信访局"
    said = [x["text"] for x in lines if x["type"] == "say"]
    assert any("大模型暂时不可用" in s for s in said)


def test_draft_llm_stores_the_answer_before_the_model_call_so_a_kill_loses_nothing(fake_openai, tmp_path):
    fake_openai.reply("{}", delay=60)           # the model hangs on the first answer; the process is then killed
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-c", "from assistant.cli import main; main()", "draft", "--jsonl", "--llm"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = json.loads(proc.stdout.readline())
        draft_id = first["text"].removeprefix("草稿编号：")
        assert json.loads(proc.stdout.readline())["type"] in ("say", "ask")
        proc.stdin.write("社会化聘用人员经费\n")
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        while not fake_openai.requests:          # the model call has started: the answer was stored before it
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    d = open_store().get(draft_id)
    assert d.transcript[-1] == {"role": "user", "text": "社会化聘用人员经费"}
    r = CliRunner().invoke(cli, ["draft", "--jsonl", "--resume", draft_id], input="市信访局\n")
    assert r.exit_code == 0, r.output
    done = json.loads(r.stdout.splitlines()[-1])
    assert done["form"]["project_name"] == "社会化聘用人员经费" and done["form"]["unit"] == "市信访局"
    turns = [t["text"] for t in open_store().get(draft_id).transcript if t["role"] == "user"]
    assert turns == ["社会化聘用人员经费", "市信访局"]         # the stored answer is not doubled
