"""Rewriting weak goals and values offline: every weak finding gets a proposal that the rules accept."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant import rewrite as rw
from assistant.model import Declaration
from assistant.rules import check

CORPUS = sorted((Path(__file__).parent / "fixtures" / "corpus").glob("*.json"))
WEAK = set(rw.TARGET_CODES)


def load(path: Path) -> Declaration:
    return Declaration.from_json(json.loads(path.read_text(encoding="utf-8")))


def keys(form):
    return {(f.code, f.field) for f in check(form).findings}


def base(**kw) -> Declaration:
    data = dict(year=2024, project_name="某县农村公路养护工程", unit="某县公路养护中心", start="2024-01", end="2024-12",
                overview="对全县120公里农村公路实施日常养护，修补路面8000平方米，总投资300万元。",
                funding={"total": 300, "current_year": 300},
                budget_items=[{"name": "路面修补", "amount": 200}, {"name": "日常养护", "amount": 100}],
                goals={"annual": ["2024年完成120公里农村公路养护和8000平方米路面修补，验收合格率100%，群众满意度90%以上。"],
                       "long_term": ["到2026年农村公路优良中等路率达到85%以上。"]},
                indicators=[
                    {"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=120公里"},
                    {"level1": "产出指标", "level2": "质量指标", "name": "工程验收合格率", "value": "=100%"},
                    {"level1": "产出指标", "level2": "时效指标", "name": "完工时间", "value": "2024年10月底前"},
                    {"level1": "产出指标", "level2": "成本指标", "name": "项目总投资", "value": "≤300万元"},
                    {"level1": "效益指标", "level2": "社会效益指标", "name": "优良中等路率", "value": "≥80%"},
                    {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "沿线群众满意度", "value": "≥90%"},
                ])
    data.update(kw)
    return Declaration.from_json(data)


def with_indicator(form: Declaration, name: str, value: str) -> Declaration:
    data = form.to_json()
    for row in data["indicators"]:
        if row["name"] == name:
            row["value"] = value
    return Declaration.from_json(data)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_apply_removes_weak_findings_and_adds_none(path):
    form = load(path)
    proposals = rw.propose(form)
    before, after = keys(form), keys(rw.apply(form, proposals))
    weak_before = {k for k in before if k[0] in WEAK}
    assert {p.field for p in proposals} == {f for _, f in weak_before}
    assert not {k for k in after if k[0] in WEAK}
    assert after <= before, after - before


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_proposal_numbers_trace_to_the_form_or_need_confirmation(path):
    form = load(path)
    known = rw.form_numbers(form)
    for p in rw.propose(form):
        numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", p.proposal)}
        if not p.needs_confirmation:
            assert numbers <= known, (p.field, p.proposal, numbers - known)


def test_vague_value_takes_the_number_the_form_states():
    form = with_indicator(base(), "养护里程", "有效提升")
    [p] = rw.propose(form)
    assert (p.field, p.original, p.proposal, p.needs_confirmation, p.code) == (
        "indicators:养护里程", "有效提升", "≥120公里", False, "indicator_vague")
    assert "项目概况" in p.reason or "年度目标" in p.reason


def test_vague_rate_stated_in_a_goal_takes_that_figure():
    [p] = rw.propose(with_indicator(base(), "优良中等路率", "明显改善"))
    assert (p.proposal, p.needs_confirmation) == ("≥85%", False)
    assert p.reason == "数值取自中长期目标1「优良中等路率达到85%以上」"


def test_vague_rate_without_a_number_in_the_form_uses_the_library_and_asks_to_confirm():
    form = with_indicator(base(goals={"annual": ["2024年完成120公里养护。"], "long_term": ["长期保持路况良好。"]}),
                          "优良中等路率", "明显改善")
    [p] = rw.propose(form)
    assert p.proposal == "≥80%" and p.needs_confirmation
    assert "请按实际情况确认" in p.reason


def test_vague_deadline_uses_the_project_end_month():
    form = with_indicator(base(), "完工时间", "稳步推进")
    [p] = rw.propose(form)
    assert (p.proposal, p.needs_confirmation) == ("2024年12月底前", False)


@pytest.mark.parametrize("name, value, expected", [
    ("养护里程", "=120", "=120公里"),          # the same number is written with its unit in the overview
    ("工程验收合格率", "=100", "=100%"),       # 率 → %
    ("项目总投资", "≤300", "≤300万元"),        # 总投资 → 万元
])
def test_missing_unit_is_inferred(name, value, expected):
    [p] = rw.propose(with_indicator(base(), name, value))
    assert (p.code, p.proposal) == ("indicator_unit_missing", expected)


def test_cost_not_monetary_becomes_the_funding_total():
    [p] = rw.propose(with_indicator(base(), "项目总投资", "不超预算"))
    assert (p.proposal, p.needs_confirmation) == ("≤300万元", False)


def test_per_unit_cost_is_derived_from_the_budget_line_and_marked_for_confirmation():
    form = base()
    data = form.to_json()
    data["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "成本指标",
                               "name": "路面修补单价", "value": "合理控制"})
    [p] = rw.propose(Declaration.from_json(data))
    assert p.proposal == "≤250元/平方米"     # 200万元 ÷ 8000平方米
    assert p.needs_confirmation and "路面修补 200万元" in p.reason


def test_low_satisfaction_is_raised_to_85_percent_with_confirmation():
    [p] = rw.propose(with_indicator(base(goals={"annual": ["2024年完成120公里养护。"], "long_term": ["长期保持路况良好，到2026年优良路率85%"]}),
                                    "沿线群众满意度", "≥60%"))
    assert (p.proposal, p.needs_confirmation, p.code) == ("≥85%", True, "satisfaction_target_low")


def test_low_satisfaction_uses_the_goal_figure_when_the_form_states_one():
    [p] = rw.propose(with_indicator(base(), "沿线群众满意度", "≥60%"))
    assert (p.proposal, p.needs_confirmation) == ("≥90%", False)


def test_vague_goal_is_composed_from_indicators():
    form = base(goals={"annual": ["进一步提升工作水平。"], "long_term": ["到2026年优良路率85%以上。"]})
    [p] = rw.propose(form)
    assert p.field == "goals.annual[0]" and p.code == "goal_vague"
    assert p.proposal.startswith("2024年，某县公路养护中心实施“某县农村公路养护工程”（资金300万元）：养护里程为120公里")
    assert not p.needs_confirmation


def test_missing_goals_are_both_drafted():
    form = base(goals={"annual": [], "long_term": []})
    ps = {p.field: p for p in rw.propose(form)}
    assert set(ps) == {"goals.annual", "goals.long_term"}
    after = rw.apply(form, ps.values())
    assert len(after.goals.annual) == 1 and len(after.goals.long_term) == 1


def test_second_vague_goal_gets_the_deadline_not_a_copy():
    form = base(goals={"annual": ["进一步提升工作水平。", "加强管理。"], "long_term": ["到2026年优良路率85%以上。"]})
    ps = rw.propose(form)
    assert [p.field for p in ps] == ["goals.annual[0]", "goals.annual[1]"]
    assert ps[1].proposal == "加强管理，于2024年12月底前完成。"


def test_a_proposal_that_would_add_a_finding_is_dropped():
    form = with_indicator(base(), "养护里程", "有效提升")
    bad = rw.Proposal(field="indicators:养护里程", original="有效提升", proposal="≥120%", reason="")
    assert "新问题" in rw.verify(form, bad, "indicator_vague") or "仍有问题" in rw.verify(form, bad, "indicator_vague")
    still = rw.Proposal(field="indicators:养护里程", original="有效提升", proposal="显著提高", reason="")
    assert rw.verify(form, still, "indicator_vague") == "改写后该字段仍有问题（indicator_vague）"
    good = rw.Proposal(field="indicators:养护里程", original="有效提升", proposal="≥120公里", reason="")
    assert rw.verify(form, good, "indicator_vague") == ""


def test_apply_is_pure_and_addresses_rows_by_name_or_position():
    form = with_indicator(base(), "养护里程", "有效提升")
    out = rw.apply(form, [rw.Proposal(field="indicators:养护里程", proposal="=120公里"),
                          rw.Proposal(field="indicators[1]", proposal="=100%"),
                          rw.Proposal(field="goals.long_term", proposal="到2026年优良路率85%以上。")])
    assert form.indicators[0].value == "有效提升"
    assert [out.indicators[0].value, out.indicators[1].value] == ["=120公里", "=100%"]
    assert out.goals.long_term == ["到2026年优良路率85%以上。"]
    with pytest.raises(KeyError):
        rw.apply(form, [rw.Proposal(field="indicators:不存在", proposal="=1人")])


def test_rewrite_text_with_context_uses_the_forms_numbers():
    [p] = rw.rewrite_text("进一步提升工作水平", base())
    assert p.field == "goals.annual[0]" and p.original == "进一步提升工作水平"
    assert "120公里" in p.proposal and not p.needs_confirmation


def test_rewrite_text_leaves_a_measurable_sentence_alone_and_has_nothing_without_context():
    assert rw.rewrite_text("2024年完成120公里养护", base()) == []
    assert rw.rewrite_text("进一步提升工作水平") == []


def test_clean_form_has_no_proposals():
    assert rw.propose(base()) == []


def _mutated(rng, data: dict) -> Declaration:
    """A corpus form with weak values written in: vague words, dropped units, non-money costs, low satisfaction."""
    d = json.loads(json.dumps(data))
    for row in d["indicators"]:
        r = rng.random()
        if r < 0.15:
            row["value"] = rng.choice(["有效提升", "明显改善", "进一步加强", "显著提高", "稳步推进", "逐步完善"])
        elif r < 0.25:
            row["value"] = re.sub(r"[^\d.≥≤=]", "", row["value"]) or row["value"]
        elif r < 0.3 and "成本" in row["level2"]:
            row["value"] = rng.choice(["合理控制", "不超预算", "节约"])
        elif r < 0.35 and "满意" in row["level2"]:
            row["value"] = "≥60%"
    g = rng.random()
    if g < 0.3:
        d["goals"]["annual"] = ["进一步提升工作水平。"]
    elif g < 0.4:
        d["goals"]["annual"] = []
    return Declaration.from_json(d)


def test_mutated_forms_never_get_new_findings_or_untraced_numbers():
    import random
    rng = random.Random(11)
    weak = left = 0
    for path in CORPUS:
        data = json.loads(path.read_text(encoding="utf-8"))["form"]
        for _ in range(4):
            form = _mutated(rng, data)
            proposals = rw.propose(form)
            before, after = keys(form), keys(rw.apply(form, proposals))
            assert after <= before, (path.stem, after - before)
            known = rw.form_numbers(form)
            for p in proposals:
                nums = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", p.proposal)}
                assert p.needs_confirmation or nums <= known, (path.stem, p)
            weak += len({k for k in before if k[0] in WEAK})
            left += len({k for k in after if k[0] in WEAK})
    assert weak > 200 and left / weak < 0.05, (left, weak)


def test_seed_cost_rows_keep_the_applicants_amounts():
    form = load(Path(__file__).parent / "fixtures" / "seed-wuhai-2020.json")
    ps = {p.field: p for p in rw.propose(form)}
    assert [ps[f].proposal for f in ("indicators:工资", "indicators:福利和社保", "indicators:津贴")] == \
        ["≤19.2万元", "≤3.6万元", "≤1.2万元"]
    assert "goals.annual" in ps and "goals.long_term" in ps
    after = rw.apply(form, ps.values())
    assert not {k for k in keys(after) if k[0] in WEAK} and keys(after) <= keys(form)
