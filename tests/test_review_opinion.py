"""Grades follow the documented mapping; the opinion lists what to fix, numbered."""
from __future__ import annotations

import json

import pytest

from assistant.model import Declaration
from assistant.review.opinion import counts, draft_opinion, field_label, fix_list, grade
from assistant.review_one import review_file, review_form


def f(code: str, severity: str, field: str = "x", message: str = "问题。", suggestion: str = "请修改。") -> dict:
    return {"code": code, "severity": severity, "field": field, "message": message, "suggestion": suggestion}


def rec(*findings, corrections=()) -> dict:
    return {"file": "a.json", "form": {"project_name": "某项目", "unit": "某单位"},
            "findings": list(findings), "corrections": list(corrections)}


CORR = {"field": "budget_items[1].amount", "old": 204000.0, "new": 20.4, "reason": "按万元换算。"}


@pytest.mark.parametrize("record, expected", [
    (rec(), "优"),
    (rec(f("goal_long_term_missing", "info")), "优"),
    (rec(f("goal_vague", "warning")), "良"),
    (rec(*[f("goal_vague", "warning", f"goals.annual[{i}]") for i in range(4)]), "良"),
    (rec(*[f("goal_vague", "warning", f"goals.annual[{i}]") for i in range(5)]), "中"),
    (rec(f("unit_scale_mismatch", "error", "budget_items[1].amount"), corrections=[CORR]), "良"),
    (rec(f("unit_scale_mismatch", "error", "budget_items[1].amount")), "中"),
    (rec(f("funding_sum_mismatch", "error", "funding"),
         corrections=[{"field": "funding.current_year", "old": 1, "new": 2, "reason": "r"}]), "良"),
    (rec(f("field_missing", "error", "basis")), "中"),
    (rec(*[f("field_missing", "error", k) for k in ("basis", "overview", "necessity", "unit")]), "中"),
    (rec(*[f("field_missing", "error", k) for k in ("basis", "overview", "necessity", "unit", "start")]), "差"),
    (rec(*[f("indicator_category_missing", "error", f"indicators.{c}") for c in ("数量指标", "质量指标", "时效指标")]), "中"),
    (rec(*[f("indicator_category_missing", "error", f"indicators.{c}")
           for c in ("数量指标", "质量指标", "时效指标", "成本指标")]), "差"),
    (rec(f("goal_annual_missing", "error", "goals.annual"),
         *[f("indicator_category_missing", "error", f"indicators.{c}") for c in ("效益指标", "满意度指标")]), "差"),
    (rec(f("goal_annual_missing", "error", "goals.annual"), f("indicator_category_missing", "error", "indicators.效益指标")), "中"),
])
def test_grade_follows_mapping(record, expected):
    assert grade(record) == expected


@pytest.mark.parametrize("path, expected", [
    ("project_name", "项目名称"),
    ("attribute", "项目属性"),
    ("start", "项目开始月份"),
    ("function_code", "预算功能科目"),
    ("funding.total", "项目资金总额（万元）"),
    ("funding", "资金来源"),
    ("budget_items[1].amount", "预算明细第2项·金额（万元）"),
    ("budget_items[0]", "预算明细第1项"),
    ("goals.annual", "年度目标"),
    ("goals.long_term[1]", "中长期目标第2条"),
    ("indicators:聘用人员到岗率", "指标「聘用人员到岗率」"),
    ("indicators.时效指标", "时效指标"),
    ("indicators[3]", "绩效指标第4行"),
    ("", "（整表）"),
])
def test_field_label(path, expected):
    assert field_label(path) == expected


def test_fix_list_groups_same_code_and_advice_and_numbers_corrections():
    r = rec(f("indicator_unit_missing", "warning", "indicators:A", "A 没有单位。", "请标明单位。"),
            f("field_missing", "error", "basis", "立项依据未填。", "请补充。"),
            f("indicator_unit_missing", "warning", "indicators:B", "B 没有单位。", "请标明单位。"),
            corrections=[CORR])
    assert fix_list(r) == [
        "【错误·必填项未填写】项目立项依据：立项依据未填。建议：请补充。",
        "【警告·指标值缺少单位】指标「A」：A 没有单位；指标「B」：B 没有单位。建议：请标明单位。",
        "【更正】将预算明细第2项·金额（万元）由 204000 改为 20.4（按万元换算）。",
    ]


def test_opinion_states_grade_outcome_and_numbered_items():
    text = draft_opinion(rec(f("field_missing", "error", "basis", "立项依据未填。", "请补充。")))
    lines = text.splitlines()
    assert lines[0] == "审核结果：中。某项目（某单位）绩效目标申报表经审核，存在需要修改的问题，请项目单位按以下意见修改完善后重新申报。"
    assert lines[1:] == ["等级说明：有 1 项需单位修改的错误，等级最高为中（5 项及以上错误为差）。",
                         "需修改的问题：", "1. 【错误·必填项未填写】项目立项依据：立项依据未填。建议：请补充。"]


