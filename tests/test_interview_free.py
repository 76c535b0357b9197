"""Free-form scripted interviews through `jixiao draft --jsonl`, for project types outside the dev
corpus (tests/fixtures/interview_scripts_free.yaml): answers typed the way a clerk types them —
Chinese numerals, 元/万元 mixed, hedges, several facts per sentence, answers to another question,
corrections ("不对，是三十二万"), skips and going back. Each must end with no error-severity
finding in at most 25 answers, with the facts exactly as answered."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from assistant.interview.apply import get
from assistant.interview.readers import hedges
from draft_peer import Clerk, run_draft
from assistant.model import Declaration

SCRIPTS = yaml.safe_load((Path(__file__).parent / "fixtures" / "interview_scripts_free.yaml").read_text(encoding="utf-8"))
MAX_ANSWERS = 40   # the form's contacts and every remaining finding are asked too (issue 11)


def converse(script: dict, tmp_path: Path, monkeypatch) -> Clerk:
    return run_draft(Clerk(script["answers"], MAX_ANSWERS), tmp_path, monkeypatch, today=script["today"])


def _plain(got):
    if hasattr(got, "model_dump"):
        return got.model_dump()
    if isinstance(got, list):
        return [x.model_dump() if hasattr(x, "model_dump") else x for x in got]
    return got


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_free_answers_complete_a_new_project_type(name, tmp_path, monkeypatch):
    script = SCRIPTS[name]
    who = converse(script, tmp_path, monkeypatch)
    done = who.lines[-1]
    assert done["type"] == "done", who.transcript()
    errors = [(f["code"], f["field"], f["message"]) for f in done["findings"] if f["severity"] == "error"]
    assert errors == [], who.transcript()
    assert len(who.sent) <= MAX_ANSWERS
    assert done["unconfirmed"] == [], who.transcript()
    form = Declaration.from_json(done["form"])
    assert form.to_json() == json.loads((tmp_path / "form.json").read_text(encoding="utf-8"))
    for field in ("basis", "necessity"):
        if isinstance(script["answers"].get(field), str):
            assert getattr(form, field) == script["answers"][field]
    said = script["answers"]["overview"]          # the overview as written, but not an approximate amount
    assert not [h.text for h in hedges(form.overview) if h.path], form.overview
    for clause in re.split(r"[，。]", said):
        if clause and not [h for h in hedges(clause) if h.path]:
            assert clause in form.overview, (clause, form.overview)
    for path, expected in script["expect"].items():
        assert _plain(get(form, path)) == expected, f"{path}\n{who.transcript()}"
    for x in who.lines:     # what the applicant reads names fields in Chinese, never by path
        assert "indicators:" not in x.get("text", ""), x["text"]
        assert "funding." not in x.get("text", ""), x["text"]


def test_loaded_complete_form_asks_about_each_remaining_warning_once_by_chinese_label():
    from assistant.interview.engine import Interview
    form = Declaration.from_json(json.loads(
        (Path(__file__).parent / "fixtures" / "corpus" / "dev11-000-hiring.json").read_text(encoding="utf-8")))
    iv = Interview(form, source="申报表.json")
    iv.opening()
    warnings = [(f.code, f.field) for f in iv.report().findings if f.severity.value == "warning"]
    asked = []
    while (q := iv.next_question()) is not None:
        asked.append(q.key)
        assert "budget_items[" not in q.render() and "indicators:" not in q.render(), q.render()
        iv.answer("跳过")
    assert asked == [f"review:{c}:{f}" for c, f in warnings]          # each once, none silently
    assert "预算明细「聘用人员工资」的时间 2024-01~2025-03 超出项目实施期" in " ".join(
        x["text"] for x in iv.transcript if x["role"] == "assistant")
    assert iv.transcript[-1]["text"].endswith("（或 .xlsx）。")         # ends telling how to get the file


def test_unconfirmed_number_is_described_by_its_chinese_label():
    from assistant.interview.provenance import Source, Unconfirmed
    u = Unconfirmed("indicators:聘用人员在岗率", "≥98%", Source("suggested", "指标库示例值", 1))
    assert u.describe() == "指标「聘用人员在岗率」：≥98%（系统建议：指标库示例值）"
    assert Unconfirmed("funding.current_year", "24", None).describe() == "本年度预算：24（来源不明）"
