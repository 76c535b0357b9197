"""Abstain rather than guess, on every import path: a value goes into a field only when its kind fits the
field; otherwise the field stays empty and a warning names the text.

The cases try to break it: a PDF text dump whose labels and values come out in scrambled columns (what
issue 12 saw: 实施单位 "赵磊", 单位电话 "2026年01月至2026年12月", 资金总额 from "1394749****"), the unseen-layout
dumps with their value lines shuffled, and the paste layouts of eval/paste_layouts.py.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from test_import_unseen_layouts import docx_bytes, facts

from assistant.importers import read_bytes
from assistant.importers.kinds import fits_field

FIXTURES = Path(__file__).parent / "fixtures"
PERSONS = {"赵磊", "黄丽", "张敏", "李杰", "马骏", "王芳", "刘洋"}
SCRAMBLED = """项目支出绩效目标申报表
项目名称
实施单位
单位负责人
单位电话
项目期限
项目资金总额（万元）
赵磊
2026年01月至2026年12月
1394749****
乌海市社区养老服务补贴
乌海市民政局
"""


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def test_a_scrambled_dump_never_puts_a_person_in_the_unit_a_period_in_the_phone_or_a_phone_in_the_amount():
    result = _read(SCRAMBLED)
    f = result.form
    assert f.unit not in PERSONS and f.unit != "赵磊"
    assert "年" not in f.unit_phone and "至" not in f.unit_phone
    assert f.funding.total is None or f.funding.total != pytest.approx(139.4749)
    assert f.funding.total is None or "1394749" not in str(f.funding.total).replace(".", "")


@pytest.mark.parametrize("text,field,bad", [
    ("项目名称 | 甲项目 |\n实施单位 | 赵磊 |\n", "unit", "赵磊"),
    ("项目名称 | 甲项目 |\n联系电话 | 2026年01月至2026年12月 |\n", "unit_phone", "2026年01月至2026年12月"),
    ("项目名称 | 甲项目 |\n资金总额（万元） | 1394749**** |\n", "funding.total", "1394749****"),
    ("项目名称 | 甲项目 |\n资金总额 | 13947491234 |\n", "funding.total", "13947491234"),
    ("项目名称 | 甲项目 |\n主管部门 | 审核意见单位公章 |\n", "department", "审核意见单位公章"),
    ("项目名称 | 甲项目 |\n项目负责人 | 乌海市民政局 |\n", "unit_head", "乌海市民政局"),
])
def test_a_value_of_the_wrong_kind_stays_out_with_a_warning_naming_it(text, field, bad):
    result = _read(text)
    have = facts(result.form.to_json()).get(field) if "." in field else getattr(result.form, field)
    assert have in (None, "")
    assert any(bad in w for w in result.warnings)
    assert field.split(".")[0] in result.unread or field in result.unread


def test_the_same_guarantee_holds_for_word_tables():
    data = docx_bytes([[["项目名称", "甲项目"], ["实施单位", "赵磊"], ["联系电话", "2026年01月至2026年12月"],
                        ["资金总额（万元）", "1394749****"]]])
    result = read_bytes(data, "x.docx")
    assert (result.form.unit, result.form.unit_phone, result.form.funding.total) == ("", "", None)
    assert not result.loose and {"unit", "unit_phone", "funding.total"} <= set(result.unread)


def _shuffled(text: str, rng: random.Random) -> str:
    """The value lines of a dump shuffled inside windows of five (a PDF extractor that scrambles columns)."""
    lines = text.split("\n")
    out = []
    for k in range(0, len(lines), 5):
        chunk = lines[k:k + 5]
        rng.shuffle(chunk)
        out += chunk
    return "\n".join(out)


@pytest.mark.parametrize("path", sorted((FIXTURES / "unseen_txt").glob("*.txt")), ids=lambda p: p.stem)
def test_shuffled_dumps_only_ever_fill_fields_with_values_of_their_kind(path):
    rng = random.Random(path.stem)
    for _ in range(4):
        f = _read(_shuffled(path.read_text(encoding="utf-8"), rng)).form
        for key in ("unit", "department", "unit_head", "unit_phone", "function_code", "start", "end"):
            value = getattr(f, key)
            assert not value or fits_field({"unit_phone": "phone"}.get(key, key), value), (key, value)
        for key, value in f.funding.model_dump().items():
            assert value is None or value < 1e6, (key, value)          # never a phone's digits as 万元
        assert f.unit not in PERSONS and f.department not in PERSONS


def test_pasted_forms_never_put_a_value_in_the_wrong_field():
    """Every text of the generated paste corpus: a header field the reader fills is the expected value."""
    from eval.paste_layouts import corpus
    keys = ["project_name", "department", "unit", "unit_head", "attribute", "start", "end", "function_code",
            "funding.total", "funding.carryover", "funding.current_year", "funding.other", "filler", "fill_date"]
    wrong = []
    for name, text, expected in corpus():
        have, want = facts(_read(text, name + ".txt").form.to_json()), facts(expected)
        wrong += [(name, k, have[k], want[k]) for k in keys if have[k] not in (None, "") and have[k] != want[k]]
    assert not wrong, wrong[:5]


def test_a_cut_off_number_at_the_end_of_a_pipe_table_is_not_read():
    text = ("| 项目名称 | 甲项目 | |||\n| 一级指标 | 二级指标 | 三级指标 | 指标值 | |\n"
            "| 产出指标 | 数量指标 | 培训人次 | ≥100人次 | |\n| 成本指标 | 人均培训费 | 15")
    result = _read(text)
    assert [(i.name, i.value) for i in result.form.indicators] == [("培训人次", "≥100人次")]
    assert any("人均培训费" in w for w in result.warnings)


def test_labels_run_together_are_cut_at_the_longer_label():
    f = _read("乌海市2025年项目支出绩效目标申报表项目名称办公设备购置项目主管部门及编码499001乌海市教育局"
              "实施单位乌海市第一中学项目属性新增资金总额（万元）81.18项目概况为全校更新教学计算机115台，"
              "满足信息技术课程教学需要。立项依据乌海市教育信息化三年行动计划（2024—2026年）。").form
    assert (f.project_name, f.department, f.department_code) == ("办公设备购置项目", "乌海市教育局", "499001")
    assert re.fullmatch(r"乌海市第一中学", f.unit)


@pytest.mark.parametrize("rest", ["及渭南市信访局", "和湘潭市财政局", "渭南市信访局代码", "湘潭市城管局编码"])
def test_the_rest_of_a_wrapped_label_is_never_a_unit(rest):
    from assistant.importers.kinds import fits
    assert not fits("org", rest)
    assert fits("org", "渭南市信访局")