def test_clean_form_opinion_has_no_list():
    assert draft_opinion(rec()) == ("审核结果：优。某项目（某单位）绩效目标申报表经审核，绩效目标明确，指标完整、可衡量，"
                                    "与预算资金匹配，同意按申报内容纳入预算。\n等级说明：没有错误和警告，评为优。")


MISSING = [f("indicator_category_missing", "error", f"indicators.{c}") for c in ("数量指标", "质量指标", "时效指标", "成本指标")]


@pytest.mark.parametrize("record, expected", [
    (rec(f("unit_scale_mismatch", "error", "budget_items[1].amount"), corrections=[CORR]),
     "等级说明：有 1 项错误可按所附更正直接改正（没有需单位修改的错误，故不是中），评为良。"),
    (rec(f("unit_scale_mismatch", "error", "budget_items[1].amount"), f("goal_vague", "warning"), corrections=[CORR]),
     "等级说明：有 1 项错误可按所附更正直接改正（没有需单位修改的错误，故不是中）；有 1 项警告（少于 5 项），等级最高为良。"),
    (rec(*[f("goal_vague", "warning", f"goals.annual[{i}]") for i in range(2)]),
     "等级说明：有 2 项警告（少于 5 项），等级最高为良。"),
    (rec(*[f("goal_vague", "warning", f"goals.annual[{i}]") for i in range(5)]),
     "等级说明：有 5 项警告（5 项及以上），等级最高为中。"),
    (rec(f("field_missing", "error", "basis"), f("goal_vague", "warning")),
     "等级说明：有 1 项需单位修改的错误，另有 1 项警告，等级最高为中（5 项及以上错误为差）。"),
    (rec(*[f("field_missing", "error", k) for k in ("basis", "overview", "necessity", "unit", "start")]),
     "等级说明：有 5 项需单位修改的错误（5 项及以上评为差）。"),
    (rec(*MISSING[:3], f("goal_vague", "warning")), "等级说明：有 3 项需单位修改的错误，另有 1 项警告，等级最高为中（5 项及以上错误为差）。"),
    (rec(*MISSING), "等级说明：年度绩效指标缺少 4 类（缺 4 类及以上评为差）。"),
    (rec(f("goal_annual_missing", "error", "goals.annual"), *MISSING[:2]), "等级说明：没有年度目标，且绩效指标缺少 2 类，评为差。"),
    (rec(f("goal_long_term_missing", "info")), "等级说明：没有错误和警告，评为优。"),
])
def test_opinion_says_why_the_grade_is_what_it_is(record, expected):
    lines = draft_opinion(record).splitlines()
    assert lines[1] == expected
    assert lines[0].startswith(f"审核结果：{grade(record)}。")


def test_engine_wording_replaces_the_outcome_sentence_but_not_the_grade():
    r = rec(f("goal_vague", "warning"))
    r["opinion"] = "该项目目标表述较笼统。"
    assert draft_opinion(r).splitlines()[0] == "审核结果：良。该项目目标表述较笼统。"


def test_corpus_form_with_a_unit_slip_is_good_with_the_correction(fixtures, tmp_path):
    """dev11-021: a 元/万元 slip with its correction and a vague goal — 良, the correction is item 3."""
    record = review_file(str(fixtures / "corpus" / "dev11-021-agri.json")).to_json()
    assert sorted(x["code"] for x in record["findings"]) == ["goal_vague", "unit_scale_mismatch"]
    assert grade(record) == "良"
    assert draft_opinion(record).splitlines()[-1].startswith("3. 【更正】将预算明细第2项·金额（万元）由 204000 改为 20.4")
    json.dumps(record)  # the record is plain JSON


def test_missing_contacts_count_as_one_warning_and_one_item():
    contacts = [f("contact_missing", "warning", k, f"「{k}」未填写", "请填写项目单位负责人、联系电话和填报人。")
                for k in ("unit_head", "unit_phone", "filler")]
    r = rec(*contacts, f("goal_vague", "warning"), f("text_approximate", "warning"), f("date_outside_period", "warning"))
    assert grade(r) == "良"          # W = 4: three empty contact fields are one problem
    assert grade(rec(*contacts, *(f(c, "warning") for c in ("a_b", "c_d", "e_f", "g_h")))) == "中"
    items = fix_list(rec(*contacts))
    assert len(items) == 1 and items[0].startswith("【警告·联系人或电话未填】") and items[0].count("未填写") == 3


def test_serial_date_with_its_correction_is_a_corrected_error(fixtures):
    data = json.loads((fixtures / "corpus" / "dev11-011-research.json").read_text(encoding="utf-8"))["form"]
    data["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "资金到位时间",
                               "value": "=45,65745,657"})
    record = review_form(Declaration.from_json(data), file="x.json").to_json()
    assert [x["code"] for x in record["findings"]] == ["indicator_value_serial_date"]
    c = counts(record)
    assert (c.uncorrected_errors, c.corrected_errors) == (0, 1) and grade(record) == "良"
    assert "【更正】将指标「资金到位时间」由 =45,65745,657 改为 2024年12月31日前" in draft_opinion(record)
