"""jixiao rewrite on catalogue-v2 findings: fixes that follow from the form, 待确认 when not certain,
each re-checked by the rules."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from assistant import rewrite as rw
from assistant.model import Declaration
from assistant.rules import check
from eval import inject_v2 as iv

BASE = yaml.safe_load((Path(__file__).parent / "rules" / "base.yaml").read_text(encoding="utf-8"))


def form(**patch) -> Declaration:
    data = copy.deepcopy(BASE)
    extra = patch.pop("add", [])
    values = patch.pop("set", {})
    data.update(patch)
    data["indicators"].extend(extra)
    for row in data["indicators"]:
        row["value"] = values.get(row["name"], row["value"])
    return Declaration.model_validate(data)


def by_field(f: Declaration) -> dict:
    return {p.field: p for p in rw.propose(f)}


@pytest.mark.parametrize("case, field, proposal, confirm", [
    (dict(add=[{"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "资金到位时间",
                "value": "=45,65745,657"}]), "indicators:资金到位时间", "2024年12月31日前", False),
    (dict(overview="聘用4名工作人员，经费约24万元。"), "overview", "聘用4名工作人员，经费24万元。", False),
    (dict(overview="聘用4名工作人员，大概二十五万吧。"), "overview", "聘用4名工作人员，24万元。", True),
    (dict(goals={"annual": ["2024年聘用约4名工作人员，信访事项按期办结率达到95%以上。"]}),
     "goals.annual[0]", "2024年聘用4名工作人员，信访事项按期办结率达到95%以上。", False),
    (dict(set={"人员在岗率": "≤95%"}), "indicators:人员在岗率", "≥95%", True),
    (dict(add=[{"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "工资逾期发放率",
                "value": "≥100%"}]), "indicators:工资逾期发放率", "=0%", True),
    (dict(year=2026), "year", "2024", True),
    (dict(goals={"annual": ["2025年聘用4名工作人员，信访事项按期办结率达到95%以上。"]}),
     "goals.annual[0]", "2024年聘用4名工作人员，信访事项按期办结率达到95%以上。", True),
    (dict(goals={"annual": ["2024年聘用5名工作人员，全年经费30万元。"]}),
     "goals.annual[0]", "2024年聘用4名工作人员，全年经费24万元。", True),
])
def test_fix_follows_from_the_form(case, field, proposal, confirm):
    f = form(**case)
    p = by_field(f)[field]
    assert (p.proposal, p.needs_confirmation) == (proposal, confirm)
    after = check(rw.apply(f, [p]))
    assert not [x for x in after.findings if x.field == field and x.severity.value in ("error", "warning")]


def test_full_width_punctuation_and_the_rest_of_the_text_are_kept():
    p = by_field(form(overview="聘用４名工作人员，经费约24万元；每人每月5000元。"))["overview"]
    assert p.proposal == "聘用４名工作人员，经费24万元；每人每月5000元。"
    from assistant.rewrite_fixes import approximate
    assert approximate(form(), "  约２４万元，共４人。").value == "  24万元，共４人。"


@pytest.mark.parametrize("case", [dict(basis="没有文件"), dict(unit_phone=""), dict(set={"人员在岗率": "≥13人"}),
                                  dict(set={"聘用人数": "≥**人"})])
def test_no_fix_is_invented_where_none_follows_from_the_form(case):
    f = form(**case)
    assert check(f).findings and rw.propose(f) == []


def test_estimate_far_from_any_amount_keeps_its_number_and_asks():
    p = by_field(form(overview="聘用4名工作人员，大概五十万吧。"))["overview"]
    assert p.proposal == "聘用4名工作人员，五十万。" and p.needs_confirmation


def test_serial_date_numbers_count_as_the_forms_own():
    f = form(add=[{"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "资金到位时间", "value": "≤45473"}])
    assert {2024.0, 6.0, 30.0} <= rw.form_numbers(f)
    assert by_field(f)["indicators:资金到位时间"].proposal == "2024年6月30日前"


def test_injected_defects_are_fixed_without_new_findings_or_untraced_numbers():
    fixable = set(rw.V2_FIX_CODES)
    seen = set()
    for label, data, want, _ in iv.build(rounds=1):
        codes = {c for c, _ in want}
        if not codes & fixable:
            continue
        f = Declaration.from_json(data)
        before = {(x.code, x.field) for x in check(f).findings}
        proposals = rw.propose(f)
        after = {(x.code, x.field) for x in check(rw.apply(f, proposals)).findings}
        assert not (after - before), (label, after - before)
        known = rw.form_numbers(f)
        for p in proposals:
            numbers = {float(n) for n in rw._NUM.findall(p.proposal)}
            assert p.needs_confirmation or numbers <= known, (label, p)
        for code, field in want:
            if code in fixable and any(p.field == field for p in proposals):
                assert (code, field) not in after
                seen.add(code)
    assert seen == fixable


def test_a_vague_goal_is_rewritten_once_the_year_is_set_right():
    """The year outside the period is proposed first; the annual goal is then drafted from the form with that year
    (before, the draft said 2023 beside a 2025 period, was refused as date_outside_period, and the vague goal
    got no proposal at all). It says it rests on the proposals above it."""
    from assistant import rewrite
    from assistant.model import Declaration
    form = Declaration.from_json({
        "year": 2023, "project_name": "安全生产举报奖励经费", "unit": "县应急管理局", "department": "县应急管理局",
        "start": "2025-01", "end": "2025-12", "funding": {"total": 100, "current_year": 100, "other": 0},
        "goals": {"annual": ["全力以赴做好安全生产工作，保障工作顺利开展。"], "long_term": []},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "举报奖励次数", "value": "≥5次"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "举报人满意度", "value": "≥90%"}]})
    props = {p.field: p for p in rewrite.propose(form)}
    assert props["year"].proposal == "2025"
    annual = props["goals.annual[0]"]
    assert annual.proposal.startswith("2025年") and "2023" not in annual.proposal
    assert "上面" in annual.reason
