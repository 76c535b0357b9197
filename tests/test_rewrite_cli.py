"""jixiao rewrite: listing, JSON Lines, --apply in any export format, --text with --context, errors."""
from __future__ import annotations

import json

from click.testing import CliRunner

from assistant.cli import EXIT_ERROR, EXIT_SUCCESS, cli
from assistant.importers import read_path
from assistant.rewrite import TARGET_CODES
from assistant.rules import check


def run(*args):
    return CliRunner().invoke(cli, ["rewrite", *map(str, args)])


def weak(form):
    return {(f.code, f.field) for f in check(form).findings if f.code in TARGET_CODES}


def test_lists_proposals_with_original_proposal_and_reason(fixtures):
    r = run(fixtures / "corpus" / "dev11-008-student_aid.json")
    assert r.exit_code == EXIT_SUCCESS
    lines = r.stdout.splitlines()
    assert lines[4:8] == ["2. indicators:资助学生人数", "   原文：显著提高", "   建议：=2919人",
                          "   理由：数值取自项目概况「家庭经济困难学生2919人」"]
    assert "3. indicators:年生均资助标准" in lines


def test_json_lines_one_proposal_per_line(fixtures):
    path = fixtures / "corpus" / "dev11-005-road.json"
    r = run(path, "--json")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["field"], x["needs_confirmation"]) for x in rows] == [
        ("indicators:沿线群众满意度", True), ("indicators:路面修补单价", True)]
    assert set(rows[0]) >= {"file", "field", "original", "proposal", "reason", "needs_confirmation"}
    assert rows[0]["proposal"] == "≥85%"


def test_apply_writes_json_without_weak_findings(fixtures, tmp_path):
    src = fixtures / "corpus" / "dev11-008-student_aid.json"
    out = tmp_path / "out.json"
    r = run(src, "--apply", out)
    assert r.exit_code == EXIT_SUCCESS
    assert "已应用 3 条改写建议，写入" in r.stderr
    before, after = read_path(src).form, read_path(out).form
    assert weak(before) and not weak(after)
    assert {(f.code, f.field) for f in check(after).findings} <= {(f.code, f.field) for f in check(before).findings}


def test_apply_reads_docx_and_writes_docx(fixtures, tmp_path):
    src = fixtures / "corpus" / "dev11-022-publicity.a_docx.docx"
    out = tmp_path / "改写后.docx"
    r = run(src, "--apply", out)
    assert r.exit_code == EXIT_SUCCESS, r.output
    after = read_path(out).form
    assert not weak(after)
    assert next(i.value for i in after.indicators if i.name == "参与群众人次") == "=11885人次"


def test_text_with_context_uses_the_forms_numbers(fixtures):
    r = run("--text", "进一步提升工作水平", "--context", fixtures / "corpus" / "dev11-000-hiring.json", "--json")
    [row] = [json.loads(line) for line in r.stdout.splitlines()]
    assert row["field"] == "goals.annual[0]" and "31" in row["proposal"] and not row["needs_confirmation"]


def test_text_without_context_explains_what_to_do():
    r = run("--text", "进一步提升工作水平")
    assert r.exit_code == EXIT_SUCCESS and r.stdout == ""
    assert r.stderr.strip() == ("这句目标没有数量、比率或时间，但没有申报表可取数：请用 --context 指定它所属的申报表"
                                "（或配置大模型后加 --llm）。")


def test_measurable_text_needs_no_rewrite(fixtures):
    r = run("--text", "2024年聘用31名工作人员", "--context", fixtures / "corpus" / "dev11-000-hiring.json")
    assert r.stderr.strip() == "这句目标已写明数量、比率或时间，无需改写。"


def test_clean_form_says_nothing_to_rewrite(fixtures):
    path = fixtures / "corpus" / "dev11-011-research.json"
    r = run(path)
    assert r.stdout.strip() == f"{path}：未发现需要改写的目标或指标值。"


def test_usage_errors_and_unreadable_file(tmp_path):
    r = run()
    assert r.exit_code == 2 and "请指定一个申报表文件，或用 --text 给出一句目标（二者选一）。" in r.stderr
    r = run(tmp_path / "missing.docx")
    assert r.exit_code == EXIT_ERROR
    assert r.stderr.strip() == f"无法读取 {tmp_path / 'missing.docx'}：文件不存在。"


def test_llm_flag_without_a_model_warns_and_rewrites_offline(fixtures):
    r = run(fixtures / "corpus" / "dev11-000-hiring.json", "--llm", "--json")
    assert "未配置大模型" in r.stderr
    assert json.loads(r.stdout.splitlines()[0])["source"] == "offline"


def test_help_has_an_example():
    r = CliRunner().invoke(cli, ["rewrite", "--help"])
    assert "jixiao rewrite 申报表.xlsx --apply 改写后.docx" in r.output
