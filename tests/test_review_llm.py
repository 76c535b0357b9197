"""jixiao review --llm against the local fake OpenAI server: same rule findings, the model's wording,
the engine's concurrency limit, token totals in the summary, JSONL equal to check --llm --json."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from assistant.cli import cli
from fake_openai import FakeOpenAI, Reply

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
OPINION = "经审阅，绩效目标基本明确，请按清单修改。"


@pytest.fixture
def fake(monkeypatch):
    with FakeOpenAI(latency=0.05) as server:
        monkeypatch.setenv("JIXIAO_LLM_BASE_URL", server.url)
        monkeypatch.setenv("JIXIAO_LLM_MODEL", "fake-model")
        monkeypatch.setenv("JIXIAO_LLM_API_KEY", "sk-test-secret-key-0000")
        monkeypatch.setenv("JIXIAO_LLM_TIMEOUT", "5")
        monkeypatch.setenv("JIXIAO_LLM_MAX_RETRIES", "0")
        monkeypatch.setenv("JIXIAO_LLM_CONCURRENCY", "2")
        server.default = lambda body: Reply(content=json.dumps({"findings": [], "opinion": OPINION},
                                                               ensure_ascii=False), usage=(300, 40))
        yield server


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_review_llm_keeps_rule_findings_adds_wording_and_totals(fake, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["dev11-000-hiring.json", "dev11-003-training.json", "dev11-011-research.json",
             "dev11-021-agri.json", "dev11-024-hiring.json"]
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    off = CliRunner().invoke(cli, ["review", str(folder), "--out", str(tmp_path / "off.xlsx"),
                                   "--jsonl", str(tmp_path / "off.jsonl"), "--no-cache"])
    r = CliRunner().invoke(cli, ["review", str(folder), "--llm", "--out", str(tmp_path / "llm.xlsx"),
                                 "--jsonl", str(tmp_path / "llm.jsonl"), "--jobs", "2"])
    assert r.exit_code == off.exit_code, r.output
    offline, online = lines(tmp_path / "off.jsonl"), lines(tmp_path / "llm.jsonl")
    assert [x["findings"] for x in online] == [x["findings"] for x in offline]
    assert all(x["opinion"] == OPINION for x in online)
    assert 1 <= fake.max_in_flight <= 2
    assert "大模型用量：调用次数 5，失败次数 0，请求数 5，输入 tokens 1500，输出 tokens 200，合计 tokens 1700" in r.output
    wb = openpyxl.load_workbook(tmp_path / "llm.xlsx")
    opinions = [row[8] for row in list(wb["审核意见"].iter_rows(values_only=True))[1:]]
    assert all(o.startswith("审核结果：") and OPINION in o for o in opinions)
    # each line is what check --llm --json prints for that file
    check = CliRunner().invoke(cli, ["check", "--llm", "--json", *(str(folder / n) for n in names)])
    assert [json.loads(x) for x in check.stdout.splitlines()] == online
    # a re-run serves the model's reviews from the cache: no new request
    before = len(fake.requests)
    again = CliRunner().invoke(cli, ["review", str(folder), "--llm", "--out", str(tmp_path / "again.xlsx")])
    assert "使用缓存 5 个" in again.output and len(fake.requests) == before


def test_review_llm_reports_the_cost_at_the_configured_prices(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_LLM_PRICE_INPUT", "2")     # 元 per million input tokens
    monkeypatch.setenv("JIXIAO_LLM_PRICE_OUTPUT", "8")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("dev11-000-hiring.json", "dev11-003-training.json"):
        shutil.copy(CORPUS / name, folder / name)
    r = CliRunner().invoke(cli, ["review", str(folder), "--llm", "--out", str(tmp_path / "r.xlsx"), "--no-cache"])
    # 2 calls × (300 in, 40 out): 600 × 2 / 1e6 + 80 × 8 / 1e6 = 0.00184 元
    assert "输入 tokens 600，输出 tokens 80，合计 tokens 680" in r.output and "费用（元） 0.0018" in r.output
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    summary = {row[0]: row[1] for row in wb["汇总"].iter_rows(values_only=True) if row and row[0]}
    assert summary["大模型用量"].endswith("费用（元） 0.0018")
