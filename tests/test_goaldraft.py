"""Goal drafting: goals built from the form's own facts pass the goal rules and invent no number."""
from __future__ import annotations

import json
import re

import pytest

from assistant.goaldraft import draft_goals, phrase
from assistant.model import Declaration, Indicator
from assistant.rules import check

CORPUS = sorted((__import__("pathlib").Path(__file__).parent / "fixtures" / "corpus").glob("*.json"))


def _numbers(text: str) -> set[float]:
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}


def _form_numbers(form: Declaration) -> set[float]:
    data = form.model_copy(deep=True)
    data.goals.annual, data.goals.long_term = [], []
    return _numbers(json.dumps(data.to_json(), ensure_ascii=False))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_drafted_goals_pass_goal_rules_and_use_only_form_numbers(path):
    form = Declaration.from_json(json.loads(path.read_text(encoding="utf-8")))
    goals = draft_goals(form)
    assert len(goals.annual) == 1 and len(goals.long_term) == 1
    drafted = form.model_copy(deep=True)
    drafted.goals.annual, drafted.goals.long_term = goals.annual, goals.long_term
    codes = {f.code for f in check(drafted).findings}
    assert not codes & {"goal_vague", "goal_annual_missing", "goal_long_term_missing"}
    invented = _numbers(goals.annual[0] + goals.long_term[0]) - _form_numbers(form)
    assert not invented, invented


def test_hiring_goal_states_what_how_many_standard_and_deadline():
    form = Declaration(year=2020, project_name="社会化聘用人员经费", unit="乌海市信访局", start="2020-01", end="2020-12",
                       funding={"total": 24},
                       indicators=[
                           {"level1": "产出指标", "level2": "数量指标", "name": "聘用人数", "value": "=4人"},
                           {"level1": "产出指标", "level2": "质量指标", "name": "人员在岗率", "value": "≥95%"},
                           {"level1": "效益指标", "level2": "社会效益指标", "name": "信访事项按期办结率", "value": "≥95%"},
                           {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "来访群众满意度", "value": "≥85%"},
                       ])
    g = draft_goals(form)
    assert g.annual == ["2020年，乌海市信访局实施“社会化聘用人员经费”（资金24万元）：聘用人数为4人，人员在岗率不低于95%，"
                        "信访事项按期办结率不低于95%，来访群众满意度不低于85%，全部任务于2020年12月底前完成。"]
    assert g.long_term == ["项目实施期（2020年1月至12月）内，持续实施“社会化聘用人员经费”，信访事项按期办结率保持在95%以上，"
                           "来访群众满意度保持在85%以上，人员在岗率保持在95%以上。"]
    assert "indicators:聘用人数" in g.sources and "funding.total" in g.sources and "end" in g.sources


def test_flagged_values_are_not_repeated_in_the_goal():
    form = Declaration(year=2023, project_name="农村公路养护", unit="某县公路养护中心", start="2023-01", end="2023-12",
                       indicators=[
                           {"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=242公里"},
                           {"level1": "产出指标", "level2": "质量指标", "name": "工程验收合格率", "value": "≥120%"},
                           {"level1": "产出指标", "level2": "成本指标", "name": "路面修补单价", "value": "合理控制"},
                           {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "沿线群众满意度", "value": "≥70%"},
                       ])
    text = draft_goals(form).annual[0]
    assert "养护里程为242公里" in text
    assert "120" not in text and "70%" not in text and "合理控制" not in text


def test_without_indicators_the_overview_quantities_are_used():
    form = Declaration(project_name="学校设备购置", unit="某中学", start="2025-01", end="2025-09",
                       overview="学校电脑老化。计划购置教学计算机92台，单价4500元，总投资41.4万元。")
    text = draft_goals(form).annual[0]
    assert "计划购置教学计算机92台" in text and "4500" not in text
    assert text.endswith("全部任务于2025年9月底前完成。")


def test_empty_form_drafts_a_goal_without_numbers():
    g = draft_goals(Declaration())
    assert g.annual == ["本年度，实施本项目。"]
    assert not re.search(r"\d", g.annual[0] + g.long_term[0])


@pytest.mark.parametrize("value, expected", [
    ("=4人", "聘用人数为4人"), ("≥95%", "聘用人数不低于95%"), ("≤24万元", "聘用人数控制在24万元以内"),
    ("≤2小时", "聘用人数不超过2小时"), ("2024年9月底前", "聘用人数在2024年9月底前"), ("90%以上", "聘用人数达到90%以上"),
])
def test_phrase_reads_direction_as_words(value, expected):
    assert phrase(Indicator(name="聘用人数", value=value)) == expected


@pytest.mark.parametrize("name, value, said", [
    ("村组干部230人", "≥230个", "村组干部230人"),
    ("聘用人数", "=12人", "聘用人数为12人"),
    ("12345热线接通率", "≥95%", "12345热线接通率不低于95%"),
])
def test_a_figure_the_name_already_says_is_not_said_twice(name, value, said):
    assert phrase(Indicator(level1="产出指标", level2="数量指标", name=name, value=value)) == said


def test_a_name_with_a_figure_or_mark_of_its_own_is_not_quoted_in_a_goal():
    """A real form's row "*贫困地区旅游基础设施建设质量达标率100%" ≥98% gave "…达标率100%保持在98%以上": two targets."""
    form = Declaration(year=2018, project_name="市级专项扶贫资金基础设施", unit="某公司", start="2018-01", end="2018-12",
                       indicators=[Indicator(level1="产出指标", level2="质量指标", name="*贫困地区旅游基础设施建设质量达标率100%",
                                             value="≥98%"),
                                   Indicator(level1="满意度指标", level2="服务对象满意度指标", name="经营主体满意度", value="≥90%")])
    goals = draft_goals(form)
    text = goals.annual[0] + goals.long_term[0]
    assert "达标率100%" not in text and "*" not in text and "经营主体满意度" in text


def test_a_project_name_with_quotes_of_its_own_is_not_quoted_again():
    form = Declaration(year=2021, project_name="“四好农村路”、“三个一号旅游路”工作经费", unit="阳泉市公路服务中心",
                       start="2021-01", end="2021-12")
    goals = draft_goals(form)
    assert "““" not in goals.annual[0] and "”（" not in goals.annual[0].replace("工作经费”", "")
    assert "实施“四好农村路”、“三个一号旅游路”工作经费" in goals.annual[0]
