"""jixiao draft: the JSON Lines interface, draft management and the terminal mode."""
from __future__ import annotations

import json

from click.testing import CliRunner

from assistant.cli import cli


def jsonl(args, answers):
    result = CliRunner().invoke(cli, ["draft", "--jsonl", *args], input="".join(a + "\n" for a in answers))
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


def asks(lines):
    return [x["field"] for x in lines if x["type"] == "ask"]


def test_jsonl_protocol_asks_says_and_ends_with_done_at_end_of_input(tmp_path):
    out = tmp_path / "form.json"
    lines = jsonl(["--out", str(out)], ["社会化聘用人员经费", "市信访局"])
    assert lines[0]["type"] == "say" and lines[0]["text"].startswith("草稿编号：")
    assert asks(lines) == ["project_name", "unit", "department"]
    assert {"type": "say", "text": "已记录：项目名称：社会化聘用人员经费。"} in lines
    done = lines[-1]
    assert done["type"] == "done"
    assert done["form"]["unit"] == "市信访局"
    assert {"code": "field_missing", "field": "department"} in [
        {"code": f["code"], "field": f["field"]} for f in done["findings"]]
    assert json.loads(out.read_text(encoding="utf-8"))["project_name"] == "社会化聘用人员经费"


def test_empty_line_and_tiaoguo_skip_and_the_field_is_not_asked_again():
    lines = jsonl([], ["社会化聘用人员经费", "", "跳过", "聘4个人做接待，每人每月5000元"])
    assert asks(lines) == ["project_name", "unit", "department", "overview", "function_code"]
    assert lines[-1]["form"]["unit"] == "" and lines[-1]["form"]["funding"]["total"] == 24.0


def test_back_undoes_the_last_answer_and_asks_it_again():
    lines = jsonl([], ["社会化聘用人员经费", "市信访局", "返回", "乌海市信访局"])
    assert asks(lines) == ["project_name", "unit", "department", "unit", "department"]
    assert {"type": "say", "text": "好的，回到上一步。"} in lines
    assert lines[-1]["form"]["unit"] == "乌海市信访局"


def test_correction_changes_any_field_and_recomputes_what_followed_from_it():
    answers = ["社会化聘用人员经费", "市信访局", "同上", "聘4个人做接待，每人每月5000元，全年", "2010308", "新增",
               "2020年1月至12月", "乌人社函〔2019〕25号", "人手不足，需要聘用", "没有", "就一项",
               "改一下：总额是30万", "单位改成乌海市信访局"]
    lines = jsonl([], answers)
    form = lines[-1]["form"]
    assert form["funding"]["total"] == 30.0
    assert form["funding"]["current_year"] == 30.0     # computed from the total, so it follows
    assert form["budget_items"][0]["amount"] == 30.0   # the single computed item follows too
    assert form["unit"] == "乌海市信访局"
    assert form["department"] == "市信访局"             # stated separately: unchanged
    said = "\n".join(x["text"] for x in lines if x["type"] == "say")
    assert "已把「项目资金总额」从「24万元」改为「30万元」" in said
    assert "已把「项目单位」从「市信访局」改为「乌海市信访局」。" in said


def test_list_resume_and_delete_drafts():
    runner = CliRunner()
    first = jsonl([], ["乌海市办公设备购置项目"])
    draft_id = first[0]["text"].removeprefix("草稿编号：")
    listed = runner.invoke(cli, ["draft", "--list"])
    assert listed.exit_code == 0
    assert listed.output.startswith(draft_id) and "已答1句  乌海市办公设备购置项目" in listed.output
    again = jsonl(["--draft", draft_id], ["乌海市第三中学"])
    assert asks(again) == ["unit", "department"]
    assert again[-1]["form"]["project_name"] == "乌海市办公设备购置项目"
    gone = runner.invoke(cli, ["draft", "--delete", draft_id])
    assert gone.output == f"已删除草稿 {draft_id}。\n"
    missing = runner.invoke(cli, ["draft", "--resume", draft_id])
    assert missing.exit_code == 2
    assert f"找不到草稿「{draft_id}」" in missing.stderr


def test_terminal_mode_asks_in_chinese_and_saves_on_end_of_input():
    result = CliRunner().invoke(cli, ["draft"], input="社会化聘用人员经费\n")
    assert result.exit_code == 0
    assert "这个项目叫什么名字？" in result.output
    assert "已记录：项目名称：社会化聘用人员经费。" in result.output
    assert "草稿已保存。继续填写：jixiao draft --resume" in result.output


def test_draft_help_has_an_example():
    result = CliRunner().invoke(cli, ["draft", "--help"])
    assert "jixiao draft --jsonl --out 申报表.json" in result.output


def test_from_file_asks_only_what_the_imported_form_lacks(fixtures):
    src = fixtures / "corpus" / "dev11-004-subsidy.json"
    lines = jsonl(["--from", str(src)], ["鄂尔多斯市农村低保资金"])
    assert lines[1]["text"] == "已载入申报表「未命名」，我来帮您补齐缺少的内容。"
    assert [x["field"] for x in lines if x["type"] == "ask" and not x["key"]] == ["project_name"]
    assert [x["key"] for x in lines if x["type"] == "ask" and x["key"]] == ["review:goal_vague:goals.annual[0]"]
    done = lines[-1]
    assert done["form"]["project_name"] == "鄂尔多斯市农村低保资金"
    assert done["form"]["funding"]["total"] == 2013.65
    assert [f["severity"] for f in done["findings"]] == ["warning"]          # goal_vague only
    assert done["unconfirmed"] == []                                           # imported numbers are the applicant's


def test_from_unreadable_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "a.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0old office")
    result = CliRunner().invoke(cli, ["draft", "--jsonl", "--from", str(bad)], input="")
    assert result.exit_code == 2
    assert "Office 文件已损坏或格式不正确" in result.stderr
