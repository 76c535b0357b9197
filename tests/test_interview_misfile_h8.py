"""Misfiling causes found in holdout8 (issue 11, guarantee 1), each closed by a reading rule and tried here in
wordings and projects of its own: a benefit row asked by its 二级 (生态效益指标) filed under another 二级 by the
words of its name; refusals to give a value ("不方便提供", "不留", N/A) stored as the value; a label followed by a
verb of filling ("必要性补上：…", "刚才空着的依据现在填：…") not read as a label, its text stored as the asked
field; the asked label echoed before the answer ("实施单位嘛，…", "中长期的话，不要") stored with it; a figure
she comes back to ("刚才三百人是保底的，…写不低于三百人") stored as a new row of the asked category instead of
putting the bound on the row that holds it."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 12)
FORM = {"project_name": "高素质农民培育", "unit": "县农业农村局", "department": "县农业农村局",
        "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 90, "carryover": 0, "current_year": 90, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "培训农户", "value": "=300人"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "开展田间课堂", "value": "=12场"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "培训考核合格率", "value": "≥90%"}]}


def _rows(iv: Interview) -> dict[str, tuple[str, str]]:
    return {i.name: (i.level2, i.value) for i in iv.form.indicators}


# --- a benefit asked by its 二级 stays there ------------------------------------------------------

@pytest.mark.parametrize("asked,say,word", [
    ("indicators.生态效益指标", "湿地植被覆盖度明显提高", "湿地植被覆盖度"),
    ("indicators.生态效益指标", "蓝藻水华发生次数同比下降", "蓝藻水华"),
    ("indicators.经济效益指标", "合作社销售收入稳步提升", "合作社销售收入"),
    ("indicators.社会效益指标", "村容村貌明显改善", "村容村貌"),
])
def test_a_benefit_row_goes_to_the_benefit_asked(asked, say, word):
    iv = asked_on(TODAY, asked, FORM)
    iv.answer(say)
    level2 = asked.split(".", 1)[1]
    got = {n: v for n, v in _rows(iv).items() if word in n}
    assert got and all(l2 == level2 for l2, _ in got.values()), _rows(iv)


# --- a refusal is no value ------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["basis", "overview", "unit_head", "department"])
@pytest.mark.parametrize("say", ["不方便提供", "这个不方便给", "不留", "N/A", "不想提供"])
def test_a_refusal_to_give_is_a_skip(field, say):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert r.changed == [] and getattr(iv.form, field) in ("", None)
    assert r.acts == ["skip"]


# --- a label with a verb of filling names its field ---------------------------------------------

@pytest.mark.parametrize("asked,say,field,words", [
    ("goals.annual", "可行性补充：村里有现成场地和志愿者队伍", "necessity", "现成场地"),
    ("indicators.数量指标", "概况补上：为全镇300户低保户免费安装燃气报警器", "overview", "燃气报警器"),
    ("budget_items", "刚才空着的依据现在填：县政府第12次常务会议纪要", "basis", "常务会议纪要"),
    ("goals.long_term", "之前漏填的立项依据补一下：《市民政局关于做好2025年养老服务工作的通知》", "basis", "养老服务工作"),
])
def test_a_label_with_a_verb_of_filling_goes_to_its_field(asked, say, field, words):
    iv = asked_on(TODAY, asked, FORM)
    iv.answer(say)
    assert words in (getattr(iv.form, field) or "")
    assert not any(lead in (getattr(iv.form, field) or "") for lead in ("补上", "补充", "现在填", "补一下", "空着的"))
    assert iv.form.goals.annual == [] and iv.form.goals.long_term == []
    assert set(_rows(iv)) == {"培训农户", "开展田间课堂", "培训考核合格率"}


# --- the label echoed before the answer ------------------------------------------------------------

def test_an_echoed_label_is_a_lead_in():
    iv = asked_on(TODAY, "unit")
    iv.answer("项目单位嘛，市档案馆")
    assert iv.form.unit == "市档案馆"
    iv.ask("department")
    iv.answer("主管部门呢，同上")
    assert iv.form.department == "市档案馆"


@pytest.mark.parametrize("say", ["长期目标的话，不用了", "中长期的话，不要，就干这一年"])
def test_an_echoed_label_before_a_no_stores_nothing(say):
    iv = asked_on(TODAY, "goals.long_term", FORM)
    r = iv.answer(say)
    assert iv.form.goals.long_term == []
    assert "deny" in r.acts


def test_an_echoed_label_before_a_yes_takes_the_draft():
    iv = asked_on(TODAY, "goals.annual", FORM)
    r = iv.answer("年度目标的话，就用你拟的")
    assert iv.form.goals.annual and "你拟的" not in iv.form.goals.annual[0]
    assert "confirm" in r.acts


def test_another_fields_label_echoed_names_that_field():
    iv = asked_on(TODAY, "unit")
    iv.answer("负责人的话，王建国")
    assert iv.form.unit_head == "王建国" and iv.form.unit in ("", None)


# --- a figure she comes back to, said with a bound -----------------------------------------------

@pytest.mark.parametrize("say,name,value", [
    ("刚才三百人是保底的，培训农户写不低于三百人", "培训农户", "≥300人"),
    ("前面说的12场是最少的，田间课堂按不少于12场写", "开展田间课堂", "≥12场"),
    ("培训农户改成不少于300人", "培训农户", "≥300人"),
    ("刚才的三百人，培训农户写300人以上", "培训农户", "≥300人"),
])
def test_a_recalled_figure_takes_her_bound_on_its_row(say, name, value):
    iv = asked_on(TODAY, "indicators.时效指标", FORM)
    r = iv.answer(say)
    rows = _rows(iv)
    assert rows[name] == ("数量指标", value), rows
    assert set(rows) == {"培训农户", "开展田间课堂", "培训考核合格率"}, rows
    assert "correction" in r.acts and any("改为" in s for s in r.said)
