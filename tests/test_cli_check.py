"""jixiao check: exit codes, JSON Lines, and clear errors for bad input."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["check", *args])


def test_check_prints_the_seed_findings_in_chinese(fixtures):
    r = run(str(fixtures / "seed-wuhai-2020.json"))
    assert r.exit_code == 1
    assert "社会化聘用人员经费" in r.output
    assert "必填项「主管部门」未填写" in r.output
    assert "年度绩效指标中缺少时效指标" in r.output
    assert "填报日期 2020-08-19 晚于项目开始时间 2020-01" in r.output


def test_check_json_lines_one_object_per_file(fixtures):
    files = [fixtures / "corpus" / "dev11-011-research.json", fixtures / "corpus" / "dev11-020-student_aid.json"]
    r = run("--json", *map(str, files))
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["file"] for x in lines] == [str(f) for f in files]
    assert lines[0]["findings"] == [] and lines[0]["corrections"] == []
    assert lines[1]["corrections"] == [{"field": "overview", "old": "1240000", "new": 1234000.0,
                                         "reason": "按测算式各因子重新计算乘积。"}]
    assert r.exit_code == 1  # quantity_price_mismatch is an error


def test_check_exits_0_on_clean_form(fixtures):
    assert run(str(fixtures / "corpus" / "dev11-011-research.json")).exit_code == 0


@pytest.mark.parametrize("content,reason", [
    (b"{not json", "不是有效的 JSON（第 1 行第 2 列"),
    (b"[1, 2]", "JSON 顶层应是一个对象（{...}），实际是数组。"),
    ('{"funding": {"total": "很多"}}'.encode(), "字段类型不对：funding.total"),
    (b'{"indicators": 5}', "字段类型不对：indicators: 应为列表"),
    (b"\xff\xfe\x00\x01\x80\x81" * 10, "无法识别的文件格式"),
    (b"", "文件是空的。"),
])
def test_check_exits_2_with_a_clear_error_line_on_unreadable_file(tmp_path, content, reason):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    r = run("--json", str(bad))
    assert r.exit_code == 2
    row = json.loads(r.stdout.strip())
    assert row["file"] == str(bad)
    assert reason in row["error"]
    assert f"无法读取 {bad}：" in r.stderr


def test_one_bad_file_does_not_stop_the_batch(tmp_path, fixtures):
    bad = tmp_path / "a.json"
    bad.write_text("[]", encoding="utf-8")
    good = fixtures / "corpus" / "dev11-011-research.json"
    r = run("--json", str(bad), str(good))
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert "error" in rows[0] and rows[1]["findings"] == []
    assert r.exit_code == 2


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.write(b'{"project_name": "' + b"a" * (50 * 1024 * 1024) + b'"}')
    r = run("--json", str(big))
    assert r.exit_code == 2
    assert "文件过大（50.0 MB），上限为 20.0 MB。" in json.loads(r.stdout)["error"]


def test_gbk_encoded_json_is_read(tmp_path):
    p = tmp_path / "gbk.json"
    p.write_bytes(json.dumps({"project_name": "测试项目"}, ensure_ascii=False).encode("gb18030"))
    r = run("--json", str(p))
    assert json.loads(r.stdout)["form"]["project_name"] == "测试项目"


def test_missing_file_and_directory(tmp_path):
    r = run("--json", str(tmp_path / "nope.json"), str(tmp_path))
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["error"] == "文件不存在。"
    assert rows[1]["error"] == "这是一个文件夹，不是文件。"


def test_rules_command_lists_every_code():
    r = CliRunner().invoke(cli, ["rules"])
    assert r.exit_code == 0
    assert "satisfaction_target_low" in r.output and "满意度指标目标值低于80%。" in r.output


def test_docs_rules_md_is_generated_from_the_registry():
    from pathlib import Path
    from assistant.cli.rules_cmd import rules_markdown
    doc = Path(__file__).parent.parent / "docs" / "rules.md"
    assert doc.read_text(encoding="utf-8").strip() == rules_markdown().strip(), "run: jixiao rules --markdown > docs/rules.md"


@pytest.mark.parametrize("name, kind", [("broken.docx", "Word"), ("broken.pdf", "PDF"), ("photo.png", "PNG 图片")])
def test_a_file_whose_bytes_are_not_its_extension_says_so(tmp_path, name, kind):
    bad = tmp_path / name
    bad.write_bytes(b"garbage \x00\x01" * 10)
    r = run("--json", str(bad))
    assert r.exit_code == 2
    assert f"文件扩展名是 .{name.rsplit('.', 1)[1]}，但内容不是{kind}文件" in json.loads(r.stdout.strip())["error"]
